import { ApiProperty } from '@nestjs/swagger';
import { ServiceDto } from './service.dto';

export class FieldChangeDto {
  @ApiProperty({
    enum: [
      'name',
      'subdivision',
      'slaWorkingDays',
      'documents',
      'initialsChain',
      'signer',
      'classificationCode',
    ],
  })
  field!: string;
  @ApiProperty({
    nullable: true,
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
    description:
      'Documents as their codes (an optional one ends in ?), the chain as its posts, the name in Indonesian; null where the service was not there',
  })
  before!: string | number | string[] | null;
  @ApiProperty({
    nullable: true,
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
  })
  after!: string | number | string[] | null;
}

export class ServiceChangeDto {
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['update', 'add', 'retire'] }) action!: 'update' | 'add' | 'retire';
  @ApiProperty({ type: [FieldChangeDto] }) fields!: FieldChangeDto[];
}

export class PublisherDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class CatalogueVersionDto {
  @ApiProperty() version!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'null for version 1, the seed that came with the software',
  })
  publishedAt!: string | null;
  @ApiProperty({ type: PublisherDto, nullable: true }) publishedBy!: PublisherDto | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: [ServiceChangeDto] }) changes!: ServiceChangeDto[];
}

export class CatalogueHistoryDto {
  @ApiProperty({ description: 'The version new files are received with' }) latestVersion!: number;
  @ApiProperty({ type: [CatalogueVersionDto], description: 'Oldest first' })
  versions!: CatalogueVersionDto[];
}

export class PublishedServiceDto {
  @ApiProperty({ description: 'The catalogue version just published' }) version!: number;
  @ApiProperty({
    type: ServiceDto,
    nullable: true,
    description: 'The service as now published; null when retired',
  })
  service!: ServiceDto | null;
}
