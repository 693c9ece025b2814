import { WorkflowRegistry } from '@satupintu/engine';
import { ptspWorkflows } from '@satupintu/ptsp';

/** Every workflow version this build can replay. */
export function ptspRegistry(): WorkflowRegistry {
  return new WorkflowRegistry([...ptspWorkflows]);
}
