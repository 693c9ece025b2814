import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const DOCKER_DIR = join(__dirname, '..');

// The parts of the Compose specification the specs look at.
export interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string;
  env_file?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  networks?: string[] | Record<string, { ipv4_address?: string }>;
  depends_on?: string[] | Record<string, { condition: string }>;
}

export interface Compose {
  services: Record<string, Service>;
  networks: Record<string, { ipam?: { config: Array<{ subnet: string }> } }>;
  volumes: Record<string, unknown>;
}

export const readDockerFile = (name: string): string =>
  readFileSync(join(DOCKER_DIR, name), 'utf8');

/** compose.yaml as Compose reads it: anchors and merge keys (`<<:`) resolved. */
export function readCompose(): Compose {
  return parse(readDockerFile('compose.yaml'), { merge: true }) as Compose;
}

/** KEY=value lines of an env file. */
export function readEnvFile(name: string): Record<string, string> {
  const entries = readDockerFile(name)
    .split('\n')
    .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
  return Object.fromEntries(entries);
}

/** A service's environment with its env files under it, as the container sees it. */
export function environmentOf(service: Service): Record<string, string> {
  const fromFiles = (service.env_file ?? []).map(readEnvFile);
  return Object.assign({}, ...fromFiles, service.environment);
}

export function dependenciesOf(service: Service): Record<string, string> {
  const dependsOn = service.depends_on ?? [];
  if (Array.isArray(dependsOn))
    return Object.fromEntries(dependsOn.map((name) => [name, 'service_started']));
  return Object.fromEntries(
    Object.entries(dependsOn).map(([name, { condition }]) => [name, condition]),
  );
}

/** `volume:/path[:ro]` → { source, target, readOnly }. */
export function mountsOf(
  service: Service,
): Array<{ source: string; target: string; readOnly: boolean }> {
  return (service.volumes ?? []).map((spec) => {
    const [source, target, mode] = spec.split(':');
    return { source, target, readOnly: mode === 'ro' };
  });
}

export function staticIpOf(service: Service, network: string): string | undefined {
  const networks = service.networks;
  if (networks === undefined || Array.isArray(networks)) return undefined;
  return networks[network]?.ipv4_address;
}
