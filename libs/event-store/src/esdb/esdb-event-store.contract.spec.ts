import { EsdbEventStore } from '@satupintu/event-store/esdb';
import { describeEventStoreContract } from '@satupintu/event-store/testing';
import { sharedEsdbServer } from '../../test/support/esdb-server';

// The same contract as the SQLite and in-memory adapters, over gRPC with the official client,
// against the EventStoreDB-compatible server (one server for all specs: the suite needs no empty store).
const server = sharedEsdbServer();

describeEventStoreContract(
  'EsdbEventStore against the EventStoreDB-compatible server',
  async () => ({
    store: EsdbEventStore.connect((await server()).connectionString),
  }),
);
