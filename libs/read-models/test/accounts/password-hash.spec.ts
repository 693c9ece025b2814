import { hashPassword, verifyPassword } from '../../src/accounts';

describe('password hashing (scrypt)', () => {
  it('stores the parameters and a fresh salt with each hash, and verifies only the right password', async () => {
    const [a, b] = await Promise.all([
      hashPassword('correct horse'),
      hashPassword('correct horse'),
    ]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct hors', a)).toBe(false);
  });

  it('verifies hashes made with other parameters, so they can be raised later', async () => {
    const cheap = await hashPassword('pw', { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('pw', cheap)).toBe(true);
  });

  it('answers false, never throws, for malformed or unreasonably expensive stored hashes', async () => {
    const good = await hashPassword('pw', { N: 1024, r: 8, p: 1 });
    const key = good.split('$').slice(4).join('$');
    for (const stored of [
      '',
      'plain',
      'bcrypt$1$2$3$4$5',
      `scrypt$1000$8$1$${key}`,
      `scrypt$${2 ** 30}$8$1$${key}`,
      'scrypt$1024$8$1$c2FsdA$c2hvcnQ',
    ]) {
      await expect(verifyPassword('pw', stored)).resolves.toBe(false);
    }
  });
});
