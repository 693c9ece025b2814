// One form per action type (see ACTION_FORMS). Checks run from the field upwards and stop at the
// first failing one: the type check sits nearest the field, so each field gets one clear message.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUBDIVISIONS } from '@satupintu/ptsp';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { HasText, quoted } from './ptsp-checks';
import {
  DOCUMENT_CODES_LIMIT,
  DOCUMENT_CODE_LENGTH,
  ID_NUMBER_LENGTH,
  NAME_LENGTH,
  TEXT_LENGTH,
} from './limits';

const SUBDIVISION_CODES = SUBDIVISIONS.map((unit) => unit.code);
const TEXT_WORDS = { message: `use up to ${TEXT_LENGTH} characters` };

/** What every action carries: which one it is, and the revision of the case the user acted on. */
export abstract class ActionDto {
  @ApiProperty({ description: 'The action, e.g. verify_complete' })
  @IsString()
  type!: string;

  @ApiProperty({
    minimum: 0,
    description: "The case's revision as the user saw it; 409 when it has moved on",
  })
  @Min(0, { message: 'give the revision of the case you are looking at' })
  @IsInt({ message: 'give the revision of the case you are looking at (a whole number)' })
  expectedRevision!: number;
}

const Reason = (what: string) => [
  MaxLength(TEXT_LENGTH, TEXT_WORDS),
  HasText(`give ${what}`),
  IsString({ message: `give ${what}` }),
];
/** Several decorators as one, listed as they would be stacked (the last one is applied first). */
const applyAll =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    [...decorators].reverse().forEach((decorator) => decorator(target, key));

const DocumentCodes = (atLeastOne: boolean) =>
  applyAll([
    MaxLength(DOCUMENT_CODE_LENGTH, { each: true, message: 'is not a document code' }),
    IsString({ each: true, message: 'list document codes' }),
    ArrayUnique({ message: 'lists a document twice' }),
    ArrayMaxSize(DOCUMENT_CODES_LIMIT, { message: 'lists too many documents' }),
    ...(atLeastOne ? [ArrayMinSize(1, { message: 'name at least one missing document' })] : []),
    IsArray({ message: 'list document codes' }),
  ]);

const Subdivision = () =>
  applyAll([
    IsIn(SUBDIVISION_CODES, {
      message: (args) =>
        `unknown sub-division ${quoted(args.value)}; choose one of: ${SUBDIVISION_CODES.join(', ')}`,
    }),
    IsString({ message: 'choose a sub-division' }),
  ]);

export class VerifyCompleteDto extends ActionDto {}

export class ReturnIncompleteDto extends ActionDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    description: 'Checklist codes the applicant must still bring',
  })
  @DocumentCodes(true)
  missingDocuments!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(TEXT_LENGTH, TEXT_WORDS)
  @IsString({ message: 'write the note as text' })
  note?: string;
}

export class ResubmitDto extends ActionDto {
  @ApiProperty({
    type: [String],
    description: 'Everything now in the file (replaces the earlier list)',
  })
  @DocumentCodes(false)
  submittedDocuments!: string[];
}

export class DisposeDto extends ActionDto {
  @ApiProperty({ enum: SUBDIVISION_CODES })
  @Subdivision()
  subdivision!: string;
}

export class RedisposeDto extends ActionDto {
  @ApiProperty({ enum: SUBDIVISION_CODES })
  @Subdivision()
  subdivision!: string;

  @ApiProperty()
  @applyAll(Reason('the reason for re-routing'))
  reason!: string;
}

export class SubmitDraftDto extends ActionDto {
  @ApiProperty({ description: 'What the draft letter says, in a line or two' })
  @applyAll(Reason('a summary of the draft'))
  summary!: string;
}

export class InitialDto extends ActionDto {}

export class SendBackDto extends ActionDto {
  @ApiProperty()
  @applyAll(Reason('the reason for sending the draft back'))
  reason!: string;
}

export class SignDto extends ActionDto {}

export class AssignNumberDto extends ActionDto {}

export class HandOverDto extends ActionDto {
  @ApiProperty()
  @MaxLength(NAME_LENGTH, { message: `use up to ${NAME_LENGTH} characters` })
  @HasText("fill in the recipient's name")
  @IsString({ message: "fill in the recipient's name" })
  recipientName!: string;

  @ApiProperty({ enum: ['self', 'representative'] })
  @IsIn(['self', 'representative'], { message: 'choose self or representative' })
  relation!: 'self' | 'representative';

  @ApiPropertyOptional({
    description: "The representative's identity card number (required for a representative)",
  })
  @ValidateIf(
    (form: HandOverDto, value: unknown) =>
      form.relation === 'representative' || value !== undefined,
  )
  @MaxLength(ID_NUMBER_LENGTH, { message: `use up to ${ID_NUMBER_LENGTH} characters` })
  @HasText("fill in the representative's identity number")
  @IsString({ message: "fill in the representative's identity number" })
  recipientIdNumber?: string;
}

export class WithdrawDto extends ActionDto {
  @ApiProperty()
  @applyAll(Reason('the reason for the withdrawal'))
  reason!: string;
}
