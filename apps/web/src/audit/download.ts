import { api } from '../api/client';
import { ApiProblem, request } from '../api/problem';
import type { ExportFormat } from './audit-api';

/** The name in `Content-Disposition: attachment; filename="…"`, else the fallback. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star !== null) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A broken encoding: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  const name = (plain?.[2] ?? plain?.[1] ?? '').trim();
  // Only a base name: a server never gets to choose a folder on the auditor's machine.
  const base = name.split(/[\\/]/).pop() ?? '';
  return base !== '' ? base : fallback;
}

export interface Downloaded {
  name: string;
  bytes: number;
  blob: Blob;
}

/**
 * GET /api/exports as a file. The download needs the login token, which a plain link cannot
 * send, so it is fetched and read as it streams (reporting the bytes so far) into a Blob — which
 * the browser keeps on disk when it is large — and then handed to the browser's download.
 */
export async function fetchExport(
  query: { format: ExportFormat; from?: string; to?: string },
  progress: (bytes: number) => void,
  signal: AbortSignal,
): Promise<Downloaded> {
  let response: Response | undefined;
  const body = await request(async () => {
    const result = await api.GET('/api/exports', { params: { query }, parseAs: 'stream', signal });
    response = result.response;
    return result;
  });
  if (body === null || body === undefined || response === undefined)
    throw new ApiProblem(0, undefined);
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    progress(bytes);
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return {
    name: filenameFrom(
      response.headers.get('content-disposition'),
      `satupintu-log.${query.format}`,
    ),
    bytes,
    blob: new Blob(chunks as BlobPart[], { type }),
  };
}

/** Hands a file to the browser's own download (the "save" the user knows). */
export function saveFile(file: Downloaded): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; free the memory a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
