// Checks run from the field upwards and stop at the first failing one (stopAtFirstError):
// the type check sits nearest the field, so a missing or mistyped field gets one clear message.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_CALENDAR_YEAR,
  MAX_HOLIDAYS_PER_YEAR,
  MAX_NAME_LENGTH,
  MIN_CALENDAR_YEAR,
  isCalendarDate,
} from '@satupintu/read-models';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

const DATE_RULE = 'give a date as YYYY-MM-DD';
const YEAR_WORDS = { message: `give a year from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}` };

const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => DATE_RULE,
    },
  });

export class HolidayDayDto {
  @ApiProperty({ example: '2026-08-17', format: 'date' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: 'Hari Kemerdekaan' })
  @MaxLength(MAX_NAME_LENGTH, { message: `use up to ${MAX_NAME_LENGTH} characters` })
  @IsNotEmpty({ message: 'name the day' })
  @IsString({ message: 'name the day' })
  name!: string;
}

export class SetHolidaysDto {
  @ApiProperty({
    type: [HolidayDayDto],
    description: 'Every public holiday and joint leave day of the year; replaces the list',
  })
  @ValidateNested({ each: true })
  @Type(() => HolidayDayDto)
  @ArrayMaxSize(MAX_HOLIDAYS_PER_YEAR, { message: `give at most ${MAX_HOLIDAYS_PER_YEAR} days` })
  @IsArray({ message: 'give a list of days' })
  days!: HolidayDayDto[];
}

export class YearParamDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @Max(MAX_CALENDAR_YEAR, YEAR_WORDS)
  @Min(MIN_CALENDAR_YEAR, YEAR_WORDS)
  @IsInt(YEAR_WORDS)
  year!: number;
}

export class HolidaysQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Default: the current year (WITA)' })
  @IsOptional()
  @Type(() => Number)
  @Max(MAX_CALENDAR_YEAR, YEAR_WORDS)
  @Min(MIN_CALENDAR_YEAR, YEAR_WORDS)
  @IsInt(YEAR_WORDS)
  year?: number;
}

export class HolidayCalendarDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [HolidayDayDto] }) days!: HolidayDayDto[];
}
