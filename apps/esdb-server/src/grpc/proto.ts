// The message classes and service definitions that ship inside @eventstore/db-client: the
// server speaks exactly the protocol the official client was generated from.
export * as streams from '@eventstore/db-client/generated/streams_pb';
export * as shared from '@eventstore/db-client/generated/shared_pb';
export * as status from '@eventstore/db-client/generated/status_pb';
export * as code from '@eventstore/db-client/generated/code_pb';
export * as gossip from '@eventstore/db-client/generated/gossip_pb';
export * as serverFeatures from '@eventstore/db-client/generated/serverfeatures_pb';
export { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
export { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
export { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
export { Any } from 'google-protobuf/google/protobuf/any_pb';
export { Empty as GoogleEmpty } from 'google-protobuf/google/protobuf/empty_pb';
