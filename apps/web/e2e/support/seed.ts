import type { ApiServer } from '../../scripts/api-server';

/** Logs a demo user in over the API (test setup, not under test). */
export async function apiToken(server: ApiServer, username: string): Promise<string> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  return ((await login.json()) as { token: string }).token;
}

/** Valid NIPs, one per number: born 1980–1989, started 2005–2014, sequence 001–999. */
export function nipNumber(n: number): string {
  const year = 1980 + (n % 10);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  const start = `${2005 + (n % 10)}${String(1 + (n % 12)).padStart(2, '0')}`;
  const sequence = String(1 + (n % 999)).padStart(3, '0');
  return `${year}${month}${day}${start}${1 + (n % 2)}${sequence}`;
}

/**
 * Receives `count` complete KP-REG files as the front office, a few at a time; resolves with
 * their agenda numbers in the order they were received.
 */
export async function receiveFiles(
  server: ApiServer,
  count: number,
  parallel = 8,
): Promise<string[]> {
  const token = await apiToken(server, 'front-office');
  const services = (await (
    await fetch(`${server.url}/api/services`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as Array<{ code: string; documents: Array<{ code: string; required: boolean }> }>;
  const documents = services
    .find((s) => s.code === 'KP-REG')!
    .documents.filter((d) => d.required)
    .map((d) => d.code);
  const agendas: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const answer = await fetch(`${server.url}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          serviceCode: 'KP-REG',
          applicant: { nip: nipNumber(n), name: `Pemohon Uji ${n + 1}`, phone: '081251239876' },
          submittedDocuments: documents,
        }),
      });
      if (answer.status !== 201)
        throw new Error(`receive ${n}: ${answer.status} ${await answer.text()}`);
      agendas.push(((await answer.json()) as { agendaNumber: string }).agendaNumber);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return agendas.sort();
}
