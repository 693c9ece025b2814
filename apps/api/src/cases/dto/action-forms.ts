import {
  AssignNumberDto,
  DisposeDto,
  HandOverDto,
  InitialDto,
  RedisposeDto,
  ResubmitDto,
  ReturnIncompleteDto,
  SendBackDto,
  SignDto,
  SubmitDraftDto,
  VerifyCompleteDto,
  WithdrawDto,
  type ActionDto,
} from './action-dtos';

/** The actions a file takes over HTTP, each with its form. (`receive` is POST /api/cases; `expire` is the scheduler's.) */
export const ACTION_FORMS = {
  verify_complete: VerifyCompleteDto,
  return_incomplete: ReturnIncompleteDto,
  resubmit: ResubmitDto,
  dispose: DisposeDto,
  redispose: RedisposeDto,
  submit_draft: SubmitDraftDto,
  initial: InitialDto,
  send_back: SendBackDto,
  sign: SignDto,
  assign_number: AssignNumberDto,
  hand_over: HandOverDto,
  withdraw: WithdrawDto,
} satisfies Record<string, new () => ActionDto>;

export type ActionType = keyof typeof ACTION_FORMS;

export const ACTION_TYPES = Object.keys(ACTION_FORMS) as ActionType[];

export function isActionType(type: unknown): type is ActionType {
  return typeof type === 'string' && Object.hasOwn(ACTION_FORMS, type);
}
