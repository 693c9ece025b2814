import { Body, Controller, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { witaYear } from '@satupintu/ptsp';
import { setHolidays, type AccountsReadModels, type AdminContext } from '@satupintu/read-models';
import { ActorResolver } from '../accounts/actor-resolver.service';
import { ADMIN_CONTEXT } from '../accounts/admin-context.provider';
import { CurrentUser, Roles } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { ACCOUNTS_READ_MODELS } from '../core/tokens';
import { HolidayCalendarDto, HolidaysQueryDto, SetHolidaysDto, YearParamDto } from './holiday.dto';

/** Public holidays and joint leave days (cuti bersama): the days working-day SLAs skip. */
@ApiTags('holidays')
@ApiBearerAuth()
@Controller('holidays')
export class HolidaysController {
  constructor(
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(ADMIN_CONTEXT) private readonly admin: AdminContext,
    private readonly actors: ActorResolver,
  ) {}

  @Get()
  @ApiOkResponse({ type: HolidayCalendarDto })
  get(@Query() query: HolidaysQueryDto): HolidayCalendarDto {
    const { year, days } = this.readModels.holidays.forYear(query.year ?? witaYear(new Date()));
    return { year, days };
  }

  @Put(':year')
  @Roles('admin')
  @ApiOkResponse({ type: HolidayCalendarDto })
  async set(
    @Param() params: YearParamDto,
    @Body() body: SetHolidaysDto,
    @CurrentUser() user: RequestUser,
  ): Promise<HolidayCalendarDto> {
    const { year, days } = await setHolidays(
      this.admin,
      params.year,
      body.days,
      this.actors.resolve(user),
    );
    return { year, days };
  }
}
