import type { AnyWorkflowDefinition } from '@satupintu/engine';
import { berkasWorkflow } from './berkas/definition';
import { konsultasiWorkflow } from './konsultasi/definition';

/** Every PTSP workflow, for `new WorkflowRegistry(ptspWorkflows)`. */
export const ptspWorkflows: AnyWorkflowDefinition[] = [berkasWorkflow, konsultasiWorkflow];
