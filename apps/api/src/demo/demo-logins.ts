import type { UserView } from '@satupintu/read-models';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';

/** The demo accounts that can log in, one a line: username, name, roles and post. */
export function demoLogins(users: readonly UserView[]): string {
  const demo = new Set(demoAccounts().map((account) => account.username));
  const lines = users
    .filter((user) => user.active && demo.has(user.username))
    .map((user) => {
      const post = user.position ?? (user.unit !== null ? `unit ${user.unit}` : '');
      return `  ${user.username.padEnd(48)} ${user.roles.join(', ')}${post ? ` — ${post}` : ''}`;
    });
  return [`Demo logins (password "${DEMO_PASSWORD}"):`, ...lines].join('\n');
}
