import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { TrackingView } from '@satupintu/read-models';
import { TextDto } from '../cases/dto/case-responses';

export class TrackingStepDto {
  @ApiProperty({ type: TextDto }) label!: TextDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class MissingDocumentDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: TextDto }) name!: TextDto;
}

export class PromisedDateDto {
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
}

export class PublicStatusDto {
  @ApiProperty({ example: 'SP-7JR3-K9WF-2MXA-QH4T' }) trackingCode!: string;
  @ApiProperty({ type: TextDto }) service!: TextDto;
  @ApiProperty({ type: TextDto }) stateLabel!: TextDto;
  @ApiProperty({ type: [TrackingStepDto] }) steps!: TrackingStepDto[];
  @ApiProperty({
    type: PromisedDateDto,
    description: 'When the office promised to be done (working days, holidays counted)',
  })
  sla!: PromisedDateDto;
  @ApiPropertyOptional({
    type: [MissingDocumentDto],
    description: 'What to bring, while the file is returned',
  })
  missingDocuments?: MissingDocumentDto[];
}

/**
 * What the public status page shows: the service, where the file stands, the steps so far and
 * the promised date. Nothing about who (no name, NIP, phone or staff): built field by field
 * from the tracking view, never by copying it.
 */
export function presentPublicStatus(view: TrackingView, dueAt: string): PublicStatusDto {
  const status: PublicStatusDto = {
    trackingCode: view.trackingCode,
    service: { id: view.serviceName.id, en: view.serviceName.en },
    stateLabel: { id: view.stateLabel.id, en: view.stateLabel.en },
    steps: view.steps.map((step) => ({
      label: { id: step.label.id, en: step.label.en },
      at: step.at,
    })),
    sla: { dueAt },
  };
  if (view.missingDocuments.length > 0) {
    status.missingDocuments = view.missingDocuments.map((d) => ({
      code: d.code,
      name: { id: d.name.id, en: d.name.en },
    }));
  }
  return status;
}
