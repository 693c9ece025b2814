import { InMemoryEventStore } from '@satupintu/event-store';
import { describeEventStoreContract } from '@satupintu/event-store/testing';

describeEventStoreContract('InMemoryEventStore', async () => ({ store: new InMemoryEventStore() }));
