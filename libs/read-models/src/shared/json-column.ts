/** JSON columns: SQLite keeps lists and objects as text; read models parse them back on the way out. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
