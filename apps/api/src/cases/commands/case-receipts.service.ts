import { Inject, Injectable } from '@nestjs/common';
import { WorkflowEngine } from '@satupintu/engine';
import type { JsonObject } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import { isLetterService } from '@satupintu/ptsp';
import { CatalogueReadModel, getCase } from '@satupintu/read-models';
import { ActorResolver } from '../../accounts/actor-resolver.service';
import type { RequestUser } from '../../auth/request-user';
import { READ_YOUR_WRITES, type ReadYourWrites } from '../../core/tokens';
import { ApiException } from '../../errors/api-error';
import type { CreateCaseDto } from '../dto/create-case.dto';
import type { CreatedCaseDto } from '../dto/case-responses';
import { newFileStreamId } from './case-id';
import { CommandMetrics } from './command-metrics';
import { assertOnChecklist } from './document-codes';
import { commandIdFor } from './idempotency';
import { newTrackingCode } from './tracking-code';
import { say } from '../../i18n/message';

function unknownService(
  code: string,
  catalogue: CatalogueReadModel,
  version: number,
): ApiException {
  const offered = (catalogue.at(version)?.services ?? [])
    .filter(isLetterService)
    .map((s) => s.code);
  const problem = say('field.unknownService', { code, offered });
  return ApiException.forFields(
    [{ field: 'serviceCode', problem }],
    say('form.correctField', { field: 'serviceCode', problem }),
  );
}

/**
 * Receipt at the desk: a new file (`berkas-<uuid>`) with the service copied from the latest
 * published catalogue version (which the file records, and keeps whatever is published later),
 * a tracking code from crypto randomness, and an agenda number the engine draws. Answers once
 * the read models show the file.
 */
@Injectable()
export class CaseReceipts {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly actors: ActorResolver,
    private readonly runner: ReadModelRunner,
    private readonly metrics: CommandMetrics,
    private readonly catalogue: CatalogueReadModel,
    @Inject(READ_YOUR_WRITES) private readonly waitFor: ReadYourWrites,
  ) {}

  async receive(
    form: CreateCaseDto,
    user: RequestUser,
    key: string | undefined,
  ): Promise<CreatedCaseDto> {
    const catalogueVersion = this.catalogue.latestVersion();
    const service = this.catalogue.service(form.serviceCode, catalogueVersion);
    if (!isLetterService(service))
      throw unknownService(form.serviceCode, this.catalogue, catalogueVersion);
    assertOnChecklist(
      'submittedDocuments',
      form.submittedDocuments,
      service.documents,
      service.code,
    );
    const streamId = newFileStreamId(user.id, key);
    const payload = {
      serviceCode: service.code,
      catalogueVersion,
      service,
      applicant: {
        nip: form.applicant.nip,
        name: form.applicant.name,
        phone: form.applicant.phone,
      },
      submittedDocuments: form.submittedDocuments,
      ...(form.note?.trim() ? { note: form.note } : {}),
      trackingCode: newTrackingCode(),
    } as unknown as JsonObject;
    const command = { id: commandIdFor('receive', user.id, key), type: 'receive', payload };
    await this.metrics.measure('receive', async () => {
      const result = await this.engine.handle(streamId, command, this.actors.resolve(user));
      await this.waitFor(result.position);
      return result;
    });
    const summary = getCase(this.runner.db, streamId);
    if (!summary)
      throw new Error(`Case ${streamId} is not in the read models after waiting for it`);
    return {
      id: summary.id,
      trackingCode: summary.trackingCode!,
      agendaNumber: summary.agendaNumber!,
      state: summary.state,
      revision: summary.revision,
    };
  }
}
