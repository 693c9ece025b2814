import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as an SVG image (sharp when printed); `label` is what it says, for screen readers. */
export function QrCode({
  value,
  label,
  size = 160,
}: {
  value: string;
  label: string;
  size?: number;
}) {
  const [source, setSource] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void qrSvg(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [value]);
  return source === undefined ? (
    <span className="qr qr-pending" style={{ width: size, height: size }} />
  ) : (
    <img className="qr" src={source} alt={label} width={size} height={size} data-testid="qr-code" />
  );
}
