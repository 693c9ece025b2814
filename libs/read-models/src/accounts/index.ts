export * from './account-events';
export * from './accounts-errors';
export * from './account-rules';
export * from './accounts-read-models';
export { appendAdminEvents, type AdminContext, type AdminAppendContext } from './admin-context';
export { hashPassword, verifyPassword } from './password-hash';
export { usersProjection } from './users-projection';
export { delegationsProjection } from './delegations-projection';
export { holidaysProjection } from './holidays-projection';
export { UsersReadModel, toUserView, type UserView, type UserRecord } from './users-read-model';
export {
  DelegationsReadModel,
  type DelegationView,
  type DelegationsInForce,
} from './delegations-read-model';
export { HolidaysReadModel, type HolidayCalendar } from './holidays-read-model';
export {
  createUser,
  updateUser,
  type NewUserInput,
  type UserChanges,
  type CreateUserOptions,
} from './user-administration';
export {
  grantDelegation,
  revokeDelegation,
  type NewDelegationInput,
} from './delegation-administration';
export { setHolidays, MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR } from './holiday-administration';
