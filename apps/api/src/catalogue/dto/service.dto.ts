import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { DocumentDto, TextDto } from '../../cases/dto/case-responses';

/** A letter service as a version of the catalogue publishes it. */
export class ServiceDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: TextDto }) name!: TextDto;
  @ApiProperty() subdivision!: string;
  @ApiProperty() slaWorkingDays!: number;
  @ApiProperty({ type: [DocumentDto] }) documents!: DocumentDto[];
  @ApiProperty({ type: [String] }) initialsChain!: string[];
  @ApiProperty() signer!: string;
  @ApiProperty({ example: '800.1.3.2', description: "Opens the outgoing letter's number" })
  classificationCode!: string;
}

const VERSION_WORDS = { message: 'give a catalogue version: a whole number from 1' };

export class ServicesQueryDto {
  @ApiPropertyOptional({
    example: 1,
    description: 'A published catalogue version; default: the latest',
  })
  @IsOptional()
  @Type(() => Number)
  @Min(1, VERSION_WORDS)
  @IsInt(VERSION_WORDS)
  version?: number;
}
