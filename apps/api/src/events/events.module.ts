import { Module } from '@nestjs/common';
import { CaseChangeHub } from './case-change-hub';
import { EVENTS_OPTIONS, EventsController, type EventsOptions } from './events.controller';

const DEFAULT_OPTIONS: EventsOptions = { keepAliveMs: 15_000 };

/** GET /api/events: server-sent events for live case updates. */
@Module({
  controllers: [EventsController],
  providers: [CaseChangeHub, { provide: EVENTS_OPTIONS, useValue: DEFAULT_OPTIONS }],
  exports: [CaseChangeHub],
})
export class EventsModule {}
