import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ReadModelRunner } from '@satupintu/projections';
import { Public } from '../auth/decorators';

class LagDto {
  @ApiProperty() events!: number;
  @ApiProperty() positions!: number;
  @ApiProperty() ms!: number;
}

class ProjectionsHealthDto {
  @ApiProperty() checkpoint!: number;
  @ApiProperty({ type: LagDto }) lag!: LagDto;
  @ApiProperty({ required: false, description: 'Why the read models are stuck, while they are' })
  error?: string;
}

class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['ok', 'unavailable'] }) store!: 'ok' | 'unavailable';
  @ApiProperty({ type: ProjectionsHealthDto }) projections!: ProjectionsHealthDto;
}

/** For monitoring and load balancers: 200 when the store answers and the read models are running, else 503. */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly runner: ReadModelRunner) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    // lag() reads the store after the checkpoint: its answer is also the store's health check.
    const lag = await this.runner.lag().catch(() => undefined);
    const status = this.runner.status();
    const projections: ProjectionsHealthDto = {
      checkpoint: status.checkpoint,
      lag: lag ?? { events: 0, positions: 0, ms: 0 },
    };
    if (status.lastError !== undefined) projections.error = status.lastError;
    const healthy = lag !== undefined && status.running && status.lastError === undefined;
    reply.status(healthy ? 200 : 503);
    return {
      status: healthy ? 'ok' : 'degraded',
      store: lag === undefined ? 'unavailable' : 'ok',
      projections,
    };
  }
}
