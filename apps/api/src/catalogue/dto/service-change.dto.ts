// Checks run from the field upwards and stop at the first failing one (stopAtFirstError). These
// check the form's shape; the catalogue's rules (SLA ≥ 1, posts of the organisation, each
// document once) are the domain's (workflows/ptsp), answered field by field in the same 400.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_REASON_LENGTH } from '@satupintu/read-models';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const TEXT = 200;

export class TextInputDto {
  @ApiProperty({ example: 'Kenaikan Pangkat Reguler' })
  @MaxLength(TEXT, { message: `use up to ${TEXT} characters` })
  @IsString({ message: 'write it in Indonesian' })
  id!: string;

  @ApiProperty({ example: 'Regular promotion' })
  @MaxLength(TEXT, { message: `use up to ${TEXT} characters` })
  @IsString({ message: 'write it in English' })
  en!: string;
}

export class DocumentInputDto {
  @ApiProperty({ example: 'SK_CPNS' })
  @MaxLength(60, { message: 'use up to 60 characters' })
  @IsString({ message: 'give the document a code' })
  code!: string;

  @ApiProperty({ type: TextInputDto })
  @ValidateNested()
  @Type(() => TextInputDto)
  @IsObject({ message: 'name the document (id, en)' })
  @IsDefined({ message: 'name the document (id, en)' })
  name!: TextInputDto;

  @ApiProperty()
  @IsBoolean({ message: 'say whether it is required (true or false)' })
  required!: boolean;

  @ApiPropertyOptional({
    type: TextInputDto,
    description: 'When a document that is not always required is needed',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TextInputDto)
  @IsObject({ message: 'say when it is needed (id, en)' })
  condition?: TextInputDto;
}

/** Why, and on which version: what every catalogue change carries. */
export class CatalogueEditDto {
  @ApiProperty({
    example: 1,
    description:
      'The catalogue version the change was made on (409 when another was published since)',
  })
  @Min(1, { message: 'give the catalogue version you edited' })
  @IsInt({ message: 'give the catalogue version you edited' })
  expectedVersion!: number;

  @ApiProperty({ example: 'Perbup 12/2026 memperpendek standar layanan' })
  @MaxLength(MAX_REASON_LENGTH, { message: `use up to ${MAX_REASON_LENGTH} characters` })
  @IsString({ message: 'say why' })
  reason!: string;
}

/** PUT /api/services/:code — the whole definition of a letter service: changed when it exists, added when not. */
export class PutServiceDto extends CatalogueEditDto {
  @ApiProperty({ type: TextInputDto })
  @ValidateNested()
  @Type(() => TextInputDto)
  @IsObject({ message: 'name the service (id, en)' })
  @IsDefined({ message: 'name the service (id, en)' })
  name!: TextInputDto;

  @ApiProperty({
    example: 'kepangkatan',
    description: 'The code of the sub-division that processes it',
  })
  @MaxLength(100, { message: 'is not a sub-division' })
  @IsString({ message: 'choose a sub-division' })
  subdivision!: string;

  @ApiProperty({ example: 14, description: 'The completion standard in working days (at least 1)' })
  @IsInt({ message: 'give a whole number of working days' })
  slaWorkingDays!: number;

  @ApiProperty({ type: [DocumentInputDto] })
  @ValidateNested({ each: true })
  @Type(() => DocumentInputDto)
  @ArrayMaxSize(40, { message: 'list at most 40 documents' })
  @IsArray({ message: 'list the documents' })
  documents!: DocumentInputDto[];

  @ApiProperty({
    type: [String],
    example: ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi'],
  })
  @MaxLength(TEXT, { each: true, message: 'is not a post' })
  @IsString({ each: true, message: 'name posts of the organisation' })
  @ArrayMaxSize(8, { message: 'name at most 8 posts' })
  @IsArray({ message: 'list the posts that initial, in order' })
  initialsChain!: string[];

  @ApiProperty({ example: 'Kepala Badan' })
  @MaxLength(TEXT, { message: 'is not a post' })
  @IsString({ message: 'name the post that signs' })
  signer!: string;

  @ApiProperty({ example: '800.1.3.2' })
  @MaxLength(40, { message: 'is not a classification code' })
  @IsString({ message: 'give the archive classification code' })
  classificationCode!: string;
}

/** POST /api/services/:code/retire */
export class RetireServiceDto extends CatalogueEditDto {}

export class ServiceCodeParamDto {
  @ApiProperty({ example: 'KP-REG' })
  @Matches(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, {
    message: 'use capital letters, digits and dashes, e.g. KP-REG',
  })
  @MaxLength(40, { message: 'use up to 40 characters' })
  @IsString({ message: 'give a service code' })
  code!: string;
}
