import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

export type AuthState =
  | { status: 'checking' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; me: Me };

export interface Auth {
  state: AuthState;
  /** Logs in with the form's username and password; throws ApiProblem when refused. */
  login(username: string, password: string): Promise<void>;
  logout(): void;
  /** Reloads who I am (roles and delegations change while one works). */
  refresh(): Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe outside RequireAuth');
  return state.me;
}

export function hasRole(me: Me, ...roles: string[]): boolean {
  return roles.some((role) => me.roles.includes(role));
}
