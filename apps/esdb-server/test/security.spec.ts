import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AccessDeniedError, EventStoreDBClient } from '@eventstore/db-client';
import { anEvent, readStream, rejectionOf, uniqueStream } from './support/events';
import { selfSignedCertificate, type Certificate } from './support/self-signed';
import { startServerUnderTest, type ServerUnderTest } from './support/server-under-test';

describe('TLS and credentials', () => {
  const certDir = mkdtempSync(`${tmpdir()}/esdb-tls-`);
  let certificate: Certificate;
  let t: ServerUnderTest;
  let url: (credentials?: string) => string;
  beforeAll(async () => {
    certificate = selfSignedCertificate(certDir);
    t = await startServerUnderTest({
      host: 'localhost',
      tls: {
        certChain: readFileSync(certificate.certFile),
        privateKey: readFileSync(certificate.keyFile),
      },
      users: new Map([['admin', 'changeit']]),
    });
    url = (credentials = 'admin:changeit@') =>
      `esdb://${credentials}localhost:${t.server.port}?tls=true&tlsCAFile=${certificate.certFile}`;
  });
  afterAll(async () => {
    await t.close();
    rmSync(certDir, { recursive: true, force: true });
  });

  it('given the server’s CA and the right credentials, when appending and reading over TLS, then both work', async () => {
    const client = t.newClient(url());
    const stream = uniqueStream();
    await client.appendToStream(stream, anEvent());
    expect(await readStream(client, stream)).toHaveLength(1);
  });

  it('given credentials for one call only, when appending, then the client uses the unary Append and the server accepts them', async () => {
    const client = t.newClient(url(''));
    const stream = uniqueStream();
    await client.appendToStream(stream, anEvent(), {
      credentials: { username: 'admin', password: 'changeit' },
    });
    expect(
      await readStream(client, stream, {
        credentials: { username: 'admin', password: 'changeit' },
      }),
    ).toHaveLength(1);
  });

  it('given a wrong password, when appending or reading, then AccessDeniedError', async () => {
    const client = t.newClient(url('admin:wrong@'));
    expect(await rejectionOf(client.appendToStream(uniqueStream(), anEvent()))).toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await rejectionOf(readStream(client, uniqueStream()))).toBeInstanceOf(AccessDeniedError);
  });

  it('given no credentials, when reading, then AccessDeniedError', async () => {
    const client = t.newClient(url(''));
    expect(await rejectionOf(readStream(client, uniqueStream()))).toBeInstanceOf(AccessDeniedError);
  });

  it('given a client that does not trust the certificate, when connecting, then the call fails', async () => {
    const client = t.newClient(`esdb://admin:changeit@localhost:${t.server.port}?tls=true`);
    expect(await rejectionOf(client.appendToStream(uniqueStream(), anEvent()))).toBeInstanceOf(
      Error,
    );
  });
});

describe('discovery', () => {
  let t: ServerUnderTest;
  beforeAll(async () => {
    t = await startServerUnderTest();
  });
  afterAll(() => t.close());

  it.each([
    ['esdb+discover://', (port: number) => `esdb+discover://127.0.0.1:${port}?tls=false`],
    [
      'several hosts, one of them down',
      (port: number) => `esdb://127.0.0.1:1,127.0.0.1:${port}?tls=false&maxDiscoverAttempts=3`,
    ],
  ])(
    'given a connection string with %s, when the client asks gossip for the leader, then it finds this server',
    async (_, connectionString) => {
      const client: EventStoreDBClient = t.newClient(connectionString(t.server.port));
      const stream = uniqueStream();
      await client.appendToStream(stream, anEvent());
      expect(await readStream(client, stream)).toHaveLength(1);
    },
  );
});
