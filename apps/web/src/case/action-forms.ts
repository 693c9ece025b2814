import type { ActionRequest, CaseDetail, Service } from '../api/types';

/** The actions of a file over HTTP (apps/api/src/cases/dto/action-forms.ts). */
export const ACTION_TYPES = [
  'verify_complete',
  'return_incomplete',
  'resubmit',
  'dispose',
  'redispose',
  'submit_draft',
  'initial',
  'send_back',
  'sign',
  'assign_number',
  'hand_over',
  'withdraw',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export function isActionType(value: string): value is ActionType {
  return (ACTION_TYPES as readonly string[]).includes(value);
}

export type ActionFieldName =
  | 'missingDocuments'
  | 'submittedDocuments'
  | 'subdivision'
  | 'reason'
  | 'summary'
  | 'note'
  | 'recipientName'
  | 'relation'
  | 'recipientIdNumber';

export type ActionFieldKind = 'documents' | 'subdivision' | 'text' | 'line' | 'relation';

export interface ActionField {
  name: ActionFieldName;
  kind: ActionFieldKind;
  required: boolean;
}

const field = (name: ActionFieldName, kind: ActionFieldKind, required = true): ActionField => ({
  name,
  kind,
  required,
});

/** What each action asks for; actions without fields just ask to confirm. */
export const ACTION_FIELDS: Record<ActionType, ActionField[]> = {
  verify_complete: [],
  return_incomplete: [field('missingDocuments', 'documents'), field('note', 'text', false)],
  resubmit: [field('submittedDocuments', 'documents', false)],
  dispose: [field('subdivision', 'subdivision')],
  redispose: [field('subdivision', 'subdivision'), field('reason', 'text')],
  submit_draft: [field('summary', 'text')],
  initial: [],
  send_back: [field('reason', 'text')],
  sign: [],
  assign_number: [],
  hand_over: [
    field('recipientName', 'line'),
    field('relation', 'relation'),
    // Required only for a representative (see checkAction).
    field('recipientIdNumber', 'line', false),
  ],
  withdraw: [field('reason', 'text')],
};

export type ActionValues = Partial<Record<ActionFieldName, string | string[]>>;

/** The API's limits (apps/api/src/cases/dto/limits.ts). */
export const TEXT_LENGTH = 2000;
export const LINE_LENGTH = 200;
export const ID_NUMBER_LENGTH = 50;

/** Sensible first values: what the case already says, so the clerk only corrects it. */
export function initialValues(
  type: ActionType,
  detail: CaseDetail,
  service: Service | undefined,
): ActionValues {
  const requiredMissing = (service?.documents ?? [])
    .filter((d) => d.required && !detail.submittedDocuments.includes(d.code))
    .map((d) => d.code);
  switch (type) {
    case 'return_incomplete':
      return {
        missingDocuments:
          detail.missingDocuments.length > 0 ? detail.missingDocuments : requiredMissing,
      };
    case 'resubmit':
      return { submittedDocuments: [...detail.submittedDocuments] };
    case 'dispose':
      return { subdivision: service?.subdivision ?? '' };
    case 'redispose':
      return { subdivision: '' };
    case 'hand_over':
      return { recipientName: detail.applicant.name ?? '', relation: 'self' };
    default:
      return {};
  }
}

export type ActionProblem = 'required' | 'chooseDocument' | 'tooLong' | 'sameSubdivision';

const textOf = (values: ActionValues, name: ActionFieldName) => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};
const listOf = (values: ActionValues, name: ActionFieldName) => {
  const value = values[name];
  return Array.isArray(value) ? value : [];
};

/** What must be fixed before sending, field by field (the server checks again). */
export function checkAction(
  type: ActionType,
  values: ActionValues,
  detail: Pick<CaseDetail, 'subdivision'>,
): Partial<Record<ActionFieldName, ActionProblem>> {
  const problems: Partial<Record<ActionFieldName, ActionProblem>> = {};
  for (const { name, kind, required } of ACTION_FIELDS[type]) {
    if (kind === 'documents') {
      if (required && listOf(values, name).length === 0) problems[name] = 'chooseDocument';
      continue;
    }
    const value = textOf(values, name);
    const limit =
      kind === 'text' ? TEXT_LENGTH : name === 'recipientIdNumber' ? ID_NUMBER_LENGTH : LINE_LENGTH;
    if (required && value === '') problems[name] = 'required';
    else if (value.length > limit) problems[name] = 'tooLong';
  }
  if (
    type === 'hand_over' &&
    textOf(values, 'relation') === 'representative' &&
    textOf(values, 'recipientIdNumber') === ''
  )
    problems.recipientIdNumber = 'required';
  if (
    type === 'redispose' &&
    textOf(values, 'subdivision') !== '' &&
    textOf(values, 'subdivision') === detail.subdivision
  )
    problems.subdivision = 'sameSubdivision';
  return problems;
}

/** The request body: the action, the revision the user saw, and the fields it takes. */
export function toActionRequest(
  type: ActionType,
  values: ActionValues,
  expectedRevision: number,
): ActionRequest {
  const body: Record<string, unknown> = { type, expectedRevision };
  for (const { name, kind } of ACTION_FIELDS[type]) {
    if (kind === 'documents') body[name] = listOf(values, name);
    else {
      const value = textOf(values, name);
      if (value !== '') body[name] = value;
    }
  }
  if (type === 'hand_over' && body.relation === 'self') delete body.recipientIdNumber;
  return body as unknown as ActionRequest;
}
