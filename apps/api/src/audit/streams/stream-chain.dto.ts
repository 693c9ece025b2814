import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditChainDto } from '../replay/audit-report.dto';

export class ChainLinkDto {
  @ApiProperty() revision!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ description: "Its hash is its content's and links to the previous event's" })
  hashOk!: boolean;
  @ApiPropertyOptional({ description: 'What is wrong with this link, in words' }) problem?: string;
}

/** Any stream's hash chain: an admin's decisions (account-, delegation-, calendar-, catalogue), surveys, reminders, SMS outcomes, cases. */
export class StreamChainDto {
  @ApiProperty() streamId!: string;
  @ApiProperty({ type: AuditChainDto }) chain!: AuditChainDto;
  @ApiProperty({ type: [ChainLinkDto] }) links!: ChainLinkDto[];
}
