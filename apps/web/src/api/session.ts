/**
 * The login token of this browser tab. Kept in sessionStorage, not localStorage: office PCs are
 * shared, and closing the tab is the logout people expect; the token itself lasts 8 hours.
 */
const KEY = 'satupintu.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

function storage(): Storage | undefined {
  return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
}

export const session = {
  token(): string | null {
    return storage()?.getItem(KEY) ?? null;
  },
  set(token: string | null): void {
    if (token === null) storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, token);
    for (const listener of listeners) listener(token);
  },
  /** Called with the new token (or null) on login, logout and expiry. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
