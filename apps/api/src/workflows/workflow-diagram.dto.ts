import { ApiProperty } from '@nestjs/swagger';
import { TextDto } from '../cases/dto/case-responses';

/** Swagger shapes of GET /api/workflows/:name (see WorkflowDiagram). */
export class DiagramStateDto {
  @ApiProperty({ example: 'verification' }) name!: string;
  @ApiProperty({ type: TextDto }) label!: TextDto;
  @ApiProperty({ description: 'No command leaves this state' }) final!: boolean;
}

export class DiagramTransitionDto {
  @ApiProperty({ example: 'verification' }) from!: string;
  @ApiProperty({ example: 'verify_complete' }) command!: string;
  @ApiProperty({ example: 'disposition', description: 'Equal to `from` for a command that stays' })
  to!: string;
  @ApiProperty({ type: TextDto }) label!: TextDto;
}

export class WorkflowDiagramDto {
  @ApiProperty({ example: 'berkas' }) name!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: 'start' }) initial!: string;
  @ApiProperty({ type: [DiagramStateDto] }) states!: DiagramStateDto[];
  @ApiProperty({ type: [DiagramTransitionDto] }) transitions!: DiagramTransitionDto[];
}
