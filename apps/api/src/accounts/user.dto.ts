// Checks run from the field upwards and stop at the first failing one (stopAtFirstError):
// the type check sits nearest the field, so a missing or mistyped field gets one clear message.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_UNITS, POSITIONS, ROLE_CODES } from '@satupintu/ptsp';
import {
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  USERNAME_PATTERN,
  USERNAME_RULE,
} from '@satupintu/read-models';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsOmittable } from './validation';

const UNIT_CODES = ORGANISATION_UNITS.map((unit) => unit.code);
const POSITION_TITLES = POSITIONS.map((position) => position.title);
const ROLE_WORDS = { each: true, message: `choose roles from: ${ROLE_CODES.join(', ')}` };
const PASSWORD_WORDS = {
  message: `use ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
};
const NAME_WORDS = { message: `fill in up to ${MAX_NAME_LENGTH} characters` };

export class CreateUserDto {
  @ApiProperty({ example: 'budi.santoso', pattern: USERNAME_PATTERN.source })
  @Matches(USERNAME_PATTERN, { message: USERNAME_RULE })
  @IsString({ message: USERNAME_RULE })
  username!: string;

  @ApiProperty({ example: 'Budi Santoso' })
  @MaxLength(MAX_NAME_LENGTH, NAME_WORDS)
  @IsNotEmpty(NAME_WORDS)
  @IsString(NAME_WORDS)
  name!: string;

  @ApiProperty({ enum: ROLE_CODES, isArray: true, example: ['verifier'] })
  @IsIn(ROLE_CODES, ROLE_WORDS)
  @ArrayMaxSize(ROLE_CODES.length, { message: 'lists too many roles' })
  @ArrayMinSize(1, { message: 'choose at least one role' })
  @IsArray({ message: 'give a list of roles' })
  roles!: string[];

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, example: 'a long secret' })
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, PASSWORD_WORDS)
  @IsString(PASSWORD_WORDS)
  password!: string;

  @ApiPropertyOptional({
    enum: POSITION_TITLES,
    description: 'The post held, as signing chains name it',
  })
  @IsOptional()
  @IsIn(POSITION_TITLES, { message: 'choose a post of the organisation' })
  position?: string;

  @ApiPropertyOptional({
    enum: UNIT_CODES,
    description: 'The organisational unit (sub-division) worked in',
  })
  @IsOptional()
  @IsIn(UNIT_CODES, { message: 'choose a unit of the organisation' })
  unit?: string;
}

/** Only the fields sent change; position and unit may be null to clear them. */
export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @MaxLength(MAX_NAME_LENGTH, NAME_WORDS)
  @IsNotEmpty(NAME_WORDS)
  @IsString(NAME_WORDS)
  name?: string;

  @ApiPropertyOptional({ enum: ROLE_CODES, isArray: true })
  @IsOmittable()
  @IsIn(ROLE_CODES, ROLE_WORDS)
  @ArrayMaxSize(ROLE_CODES.length, { message: 'lists too many roles' })
  @ArrayMinSize(1, { message: 'choose at least one role' })
  @IsArray({ message: 'give a list of roles' })
  roles?: string[];

  @ApiPropertyOptional({ enum: POSITION_TITLES, nullable: true })
  @IsOptional()
  @IsIn(POSITION_TITLES, { message: 'choose a post of the organisation, or null for none' })
  position?: string | null;

  @ApiPropertyOptional({ enum: UNIT_CODES, nullable: true })
  @IsOptional()
  @IsIn(UNIT_CODES, { message: 'choose a unit of the organisation, or null for none' })
  unit?: string | null;

  @ApiPropertyOptional({
    description: 'false deactivates the account: its owner can no longer log in',
  })
  @IsOmittable()
  @IsBoolean({ message: 'answer true or false' })
  active?: boolean;

  @ApiPropertyOptional({ description: 'Sets a new password' })
  @IsOmittable()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, PASSWORD_WORDS)
  @IsString(PASSWORD_WORDS)
  password?: string;
}

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLE_CODES, isArray: true }) roles!: string[];
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty() active!: boolean;
}
