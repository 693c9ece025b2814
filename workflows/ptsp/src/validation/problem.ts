import type { Text } from '../i18n/text';

/** One thing wrong with a value, with a stable code for programs and a message for people. */
export type ValidationProblem = {
  code: string;
  message: Text;
};

export const problem = (code: string, id: string, en: string): ValidationProblem => ({ code, message: { id, en } });
