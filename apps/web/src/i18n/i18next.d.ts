import 'i18next';
import type { id } from './messages/id';

// Typed keys: t('queue.title') must exist in the Indonesian catalogue (and the English one
// has the same shape, see messages/en.ts), so a missing message is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
    returnNull: false;
  }
}
