import { berkas } from '@satupintu/ptsp';
import type { UserView } from '@satupintu/read-models';
import { demoLogins } from '../src/demo/demo-logins';
import { demoStaff } from '../src/demo/demo-staff';
import { startTestApp } from './fixtures/test-app';

describe('demo cases', () => {
  it('are seeded at start in demo mode over every state, acted by the demo accounts; a restart adds nothing', async () => {
    const demo = await startTestApp({ demoCases: 40 });
    try {
      const token = await demo.login('supervisor');
      const cases = (await demo.request('GET', '/api/cases?limit=200', { token })).body
        .items as Array<{ id: string; kind: string; state: string }>;
      const files = cases.filter((c) => c.kind === 'berkas');
      expect(files).toHaveLength(40);
      expect(new Set(files.map((c) => c.state))).toEqual(
        new Set(berkas.BERKAS_STATES.filter((s) => s !== 'start')),
      );
      expect(cases.some((c) => c.kind === 'konsultasi')).toBe(true);

      const users = (await demo.request('GET', '/api/users', { token })).body as UserView[];
      const byId = new Map(users.map((u) => [u.id, u]));
      const handedOver = files.find((c) => c.state === 'handed_over')!;
      const history = (await demo.request('GET', `/api/cases/${handedOver.id}/history`, { token }))
        .body as Array<{ actor: { id: string; name: string } }>;
      expect(history.length).toBeGreaterThanOrEqual(8);
      for (const step of history) expect(byId.get(step.actor.id)?.name).toBe(step.actor.name);
      expect(byId.get(history[0].actor.id)?.username).toBe('front-office');
      // Demo files are dated in the past, in order.
      const times = history.map((step) => Date.parse((step as unknown as { at: string }).at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times[0]).toBeLessThan(Date.now() - 86_400_000);

      const events = await demo.eventCount();
      await demo.stop();
      const again = await startTestApp({ demoCases: 40 }, demo.dataDir);
      expect(await again.eventCount()).toBe(events);
      await again.stop();
    } finally {
      await demo.close();
    }
  });

  it('are not seeded outside demo mode, nor when none are asked for', async () => {
    for (const overrides of [{ demo: false, demoCases: 40 }, { demoCases: 0 }]) {
      const app = await startTestApp(overrides);
      try {
        const before = await app.eventCount();
        const accounts =
          overrides.demo === false
            ? 0
            : (await app.request('GET', '/api/users', { token: await app.login('admin') })).body
                .length;
        expect(before).toBe(accounts);
      } finally {
        await app.close();
      }
    }
  });
});

describe('demo staff (who performs each demo step)', () => {
  const user = (
    username: string,
    roles: string[],
    position: string | null = null,
    unit: string | null = null,
    active = true,
  ): UserView => ({
    id: `id-${username}`,
    username,
    name: username.toUpperCase(),
    roles,
    position,
    unit,
    active,
  });
  const users = [
    user('clerk', ['front_office', 'registrar']),
    user('front-office', ['front_office']),
    user('kasubbid-mutasi', ['initialer'], 'Kasubbid Mutasi', 'mutasi'),
    user('old-kasubbid', ['initialer'], 'Kasubbid Kepangkatan', 'kepangkatan', false),
    user('pengelola-mutasi', ['processor'], null, 'mutasi'),
    user('pengelola-kepangkatan', ['processor'], null, 'kepangkatan'),
  ];

  it('maps a post to its holder, a unit to its processor, a role to its demo account; never an inactive one', () => {
    const missing: string[] = [];
    const staff = demoStaff(users, (role) => missing.push(role));
    expect(staff('initialer', { position: 'Kasubbid Mutasi' })).toEqual({
      id: 'id-kasubbid-mutasi',
      name: 'KASUBBID-MUTASI',
      roles: ['initialer'],
      position: 'Kasubbid Mutasi',
      unit: 'mutasi',
    });
    expect(staff('processor', { unit: 'kepangkatan' }).id).toBe('id-pengelola-kepangkatan');
    expect(staff('front_office').id).toBe('id-front-office');
    expect(staff('registrar').id).toBe('id-clerk');
    expect(missing).toEqual([]);
    // Nobody active holds the post: a made-up person stands in, and the caller hears of it.
    expect(staff('initialer', { position: 'Kasubbid Kepangkatan' }).id).not.toBe('id-old-kasubbid');
    expect(missing).toEqual(['initialer']);
  });

  it('prints the demo logins with roles and posts, not other accounts', () => {
    const text = demoLogins([
      ...users,
      user('kepala-badan', ['signer'], 'Kepala Badan', 'bkd'),
      user('budi', ['verifier']),
    ]);
    expect(text.split('\n')[0]).toBe('Demo logins (password "demo"):');
    expect(text).toMatch(/^ {2}kepala-badan +signer — Kepala Badan$/m);
    expect(text).toMatch(/^ {2}front-office +front_office$/m);
    expect(text).toMatch(/^ {2}pengelola-mutasi +processor — unit mutasi$/m);
    expect(text).not.toContain('budi');
    expect(text).not.toContain('old-kasubbid');
  });
});
