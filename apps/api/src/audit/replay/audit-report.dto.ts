import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WorkflowVersionDto } from '../state/case-state.dto';

export class AuditStepDto {
  @ApiProperty() revision!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ description: 'The state had this step, the actor was allowed, the guards passed' })
  legal!: boolean;
  @ApiProperty({ description: 'Replaying it gives the states recorded in the event' })
  stateMatches!: boolean;
  @ApiProperty({ description: "Its hash is its content's and links to the previous event's" })
  hashOk!: boolean;
  @ApiProperty() stateBefore!: string;
  @ApiProperty() stateAfter!: string;
  @ApiPropertyOptional({ description: 'What is wrong with this step, in words' }) problem?: string;
}

export class AuditChainDto {
  @ApiProperty() intact!: boolean;
  @ApiPropertyOptional({ description: 'The first revision where the chain does not hold' })
  brokenAt?: number;
  @ApiPropertyOptional({
    description:
      "Why, in words, when the stream's anchor decided it: events missing after a revision, or a stream rewritten",
  })
  reason?: string;
}

export class AuditReportDto {
  @ApiProperty({ description: 'Every step legal, matching and linked, and the chain intact' })
  valid!: boolean;
  @ApiProperty({ type: WorkflowVersionDto, nullable: true }) workflow!: WorkflowVersionDto | null;
  @ApiProperty({ type: [AuditStepDto] }) steps!: AuditStepDto[];
  @ApiProperty({ type: AuditChainDto }) chain!: AuditChainDto;
}
