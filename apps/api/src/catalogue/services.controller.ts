import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { isLetterService, type CatalogueChange, type LetterService } from '@satupintu/ptsp';
import {
  CatalogueReadModel,
  CatalogueVersionNotFoundError,
  publishCatalogue,
  type CatalogueContext,
} from '@satupintu/read-models';
import { ActorResolver } from '../accounts/actor-resolver.service';
import { REPLAY_ROLES } from '../audit/audit-roles';
import { CurrentUser, Roles } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { CATALOGUE_CONTEXT } from './catalogue-context.provider';
import { CatalogueHistoryDto, PublishedServiceDto } from './dto/catalogue-history.dto';
import { PutServiceDto, RetireServiceDto, ServiceCodeParamDto } from './dto/service-change.dto';
import { ServiceDto, ServicesQueryDto } from './dto/service.dto';
import { serviceDto } from './service-presenter';

/** A one-service form names its fields without the `changes.0.service.` of a catalogue change. */
const formField = (field: string) => field.replace(/^changes\.0\.(service\.)?/, '');

/**
 * The service catalogue: its letter services (with checklists, initials chains and signers) at
 * the latest or any published version; admins publish changes, each a new version (an event in
 * the admin stream `catalogue-services`); auditors, supervisors and admins read the history.
 */
@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('services')
export class ServicesController {
  constructor(
    private readonly catalogue: CatalogueReadModel,
    @Inject(CATALOGUE_CONTEXT) private readonly context: CatalogueContext,
    private readonly actors: ActorResolver,
  ) {}

  @Get()
  @ApiOkResponse({
    type: [ServiceDto],
    description: 'The letter services of the version (default: the latest)',
  })
  @ApiBadRequestResponse()
  @ApiNotFoundResponse({ description: 'No such version' })
  list(@Query() query: ServicesQueryDto): ServiceDto[] {
    const version = query.version ?? this.catalogue.latestVersion();
    const published = this.catalogue.at(version);
    if (published === undefined)
      throw new CatalogueVersionNotFoundError(version, this.catalogue.latestVersion());
    return published.services.filter(isLetterService).map(serviceDto);
  }

  @Get('versions')
  @Roles(...REPLAY_ROLES)
  @ApiOkResponse({ type: CatalogueHistoryDto })
  @ApiForbiddenResponse()
  history(): CatalogueHistoryDto {
    return { latestVersion: this.catalogue.latestVersion(), versions: this.catalogue.history() };
  }

  @Put(':code')
  @Roles('admin')
  @ApiOkResponse({
    type: PublishedServiceDto,
    description: 'Published as the next catalogue version',
  })
  @ApiBadRequestResponse({ description: 'A field is wrong; each problem is named' })
  @ApiForbiddenResponse()
  @ApiConflictResponse({ description: 'Another version was published since expectedVersion' })
  async put(
    @Param() params: ServiceCodeParamDto,
    @Body() body: PutServiceDto,
    @CurrentUser() user: RequestUser,
  ): Promise<PublishedServiceDto> {
    const { expectedVersion, reason, ...fields } = body;
    const service: LetterService = { kind: 'letter', code: params.code, ...fields };
    const exists = this.catalogue.service(params.code) !== undefined;
    const change: CatalogueChange = { action: exists ? 'update' : 'add', service };
    return this.publish(user, expectedVersion, reason, change, params.code);
  }

  @Post(':code/retire')
  @Roles('admin')
  @ApiOkResponse({
    type: PublishedServiceDto,
    description: 'Published as the next catalogue version, without the service',
  })
  @ApiBadRequestResponse()
  @ApiForbiddenResponse()
  @ApiConflictResponse()
  async retire(
    @Param() params: ServiceCodeParamDto,
    @Body() body: RetireServiceDto,
    @CurrentUser() user: RequestUser,
  ): Promise<PublishedServiceDto> {
    return this.publish(
      user,
      body.expectedVersion,
      body.reason,
      { action: 'retire', code: params.code },
      params.code,
    );
  }

  private async publish(
    user: RequestUser,
    expectedVersion: number,
    reason: string,
    change: CatalogueChange,
    code: string,
  ): Promise<PublishedServiceDto> {
    const published = await publishCatalogue(
      this.context,
      this.actors.resolve(user),
      { expectedVersion, reason, changes: [change] },
      formField,
    );
    const service = published.services.find((s) => s.code === code);
    return {
      version: published.version,
      service: isLetterService(service) ? serviceDto(service) : null,
    };
  }
}
