/** The ceiling the API is compared with: plain Fastify answering a small JSON object, nothing else. */
import Fastify from 'fastify';

const app = Fastify();
app.get('/bare', async () => ({ id: 'berkas-0', state: 'processing', revision: 1 }));
app
  .listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void app.close().then(() => process.exit(0)));
