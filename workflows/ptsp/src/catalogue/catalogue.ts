import type { Catalogue, LetterService, ServiceDefinition } from './types';
import { CATALOGUE_V1 } from './v1';

const VERSIONS: Catalogue[] = [CATALOGUE_V1];

export const LATEST_CATALOGUE_VERSION = Math.max(...VERSIONS.map((c) => c.version));

function published(version: number): Catalogue {
  const found = VERSIONS.find((c) => c.version === version);
  if (!found) {
    throw new RangeError(`No catalogue version ${version}; known: ${VERSIONS.map((c) => c.version).join(', ')}`);
  }
  return found;
}

/**
 * The catalogue at a version (the latest when none is given). Returned as a fresh copy: callers
 * put a service into a case's first event or edit a draft of the next version, and neither may
 * change the published seed underneath everyone else.
 */
export function catalogue(version: number = LATEST_CATALOGUE_VERSION): Catalogue {
  return structuredClone(published(version));
}

/** One service of a catalogue version (the latest when none is given), as a fresh copy. */
export function findService(code: string, version: number = LATEST_CATALOGUE_VERSION): ServiceDefinition | undefined {
  const service = published(version).services.find((s) => s.code === code);
  return service && structuredClone(service);
}

export function isLetterService(service: ServiceDefinition | undefined): service is LetterService {
  return service?.kind === 'letter';
}
