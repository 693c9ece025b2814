import { catalogue, findPosition, isLetterService, ROLES, SUBDIVISIONS } from '@satupintu/ptsp';
import type { NewUserInput } from '@satupintu/read-models';

export const DEMO_PASSWORD = 'demo';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The demo office: one account per role; one per post that initials or signs in the catalogue
 * (initialer and/or signer, holding that post); one processor per sub-division. All with the
 * password "demo".
 */
export function demoAccounts(): NewUserInput[] {
  const byRole = ROLES.map((role) => ({
    username: slug(role.code),
    name: `${role.label.id} (demo)`,
    roles: [role.code],
  }));

  const posts = new Map<string, Set<string>>();
  const holds = (title: string, role: string) =>
    posts.set(title, new Set([...(posts.get(title) ?? []), role]));
  for (const service of catalogue().services.filter(isLetterService)) {
    for (const title of service.initialsChain) holds(title, 'initialer');
    holds(service.signer, 'signer');
  }
  const byPost = [...posts].map(([title, roles]) => {
    const post = findPosition(title);
    const account: Omit<NewUserInput, 'password'> = {
      username: slug(title),
      name: `${post?.name.id ?? title} (demo)`,
      roles: [...roles].sort(),
      position: title,
    };
    if (post) account.unit = post.unit;
    return account;
  });

  const processors = SUBDIVISIONS.map((unit) => ({
    username: `pengelola-${unit.code}`,
    name: `Pengelola ${unit.name.id} (demo)`,
    roles: ['processor'],
    unit: unit.code,
  }));

  return [...byRole, ...byPost, ...processors].map((account) => ({
    ...account,
    password: DEMO_PASSWORD,
  }));
}
