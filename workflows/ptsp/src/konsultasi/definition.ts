import { stateName, type WorkflowDefinition } from '@satupintu/engine';
import type { KonsultasiContext } from './context';
import { eventTypes } from './event-types';
import { explainRejection } from './explain-rejection';
import { konsultasiMachine, type KonsultasiMachine } from './machine';
import { mayActOnKonsultasi } from './permissions';

/** The `konsultasi` workflow as the engine runs it; streams are `konsultasi-<id>`. */
export const konsultasiWorkflow: WorkflowDefinition<KonsultasiMachine> = {
  name: 'konsultasi',
  version: 1,
  machine: konsultasiMachine,
  eventTypes,
  authorize: ({ snapshot, type, actor }) =>
    mayActOnKonsultasi(stateName(snapshot.value), type, snapshot.context as KonsultasiContext, actor),
  explainRejection,
};
