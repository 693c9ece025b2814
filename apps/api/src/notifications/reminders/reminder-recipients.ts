import { findPosition, findUnit } from '@satupintu/ptsp';
import type { AccountsReadModels, ReminderRecipient, UserView } from '@satupintu/read-models';

const person = (user: UserView): ReminderRecipient => ({ userId: user.id, name: user.name });

/**
 * Who is reminded of a file waiting on a post, and who is told when it waits on: the post's
 * holders (and whoever acts for them under a delegation in force: they can move the file now);
 * for the supervisor, the holders of the post that heads the unit above (a Kasubbid's Kabid, a
 * Kabid's Kepala Badan), or, where there is none, the accounts with the supervisor role.
 */
export class ReminderRecipients {
  constructor(private readonly accounts: AccountsReadModels) {}

  officialsOf(post: string, at: Date): ReminderRecipient[] {
    const users = this.activeUsers();
    const holders = users.filter((user) => user.position === post);
    const holderIds = new Set(holders.map((user) => user.id));
    const deputies = this.accounts.delegations
      .list({ inForceAt: at })
      .filter((delegation) => holderIds.has(delegation.fromUserId))
      .flatMap((delegation) => users.filter((user) => user.id === delegation.toUserId));
    return distinct([...holders, ...deputies]).map(person);
  }

  supervisorsOf(post: string): ReminderRecipient[] {
    const users = this.activeUsers();
    const unit = findUnit(findPosition(post)?.unit ?? '');
    const parentHead = unit?.parent === undefined ? undefined : findUnit(unit.parent)?.head.title;
    const heads =
      parentHead === undefined ? [] : users.filter((user) => user.position === parentHead);
    return (
      heads.length > 0 ? heads : users.filter((user) => user.roles.includes('supervisor'))
    ).map(person);
  }

  private activeUsers(): UserView[] {
    return this.accounts.users.list().filter((user) => user.active);
  }
}

function distinct(users: UserView[]): UserView[] {
  return [...new Map(users.map((user) => [user.id, user])).values()];
}
