import type { JsonObject, JsonValue } from '@satupintu/event-store';

/**
 * Readers for event data. The engine only stores events its machine accepted, but a projection
 * must never throw on an event (the runner would stall on it), so a missing field reads as absent.
 */
export function textOf(value: JsonValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function trimmedTextOf(value: JsonValue | undefined): string | null {
  const text = textOf(value)?.trim();
  return text ? text : null;
}

export function numberOf(value: JsonValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function textListOf(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function objectOf(value: JsonValue | undefined): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
