import { ValidateIf } from 'class-validator';

/** The field may be left out, but if present (even null) it is checked: for fields null cannot clear. */
export const IsOmittable = () =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
