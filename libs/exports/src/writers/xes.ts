import type { LogEvent } from '../log/log-event';
import { plainFields } from '../log/plain-fields';
import { xmlAttribute } from './xml';

/** A typed XES attribute (IEEE 1849: string, date, int, float, boolean). */
export type XesAttribute =
  | { type: 'string'; key: string; value: string }
  | { type: 'date'; key: string; value: string }
  | { type: 'int'; key: string; value: number }
  | { type: 'boolean'; key: string; value: boolean };

/** One process instance: a case and its events in order. */
export interface XesTrace {
  caseId: string;
  attributes?: XesAttribute[];
  events: Iterable<LogEvent>;
}

const EXTENSIONS = [
  ['Concept', 'concept', 'http://www.xes-standard.org/concept.xesext'],
  ['Time', 'time', 'http://www.xes-standard.org/time.xesext'],
  ['Lifecycle', 'lifecycle', 'http://www.xes-standard.org/lifecycle.xesext'],
  ['Organizational', 'org', 'http://www.xes-standard.org/org.xesext'],
] as const;

function attribute(a: XesAttribute, indent: string): string {
  return `${indent}<${a.type} key="${xmlAttribute(a.key)}" value="${xmlAttribute(String(a.value))}"/>\n`;
}

/** Who did it, for org:resource: the person's name as recorded, else their id. */
export function resourceOf(event: LogEvent): string {
  return event.actor?.name ?? event.actor?.id ?? 'unknown';
}

/** Data keys that can be XES attribute keys (xs:Name, without a prefix of an extension). */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** An event's attributes: the four standard ones every event has (declared as globals), the engine's own, then the data's plain fields. */
export function xesEventAttributes(event: LogEvent): XesAttribute[] {
  const attributes: XesAttribute[] = [
    { type: 'string', key: 'concept:name', value: event.type },
    { type: 'date', key: 'time:timestamp', value: event.occurredAt },
    { type: 'string', key: 'lifecycle:transition', value: 'complete' },
    { type: 'string', key: 'org:resource', value: resourceOf(event) },
  ];
  if (event.actor?.roles.length)
    attributes.push({ type: 'string', key: 'org:role', value: event.actor.roles.join(', ') });
  if (event.actor) attributes.push({ type: 'string', key: 'actorId', value: event.actor.id });
  if (event.actor?.actingFor.length) {
    attributes.push({
      type: 'string',
      key: 'actingFor',
      value: event.actor.actingFor.map((p) => p.name ?? p.id).join(', '),
    });
  }
  attributes.push({ type: 'int', key: 'revision', value: event.revision });
  if (event.stateBefore !== null)
    attributes.push({ type: 'string', key: 'stateBefore', value: event.stateBefore });
  if (event.stateAfter !== null)
    attributes.push({ type: 'string', key: 'stateAfter', value: event.stateAfter });
  attributes.push({ type: 'string', key: 'eventId', value: event.eventId });
  const taken = new Set(attributes.map((a) => a.key));
  for (const { name, value } of plainFields(event)) {
    if (taken.has(name) || !XML_NAME.test(name)) continue;
    if (typeof value === 'boolean') attributes.push({ type: 'boolean', key: name, value });
    else if (typeof value === 'number' && Number.isSafeInteger(value))
      attributes.push({ type: 'int', key: name, value });
    else attributes.push({ type: 'string', key: name, value: String(value) });
  }
  return attributes;
}

/**
 * An XES log (IEEE 1849-2016): no default namespace, `xes.version="1.0"`, the concept, time,
 * lifecycle and org extensions, one trace per case (`concept:name` = the case id) and one event per
 * step (`concept:name` = the stored event type, `time:timestamp`, `lifecycle:transition` =
 * complete, `org:resource` = who). Written trace by trace as they come.
 */
export async function* xesLog(
  traces: AsyncIterable<XesTrace>,
  logName = 'SatuPintu event log',
): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<log xes.version="1.0">\n';
  for (const [name, prefix, uri] of EXTENSIONS)
    yield `  <extension name="${name}" prefix="${prefix}" uri="${uri}"/>\n`;
  yield '  <global scope="trace">\n    <string key="concept:name" value="__INVALID__"/>\n  </global>\n';
  yield '  <global scope="event">\n';
  yield '    <string key="concept:name" value="__INVALID__"/>\n';
  yield '    <date key="time:timestamp" value="1970-01-01T00:00:00.000Z"/>\n';
  yield '    <string key="lifecycle:transition" value="complete"/>\n';
  yield '    <string key="org:resource" value="__INVALID__"/>\n';
  yield '  </global>\n';
  yield '  <classifier name="Activity" keys="concept:name"/>\n';
  yield '  <classifier name="Resource" keys="org:resource"/>\n';
  yield attribute({ type: 'string', key: 'concept:name', value: logName }, '  ');
  for await (const trace of traces) {
    let xml = '  <trace>\n';
    xml += attribute({ type: 'string', key: 'concept:name', value: trace.caseId }, '    ');
    for (const a of trace.attributes ?? []) xml += attribute(a, '    ');
    for (const event of trace.events) {
      xml += '    <event>\n';
      for (const a of xesEventAttributes(event)) xml += attribute(a, '      ');
      xml += '    </event>\n';
    }
    yield `${xml}  </trace>\n`;
  }
  yield '</log>\n';
}
