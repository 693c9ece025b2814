import { api } from '../api/client';
import { request } from '../api/problem';
import type {
  CreateDelegationForm,
  CreateUserForm,
  HolidayDay,
  UpdateUserForm,
} from '../api/types';

/** The admin screens' requests (each checked by the API: admin only). */
export const adminApi = {
  users: () => request(() => api.GET('/api/users')),
  createUser: (body: CreateUserForm) => request(() => api.POST('/api/users', { body })),
  updateUser: (id: string, body: UpdateUserForm) =>
    request(() => api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
  delegations: () => request(() => api.GET('/api/delegations')),
  grant: (body: CreateDelegationForm) => request(() => api.POST('/api/delegations', { body })),
  revoke: (id: string) =>
    request(() => api.DELETE('/api/delegations/{id}', { params: { path: { id } } })),
  holidays: (year: number) =>
    request(() => api.GET('/api/holidays', { params: { query: { year } } })),
  setHolidays: (year: number, days: HolidayDay[]) =>
    request(() => api.PUT('/api/holidays/{year}', { params: { path: { year } }, body: { days } })),
};

/** `datetime-local` gives the device's wall clock; the API wants a zoned time: send it in UTC. */
export function zonedFromLocalInput(value: string): string | undefined {
  if (value === '') return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** A `datetime-local` value (device time) for an instant, to the minute. */
export function localInputFrom(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
