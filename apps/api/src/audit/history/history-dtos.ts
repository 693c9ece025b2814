import { ApiProperty } from '@nestjs/swagger';
import type { JsonObject, JsonValue } from '@satupintu/event-store';
import { HistoryEntryDto } from '../../cases/dto/case-responses';

export class TimelineEntryDto extends HistoryEntryDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Milliseconds since the previous step (the time spent in `from`); null for the first step',
  })
  sincePreviousMs!: number | null;

  @ApiProperty({ description: 'Milliseconds since the first step' })
  sinceStartMs!: number;
}

/** An event exactly as the store holds it. */
export class StoredEventDto {
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Global commit order across all streams' }) position!: number;
  @ApiProperty() id!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ type: Object }) data!: JsonValue;
  @ApiProperty({
    type: Object,
    description:
      'Event, command, correlation and causation ids, actor, workflow and version, states before and after, occurredAt, prevHash and hash',
  })
  metadata!: JsonObject;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}
