import { randomUUID } from 'node:crypto';
import type { Server as NetServer, Socket } from 'node:net';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { StreamLog } from './log/stream-log';
import { basicAuth } from './grpc/auth';
import { gossipRead } from './grpc/gossip';
import { GossipService, ServerFeaturesService, StreamsService } from './grpc/proto';
import { getSupportedMethods } from './grpc/server-features';
import { appendHandler } from './grpc/streams/append';
import { batchAppendHandler } from './grpc/streams/batch-append';
import { deleteHandler, tombstoneHandler } from './grpc/streams/delete';
import { readHandler } from './grpc/streams/read';
import type { StreamsContext } from './grpc/streams/streams-context';

/** EventStoreDB's default maximum append size: 1 MiB. */
export const DEFAULT_MAX_APPEND_SIZE = 1_048_576;
export const DEFAULT_PORT = 2113;

export interface EsdbServerOptions {
  /** The SQLite file of the log (created if missing); ':memory:' for a throwaway server. */
  file: string;
  /** Default 127.0.0.1; '0.0.0.0' to serve other machines. */
  host?: string;
  /** Default 2113; 0 picks a free port. */
  port?: number;
  /** PEM certificate chain and private key: serve over TLS. Without them the server is insecure. */
  tls?: { certChain: Buffer; privateKey: Buffer };
  /** username → password. When set, every Streams call needs Basic credentials (sent by the client over TLS only). */
  users?: ReadonlyMap<string, string>;
  /** Default 1 MiB. */
  maxAppendSize?: number;
  /** Advertise BatchAppend (default true). Without it the client appends through the unary Append. */
  batchAppend?: boolean;
  /** The host gossip tells clients to connect to; default the bound host (127.0.0.1 for a wildcard). */
  advertisedHost?: string;
}

export interface EsdbServer {
  host: string;
  port: number;
  tls: boolean;
  /** `esdb://host:port?tls=…`, without credentials nor CA file. */
  connectionString: string;
  /** Ends every open call (clients see the server go away) and closes the file. */
  close(): Promise<void>;
}

/**
 * Small responses go out at once. grpc-js's client turns Nagle's algorithm off but its server
 * does not, so a reply written in several small frames waits for the client's delayed ACK
 * (tens of ms per call on Linux). grpc-js gives no option for it: its HTTP/2 servers are
 * reached through a field it keeps to itself.
 */
function disableNagle(server: Server): void {
  const internals = server as unknown as { http2Servers?: Map<NetServer, unknown> };
  for (const http2Server of internals.http2Servers?.keys() ?? []) {
    http2Server.on('connection', (socket: Socket) => socket.setNoDelay(true));
  }
}

/** Starts the EventStoreDB-compatible gRPC server on its SQLite log. */
export async function startEsdbServer(options: EsdbServerOptions): Promise<EsdbServer> {
  const host = options.host ?? '127.0.0.1';
  const log = new StreamLog(options.file);
  const context: StreamsContext = {
    log,
    authorize: basicAuth(options.users ?? new Map()),
    maxAppendSize: options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE,
  };
  // Large enough that the 1 MiB append limit, not gRPC's message limit, is what refuses big appends.
  const server = new Server({ 'grpc.max_receive_message_length': 32 * 1024 * 1024 });
  server.addService(StreamsService, {
    read: readHandler(context),
    append: appendHandler(context),
    batchAppend: batchAppendHandler(context),
    delete: deleteHandler(context),
    tombstone: tombstoneHandler(context),
  });
  server.addService(ServerFeaturesService, {
    getSupportedMethods: getSupportedMethods({ batchAppend: options.batchAppend ?? true }),
  });
  const advertisedHost =
    options.advertisedHost ?? (host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host);
  let boundPort = 0;
  server.addService(GossipService, {
    read: gossipRead(randomUUID(), () => ({ host: advertisedHost, port: boundPort })),
  });

  const credentials =
    options.tls === undefined
      ? ServerCredentials.createInsecure()
      : ServerCredentials.createSsl(
          null,
          [{ cert_chain: options.tls.certChain, private_key: options.tls.privateKey }],
          false,
        );
  try {
    boundPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${host}:${options.port ?? DEFAULT_PORT}`, credentials, (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
  } catch (error) {
    server.forceShutdown();
    log.close();
    throw error;
  }
  disableNagle(server);
  const tls = options.tls !== undefined;
  let closed: Promise<void> | undefined;
  return {
    host,
    port: boundPort,
    tls,
    connectionString: `esdb://${advertisedHost}:${boundPort}?tls=${tls}`,
    close() {
      closed ??= (async () => {
        server.forceShutdown();
        // Let the handlers of the cancelled calls unwind before the file goes away.
        await new Promise((resolve) => setImmediate(resolve));
        log.close();
      })();
      return closed;
    },
  };
}
