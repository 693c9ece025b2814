// class-validator checks that speak the PTSP domain: the same validators the machine's guards use.
import { validateNip, validatePhone, type ValidationProblem } from '@satupintu/ptsp';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import { say } from '../../i18n/message';
import { messageRef } from '../../i18n/message-ref';

/** The domain validators' problems, which they state in both languages, for the request's language. */
const words = (problems: ValidationProblem[]) =>
  messageRef(
    say('text', {
      text: {
        id: problems.map((p) => p.message.id).join('; '),
        en: problems.map((p) => p.message.en).join('; '),
      },
    }),
  );

function nipProblems(value: unknown): ValidationProblem[] {
  return validateNip(String(value), { today: new Date() });
}

/** An 18-digit NIP with a real birth date and start date and a sex digit of 1 or 2. */
export const IsNip = () =>
  ValidateBy({
    name: 'isNip',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && nipProblems(value).length === 0,
      defaultMessage: (args?: ValidationArguments) => words(nipProblems(args?.value)),
    },
  });

/** An Indonesian mobile number (08…, 628…, +628…), for SMS. */
export const IsMobileNumber = () =>
  ValidateBy({
    name: 'isMobileNumber',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && validatePhone(value).length === 0,
      defaultMessage: (args?: ValidationArguments) => words(validatePhone(String(args?.value))),
    },
  });

/** Text with something in it besides spaces. */
export const HasText = (message: string) =>
  ValidateBy({
    name: 'hasText',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.trim() !== '',
      defaultMessage: () => message,
    },
  });

/** A value for an error message: quoted and cut short, whatever the client sent. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}
