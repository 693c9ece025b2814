import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TextDto } from '../cases/dto/case-responses';

const score = () => (target: object, property: string) => {
  ApiProperty({ minimum: 1, maximum: 4 })(target, property);
  Max(4, { message: 'score from 1 to 4' })(target, property);
  Min(1, { message: 'score from 1 to 4' })(target, property);
  IsInt({ message: 'score from 1 to 4' })(target, property);
  IsDefined({ message: 'score this element from 1 to 4' })(target, property);
};

/** The nine elements of PermenPANRB 14/2017, each scored 1 (poor) to 4 (very good). */
export class SkmScoresDto {
  @score() requirements!: number;
  @score() procedure!: number;
  @score() completion_time!: number;
  @score() cost!: number;
  @score() product!: number;
  @score() competence!: number;
  @score() behaviour!: number;
  @score() complaints!: number;
  @score() facilities!: number;
}

export class SurveyAnswerDto {
  @ApiProperty({ type: SkmScoresDto })
  @ValidateNested()
  @Type(() => SkmScoresDto)
  @IsObject({ message: 'score each of the nine elements' })
  @IsDefined({ message: 'score each of the nine elements' })
  scores!: SkmScoresDto;

  @ApiPropertyOptional({ description: 'A suggestion (saran), up to 1000 characters' })
  @IsOptional()
  @MaxLength(1000, { message: 'write up to 1000 characters' })
  @IsString({ message: 'write a suggestion as text' })
  suggestion?: string;
}

export class SkmElementDto {
  @ApiProperty({ example: 'requirements' }) code!: string;
  @ApiProperty({ type: TextDto }) label!: TextDto;
}

export class SkmScoreDto {
  @ApiProperty({ minimum: 1, maximum: 4 }) score!: number;
  @ApiProperty({ type: TextDto }) label!: TextDto;
}

export class SurveyFormDto {
  @ApiProperty({ example: 'KARIS' }) serviceCode!: string;
  @ApiProperty({ type: TextDto }) serviceName!: TextDto;
  @ApiProperty({
    enum: ['open', 'answered', 'not_yet'],
    description:
      'open: may be answered; answered: it was (once per file); not_yet: the letter is not handed over yet',
  })
  status!: 'open' | 'answered' | 'not_yet';
  @ApiProperty({ type: [SkmElementDto] }) elements!: SkmElementDto[];
  @ApiProperty({ type: [SkmScoreDto] }) scores!: SkmScoreDto[];
}

export class SurveyLinkDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Unguessable; one per file' }) token!: string;
  @ApiProperty({
    example: '/survey/7JR3K9WF2MXAQH4T.Xo1…',
    description: 'The web page that takes the answer',
  })
  path!: string;
}
