import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A date and time with its zone, so 08:00 means the same to everyone: 2026-03-03T08:00:00+08:00 or …Z. */
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const ZONED_DATE_TIME_RULE =
  'give a date and time with its time zone, e.g. 2026-03-03T08:00:00+08:00';

export function isZonedDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' && ZONED_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
  );
}

export const IsZonedDateTime = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isZonedDateTime',
      validator: { validate: isZonedDateTime, defaultMessage: () => ZONED_DATE_TIME_RULE },
    },
    options,
  );

/** Later than another date-time field of the same object (checked only when both are valid). */
export const IsLaterThan = (property: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isLaterThan',
      constraints: [property],
      validator: {
        validate: (value, args) => {
          const other = (args?.object as Record<string, unknown>)[property];
          return (
            !isZonedDateTime(value) ||
            !isZonedDateTime(other) ||
            Date.parse(value) > Date.parse(other)
          );
        },
        defaultMessage: () => `must be after ${property}`,
      },
    },
    options,
  );

export const IsDifferentFrom = (property: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isDifferentFrom',
      constraints: [property],
      validator: {
        validate: (value, args) => value !== (args?.object as Record<string, unknown>)[property],
        defaultMessage: () => `must differ from ${property}`,
      },
    },
    options,
  );
