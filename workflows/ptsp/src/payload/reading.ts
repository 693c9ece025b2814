/**
 * Readers for command payloads. A payload arrives as JSON from a form or a script, so the
 * machine's guards read it as unknown and check its shape before any action relies on it.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A code as the organisation list writes them: lower-case words joined by dashes, e.g. `kepangkatan`. */
export function isUnitCode(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}

/** The items of a list once each, in the order given by `order` (e.g. the service's checklist). */
export function distinctInOrder(items: readonly string[], order: readonly string[]): string[] {
  const wanted = new Set(items);
  return order.filter((item) => wanted.has(item));
}
