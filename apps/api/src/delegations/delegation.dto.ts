// Checks run from the field upwards and stop at the first failing one (stopAtFirstError):
// the type check sits nearest the field, so a missing or mistyped field gets one clear message.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  IsDifferentFrom,
  IsLaterThan,
  IsZonedDateTime,
  ZONED_DATE_TIME_RULE,
} from './delegation-validators';

const ACCOUNT_WORDS = { message: 'choose an account' };

export class CreateDelegationDto {
  @ApiProperty({ description: 'The official who will be away (A)' })
  @MaxLength(64, ACCOUNT_WORDS)
  @IsNotEmpty(ACCOUNT_WORDS)
  @IsString(ACCOUNT_WORDS)
  fromUserId!: string;

  @ApiProperty({ description: 'The acting official (B, Plh)' })
  @IsDifferentFrom('fromUserId', { message: 'must be someone other than the official who is away' })
  @MaxLength(64, ACCOUNT_WORDS)
  @IsNotEmpty(ACCOUNT_WORDS)
  @IsString(ACCOUNT_WORDS)
  toUserId!: string;

  @ApiProperty({ example: '2026-03-03T07:30:00+08:00', description: ZONED_DATE_TIME_RULE })
  @IsZonedDateTime()
  startsAt!: string;

  @ApiProperty({ example: '2026-03-06T16:00:00+08:00', description: 'Must be after startsAt' })
  @IsLaterThan('startsAt', { message: 'must be after the start' })
  @IsZonedDateTime()
  endsAt!: string;

  @ApiPropertyOptional({ example: 'Dinas luar ke Jakarta' })
  @IsOptional()
  @MaxLength(500, { message: 'use up to 500 characters' })
  @IsString({ message: 'write the reason as text' })
  reason?: string;
}

export class DelegationsQueryDto {
  @ApiPropertyOptional({
    description: 'Only delegations in force at this moment',
    example: '2026-03-04T10:00:00+08:00',
  })
  @IsOptional()
  @IsZonedDateTime()
  inForceAt?: string;
}
