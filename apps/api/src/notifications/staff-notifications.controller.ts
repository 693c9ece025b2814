import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ReadModelRunner } from '@satupintu/projections';
import { notificationsFor } from '@satupintu/read-models';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentUser } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { TextDto } from '../cases/dto/case-responses';
import { reminderText } from './reminders/reminder-text';

export class NotificationsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Max(200, { message: 'ask for at most 200 notifications' })
  @Min(1, { message: 'ask for at least 1 notification' })
  @IsInt({ message: 'give a whole number of notifications' })
  @Type(() => Number)
  limit?: number;
}

export class StaffNotificationDto {
  @ApiProperty({ description: 'The id of the reminder event' }) id!: string;
  @ApiProperty({ enum: ['wait_reminder'] }) kind!: string;
  @ApiProperty({
    enum: ['official', 'supervisor'],
    description: 'official: the file waits on you; supervisor: on someone you supervise',
  })
  level!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: String, nullable: true }) agendaNumber!: string | null;
  @ApiProperty() serviceCode!: string;
  @ApiProperty({ enum: ['initials', 'signature'] }) state!: string;
  @ApiProperty({ description: 'The post the file waits on' }) post!: string;
  @ApiProperty({ format: 'date-time' }) waitingSince!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: TextDto }) message!: TextDto;
}

/** The logged-in staff member's own notifications: reminders of files waiting on them or on those they supervise. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class StaffNotificationsController {
  constructor(private readonly runner: ReadModelRunner) {}

  @Get()
  @ApiOkResponse({ type: [StaffNotificationDto], description: 'Newest first' })
  mine(
    @Query() query: NotificationsQuery,
    @CurrentUser() user: RequestUser,
  ): StaffNotificationDto[] {
    return notificationsFor(this.runner.db, user.id, query.limit ?? 50).map((n) => ({
      ...n,
      message: reminderText(n),
    }));
  }
}
