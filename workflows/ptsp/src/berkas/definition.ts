import { stateName, type WorkflowDefinition } from '@satupintu/engine';
import { allocations } from './allocations';
import type { BerkasContext } from './context';
import { eventTypes } from './event-types';
import { explainRejection } from './explain-rejection';
import { berkasMachine, type BerkasMachine } from './machine';
import { mayActOnBerkas } from './permissions';

/** The `berkas` workflow as the engine runs it; streams are `berkas-<id>`. */
export const berkasWorkflow: WorkflowDefinition<BerkasMachine> = {
  name: 'berkas',
  version: 1,
  machine: berkasMachine,
  eventTypes,
  authorize: ({ snapshot, type, actor }) =>
    mayActOnBerkas(stateName(snapshot.value), type, snapshot.context as BerkasContext, actor),
  explainRejection,
  allocations,
};
