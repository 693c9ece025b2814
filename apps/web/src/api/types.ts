import type { components, operations } from './schema';

/** The API's answers and forms, by the names the screens use (generated from OpenAPI). */
type Schemas = components['schemas'];
export type Text = Schemas['TextDto'];
export type Me = Schemas['MeDto'];
export type CaseItem = Schemas['CaseListItemDto'];
export type CaseDetail = Schemas['CaseDetailDto'];
export type CasePage = Schemas['CasePageDto'];
export type HistoryEntry = Schemas['HistoryEntryDto'];
export type Service = Schemas['ServiceDto'];
export type ServiceDocument = Schemas['DocumentDto'];
export type CreateCaseForm = Schemas['CreateCaseDto'];
export type CreatedCase = Schemas['CreatedCaseDto'];
export type WorkflowDiagram = Schemas['WorkflowDiagramDto'];
export type PublicStatus = Schemas['PublicStatusDto'];
export type User = Schemas['UserDto'];
export type CreateUserForm = Schemas['CreateUserDto'];
export type UpdateUserForm = Schemas['UpdateUserDto'];
export type Delegation = Schemas['DelegationDto'];
export type CreateDelegationForm = Schemas['CreateDelegationDto'];
export type HolidayCalendar = Schemas['HolidayCalendarDto'];
export type HolidayDay = Schemas['HolidayDayDto'];
export type LoginAnswer = Schemas['LoginResponseDto'];

/** `{type, expectedRevision, ...payload}` of POST /api/cases/{id}/actions. */
export type ActionRequest =
  operations['CaseActionsController_act']['requestBody']['content']['application/json'];
export type ActionResult = Schemas['ActionResultDto'];
