import type { ApiServer } from '../../scripts/api-server';
import { apiToken, nipNumber } from './seed';

/** A request as a demo user over the API (test setup, not under test); throws on a refusal. */
async function call<T>(
  server: ApiServer,
  username: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const token = await apiToken(server, username);
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(`${username} ${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const asUser = {
  get: <T>(server: ApiServer, username: string, path: string) =>
    call<T>(server, username, 'GET', path),
  post: <T>(server: ApiServer, username: string, path: string, body: unknown) =>
    call<T>(server, username, 'POST', path, body),
};

export interface Driven {
  id: string;
  agendaNumber: string;
}

/**
 * A complete KP-REG file taken from receipt to the first official's initials, each step by the
 * demo user who would take it: received, verified, disposed to kepangkatan, draft submitted. It
 * then waits for Kasubbid Kepangkatan; its states were verification, disposition, processing,
 * initials.
 */
export async function fileAwaitingInitials(server: ApiServer, n: number): Promise<Driven> {
  const services = await asUser.get<
    Array<{ code: string; documents: Array<{ code: string; required: boolean }> }>
  >(server, 'front-office', '/api/services');
  const documents = services
    .find((s) => s.code === 'KP-REG')!
    .documents.filter((d) => d.required)
    .map((d) => d.code);
  const file = await asUser.post<{ id: string; agendaNumber: string }>(
    server,
    'front-office',
    '/api/cases',
    {
      serviceCode: 'KP-REG',
      applicant: { nip: nipNumber(500 + n), name: `Pemohon Audit ${n}`, phone: '081251239876' },
      submittedDocuments: documents,
    },
  );
  const act = (username: string, body: Record<string, unknown>) =>
    asUser.post(server, username, `/api/cases/${encodeURIComponent(file.id)}/actions`, body);
  await act('verifier', { type: 'verify_complete', expectedRevision: 0 });
  await act('dispatcher', { type: 'dispose', expectedRevision: 1, subdivision: 'kepangkatan' });
  await act('pengelola-kepangkatan', {
    type: 'submit_draft',
    expectedRevision: 2,
    summary: `Konsep surat kenaikan pangkat a.n. Pemohon Audit ${n}`,
  });
  return { id: file.id, agendaNumber: file.agendaNumber };
}

/** An admin appoints `acting` as Plh of `official` from now for three days. */
export async function appointPlh(
  server: ApiServer,
  official: string,
  acting: string,
): Promise<void> {
  const users = await asUser.get<Array<{ id: string; username: string }>>(
    server,
    'admin',
    '/api/users',
  );
  const idOf = (username: string) => users.find((u) => u.username === username)!.id;
  const now = Date.now();
  await asUser.post(server, 'admin', '/api/delegations', {
    fromUserId: idOf(official),
    toUserId: idOf(acting),
    startsAt: new Date(now - 60_000).toISOString(),
    endsAt: new Date(now + 3 * 24 * 3600_000).toISOString(),
    reason: 'Dinas luar',
  });
}
