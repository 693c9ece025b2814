import type { Projection, ReadModelDb } from '@satupintu/projections';
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
