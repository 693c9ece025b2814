import type { LetterService } from '@satupintu/ptsp';
import type { ServiceDto } from './dto/service.dto';

export function serviceDto(service: LetterService): ServiceDto {
  return {
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
    classificationCode: service.classificationCode,
  };
}
