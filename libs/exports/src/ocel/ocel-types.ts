/** OCEL 2.0 JSON (https://www.ocel-standard.org): the shapes this export writes. */
export type OcelValue = string | number | boolean;
export type OcelAttributeType = 'string' | 'time' | 'integer' | 'float' | 'boolean';

export interface OcelRelationship {
  objectId: string;
  qualifier: string;
}

export interface OcelEvent {
  id: string;
  type: string;
  time: string;
  attributes: Array<{ name: string; value: OcelValue }>;
  relationships: OcelRelationship[];
}

/** An object's attribute values over time: each value holds from its `time` on. */
export interface OcelObject {
  id: string;
  type: string;
  attributes: Array<{ name: string; value: OcelValue; time: string }>;
  relationships: OcelRelationship[];
}

export interface OcelTypeDeclaration {
  name: string;
  attributes: Array<{ name: string; type: OcelAttributeType }>;
}

/** The whole document, as a reader parses it back. */
export interface OcelDocument {
  objectTypes: OcelTypeDeclaration[];
  eventTypes: OcelTypeDeclaration[];
  objects: OcelObject[];
  events: OcelEvent[];
}
