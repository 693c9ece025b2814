import type {
  OcelAttributeType,
  OcelEvent,
  OcelObject,
  OcelTypeDeclaration,
  OcelValue,
} from '../ocel/ocel-types';

export interface OcelSource {
  events: AsyncIterable<OcelEvent>;
  /** Asked for only once every event has been written, so a source may gather objects while events pass. */
  objects: () => AsyncIterable<OcelObject>;
}

function typeOf(value: OcelValue): OcelAttributeType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  return 'string';
}

/** The declared type of an attribute seen with several: integer widens to float, anything else mixed is a string. */
function widen(known: OcelAttributeType | undefined, seen: OcelAttributeType): OcelAttributeType {
  if (known === undefined || known === seen) return seen;
  if ((known === 'integer' && seen === 'float') || (known === 'float' && seen === 'integer'))
    return 'float';
  return 'string';
}

/** The event and object types met while writing, with each attribute's type: a handful, whatever the log's size. */
class TypeDeclarations {
  private readonly types = new Map<string, Map<string, OcelAttributeType>>();

  note(type: string, attributes: ReadonlyArray<{ name: string; value: OcelValue }>): void {
    const declared = this.types.get(type) ?? new Map<string, OcelAttributeType>();
    for (const { name, value } of attributes)
      declared.set(name, widen(declared.get(name), typeOf(value)));
    this.types.set(type, declared);
  }

  toJson(): OcelTypeDeclaration[] {
    return [...this.types].map(([name, attributes]) => ({
      name,
      attributes: [...attributes].map(([attribute, type]) => ({ name: attribute, type })),
    }));
  }
}

/**
 * An OCEL 2.0 JSON document, written as it streams: the events first, then the objects (the
 * source gathers them meanwhile), then the event and object types with their attributes, which
 * are only known once all have passed. JSON objects are unordered, so any OCEL 2.0 reader takes
 * the keys in this order.
 */
export async function* ocelJson(source: OcelSource): AsyncGenerator<string> {
  const eventTypes = new TypeDeclarations();
  const objectTypes = new TypeDeclarations();
  yield '{"events":[';
  let first = true;
  for await (const event of source.events) {
    eventTypes.note(event.type, event.attributes);
    yield `${first ? '\n' : ',\n'}${JSON.stringify(event)}`;
    first = false;
  }
  yield '\n],"objects":[';
  first = true;
  for await (const object of source.objects()) {
    objectTypes.note(object.type, object.attributes);
    yield `${first ? '\n' : ',\n'}${JSON.stringify(object)}`;
    first = false;
  }
  yield `\n],"eventTypes":${JSON.stringify(eventTypes.toJson())}`;
  yield `,"objectTypes":${JSON.stringify(objectTypes.toJson())}}\n`;
}
