import type { handleUnaryCall } from '@grpc/grpc-js';
import { serverFeatures, type shared } from './proto';

/** The version this server reports; the client only logs it. */
export const SERVER_VERSION = '24.10.0-satupintu-test';

const METHODS: Array<[service: string, method: string]> = [
  ['event_store.client.streams.streams', 'read'],
  ['event_store.client.streams.streams', 'append'],
  ['event_store.client.streams.streams', 'batchappend'],
  ['event_store.client.streams.streams', 'delete'],
  ['event_store.client.streams.streams', 'tombstone'],
  ['event_store.client.gossip.gossip', 'read'],
  ['event_store.client.server_features.serverfeatures', 'getsupportedmethods'],
];

/**
 * ServerFeatures.GetSupportedMethods: what this server implements. The client asks once per
 * connection and appends through BatchAppend only when it is listed.
 */
export function getSupportedMethods(options: {
  batchAppend: boolean;
}): handleUnaryCall<shared.Empty, serverFeatures.SupportedMethods> {
  const methods = METHODS.filter(
    ([, method]) => options.batchAppend || method !== 'batchappend',
  ).map(([service, method]) =>
    new serverFeatures.SupportedMethod().setServiceName(service).setMethodName(method),
  );
  const answer = new serverFeatures.SupportedMethods()
    .setMethodsList(methods)
    .setEventStoreServerVersion(SERVER_VERSION);
  return (_call, callback) => callback(null, answer);
}
