import type { Actor } from '@satupintu/engine';
import { simpleDemoActors, type DemoActors } from '@satupintu/demo';
import type { UserView } from '@satupintu/read-models';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const actorOf = (user: UserView): Actor => ({
  id: user.id,
  name: user.name,
  roles: [...user.roles],
  ...(user.position !== null ? { position: user.position } : {}),
  ...(user.unit !== null ? { unit: user.unit } : {}),
});

/**
 * Who performs each demo step, among the office's accounts: the holder of the post when the
 * step names one (an initialer, the signer), the processor of the unit when it names a unit,
 * else the demo account of the role (`front-office` for front_office) or anyone holding it.
 * Only when no account fits does a made-up person stand in (`missing` hears of it).
 */
export function demoStaff(
  users: readonly UserView[],
  missing: (role: string) => void = () => undefined,
): DemoActors {
  const active = users.filter((user) => user.active);
  const holding = (role: string) => active.filter((user) => user.roles.includes(role));
  return (role, options = {}) => {
    const candidates = holding(role);
    const found =
      options.position !== undefined
        ? candidates.find((user) => user.position === options.position)
        : options.unit !== undefined
          ? candidates.find((user) => user.unit === options.unit)
          : (candidates.find((user) => user.username === slug(role)) ??
            candidates.find((user) => user.roles.length === 1) ??
            candidates[0]);
    if (found) return actorOf(found);
    missing(role);
    return simpleDemoActors(role, options);
  };
}
