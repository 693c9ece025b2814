import type { JsonObject, RecordedEvent } from '@satupintu/event-store';
import { exportLog, type OcelDocument } from '../src';
import { collect, demoLog, isCaseEvent, SECRET_HASH, type DemoLog } from './support/demo-log';

interface Actor {
  id: string;
  actingFor?: Array<{ id: string }>;
}

/** The relationships an event must have, worked out from the stored event itself. */
function expectedRelationships(event: RecordedEvent, letterOfCase: Map<string, string>): string[] {
  const links: string[] = [];
  const actor = event.metadata.actor as unknown as Actor;
  links.push(`official:${actor.id} performed by`);
  for (const p of actor.actingFor ?? []) links.push(`official:${p.id} on behalf of`);
  const data = event.data as JsonObject;
  if (isCaseEvent(event)) {
    links.push(`${event.streamId} case`);
    if (typeof data.letterNumber === 'string') {
      letterOfCase.set(event.streamId, data.letterNumber);
      links.push(`letter:${data.letterNumber} letter numbered`);
    }
    if (event.type === 'FileHandedOver')
      links.push(`letter:${letterOfCase.get(event.streamId)} letter handed over`);
  }
  if (event.streamId === 'account-u-new') links.push('official:u-new account');
  if (event.streamId === 'delegation-d1')
    links.push('official:u-kasubbid delegating official', 'official:u-new acting official (Plh)');
  return links.sort();
}

describe('OCEL 2.0 export', () => {
  let log: DemoLog;
  let text: string;
  let ocel: OcelDocument;
  let source: RecordedEvent[];

  beforeAll(async () => {
    log = await demoLog();
    text = await collect(exportLog(log.store, { format: 'ocel' }).chunks);
    ocel = JSON.parse(text) as OcelDocument;
    source = log.events.filter((e) => !e.streamId.startsWith('sequence-'));
  });
  afterAll(() => log.remove());

  it('has the four parts of an OCEL 2.0 JSON document', () => {
    expect(Object.keys(ocel).sort()).toEqual(['eventTypes', 'events', 'objectTypes', 'objects']);
  });

  it('round-trips: parsed back, it has every event of the log (number sequences aside) with its type, time and objects', () => {
    expect(ocel.events.map((e) => [e.id, e.type, e.time])).toEqual(
      source.map((e) => [e.id, e.type, e.metadata.occurredAt]),
    );
    const letters = new Map<string, string>();
    const expected = source.map((e) => expectedRelationships(e, letters));
    expect(
      ocel.events.map((e) => e.relationships.map((r) => `${r.objectId} ${r.qualifier}`).sort()),
    ).toEqual(expected);
  });

  it('has exactly the objects the events relate to: the cases, the officials, the letters', () => {
    const related = new Set(ocel.events.flatMap((e) => e.relationships.map((r) => r.objectId)));
    const objects = new Map(ocel.objects.map((o) => [o.id, o]));
    expect(objects.size).toBe(ocel.objects.length);
    expect(new Set(objects.keys())).toEqual(related);

    const cases = new Set(source.filter(isCaseEvent).map((e) => e.streamId));
    const letters = new Set(
      source.flatMap((e) =>
        (e.data as JsonObject).letterNumber
          ? [`letter:${(e.data as JsonObject).letterNumber}`]
          : [],
      ),
    );
    expect(
      ocel.objects
        .filter((o) => o.type === 'case')
        .map((o) => o.id)
        .sort(),
    ).toEqual([...cases].sort());
    expect(
      ocel.objects
        .filter((o) => o.type === 'letter')
        .map((o) => o.id)
        .sort(),
    ).toEqual([...letters].sort());
    expect(
      ocel.objects.filter((o) => o.type === 'official').every((o) => o.id.startsWith('official:')),
    ).toBe(true);
    expect(letters.size).toBeGreaterThan(0);
  });

  it("keeps a case's state over time and links each letter to its case", () => {
    const handed = source.find((e) => e.type === 'FileHandedOver')!.streamId;
    const steps = source.filter((e) => e.streamId === handed);
    const states = ocel.objects
      .find((o) => o.id === handed)!
      .attributes.filter((a) => a.name === 'state');
    expect(states.map((a) => [a.value, a.time])).toEqual(
      steps.map((e) => [e.metadata.stateAfter, e.metadata.occurredAt]),
    );
    const numbered = steps.find((e) => e.type === 'LetterNumbered')!;
    const letter = ocel.objects.find(
      (o) => o.id === `letter:${(numbered.data as JsonObject).letterNumber}`,
    )!;
    expect(letter.relationships).toEqual([{ objectId: handed, qualifier: 'issued for' }]);
  });

  it("records an official's profile from the admin actions, each value from when it was set", () => {
    const siti = ocel.objects.find((o) => o.id === 'official:u-new')!;
    expect(siti.attributes).toEqual(
      expect.arrayContaining([
        { name: 'name', value: 'Siti Rahma', time: '2026-02-02T01:00:00.000Z' },
        { name: 'roles', value: 'verifier', time: '2026-02-02T01:00:00.000Z' },
        { name: 'roles', value: 'verifier, front_office', time: '2026-02-03T01:00:00.000Z' },
      ]),
    );
  });

  it('declares every event and object type with the type of each attribute it uses', () => {
    const declared = (types: OcelDocument['eventTypes']) =>
      new Map(types.map((t) => [t.name, new Map(t.attributes.map((a) => [a.name, a.type]))]));
    const eventTypes = declared(ocel.eventTypes);
    for (const event of ocel.events) {
      for (const a of event.attributes)
        expect([event.type, a.name, eventTypes.get(event.type)?.get(a.name)]).toEqual([
          event.type,
          a.name,
          expect.any(String),
        ]);
    }
    expect(eventTypes.get('FileReceived')?.get('revision')).toBe('integer');
    const objectTypes = declared(ocel.objectTypes);
    expect([...objectTypes.keys()].sort()).toEqual(['case', 'letter', 'official']);
    for (const object of ocel.objects)
      for (const a of object.attributes)
        expect(objectTypes.get(object.type)?.has(a.name)).toBe(true);
  });

  it('never carries a password hash', () => {
    expect(text).not.toContain(SECRET_HASH);
    expect(text).not.toContain('passwordHash');
  });
});
