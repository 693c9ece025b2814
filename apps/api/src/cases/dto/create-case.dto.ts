// Checks run from the field upwards and stop at the first failing one (stopAtFirstError):
// the type check sits nearest the field, so a missing or mistyped field gets one clear message.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normalizeNip, SERVICE_CODE_PATTERN } from '@satupintu/ptsp';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { HasText, IsMobileNumber, IsNip, quoted } from './ptsp-checks';
import { DOCUMENT_CODES_LIMIT, DOCUMENT_CODE_LENGTH, NAME_LENGTH, TEXT_LENGTH } from './limits';

export class ApplicantDto {
  @ApiProperty({
    example: '198503122010031001',
    description: '18 digits; spaces and dots are ignored',
  })
  @IsNip()
  @Transform(({ value }) => (typeof value === 'string' ? normalizeNip(value) : value))
  @IsString({ message: "fill in the applicant's NIP" })
  nip!: string;

  @ApiProperty({ example: 'Ahmad Fauzan' })
  @MaxLength(NAME_LENGTH, { message: `use up to ${NAME_LENGTH} characters` })
  @HasText("fill in the applicant's name")
  @IsString({ message: "fill in the applicant's name" })
  name!: string;

  @ApiProperty({ example: '0812-3456-7890', description: 'An Indonesian mobile number, for SMS' })
  @IsMobileNumber()
  @MaxLength(30, { message: 'is too long for a mobile number' })
  @IsString({ message: "fill in the applicant's mobile number" })
  phone!: string;
}

export class CreateCaseDto {
  @ApiProperty({
    example: 'KP-REG',
    description: 'A letter service of the latest catalogue version (GET /api/services)',
  })
  @Matches(SERVICE_CODE_PATTERN, {
    message: (args) => `unknown service ${quoted(args.value)}; see GET /api/services`,
  })
  @MaxLength(40, { message: 'is not a service code' })
  @IsString({ message: 'choose a service' })
  serviceCode!: string;

  @ApiProperty({ type: ApplicantDto })
  @ValidateNested()
  @Type(() => ApplicantDto)
  @IsObject({ message: 'fill in the applicant (nip, name, phone)' })
  @IsDefined({ message: 'fill in the applicant (nip, name, phone)' })
  applicant!: ApplicantDto;

  @ApiProperty({
    type: [String],
    example: ['SURAT_PENGANTAR_OPD', 'SK_PANGKAT_TERAKHIR'],
    description: "Codes of the service's checklist handed in",
  })
  @MaxLength(DOCUMENT_CODE_LENGTH, { each: true, message: 'is not a document code' })
  @IsString({ each: true, message: 'list document codes' })
  @ArrayUnique({ message: 'lists a document twice' })
  @ArrayMaxSize(DOCUMENT_CODES_LIMIT, { message: 'lists too many documents' })
  @IsArray({ message: 'list the documents handed in (may be empty)' })
  submittedDocuments!: string[];

  @ApiPropertyOptional({ example: 'Berkas diantar oleh bagian kepegawaian OPD' })
  @IsOptional()
  @MaxLength(TEXT_LENGTH, { message: `use up to ${TEXT_LENGTH} characters` })
  @IsString({ message: 'write the note as text' })
  note?: string;
}
