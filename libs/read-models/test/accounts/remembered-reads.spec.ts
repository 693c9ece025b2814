import {
  createUser,
  grantDelegation,
  revokeDelegation,
  updateUser,
  type UserView,
} from '../../src/accounts';
import { accountsHarness, admin, type AccountsHarness } from './fixtures/accounts-context';

/**
 * users.byId and delegations.inForce answer every request from memory between account changes:
 * these specs read, change, and read again, so a stale answer would show.
 */
describe('accounts: reads remembered between changes', () => {
  let h: AccountsHarness;
  let kasubbid: UserView;
  let staff: UserView;
  beforeEach(async () => {
    h = await accountsHarness('2026-03-02T01:00:00.000Z');
    kasubbid = await createUser(
      h.context,
      { username: 'kasubbid', name: 'Kasubbid', roles: ['initialer'], password: 'password-1' },
      admin,
    );
    staff = await createUser(
      h.context,
      { username: 'staff', name: 'Staff', roles: ['verifier'], password: 'password-1' },
      admin,
    );
  });
  afterEach(() => h.close());

  it('shows a changed account on the next byId, and an account created after a miss', async () => {
    const { users } = h.context.readModels;
    expect(users.byId(staff.id)).toMatchObject({ active: true, roles: ['verifier'] });
    expect(users.byId('not-yet')).toBeUndefined();

    await updateUser(h.context, staff.id, { active: false, roles: ['verifier', 'signer'] }, admin);

    expect(users.byId(staff.id)).toMatchObject({ active: false, roles: ['verifier', 'signer'] });
  });

  it('hands out a fresh object each time: a caller changing one does not change the next answer', () => {
    const { users } = h.context.readModels;
    users.byId(staff.id)!.roles.push('admin');
    expect(users.byId(staff.id)!.roles).toEqual(['verifier']);
  });

  it('shows a delegation granted or revoked on the next inForce, and filters by the moment asked', async () => {
    const { delegations } = h.context.readModels;
    const during = new Date('2026-03-03T03:00:00.000Z');
    expect(delegations.inForce(staff.id, during)).toEqual({ held: [], given: [] });

    const granted = await grantDelegation(
      h.context,
      {
        fromUserId: kasubbid.id,
        toUserId: staff.id,
        startsAt: '2026-03-03T00:00:00+08:00',
        endsAt: '2026-03-05T17:00:00+08:00',
      },
      admin,
    );
    expect(delegations.inForce(staff.id, during).held).toEqual([granted]);
    expect(delegations.inForce(kasubbid.id, during).given).toEqual([granted]);
    expect(delegations.inForce(staff.id, new Date('2026-03-06T00:00:00.000Z')).held).toEqual([]);

    h.setNow('2026-03-04T00:00:00.000Z');
    await revokeDelegation(h.context, granted.id, admin);
    expect(delegations.inForce(staff.id, new Date('2026-03-04T01:00:00.000Z')).held).toEqual([]);
    expect(delegations.inForce(staff.id, during).held).toHaveLength(1);
  });

  it('forgets everything on a rebuild', async () => {
    const { users } = h.context.readModels;
    expect(users.byId(staff.id)?.active).toBe(true);
    await updateUser(h.context, staff.id, { active: false }, admin);
    await h.runner.rebuild();
    expect(users.byId(staff.id)?.active).toBe(false);
  });
});
