import { timingSafeEqual } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';
import { accessDenied, unauthenticated, type RpcError } from './rpc-errors';

/** Decides whether a call may go on: undefined when it may, else the error to end it with. */
export type Authorize = (metadata: Metadata) => RpcError | undefined;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Basic authentication as EventStoreDB takes it (`authorization: Basic base64(user:password)`,
 * which the client sends only over TLS). With no users configured every call is let through;
 * with users, a call without credentials is denied and wrong credentials are unauthenticated.
 */
export function basicAuth(users: ReadonlyMap<string, string>): Authorize {
  if (users.size === 0) return () => undefined;
  return (metadata) => {
    const header = metadata.get('authorization')[0];
    if (typeof header !== 'string' || !header.startsWith('Basic ')) return accessDenied();
    const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const username = decoded.slice(0, colon);
    const expected = users.get(username);
    if (colon < 0 || expected === undefined || !sameText(expected, decoded.slice(colon + 1)))
      return unauthenticated();
    return undefined;
  };
}
