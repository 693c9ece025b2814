import { Injectable } from '@nestjs/common';
import {
  collectDefaultMetrics,
  Counter,
  Histogram,
  Registry,
  type CounterConfiguration,
  type HistogramConfiguration,
} from 'prom-client';

/**
 * The app's Prometheus registry (one per app, so several apps in one process do not clash).
 * Other modules add their own metrics through counter()/histogram(), e.g. commands by type and outcome.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'satupintu_' });
    this.httpRequests = this.counter({
      name: 'satupintu_http_requests_total',
      help: 'HTTP requests answered, by route pattern and status',
      labelNames: ['method', 'route', 'status'],
    });
    this.httpDuration = this.histogram({
      name: 'satupintu_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    });
  }

  /** A counter in this registry; asking twice for one name gives the same counter. */
  counter<Label extends string>(config: CounterConfiguration<Label>): Counter<Label> {
    const existing = this.registry.getSingleMetric(config.name);
    return (
      (existing as Counter<Label> | undefined) ??
      new Counter({ ...config, registers: [this.registry] })
    );
  }

  histogram<Label extends string>(config: HistogramConfiguration<Label>): Histogram<Label> {
    const existing = this.registry.getSingleMetric(config.name);
    return (
      (existing as Histogram<Label> | undefined) ??
      new Histogram({ ...config, registers: [this.registry] })
    );
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
