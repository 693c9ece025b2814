import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { request } from '../api/problem';
import { session } from '../api/session';
import { AuthContext, type Auth, type AuthState } from './auth-context';

async function loadMe() {
  return request(() => api.GET('/api/me'));
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() =>
    session.token() === null ? { status: 'anonymous', expired: false } : { status: 'checking' },
  );

  const refresh = useCallback(async () => {
    if (session.token() === null) return;
    try {
      setState({ status: 'signed-in', me: await loadMe() });
    } catch {
      // 401 ends the session (see the client); anything else keeps what we have.
      if (session.token() === null) setState({ status: 'anonymous', expired: true });
    }
  }, []);

  useEffect(() => {
    void refresh();
    // The token ends elsewhere (a 401 from any request): back to the login form.
    return session.subscribe((token) => {
      if (token === null)
        setState((old) => ({ status: 'anonymous', expired: old.status === 'signed-in' }));
    });
  }, [refresh]);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await request(() =>
      api.POST('/api/auth/login', { body: { username, password } }),
    );
    session.set(answer.token);
    setState({ status: 'signed-in', me: await loadMe() });
  }, []);

  const logout = useCallback(() => {
    session.set(null);
    setState({ status: 'anonymous', expired: false });
  }, []);

  const auth = useMemo<Auth>(
    () => ({ state, login, logout, refresh }),
    [state, login, logout, refresh],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
