import { ApiProperty } from '@nestjs/swagger';
import type { JsonObject } from '@satupintu/event-store';

export class WorkflowVersionDto {
  @ApiProperty({ example: 'berkas' }) name!: string;
  @ApiProperty({ example: 1 }) version!: number;
}

export class StateStepDto {
  @ApiProperty() revision!: number;
  @ApiProperty({ example: 'FileReturned' }) type!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: Object, description: 'Who did it (and for whom), as recorded' })
  actor!: JsonObject;
}

export class CaseStateDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'The moment asked for, as given' }) at!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The last step taken by then; null before the first',
  })
  revision!: number | null;
  @ApiProperty({ description: 'The last step of the whole history' }) lastRevision!: number;
  @ApiProperty({ type: WorkflowVersionDto }) workflow!: WorkflowVersionDto;
  @ApiProperty({ example: 'returned' }) state!: string;
  @ApiProperty({ enum: ['active', 'done'], description: 'done: a final state' }) status!: string;
  @ApiProperty({
    type: [String],
    description: 'The actions the machine had in that state (whoever sends them)',
  })
  possibleActions!: string[];
  @ApiProperty({ type: Object, description: "The machine's context then, as JSON" })
  context!: JsonObject;
  @ApiProperty({ type: StateStepDto, nullable: true, description: 'The step that led there' })
  step!: StateStepDto | null;
}
