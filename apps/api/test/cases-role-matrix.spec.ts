import type { EventStore } from '@satupintu/event-store';
import type { UserView } from '@satupintu/read-models';
import { EVENT_STORE } from '../src/core/tokens';
import { ACTION_TYPES, type ActionType } from '../src/cases/dto/action-forms';
import { demoAccounts } from '../src/demo/demo-accounts';
import { caseForm, Desk, letterService, requiredDocuments } from './fixtures/cases';
import { startTestApp, type TestApp } from './fixtures/test-app';

type Who = (user: UserView) => boolean;
const role =
  (...roles: string[]): Who =>
  (user) =>
    roles.some((r) => user.roles.includes(r));
const post =
  (position: string, holderRole: string): Who =>
  (user) =>
    user.position === position && user.roles.includes(holderRole);
const processorOf =
  (unit: string): Who =>
  (user) =>
    user.roles.includes('processor') && user.unit === unit;
const withdrawal = role('front_office', 'duty_officer');

/**
 * Who may do what in each state of a KP-REG file disposed to Kepangkatan, written out from the
 * domain (PTSP.md) independently of the workflow's own table: the oracle of the matrix below.
 */
const WHO: Record<string, Partial<Record<ActionType, Who>>> = {
  verification: {
    verify_complete: role('verifier'),
    return_incomplete: role('verifier'),
    withdraw: withdrawal,
  },
  returned: { resubmit: role('front_office', 'registrar'), withdraw: withdrawal },
  disposition: { dispose: role('dispatcher'), withdraw: withdrawal },
  processing: {
    redispose: role('dispatcher'),
    submit_draft: processorOf('kepangkatan'),
    withdraw: withdrawal,
  },
  initials: {
    initial: post('Kasubbid Kepangkatan', 'initialer'),
    send_back: post('Kasubbid Kepangkatan', 'initialer'),
    withdraw: withdrawal,
  },
  signature: {
    sign: post('Kepala Badan', 'signer'),
    send_back: post('Kepala Badan', 'signer'),
    withdraw: withdrawal,
  },
  numbering: { assign_number: role('numberer') },
  ready: { hand_over: role('duty_officer') },
  expired: {},
  handed_over: {},
  withdrawn: {},
};

/** A valid payload of each action for a file of this service at Kepangkatan. */
const payloadsFor = (serviceCode: string): Record<ActionType, Record<string, unknown>> => ({
  verify_complete: {},
  return_incomplete: {
    missingDocuments: requiredDocuments(letterService(serviceCode)).slice(0, 1),
  },
  resubmit: { submittedDocuments: requiredDocuments(letterService(serviceCode)) },
  dispose: { subdivision: 'kepangkatan' },
  redispose: { subdivision: 'mutasi', reason: 'Uji redisposisi' },
  submit_draft: { summary: 'Konsep SK' },
  initial: {},
  send_back: { reason: 'Perbaiki konsiderans' },
  sign: {},
  assign_number: {},
  hand_over: { recipientName: 'Yang bersangkutan', relation: 'self' },
  withdraw: { reason: 'Dibatalkan pemohon' },
});
const PAYLOADS = payloadsFor('KP-REG');

/** How to bring a fresh file to each state, by whom. */
const PATH: Array<[string, string, ActionType]> = [
  ['disposition', 'verifier', 'verify_complete'],
  ['processing', 'dispatcher', 'dispose'],
  ['initials', 'pengelola-kepangkatan', 'submit_draft'],
  ['', 'kasubbid-kepangkatan', 'initial'],
  ['signature', 'kabid-pengembangan-mutasi-dan-promosi', 'initial'],
  ['numbering', 'kepala-badan', 'sign'],
  ['ready', 'numberer', 'assign_number'],
];

describe('API: role matrix — every action by every demo user in every state', () => {
  let t: TestApp;
  let desk: Desk;
  let store: EventStore;
  let users: UserView[];
  beforeAll(async () => {
    // A handful of demo files: they hold the states HTTP cannot reach (expired) and the final ones.
    t = await startTestApp({ demoCases: 16 });
    desk = new Desk(t);
    store = t.app.get<EventStore>(EVENT_STORE);
    const demo = new Set(demoAccounts().map((account) => account.username));
    users = (
      (await t.request('GET', '/api/users', { token: await desk.token('admin') }))
        .body as UserView[]
    ).filter((u) => demo.has(u.username));
  }, 60_000);
  afterAll(() => t.close());

  async function freshCase(state: string): Promise<string> {
    if (['expired', 'handed_over', 'withdrawn'].includes(state)) {
      const found = await t.request('GET', `/api/cases?state=${state}&kind=berkas&limit=1`, {
        token: await desk.token('auditor'),
      });
      return found.body.items[0].id as string;
    }
    const { id } = await desk.receive(caseForm('KP-REG'));
    if (state === 'verification') return id;
    if (state === 'returned')
      return (await desk.must('verifier', id, 'return_incomplete', PAYLOADS.return_incomplete)).body
        .id;
    if (state === 'withdrawn')
      return (await desk.must('front-office', id, 'withdraw', PAYLOADS.withdraw)).body.id;
    for (const [reached, by, type] of PATH) {
      await desk.must(by, id, type, PAYLOADS[type]);
      if (reached === state) return id;
    }
    throw new Error(`No path to ${state}`);
  }

  /** The newest global position: nothing may be appended past it by a refused request. */
  let head = 0;
  async function appendedSince(): Promise<number> {
    const events = await store.readAll({ after: head });
    if (events.length > 0) head = events[events.length - 1].position;
    return events.length;
  }

  it.each(Object.keys(WHO))(
    'in %s: only the allowed succeed; the others get 403 or 422 and append nothing',
    async (state) => {
      let id = await freshCase(state);
      let revision = await desk.revision(id);
      const payloads = payloadsFor((await desk.get(id)).body.serviceCode);
      await appendedSince();
      const outcomes: string[] = [];
      for (const user of users) {
        const expected = ACTION_TYPES.filter((type) => WHO[state][type]?.(user) ?? false);
        const allowed = (await desk.get(id, user.username)).body.allowedActions as string[];
        expect({ user: user.username, allowed: [...allowed].sort() }).toEqual({
          user: user.username,
          allowed: [...expected].sort(),
        });
        for (const type of ACTION_TYPES) {
          const answer = await desk.act(user.username, id, type, payloads[type], revision);
          const who = WHO[state][type];
          const status = who === undefined ? 422 : who(user) ? 200 : 403;
          outcomes.push(`${user.username} ${type} ${answer.status}`);
          expect({ user: user.username, type, status: answer.status }).toEqual({
            user: user.username,
            type,
            status,
          });
          if (status === 200) {
            // One event on the case (and, for a letter number, its claim in the sequence).
            expect(await store.readStream(id, { fromRevision: revision + 1 })).toHaveLength(1);
            expect(await appendedSince()).toBe(type === 'assign_number' ? 2 : 1);
            // That file moved on: the rest of the matrix gets a fresh one in this state.
            id = await freshCase(state);
            revision = await desk.revision(id);
            await appendedSince();
          } else {
            expect(answer.body.statusCode).toBe(status);
            if (status === 422)
              expect({
                ...answer.body.details,
                allowedActions: [...answer.body.details.allowedActions].sort(),
              }).toEqual({ state, allowedActions: [...expected].sort() });
            expect(await appendedSince()).toBe(0);
          }
        }
      }
      expect(outcomes.length).toBe(users.length * ACTION_TYPES.length);
    },
    120_000,
  );
});
