import { resolve } from 'node:path';
import { loadConfig } from '../src/config/app-config';

describe('configuration from the environment', () => {
  it('defaults: port 3000, ./data, demo on, no secret (one is generated in the data folder)', () => {
    const config = loadConfig({}, '/srv/satupintu');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/satupintu/data',
      demo: true,
      secret: undefined,
      tokenTtlSeconds: 8 * 3600,
    });
  });

  it('reads PORT, SATUPINTU_DATA, SATUPINTU_DEMO=0 and SATUPINTU_SECRET', () => {
    const config = loadConfig(
      { PORT: '8080', SATUPINTU_DATA: 'var/x', SATUPINTU_DEMO: '0', SATUPINTU_SECRET: 's3cret' },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: resolve('/srv', 'var/x'),
      demo: false,
      secret: 's3cret',
    });
    expect(loadConfig({ SATUPINTU_DEMO: 'false' }).demo).toBe(true);
  });

  it('refuses a PORT that is not a port number', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow('PORT must be a port number, not "http"');
    expect(() => loadConfig({ PORT: '70000' })).toThrow();
  });
});
