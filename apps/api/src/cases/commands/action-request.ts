import type { JsonObject } from '@satupintu/event-store';
import { ApiException } from '../../errors/api-error';
import { createValidationPipe } from '../../errors/validation-pipe';
import { ACTION_FORMS, ACTION_TYPES, isActionType, type ActionType } from '../dto/action-forms';
import { say } from '../../i18n/message';

/** An action as the engine takes it: which, on which revision, with what. */
export interface ActionRequest {
  type: ActionType;
  expectedRevision: number;
  payload: JsonObject;
}

const pipe = createValidationPipe();

/**
 * Reads `{type, expectedRevision, ...payload}`: the type picks the form, and the form is checked
 * field by field like any other body (unknown fields refused). Anything else is a 400.
 */
export async function readActionRequest(body: unknown): Promise<ActionRequest> {
  const type = (body as { type?: unknown } | null)?.type;
  if (!isActionType(type)) {
    const problem = say('field.chooseAction', { actions: ACTION_TYPES });
    throw ApiException.forFields([{ field: 'type', problem }]);
  }
  const form = (await pipe.transform(body, {
    type: 'body',
    metatype: ACTION_FORMS[type],
  })) as Record<string, unknown>;
  const payload: JsonObject = {};
  for (const [key, value] of Object.entries(form)) {
    if (key !== 'type' && key !== 'expectedRevision' && value !== undefined && value !== null) {
      payload[key] = value as JsonObject[string];
    }
  }
  return { type, expectedRevision: form.expectedRevision as number, payload };
}
