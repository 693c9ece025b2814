import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '@satupintu/event-store';
import { verifyChain } from '@satupintu/engine';
import {
  AdminInputError,
  AdminRuleError,
  UserNotFoundError,
  UsernameTakenError,
  accountStream,
  createUser,
  updateUser,
  verifyPassword,
} from '../../src/accounts';
import { accountsHarness, admin, type AccountsHarness } from './fixtures/accounts-context';

const budi = {
  username: 'budi',
  name: 'Budi Santoso',
  roles: ['verifier'],
  password: 'rahasia-123',
  position: 'Kasubbid Kepangkatan',
  unit: 'kepangkatan',
};

describe('accounts: users', () => {
  let h: AccountsHarness;
  beforeEach(async () => (h = await accountsHarness()));
  afterEach(() => h.close());

  it('createUser appends UserCreated with actor, time, command id and its link in the account’s hash chain, and returns the account from the read model', async () => {
    const user = await createUser(h.context, budi, admin);

    expect(user).toEqual({
      id: user.id,
      username: 'budi',
      name: 'Budi Santoso',
      roles: ['verifier'],
      position: 'Kasubbid Kepangkatan',
      unit: 'kepangkatan',
      active: true,
    });
    const [event] = await h.store.readStream(accountStream(user.id));
    expect(event.type).toBe('UserCreated');
    expect(event.data).toMatchObject({
      username: 'budi',
      name: 'Budi Santoso',
      roles: ['verifier'],
      passwordHash: expect.stringMatching(/^scrypt\$/),
    });
    expect(event.metadata).toEqual({
      actor: { id: 'admin-0', name: 'Admin', roles: ['admin'] },
      occurredAt: '2026-03-02T01:00:00.000Z',
      commandId: expect.any(String),
      prevHash: null,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(verifyChain([event])).toMatchObject({ intact: true });
    const record = h.context.readModels.users.byUsername('budi')!;
    expect(await verifyPassword('rahasia-123', record.passwordHash)).toBe(true);
    expect(h.context.readModels.users.list()).toEqual([user]);
  });

  it('refuses a taken username, also when two requests race for it', async () => {
    await createUser(h.context, budi, admin);
    await expect(
      createUser(h.context, { ...budi, name: 'Another Budi' }, admin),
    ).rejects.toBeInstanceOf(UsernameTakenError);

    const racing = await Promise.allSettled([
      createUser(h.context, { ...budi, username: 'sari' }, admin),
      createUser(h.context, { ...budi, username: 'sari' }, admin),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(
      (racing.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason,
    ).toBeInstanceOf(UsernameTakenError);
    expect(h.context.readModels.users.list().map((u) => u.username)).toEqual(['budi', 'sari']);
  });

  it('keeps the first account of a username on every rebuild when the log holds two', async () => {
    const first = randomUUID();
    const meta = {
      actor: { id: 'x', roles: [] },
      occurredAt: '2026-01-01T00:00:00.000Z',
      commandId: 'c',
    };
    for (const id of [first, randomUUID()]) {
      await h.store.appendToStream(accountStream(id), [
        {
          id: randomUUID(),
          type: 'UserCreated',
          data: { username: 'dup', name: id, roles: [], passwordHash: 'h' },
          metadata: meta,
        },
      ]);
    }
    await h.runner.waitFor(2);
    expect(h.context.readModels.users.list().map((u) => u.id)).toEqual([first]);
    await h.runner.rebuild();
    expect(h.context.readModels.users.list().map((u) => u.id)).toEqual([first]);
  });

  it('lists every problem of a bad form field by field', async () => {
    const attempt = createUser(
      h.context,
      { username: 'B', name: ' ', roles: ['wizard'], password: 'short' },
      admin,
    );
    await expect(attempt).rejects.toBeInstanceOf(AdminInputError);
    const { problems } = (await attempt.catch((e) => e)) as AdminInputError;
    expect(problems.map((p) => p.field)).toEqual(['username', 'name', 'roles', 'password']);
    expect(problems.find((p) => p.field === 'roles')?.problem).toContain('wizard');
    expect(await h.store.readAll()).toEqual([]);
  });

  it('updateUser appends only what changed, in one append, and a change to nothing appends nothing', async () => {
    const user = await createUser(h.context, budi, admin);
    const updated = await updateUser(
      h.context,
      user.id,
      { roles: ['verifier', 'front_office'], unit: null, name: 'Budi S.' },
      admin,
    );
    expect(updated).toMatchObject({
      roles: ['verifier', 'front_office'],
      unit: null,
      name: 'Budi S.',
      position: 'Kasubbid Kepangkatan',
    });
    const events = await h.store.readStream(accountStream(user.id));
    expect(events.map((e) => e.type)).toEqual([
      'UserCreated',
      'UserRolesChanged',
      'UserProfileChanged',
    ]);
    expect(events[2].data).toEqual({
      name: 'Budi S.',
      position: 'Kasubbid Kepangkatan',
      unit: null,
    });

    await updateUser(
      h.context,
      user.id,
      { roles: ['front_office', 'verifier'], name: 'Budi S.' },
      admin,
    );
    expect(await h.store.readStream(accountStream(user.id))).toHaveLength(3);
  });

  it('deactivates and reactivates, changes the password, and refuses an admin locking themself out', async () => {
    const user = await createUser(h.context, { ...budi, roles: ['admin'] }, admin);
    expect((await updateUser(h.context, user.id, { active: false }, admin)).active).toBe(false);
    expect(
      (await updateUser(h.context, user.id, { active: true, password: 'new-password' }, admin))
        .active,
    ).toBe(true);
    expect(
      await verifyPassword('new-password', h.context.readModels.users.byId(user.id)!.passwordHash),
    ).toBe(true);

    const self = { id: user.id, roles: ['admin'] };
    await expect(updateUser(h.context, user.id, { active: false }, self)).rejects.toBeInstanceOf(
      AdminRuleError,
    );
    await expect(
      updateUser(h.context, user.id, { roles: ['verifier'] }, self),
    ).rejects.toBeInstanceOf(AdminRuleError);
    await expect(updateUser(h.context, 'nobody', { name: 'X' }, admin)).rejects.toBeInstanceOf(
      UserNotFoundError,
    );
  });

  it('refuses a change decided on a stale read model (optimistic concurrency)', async () => {
    const user = await createUser(h.context, budi, admin);
    await h.runner.stop();
    await h.store.appendToStream(accountStream(user.id), [
      { id: randomUUID(), type: 'UserDeactivated', data: {} },
    ]);
    await expect(
      updateUser(h.context, user.id, { name: 'Budi Baru' }, admin),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
  });
});
