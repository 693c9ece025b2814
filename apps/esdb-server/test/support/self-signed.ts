import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface Certificate {
  certFile: string;
  keyFile: string;
}

/**
 * A self-signed certificate for localhost and 127.0.0.1, made with the openssl command line.
 * The client trusts it through `tlsCAFile` (a self-signed certificate is its own CA).
 */
export function selfSignedCertificate(dir: string): Certificate {
  const certFile = join(dir, 'node.crt');
  const keyFile = join(dir, 'node.key');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  return { certFile, keyFile };
}
