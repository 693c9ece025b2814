import { fieldProblem, type FieldProblem, type Words } from './accounts-errors';

/** Lowercase, so "Budi" and "budi" cannot be two accounts; up to 64, room for a post's title as a username. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const USERNAME_RULE =
  'use 3 to 64 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit';
const USERNAME_RULE_WORDS: Words = {
  id: 'gunakan 3 sampai 64 huruf kecil, angka, titik, tanda hubung atau garis bawah, diawali huruf atau angka',
  en: USERNAME_RULE,
};
export const MIN_PASSWORD_LENGTH = 8;
/** scrypt hashes any length, but a megabyte password is an attack, not a password. */
export const MAX_PASSWORD_LENGTH = 200;
export const MAX_NAME_LENGTH = 120;
export const MAX_HOLIDAYS_PER_YEAR = 100;

/** Collects problems field by field, so a form can show them all at once. */
export class Problems {
  readonly list: FieldProblem[] = [];

  /** `problem` in both languages: `FieldProblem.problem` is its English, `words` both. */
  check(ok: boolean, field: string, problem: Words): this {
    if (!ok) this.list.push(fieldProblem(field, problem));
    return this;
  }

  username(field: string, value: string): this {
    return this.check(USERNAME_PATTERN.test(value), field, USERNAME_RULE_WORDS);
  }

  password(field: string, value: string): this {
    return this.check(
      value.length >= MIN_PASSWORD_LENGTH && value.length <= MAX_PASSWORD_LENGTH,
      field,
      {
        id: `gunakan ${MIN_PASSWORD_LENGTH} sampai ${MAX_PASSWORD_LENGTH} karakter`,
        en: `use ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
      },
    );
  }

  name(field: string, value: string): this {
    return this.check(value.trim().length > 0 && value.length <= MAX_NAME_LENGTH, field, {
      id: `isi paling banyak ${MAX_NAME_LENGTH} karakter`,
      en: `fill in up to ${MAX_NAME_LENGTH} characters`,
    });
  }

  roles(field: string, value: readonly string[], known: readonly string[]): this {
    const unknown = value.filter((role) => !known.includes(role));
    this.check(value.length > 0, field, {
      id: 'pilih paling sedikit satu peran',
      en: 'choose at least one role',
    });
    return this.check(unknown.length === 0, field, {
      id: `peran tidak dikenal: ${unknown.join(', ')}`,
      en: `unknown role(s): ${unknown.join(', ')}`,
    });
  }

  optionalText(field: string, value: string | null | undefined): this {
    return this.check(
      value === undefined ||
        value === null ||
        (value.trim().length > 0 && value.length <= MAX_NAME_LENGTH),
      field,
      {
        id: `isi paling banyak ${MAX_NAME_LENGTH} karakter, atau kosongkan`,
        en: `fill in up to ${MAX_NAME_LENGTH} characters, or leave it out`,
      },
    );
  }
}

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
