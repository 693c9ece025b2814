import type { Provider } from '@nestjs/common';
import type { EventStore } from '@satupintu/event-store';
import { ROLE_CODES } from '@satupintu/ptsp';
import type { AccountsReadModels, AdminContext } from '@satupintu/read-models';
import {
  ACCOUNTS_READ_MODELS,
  EVENT_STORE,
  READ_YOUR_WRITES,
  type ReadYourWrites,
} from '../core/tokens';

/** The AdminContext of the account services (accounts, delegations, holidays). */
export const ADMIN_CONTEXT = Symbol('AdminContext');

export const adminContextProvider: Provider = {
  provide: ADMIN_CONTEXT,
  inject: [EVENT_STORE, ACCOUNTS_READ_MODELS, READ_YOUR_WRITES],
  useFactory: (
    store: EventStore,
    readModels: AccountsReadModels,
    waitFor: ReadYourWrites,
  ): AdminContext => ({
    store,
    readModels,
    waitFor,
    knownRoles: ROLE_CODES,
  }),
};
