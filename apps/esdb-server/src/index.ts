export {
  startEsdbServer,
  DEFAULT_MAX_APPEND_SIZE,
  DEFAULT_PORT,
  type EsdbServer,
  type EsdbServerOptions,
} from './server';
export { loadServerConfig, ConfigError } from './config';
export {
  spawnEsdbServer,
  type EsdbServerProcess,
  type EsdbServerProcessOptions,
} from './process/spawn-server';
