import { ApiProperty } from '@nestjs/swagger';
import type { JsonObject, JsonValue } from '@satupintu/event-store';

export class LogPrincipalDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
}

export class LogActorDto extends LogPrincipalDto {
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: [LogPrincipalDto], description: 'Whom they acted for (Plh)' })
  actingFor!: LogPrincipalDto[];
}

export class LogWorkflowDto {
  @ApiProperty() name!: string;
  @ApiProperty() version!: number;
}

/** One event of the log: the stored event read into fields, password hashes redacted. */
export class LogEventDto {
  @ApiProperty() position!: number;
  @ApiProperty({ example: 'account-3f0c…' }) streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'UserRolesChanged' }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was decided' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the store recorded it' })
  recordedAt!: string;
  @ApiProperty({ type: LogActorDto, nullable: true }) actor!: LogActorDto | null;
  @ApiProperty({ type: String, nullable: true }) stateBefore!: string | null;
  @ApiProperty({ type: String, nullable: true }) stateAfter!: string | null;
  @ApiProperty({ type: LogWorkflowDto, nullable: true }) workflow!: LogWorkflowDto | null;
  @ApiProperty({ type: Object }) data!: JsonValue;
  @ApiProperty({ type: Object }) metadata!: JsonObject;
}

export class LogPageDto {
  @ApiProperty({ type: [LogEventDto] }) items!: LogEventDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Pass as cursor for the next page; null at the end of the log. A page may hold fewer than limit events (even none) and still have a next one: a page examines a bounded stretch of the log',
  })
  nextCursor!: string | null;
}
