import type { AnyWorkflowDefinition } from './definition';
import { UnknownWorkflowError } from '../errors/engine-errors';

/**
 * Every version of every workflow the engine can run. New instances start on the latest
 * version; an existing instance always runs on the version its first event recorded.
 */
export class WorkflowRegistry {
  private readonly byName = new Map<string, Map<number, AnyWorkflowDefinition>>();

  constructor(definitions: AnyWorkflowDefinition[] = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: AnyWorkflowDefinition): this {
    if (definition.name.includes('-')) {
      throw new Error(`Workflow name "${definition.name}" may not contain '-' (it prefixes stream ids)`);
    }
    const versions = this.byName.get(definition.name) ?? new Map<number, AnyWorkflowDefinition>();
    versions.set(definition.version, definition);
    this.byName.set(definition.name, versions);
    return this;
  }

  get(name: string, version: number): AnyWorkflowDefinition {
    const definition = this.byName.get(name)?.get(version);
    if (!definition) throw new UnknownWorkflowError(name, version);
    return definition;
  }

  latest(name: string): AnyWorkflowDefinition {
    const versions = this.byName.get(name);
    if (!versions || versions.size === 0) throw new UnknownWorkflowError(name);
    return versions.get(Math.max(...versions.keys()))!;
  }

  /** The workflow name encoded in a stream id `${name}-${id}`. */
  static workflowNameOf(streamId: string): string {
    const dash = streamId.indexOf('-');
    return dash > 0 ? streamId.slice(0, dash) : streamId;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}
