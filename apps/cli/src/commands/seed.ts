import { WorkflowEngine, type WorkflowRegistry } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import { demoClock, seedDemoCases, simpleDemoActors } from '@satupintu/demo';
import type { CliIo } from '../io';

/**
 * `seed [--count N]`: demo cases spread over every state, driven through the engine as real
 * commands (so their histories audit as valid). Running it again adds nothing.
 */
export async function seedDemo(store: EventStore, registry: WorkflowRegistry, count: number, io: CliIo): Promise<void> {
  const clock = demoClock();
  const engine = new WorkflowEngine({ store, registry, clock: () => clock.now() });
  const result = await seedDemoCases(engine, simpleDemoActors, { count, clock });
  io.out(
    `Seeded ${result.caseIds.length} demo cases: ${result.appended} events appended, ${result.duplicates} already there.`,
  );
}
