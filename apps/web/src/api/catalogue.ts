import { api } from './client';
import { request } from './problem';
import type { Service, WorkflowDiagram } from './types';

// What changes rarely (a release, or an admin publishing a catalogue version): loaded once per
// page load and shared by every screen.
let services: Promise<Service[]> | undefined;
const diagrams = new Map<string, Promise<WorkflowDiagram>>();

export function loadServices(): Promise<Service[]> {
  services ??= request(() => api.GET('/api/services')).catch((error: unknown) => {
    services = undefined;
    throw error;
  });
  return services;
}

/** After an admin publishes a catalogue version: the next screen loads the services afresh. */
export function forgetServices(): void {
  services = undefined;
}

export function loadWorkflow(name: string): Promise<WorkflowDiagram> {
  let found = diagrams.get(name);
  if (found === undefined) {
    found = request(() => api.GET('/api/workflows/{name}', { params: { path: { name } } }));
    found.catch(() => diagrams.delete(name));
    diagrams.set(name, found);
  }
  return found;
}
