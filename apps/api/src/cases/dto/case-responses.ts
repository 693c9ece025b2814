import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseNotificationDto } from '../../notifications/case-notifications';

/** Swagger shapes of the case endpoints' answers (issue 3's HTTP contract). */
export class TextDto {
  @ApiProperty({ description: 'Bahasa Indonesia' }) id!: string;
  @ApiProperty({ description: 'English' }) en!: string;
}

export class CreatedCaseDto {
  @ApiProperty({ example: 'berkas-0b6f…' }) id!: string;
  @ApiProperty({ example: 'SP-7JR3-K9WF-2MXA-QH4T' }) trackingCode!: string;
  @ApiProperty({ example: 'AG-2026-000123' }) agendaNumber!: string;
  @ApiProperty({ example: 'verification' }) state!: string;
  @ApiProperty({ example: 0 }) revision!: number;
}

export class ActionResultDto {
  @ApiProperty() id!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ description: "Number of the case's last event (0 for the receipt)" })
  revision!: number;
}

export class ApplicantViewDto {
  @ApiProperty({ type: String, nullable: true }) nip!: string | null;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export class SlaDto {
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty() breached!: boolean;
}

export class WaitingOfficialDto {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
}

export class WaitingPersonDto {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiPropertyOptional({
    type: WaitingOfficialDto,
    description: 'Set for a Plh: the official this person acts for',
  })
  actingFor?: WaitingOfficialDto;
}

export class CaseListItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['berkas', 'konsultasi'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) trackingCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) agendaNumber!: string | null;
  @ApiProperty() serviceCode!: string;
  @ApiProperty({ type: TextDto }) serviceName!: TextDto;
  @ApiProperty({ type: ApplicantViewDto }) applicant!: ApplicantViewDto;
  @ApiProperty() state!: string;
  @ApiProperty({ type: TextDto }) stateLabel!: TextDto;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: [String] }) submittedDocuments!: string[];
  @ApiProperty({ type: [String] }) missingDocuments!: string[];
  @ApiProperty({ type: String, nullable: true }) subdivision!: string | null;
  @ApiPropertyOptional() letterNumber?: string;
  @ApiProperty({ type: SlaDto }) sla!: SlaDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CaseDetailDto extends CaseListItemDto {
  @ApiProperty({
    type: [String],
    description: 'What this user may do now, as the workflow decides',
  })
  allowedActions!: string[];
  @ApiProperty({ type: [WaitingPersonDto], description: 'Who must act for the case to move on' })
  waitingOn!: WaitingPersonDto[];
}

export class CasePageDto {
  @ApiProperty({ type: [CaseListItemDto] }) items!: CaseListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ActedForDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
}

export class HistoryActorDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) position?: string | null;
  @ApiPropertyOptional({ type: [ActedForDto], description: 'The officials a Plh acted for' })
  actingFor?: ActedForDto[];
}

export class HistoryEntryDto {
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'The stored event type, e.g. FileReturned' }) type!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: HistoryActorDto }) actor!: HistoryActorDto;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data" })
  data!: Record<string, unknown>;
  @ApiPropertyOptional({
    type: [CaseNotificationDto],
    description: 'Messages to the applicant this step caused (returned, ready, expired), with their delivery status',
  })
  notifications?: CaseNotificationDto[];
}

export class DocumentDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: TextDto }) name!: TextDto;
  @ApiProperty() required!: boolean;
  @ApiPropertyOptional({ type: TextDto }) condition?: TextDto;
}
