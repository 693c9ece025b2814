import { berkas } from '@satupintu/ptsp';
import { startTestApp, type TestApp } from './fixtures/test-app';

interface Diagram {
  name: string;
  initial: string;
  states: Array<{ name: string; label: { id: string; en: string }; final: boolean }>;
  transitions: Array<{ from: string; command: string; to: string; label: { id: string } }>;
}

describe('API: GET /api/workflows/:name (the machine drawn as states and arrows)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives the berkas machine: every state with its label and finality, every arrow with its command', async () => {
    const answer = await t.request<Diagram>('GET', '/api/workflows/berkas', {
      token: await t.login('front-office'),
    });
    expect(answer.status).toBe(200);
    const diagram = answer.body;
    expect(diagram).toMatchObject({ name: 'berkas', initial: 'start' });
    expect(diagram.states.map((s) => s.name).sort()).toEqual([...berkas.BERKAS_STATES].sort());
    expect(
      diagram.states
        .filter((s) => s.final)
        .map((s) => s.name)
        .sort(),
    ).toEqual([...berkas.BERKAS_FINAL_STATES].sort());
    expect(diagram.states.find((s) => s.name === 'initials')?.label.id).toBe('Menunggu paraf');
    const arrows = diagram.transitions.map((a) => `${a.from} -${a.command}-> ${a.to}`);
    expect(arrows).toEqual(
      expect.arrayContaining([
        'start -receive-> verification',
        'verification -return_incomplete-> returned',
        'returned -resubmit-> verification',
        'initials -initial-> initials',
        'initials -initial-> signature',
        'processing -redispose-> processing',
        'ready -hand_over-> handed_over',
      ]),
    );
    // Guarded alternatives to one target are one arrow.
    expect(new Set(arrows).size).toBe(arrows.length);
    for (const state of berkas.WITHDRAWABLE_STATES)
      expect(arrows).toContain(`${state} -withdraw-> withdrawn`);
  });

  it('gives the konsultasi machine too', async () => {
    const answer = await t.request<Diagram>('GET', '/api/workflows/konsultasi', {
      token: await t.login('consultation-desk'),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.transitions.map((a) => `${a.from} -${a.command}-> ${a.to}`)).toContain(
      'asked -escalate-> escalated',
    );
  });

  it('is 404 for an unknown workflow and 401 without a login', async () => {
    const token = await t.login('verifier');
    expect((await t.request('GET', '/api/workflows/nothing', { token })).status).toBe(404);
    expect((await t.request('GET', '/api/workflows/berkas')).status).toBe(401);
  });
});
