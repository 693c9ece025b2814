import { startApiServer, type ApiServer } from '../../scripts/api-server';
import { openBrowser, type PersonBrowser } from './browser';

/** A spec's server and the browsers its people open, set up and torn down with the spec. */
export interface ServerWithBrowsers {
  /** The running server (from the spec's beforeAll on). */
  readonly server: ApiServer;
  /** Opens a browser that is closed after the spec unless the test closes it first. */
  openBrowser(...args: Parameters<typeof openBrowser>): Promise<PersonBrowser>;
}

/**
 * Registers the hooks every browser spec needs: beforeAll starts a server (with `env`), afterAll
 * closes the browsers still open and stops it. Call it at the top of a describe block; hooks the
 * spec declares after it run once the server is up.
 */
export function serverWithBrowsers(env: Record<string, string> = {}): ServerWithBrowsers {
  let server: ApiServer | undefined;
  const open = new Set<PersonBrowser>();
  beforeAll(async () => {
    server = await startApiServer(env);
  });
  afterAll(async () => {
    await Promise.all([...open].map((browser) => browser.close()));
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('The server starts in beforeAll; use it inside hooks and tests');
      return server;
    },
    async openBrowser(...args) {
      const browser = await openBrowser(...args);
      const remembered: PersonBrowser = {
        ...browser,
        async close() {
          open.delete(remembered);
          await browser.close();
        },
      };
      open.add(remembered);
      return remembered;
    },
  };
}
