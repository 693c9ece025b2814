import { catalogue, isLetterService, ROLE_CODES, SUBDIVISIONS } from '@satupintu/ptsp';
import { USERNAME_PATTERN } from '@satupintu/read-models';
import { demoAccounts } from '../src/demo/demo-accounts';
import { startTestApp } from './fixtures/test-app';

describe('demo accounts', () => {
  const accounts = demoAccounts();

  it('cover every role, every post that initials or signs, and a processor per sub-division, with valid unique usernames', () => {
    for (const role of ROLE_CODES)
      expect(accounts.some((a) => a.roles.length === 1 && a.roles[0] === role)).toBe(true);
    const letters = catalogue().services.filter(isLetterService);
    for (const service of letters) {
      for (const post of service.initialsChain)
        expect(accounts.find((a) => a.position === post)?.roles).toContain('initialer');
      expect(accounts.find((a) => a.position === service.signer)?.roles).toContain('signer');
    }
    expect(accounts.find((a) => a.position === 'Sekretaris')).toMatchObject({
      username: 'sekretaris',
      roles: ['initialer', 'signer'],
      unit: 'sekretariat',
    });
    for (const unit of SUBDIVISIONS)
      expect(accounts).toContainEqual(
        expect.objectContaining({ roles: ['processor'], unit: unit.code }),
      );
    const usernames = accounts.map((a) => a.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const username of usernames) expect(username).toMatch(USERNAME_PATTERN);
    expect(accounts.every((a) => a.password === 'demo')).toBe(true);
  });

  it('are created at start in demo mode (each can log in), once; outside demo mode there are none', async () => {
    const demo = await startTestApp();
    try {
      const token = await demo.login('kasubbid-kepangkatan');
      const me = (await demo.request('GET', '/api/me', { token })).body;
      expect(me).toMatchObject({
        roles: ['initialer'],
        position: 'Kasubbid Kepangkatan',
        unit: 'kepangkatan',
      });
      const events = await demo.eventCount();
      expect(events).toBe(accounts.length);
      await demo.stop();
      const again = await startTestApp({}, demo.dataDir);
      expect(await again.eventCount()).toBe(events);
      await again.stop();
    } finally {
      await demo.close();
    }

    const plain = await startTestApp({ demo: false });
    try {
      expect(await plain.eventCount()).toBe(0);
      expect(
        (
          await plain.request('POST', '/api/auth/login', {
            body: { username: 'admin', password: 'demo' },
          })
        ).status,
      ).toBe(401);
    } finally {
      await plain.close();
    }
  });
});
