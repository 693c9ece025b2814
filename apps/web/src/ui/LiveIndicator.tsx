import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../api/live-updates';

/** Whether the page is following changes live. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <p className={`live live-${status}`} role="status" data-testid="live-status">
      <span className="live-dot" aria-hidden="true" />
      {t(`live.${status}`)}
    </p>
  );
}
