import { Inject, Injectable } from '@nestjs/common';
import { WorkflowEngine, type HandleResult } from '@satupintu/engine';
import type { berkas } from '@satupintu/ptsp';
import { ActorResolver } from '../../accounts/actor-resolver.service';
import type { RequestUser } from '../../auth/request-user';
import { READ_YOUR_WRITES, type ReadYourWrites } from '../../core/tokens';
import type { ActionResultDto } from '../dto/case-responses';
import { caseNotFound } from '../queries/case-not-found';
import type { ActionRequest } from './action-request';
import { isCaseId } from './case-id';
import { CommandMetrics } from './command-metrics';
import { assertOnChecklist } from './document-codes';
import { commandIdFor } from './idempotency';
import { inClerksWords } from './refusal-words';

/** Fields of an action that name checklist documents. */
const DOCUMENT_FIELDS: Partial<Record<string, string>> = {
  return_incomplete: 'missingDocuments',
  resubmit: 'submittedDocuments',
};

/**
 * One action on one case: the engine decides (403/409/422 come from its typed refusals), one
 * event is appended, and the answer waits until the read models show it.
 */
@Injectable()
export class CaseActions {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly actors: ActorResolver,
    private readonly metrics: CommandMetrics,
    @Inject(READ_YOUR_WRITES) private readonly waitFor: ReadYourWrites,
  ) {}

  async act(
    caseId: string,
    action: ActionRequest,
    user: RequestUser,
    key: string | undefined,
  ): Promise<ActionResultDto> {
    const result = await this.metrics.measure(action.type, () =>
      this.handle(caseId, action, user, key),
    );
    return { id: caseId, state: result.state, revision: result.revision };
  }

  private async handle(
    caseId: string,
    action: ActionRequest,
    user: RequestUser,
    key: string | undefined,
  ): Promise<HandleResult> {
    if (!isCaseId(caseId)) throw caseNotFound();
    const field = DOCUMENT_FIELDS[action.type];
    if (field !== undefined)
      await this.assertDocumentsOnChecklist(caseId, field, action.payload[field] as string[]);
    const command = {
      id: commandIdFor(`action:${caseId}`, user.id, key),
      type: action.type,
      payload: action.payload,
      expectedRevision: action.expectedRevision,
    };
    // A case that does not exist has no revision to expect: the engine's conflict becomes a 404.
    const result = await this.engine
      .handle(caseId, command, this.actors.resolve(user))
      .catch((error: unknown) => {
        throw inClerksWords(error);
      });
    await this.waitFor(result.position);
    return result;
  }

  /** Document codes are checked against the file's own copy of its service's checklist. */
  private async assertDocumentsOnChecklist(
    caseId: string,
    field: string,
    codes: string[],
  ): Promise<void> {
    const instance = await this.engine.load(caseId);
    if (!instance) throw caseNotFound();
    const service = (instance.snapshot.context as Partial<berkas.BerkasContext>).service;
    if (instance.definition.name === 'berkas' && service)
      assertOnChecklist(field, codes, service.documents, service.code);
  }
}
