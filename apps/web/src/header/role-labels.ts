import { ROLES } from '@satupintu/ptsp/organisation';
import type { Text } from '@satupintu/ptsp/text';

const LABELS = new Map<string, Text>(ROLES.map((role) => [role.code, role.label]));

/** A role's name as the organisation writes it; an unknown code shows as itself. */
export function roleLabel(code: string): Text {
  return LABELS.get(code) ?? { id: code, en: code };
}
