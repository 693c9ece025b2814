import type { EventStore } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import { EVENT_STORE } from '../src/core/tokens';
import { MetricsService } from '../src/metrics/metrics.service';
import { startTestApp, type TestApp } from './fixtures/test-app';

describe('API: health, metrics, docs, unknown routes', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('GET /api/health is public: store and read models with checkpoint and lag', async () => {
    const answer = await t.request('GET', '/api/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'ok',
      store: 'ok',
      projections: { checkpoint: await t.headPosition(), lag: { events: 0, positions: 0, ms: 0 } },
    });
  });

  it('GET /api/health is 503 once the read models stop, and tells when the store does not answer', async () => {
    const other = await startTestApp({ demo: false });
    try {
      await other.app.get(ReadModelRunner).stop();
      const answer = await other.request('GET', '/api/health');
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ status: 'degraded', store: 'ok' });
      await other.app.get<EventStore>(EVENT_STORE).close();
      expect((await other.request('GET', '/api/health')).body).toMatchObject({
        status: 'degraded',
        store: 'unavailable',
      });
    } finally {
      await other.close();
    }
  });

  it('GET /api/metrics: Prometheus text with requests by route and status, latency and projection lag', async () => {
    await t.request('GET', '/api/users', { token: admin });
    await t.request('GET', '/api/users/does-not-exist-as-a-route');
    t.app
      .get(MetricsService)
      .counter({ name: 'satupintu_commands_total', help: 'Commands handled', labelNames: ['type'] })
      .inc({ type: 'receive' });

    const answer = await t.request('GET', '/api/metrics', { token: admin });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = answer.body as string;
    expect(text).toMatch(
      /satupintu_http_requests_total\{method="GET",route="\/api\/users",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /satupintu_http_requests_total\{method="GET",route="\(unmatched\)",status="404"\} 1/,
    );
    expect(text).toMatch(
      /satupintu_http_requests_total\{method="POST",route="\/api\/auth\/login",status="200"\} 1/,
    );
    expect(text).toMatch(
      /satupintu_http_request_duration_seconds_bucket\{le="0.05",method="GET",route="\/api\/users",status="200"\}/,
    );
    expect(text).toMatch(/^satupintu_projection_lag_events 0$/m);
    expect(text).toMatch(/^satupintu_projection_lag_seconds 0$/m);
    expect(text).toMatch(
      new RegExp(`^satupintu_projection_checkpoint ${await t.headPosition()}$`, 'm'),
    );
    expect(text).toMatch(/^satupintu_commands_total\{type="receive"\} 1$/m);
    expect((await t.request('GET', '/api/metrics')).status).toBe(401);
    expect(
      (await t.request('GET', '/api/metrics', { token: await t.login('verifier') })).status,
    ).toBe(403);
  });

  it('serves the OpenAPI document and Swagger UI without login', async () => {
    const json = await t.request('GET', '/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/me',
        '/api/users',
        '/api/users/{id}',
        '/api/delegations',
        '/api/delegations/{id}',
        '/api/holidays',
        '/api/holidays/{year}',
        '/api/health',
        '/api/metrics',
      ]),
    );
    expect(json.body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(json.body.components.schemas.CreateUserDto.required).toEqual([
      'username',
      'name',
      'roles',
      'password',
    ]);

    const ui = await t.request('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.body).toContain('swagger-ui-bundle.js');
    for (const asset of ['swagger-ui-bundle.js', 'swagger-ui.css', 'init.js']) {
      expect((await t.request('GET', `/api/docs/${asset}`)).status).toBe(200);
    }
  });

  it('answers an unknown route or method with a 404 in the same JSON shape', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['GET', '/'],
      ['DELETE', '/api/users'],
      ['GET', '/api/users/x/y'],
    ]) {
      const answer = await t.request(method, path, { token: admin });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'There is nothing at this address',
      });
    }
  });
});
