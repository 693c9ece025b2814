import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@satupintu/event-store';
import type { Actor } from '@satupintu/engine';
import {
  AccountEventType,
  accountStream,
  type UserCreatedData,
  type UserProfileChangedData,
} from './account-events';
import {
  AdminInputError,
  AdminRuleError,
  UserNotFoundError,
  UsernameTakenError,
} from './accounts-errors';
import { Problems } from './account-rules';
import { appendAdminEvents, type AdminContext } from './admin-context';
import { hashPassword } from './password-hash';
import { toUserView, type UserView } from './users-read-model';

export interface NewUserInput {
  username: string;
  name: string;
  roles: string[];
  password: string;
  position?: string;
  unit?: string;
}

/** Only the fields given change; null clears position or unit. */
export interface UserChanges {
  name?: string;
  roles?: string[];
  position?: string | null;
  unit?: string | null;
  active?: boolean;
  password?: string;
}

export interface CreateUserOptions {
  /**
   * A hash made earlier, used instead of hashing `password` (which is then not checked): the demo
   * accounts share one hash of their well-known password, since each hash costs 0.1 s or more.
   */
  presetPasswordHash?: string;
}

/** Creates a staff account. Used by the API (admin) and by the CLI (the first admin). */
export async function createUser(
  context: AdminContext,
  input: NewUserInput,
  actor: Actor,
  options: CreateUserOptions = {},
): Promise<UserView> {
  const problems = new Problems()
    .username('username', input.username)
    .name('name', input.name)
    .roles('roles', input.roles, context.knownRoles)
    .optionalText('position', input.position)
    .optionalText('unit', input.unit);
  if (options.presetPasswordHash === undefined) problems.password('password', input.password);
  if (problems.list.length > 0) throw new AdminInputError(problems.list);
  const { users } = context.readModels;
  if (users.byUsername(input.username)) throw new UsernameTakenError(input.username);

  const id = randomUUID();
  const data: UserCreatedData = {
    username: input.username,
    name: input.name.trim(),
    roles: [...new Set(input.roles)],
    passwordHash: options.presetPasswordHash ?? (await hashPassword(input.password)),
  };
  if (input.position !== undefined) data.position = input.position.trim();
  if (input.unit !== undefined) data.unit = input.unit.trim();
  await appendAdminEvents(context, actor, accountStream(id), 'no_stream', [
    { type: AccountEventType.UserCreated, data: data as unknown as JsonObject },
  ]);
  // Another process may have created the same username a moment earlier: then its account won.
  const created = users.byId(id);
  if (!created) throw new UsernameTakenError(input.username);
  return toUserView(created);
}

/** Changes an account; a change to nothing new appends nothing. */
export async function updateUser(
  context: AdminContext,
  userId: string,
  changes: UserChanges,
  actor: Actor,
): Promise<UserView> {
  const { users } = context.readModels;
  const user = users.byId(userId);
  if (!user) throw new UserNotFoundError(userId);
  const problems = new Problems()
    .optionalText('position', changes.position)
    .optionalText('unit', changes.unit);
  if (changes.name !== undefined) problems.name('name', changes.name);
  if (changes.roles !== undefined) problems.roles('roles', changes.roles, context.knownRoles);
  if (changes.password !== undefined) problems.password('password', changes.password);
  if (problems.list.length > 0) throw new AdminInputError(problems.list);
  if (
    userId === actor.id &&
    (changes.active === false ||
      (changes.roles && !changes.roles.includes('admin') && user.roles.includes('admin')))
  ) {
    throw new AdminRuleError({
      id: 'Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran admin sendiri; mintalah admin lain',
      en: 'You cannot deactivate your own account or remove your own admin role; ask another admin',
    });
  }

  const events: Array<{ type: string; data: JsonObject }> = [];
  const roles = changes.roles && [...new Set(changes.roles)];
  if (roles && [...roles].sort().join() !== [...user.roles].sort().join()) {
    events.push({ type: AccountEventType.UserRolesChanged, data: { roles } });
  }
  const profile: UserProfileChangedData = {
    name: changes.name?.trim() ?? user.name,
    position: changes.position === undefined ? user.position : (changes.position?.trim() ?? null),
    unit: changes.unit === undefined ? user.unit : (changes.unit?.trim() ?? null),
  };
  if (
    profile.name !== user.name ||
    profile.position !== user.position ||
    profile.unit !== user.unit
  ) {
    events.push({ type: AccountEventType.UserProfileChanged, data: { ...profile } });
  }
  if (changes.password !== undefined) {
    events.push({
      type: AccountEventType.UserPasswordChanged,
      data: { passwordHash: await hashPassword(changes.password) },
    });
  }
  if (changes.active !== undefined && changes.active !== user.active) {
    events.push({
      type: changes.active ? AccountEventType.UserReactivated : AccountEventType.UserDeactivated,
      data: {},
    });
  }
  if (events.length === 0) return toUserView(user);
  await appendAdminEvents(context, actor, accountStream(userId), user.revision, events);
  return toUserView(users.byId(userId)!);
}
