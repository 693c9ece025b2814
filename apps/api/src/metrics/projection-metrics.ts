import { Gauge } from 'prom-client';
import type { ReadModelRunner } from '@satupintu/projections';
import type { MetricsService } from './metrics.service';

/** Gauges read at scrape time: how far the read models trail the event store. */
export function registerProjectionMetrics(metrics: MetricsService, runner: ReadModelRunner): void {
  const registers = [metrics.registry];
  new Gauge({
    name: 'satupintu_projection_checkpoint',
    help: 'Global position of the last event every read model has applied',
    registers,
    collect() {
      this.set(runner.checkpoint());
    },
  });
  new Gauge({
    name: 'satupintu_projection_lag_events',
    help: 'Events recorded but not yet in the read models',
    registers,
    async collect() {
      this.set((await runner.lag()).events);
    },
  });
  new Gauge({
    name: 'satupintu_projection_lag_seconds',
    help: 'Age of the oldest event not yet in the read models',
    registers,
    async collect() {
      this.set((await runner.lag()).ms / 1000);
    },
  });
}
