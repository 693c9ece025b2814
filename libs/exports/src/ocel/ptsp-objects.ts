import type { JsonObject, JsonValue } from '@satupintu/event-store';
import { ptspWorkflows } from '@satupintu/ptsp';
import type { LogEvent, LogPrincipal } from '../log/log-event';
import { plainFields } from '../log/plain-fields';
import type { OcelEvent, OcelObject, OcelRelationship, OcelValue } from './ocel-types';

/** Streams whose events are steps of a case (`berkas-…`, `konsultasi-…`): the traces of XES, the case objects of OCEL. */
export const CASE_STREAM_PREFIXES: readonly string[] = ptspWorkflows.map(
  (workflow) => `${workflow.name}-`,
);
/** The engine's number sequences: bookkeeping, not something anyone did. */
const SEQUENCE_STREAM_PREFIX = 'sequence-';

export const isCaseStream = (streamId: string): boolean =>
  CASE_STREAM_PREFIXES.some((prefix) => streamId.startsWith(prefix));

export const OBJECT_TYPES = { case: 'case', official: 'official', letter: 'letter' } as const;
export const officialObjectId = (userId: string): string => `official:${userId}`;
export const letterObjectId = (letterNumber: string): string => `letter:${letterNumber}`;

/** What the mapping must remember across events (which letter a case got, whom a delegation concerns). */
export interface OcelMemo {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export interface OcelFacts {
  event: OcelEvent;
  /** What this event says about objects: their attributes from its time on, and their links. */
  objects: OcelObject[];
}

const dataOf = (event: LogEvent): JsonObject =>
  event.data !== null && typeof event.data === 'object' && !Array.isArray(event.data)
    ? event.data
    : {};
const text = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** An event's own attributes: its revision and states, and the data's plain fields (see plainFields). */
function eventAttributes(event: LogEvent): OcelEvent['attributes'] {
  const attributes: OcelEvent['attributes'] = [{ name: 'revision', value: event.revision }];
  if (event.stateBefore !== null)
    attributes.push({ name: 'stateBefore', value: event.stateBefore });
  if (event.stateAfter !== null) attributes.push({ name: 'stateAfter', value: event.stateAfter });
  const taken = new Set(attributes.map((a) => a.name));
  return [...attributes, ...plainFields(event).filter((field) => !taken.has(field.name))];
}

function official(principal: LogPrincipal & { roles?: string[] }, time: string): OcelObject {
  const attributes: OcelObject['attributes'] = [];
  if (principal.name !== null) attributes.push({ name: 'name', value: principal.name, time });
  if (principal.position !== null)
    attributes.push({ name: 'position', value: principal.position, time });
  if (principal.roles?.length)
    attributes.push({ name: 'roles', value: principal.roles.join(', '), time });
  return {
    id: officialObjectId(principal.id),
    type: OBJECT_TYPES.official,
    attributes,
    relationships: [],
  };
}

function caseObject(event: LogEvent): OcelObject {
  const data = dataOf(event);
  const time = event.occurredAt;
  const attributes: OcelObject['attributes'] = [
    { name: 'kind', value: event.streamId.slice(0, event.streamId.indexOf('-')), time },
  ];
  const values: Array<[string, OcelValue | undefined]> = [
    ['service', text(data.serviceCode)],
    ['topic', text(data.topic)],
    ['agendaNumber', text(data.agendaNumber)],
    ['subdivision', text(data.subdivision)],
    ['state', event.stateAfter ?? undefined],
  ];
  for (const [name, value] of values)
    if (value !== undefined) attributes.push({ name, value, time });
  return { id: event.streamId, type: OBJECT_TYPES.case, attributes, relationships: [] };
}

function caseFacts(
  event: LogEvent,
  memo: OcelMemo,
  relationships: OcelRelationship[],
  objects: OcelObject[],
): void {
  relationships.unshift({ objectId: event.streamId, qualifier: 'case' });
  objects.push(caseObject(event));
  const letterKey = `letter-of:${event.streamId}`;
  const numbered = text(dataOf(event).letterNumber);
  if (numbered !== undefined) {
    memo.set(letterKey, numbered);
    relationships.push({ objectId: letterObjectId(numbered), qualifier: 'letter numbered' });
    objects.push({
      id: letterObjectId(numbered),
      type: OBJECT_TYPES.letter,
      attributes: [{ name: 'letterNumber', value: numbered, time: event.occurredAt }],
      relationships: [{ objectId: event.streamId, qualifier: 'issued for' }],
    });
  } else if (event.type === 'FileHandedOver') {
    const letter = memo.get(letterKey);
    if (letter !== undefined)
      relationships.push({ objectId: letterObjectId(letter), qualifier: 'letter handed over' });
  }
}

/** Accounts, delegations and the calendar: admin actions, related to the officials they concern. */
function adminFacts(
  event: LogEvent,
  memo: OcelMemo,
  relationships: OcelRelationship[],
  objects: OcelObject[],
): void {
  const data = dataOf(event);
  if (event.streamId.startsWith('account-')) {
    const userId = event.streamId.slice('account-'.length);
    relationships.push({ objectId: officialObjectId(userId), qualifier: 'account' });
    const roles = Array.isArray(data.roles)
      ? data.roles.filter((r): r is string => typeof r === 'string')
      : undefined;
    const name = text(data.name);
    const position = data.position === null ? null : text(data.position);
    const profile = official(
      { id: userId, name: name ?? null, position: position ?? null, roles },
      event.occurredAt,
    );
    objects.push(profile);
  } else if (event.streamId.startsWith('delegation-')) {
    const key = `delegation:${event.streamId}`;
    const from = text(data.fromUserId);
    const to = text(data.toUserId);
    if (from !== undefined && to !== undefined) memo.set(key, JSON.stringify([from, to]));
    const remembered = memo.get(key);
    if (remembered !== undefined) {
      const [delegating, acting] = JSON.parse(remembered) as [string, string];
      relationships.push({
        objectId: officialObjectId(delegating),
        qualifier: 'delegating official',
      });
      relationships.push({
        objectId: officialObjectId(acting),
        qualifier: 'acting official (Plh)',
      });
      objects.push(official({ id: delegating, name: null, position: null }, event.occurredAt));
      objects.push(official({ id: acting, name: null, position: null }, event.occurredAt));
    }
  }
}

/**
 * The PTSP log seen as objects (OCEL 2.0): every case, every official who acted, was acted for
 * or was administered, every outgoing letter; every event related to the objects it touched.
 * Undefined for the engine's number sequences.
 */
export function ocelFactsOf(event: LogEvent, memo: OcelMemo): OcelFacts | undefined {
  if (event.streamId.startsWith(SEQUENCE_STREAM_PREFIX)) return undefined;
  const relationships: OcelRelationship[] = [];
  const objects: OcelObject[] = [];
  if (event.actor) {
    relationships.push({ objectId: officialObjectId(event.actor.id), qualifier: 'performed by' });
    objects.push(official(event.actor, event.occurredAt));
    for (const principal of event.actor.actingFor) {
      relationships.push({ objectId: officialObjectId(principal.id), qualifier: 'on behalf of' });
      objects.push(official(principal, event.occurredAt));
    }
  }
  if (isCaseStream(event.streamId)) caseFacts(event, memo, relationships, objects);
  else adminFacts(event, memo, relationships, objects);
  return {
    event: {
      id: event.eventId,
      type: event.type,
      time: event.occurredAt,
      attributes: eventAttributes(event),
      relationships,
    },
    objects,
  };
}
