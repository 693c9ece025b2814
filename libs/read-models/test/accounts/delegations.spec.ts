import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import {
  AdminInputError,
  AdminRuleError,
  DelegationNotFoundError,
  createUser,
  delegationStream,
  grantDelegation,
  revokeDelegation,
  updateUser,
  type UserView,
} from '../../src/accounts';
import { accountsHarness, admin, type AccountsHarness } from './fixtures/accounts-context';

describe('accounts: delegations (Plh)', () => {
  let h: AccountsHarness;
  let kasubbid: UserView;
  let staff: UserView;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    h = await accountsHarness('2026-03-02T01:00:00.000Z');
    kasubbid = await createUser(
      h.context,
      {
        username: 'kasubbid',
        name: 'Kasubbid',
        roles: ['initialer'],
        password: 'password-1',
        position: 'Kasubbid Kepangkatan',
      },
      admin,
    );
    staff = await createUser(
      h.context,
      { username: 'staff', name: 'Staff', roles: ['verifier'], password: 'password-1' },
      admin,
    );
  });
  afterAll(() => h.close());

  it('is in force from its start until its end, for the acting official (held) and the one away (given)', async () => {
    const d = await grantDelegation(
      h.context,
      {
        fromUserId: kasubbid.id,
        toUserId: staff.id,
        startsAt: '2026-03-03T00:00:00+08:00',
        endsAt: '2026-03-05T17:00:00+08:00',
        reason: 'Dinas luar',
      },
      admin,
    );
    expect(d).toMatchObject({
      fromUserId: kasubbid.id,
      toUserId: staff.id,
      startsAt: '2026-03-02T16:00:00.000Z',
      endsAt: '2026-03-05T09:00:00.000Z',
      reason: 'Dinas luar',
      grantedBy: 'admin-0',
      revokedAt: null,
    });
    const [event] = await h.store.readStream(delegationStream(d.id));
    expect(event).toMatchObject({
      type: 'DelegationGranted',
      metadata: { actor: { id: 'admin-0' }, commandId: expect.any(String) },
    });

    const { delegations } = h.context.readModels;
    expect(delegations.inForce(staff.id, at('2026-03-02T15:59:59.999Z'))).toEqual({
      held: [],
      given: [],
    });
    expect(delegations.inForce(staff.id, at('2026-03-02T16:00:00.000Z'))).toEqual({
      held: [d],
      given: [],
    });
    expect(delegations.inForce(kasubbid.id, at('2026-03-04T00:00:00.000Z'))).toEqual({
      held: [],
      given: [d],
    });
    expect(delegations.inForce(staff.id, at('2026-03-05T09:00:00.000Z'))).toEqual({
      held: [],
      given: [],
    });
    expect(delegations.list({ inForceAt: at('2026-03-04T00:00:00.000Z') })).toEqual([d]);
  });

  it('a revoked delegation is over from the revocation on, and was in force before it', async () => {
    const d = await grantDelegation(
      h.context,
      {
        fromUserId: kasubbid.id,
        toUserId: staff.id,
        startsAt: '2026-04-01T00:00:00Z',
        endsAt: '2026-04-10T00:00:00Z',
      },
      admin,
    );
    h.setNow('2026-04-03T00:00:00.000Z');
    const revoked = await revokeDelegation(h.context, d.id, admin);
    expect(revoked).toMatchObject({
      revokedAt: '2026-04-03T00:00:00.000Z',
      revokedBy: 'admin-0',
      revision: 1,
    });
    const { delegations } = h.context.readModels;
    expect(
      delegations.inForce(staff.id, at('2026-04-02T00:00:00.000Z')).held.map((x) => x.id),
    ).toEqual([d.id]);
    expect(delegations.inForce(staff.id, at('2026-04-03T00:00:00.000Z')).held).toEqual([]);
    await expect(revokeDelegation(h.context, d.id, admin)).rejects.toBeInstanceOf(AdminRuleError);
    await expect(revokeDelegation(h.context, 'unknown', admin)).rejects.toBeInstanceOf(
      DelegationNotFoundError,
    );
    h.setNow('2026-03-02T01:00:00.000Z');
  });

  it('refuses an end before the start, delegating to oneself, unknown and deactivated accounts, and a period already over', async () => {
    const base = {
      fromUserId: kasubbid.id,
      toUserId: staff.id,
      startsAt: '2026-05-02T00:00:00Z',
      endsAt: '2026-05-01T00:00:00Z',
    };
    const problems = async (input: typeof base) =>
      ((await grantDelegation(h.context, input, admin).catch((e) => e)) as AdminInputError)
        .problems;
    expect(await problems(base)).toEqual([
      {
        field: 'endsAt',
        problem: 'must be after the start',
        words: { id: 'harus sesudah waktu mulai', en: 'must be after the start' },
      },
    ]);
    expect(
      (await problems({ ...base, toUserId: kasubbid.id, endsAt: '2026-05-03T00:00:00Z' })).map(
        (p) => p.field,
      ),
    ).toEqual(['toUserId']);
    expect(
      await problems({ ...base, fromUserId: 'ghost', endsAt: '2026-05-03T00:00:00Z' }),
    ).toEqual([
      {
        field: 'fromUserId',
        problem: 'there is no such account',
        words: { id: 'akun ini tidak ada', en: 'there is no such account' },
      },
    ]);
    await expect(
      grantDelegation(
        h.context,
        { ...base, startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-01-02T00:00:00Z' },
        admin,
      ),
    ).rejects.toBeInstanceOf(AdminRuleError);

    const leaver = await createUser(
      h.context,
      { username: 'leaver', name: 'Leaver', roles: ['verifier'], password: 'password-1' },
      admin,
    );
    await updateUser(h.context, leaver.id, { active: false }, admin);
    await expect(
      grantDelegation(
        h.context,
        { ...base, toUserId: leaver.id, endsAt: '2026-05-03T00:00:00Z' },
        admin,
      ),
    ).rejects.toBeInstanceOf(AdminRuleError);
  });

  it('inForce agrees with the definition for any delegations, revocations and moments', async () => {
    const minute = 60_000;
    const t0 = Date.parse('2027-01-01T00:00:00.000Z');
    const spec = fc.record({
      start: fc.integer({ min: 0, max: 50 }),
      length: fc.integer({ min: 1, max: 30 }),
      revokeAfter: fc.option(fc.integer({ min: 0, max: 40 })),
      towardsStaff: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { maxLength: 6 }),
        fc.integer({ min: -5, max: 90 }),
        async (specs, probe) => {
          const ids: string[] = [];
          for (const s of specs) {
            const [from, to] = s.towardsStaff ? [kasubbid, staff] : [staff, kasubbid];
            const id = randomUUID();
            const data = {
              fromUserId: from.id,
              toUserId: to.id,
              startsAt: new Date(t0 + s.start * minute).toISOString(),
              endsAt: new Date(t0 + (s.start + s.length) * minute).toISOString(),
            };
            const meta = (offset: number) => ({
              actor: { id: 'admin-0', roles: ['admin'] },
              occurredAt: new Date(t0 + offset * minute).toISOString(),
              commandId: randomUUID(),
            });
            const events = [
              { id: randomUUID(), type: 'DelegationGranted', data, metadata: meta(-1) },
            ];
            if (s.revokeAfter !== null)
              events.push({
                id: randomUUID(),
                type: 'DelegationRevoked',
                data: {} as typeof data,
                metadata: meta(s.start + s.revokeAfter),
              });
            const { position } = await h.store.appendToStream(delegationStream(id), events);
            await h.runner.waitFor(position);
            ids.push(id);
          }
          const moment = t0 + probe * minute;
          const expected = (towardsStaff: boolean) =>
            specs
              .map((s, i) => ({ s, id: ids[i] }))
              .filter(({ s }) => s.towardsStaff === towardsStaff)
              .filter(
                ({ s }) =>
                  t0 + s.start * minute <= moment && moment < t0 + (s.start + s.length) * minute,
              )
              .filter(
                ({ s }) =>
                  s.revokeAfter === null || moment < t0 + (s.start + s.revokeAfter) * minute,
              )
              .map(({ id }) => id)
              .sort();
          const actual = h.context.readModels.delegations.inForce(staff.id, new Date(moment));
          const ours = (list: { id: string }[]) =>
            list
              .map((d) => d.id)
              .filter((id) => ids.includes(id))
              .sort();
          expect(ours(actual.held)).toEqual(expected(true));
          expect(ours(actual.given)).toEqual(expected(false));
        },
      ),
      { numRuns: 60 },
    );
  });
});
