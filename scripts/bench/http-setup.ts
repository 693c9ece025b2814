/** Accounts and files for the HTTP bench, made through the API itself. */

export interface CaseSlot {
  id: string;
  revision: number;
  subdivision: string;
}

export async function login(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

async function post(
  url: string,
  token: string,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** `count` KP-REG files received, verified and disposed to Kepangkatan: in processing, where a dispatcher may re-route them. */
export async function filesInProcessing(
  url: string,
  count: number,
  parallel = 32,
): Promise<CaseSlot[]> {
  const services = (await (
    await fetch(`${url}/api/services`, {
      headers: { authorization: `Bearer ${await login(url, 'front-office')}` },
    })
  ).json()) as Array<{
    code: string;
    documents: Array<{ code: string; required: boolean }>;
  }>;
  const documents = services
    .find((s) => s.code === 'KP-REG')!
    .documents.filter((d) => d.required)
    .map((d) => d.code);
  const [desk, verifier, dispatcher] = await Promise.all(
    ['front-office', 'verifier', 'dispatcher'].map((u) => login(url, u)),
  );
  const form = {
    serviceCode: 'KP-REG',
    applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '081234567890' },
    submittedDocuments: documents,
  };
  const slots: CaseSlot[] = [];
  let made = 0;
  const worker = async () => {
    while (made < count) {
      made += 1;
      const { id } = (await post(url, desk, '/api/cases', form)) as { id: string };
      await post(url, verifier, `/api/cases/${id}/actions`, {
        type: 'verify_complete',
        expectedRevision: 0,
      });
      await post(url, dispatcher, `/api/cases/${id}/actions`, {
        type: 'dispose',
        expectedRevision: 1,
        subdivision: 'kepangkatan',
      });
      slots.push({ id, revision: 2, subdivision: 'kepangkatan' });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return slots;
}
