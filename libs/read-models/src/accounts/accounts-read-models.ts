import type { Projection, ReadModelDb } from '@satupintu/projections';
import { accountTablesChanging } from './account-row-cache';
import { delegationsProjection } from './delegations-projection';
import { DelegationsReadModel } from './delegations-read-model';
import { holidaysProjection } from './holidays-projection';
import { HolidaysReadModel } from './holidays-read-model';
import { usersProjection } from './users-projection';
import { UsersReadModel } from './users-read-model';

/** The projections to give the ProjectionRunner for accounts, delegations and holidays. */
export const accountsProjections: readonly Projection[] = [
  usersProjection,
  delegationsProjection,
  holidaysProjection,
];

export interface AccountsReadModels {
  users: UsersReadModel;
  delegations: DelegationsReadModel;
  holidays: HolidaysReadModel;
}

/** Queries over the runner's connection (ProjectionRunner.db). */
export function accountsReadModels(db: ReadModelDb): AccountsReadModels {
  return {
    users: new UsersReadModel(db),
    delegations: new DelegationsReadModel(db),
    holidays: new HolidaysReadModel(db),
  };
}

/** The projections whose writes make the account rows cached per connection stale. */
const CACHED_ACCOUNT_PROJECTIONS = [usersProjection.name, delegationsProjection.name];

/**
 * For a connection whose read models another connection writes (a projection thread): told which
 * projections a commit there touched, it drops the account rows cached here when they changed.
 * (A runner on the same connection needs no call: the projections mark it as they write.)
 */
export function accountTablesChangedElsewhere(db: ReadModelDb, touched: ReadonlySet<string>): void {
  if (CACHED_ACCOUNT_PROJECTIONS.some((name) => touched.has(name))) accountTablesChanging(db);
}
