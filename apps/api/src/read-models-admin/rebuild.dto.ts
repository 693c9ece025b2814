import { ApiProperty } from '@nestjs/swagger';

/** POST /api/admin/read-models/rebuild: the read models dropped, replayed and caught up. */
export class RebuildResultDto {
  @ApiProperty({
    description:
      'The global position the read models include now (the rebuild, and its record in the log)',
    example: 1834,
  })
  checkpoint!: number;

  @ApiProperty({ description: 'How long dropping and replaying took, in milliseconds' })
  tookMs!: number;

  @ApiProperty({ format: 'date-time', description: 'When the rebuild began' })
  startedAt!: string;
}

/** The 409's details: the rebuild already under way on this node. */
export class RebuildRunningDto {
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ description: 'The admin who began it' }) startedBy!: string;
}
