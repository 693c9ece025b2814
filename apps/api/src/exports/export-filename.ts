import type { LogExport } from '@satupintu/exports';

const slug = (text: string) => text.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '');

/** `satupintu-log-2026-03-01-to-2026-03-31.xes`: what the download is saved as. */
export function exportFilename(
  log: Pick<LogExport, 'extension'>,
  from?: string,
  to?: string,
): string {
  const period = [from ? `-from-${slug(from)}` : '', to ? `-to-${slug(to)}` : ''].join('');
  return `satupintu-log${period || '-all'}.${log.extension}`;
}
