import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { catalogue, isLetterService } from '@satupintu/ptsp';
import { ServiceDto } from './dto/case-responses';

/** The catalogue of services a file can be received for, with their checklists and signing chains. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('services')
export class ServicesController {
  private readonly services: ServiceDto[] = catalogue()
    .services.filter(isLetterService)
    .map((service) => ({
      code: service.code,
      name: service.name,
      subdivision: service.subdivision,
      slaWorkingDays: service.slaWorkingDays,
      documents: service.documents.map((d) => ({
        code: d.code,
        name: d.name,
        required: d.required,
        ...(d.condition ? { condition: d.condition } : {}),
      })),
      initialsChain: service.initialsChain,
      signer: service.signer,
    }));

  @Get()
  @ApiOkResponse({ type: [ServiceDto] })
  list(): ServiceDto[] {
    return this.services;
  }
}
