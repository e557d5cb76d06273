/**
 * The JSON Schema of openapi.ts, compacted to what the schema rules read: for each kind
 * its definition, and for each definition its field names and their types. No
 * descriptions, so the linter's chunk carries tens of KB instead of the editor's hundreds.
 * scripts/build-k8s-schema.mjs writes the result to k8s-fields.json.
 *
 * A type is a string:
 * - `string`, `boolean`, `int32`, `int64`, `number` (float64);
 * - `quantity` (resource.Quantity), `int-or-string` (intstr.IntOrString), `time` (meta/v1 Time);
 * - `any` (free-form: RawExtension, FieldsV1, and objects the schema leaves open);
 * - `[T` an array of T, `{T` a map from string to T;
 * - otherwise the short name of a definition (`core.v1.Container`).
 */
import type { JsonSchema } from './openapi';

export interface CompactSchema {
  /** `apiVersion kind` (`apps/v1 Deployment`) → definition. */
  readonly kinds: Readonly<Record<string, string>>;
  /** Definition → field → type. */
  readonly definitions: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const PRIMITIVE_DEFINITIONS: Readonly<Record<string, string>> = {
  'io.k8s.apimachinery.pkg.api.resource.Quantity': 'quantity',
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': 'int-or-string',
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': 'time',
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': 'time',
};

const DEFINITION_REF = '#/definitions/';

/** `io.k8s.api.core.v1.Container` → `core.v1.Container`, `io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta` → `meta.v1.ObjectMeta`. */
export function shortName(definition: string): string {
  return definition.replace(/^io\.k8s\.(api|apimachinery\.pkg\.apis|apimachinery\.pkg)\./, '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function compactSchema(schema: JsonSchema): CompactSchema {
  const all = isObject(schema.definitions) ? schema.definitions : {};
  const kinds: Record<string, string> = {};
  for (const condition of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const when = condition?.if?.properties;
    const ref = condition?.then?.$ref;
    if (typeof ref === 'string') kinds[`${when.apiVersion.const} ${when.kind.const}`] = shortName(ref.slice(DEFINITION_REF.length));
  }
  const definitions: Record<string, Record<string, string>> = {};
  for (const [name, definition] of Object.entries(all)) {
    if (PRIMITIVE_DEFINITIONS[name] || !isObject(definition) || !isObject(definition.properties)) continue;
    const fields: Record<string, string> = {};
    for (const [field, property] of Object.entries(definition.properties)) fields[field] = typeOf(property, all);
    definitions[shortName(name)] = fields;
  }
  return { kinds, definitions };
}

/** The type of one schema node, in the notation above. */
function typeOf(node: unknown, all: Readonly<Record<string, unknown>>): string {
  if (!isObject(node)) return 'any';
  const ref = typeof node.$ref === 'string' ? node.$ref : Array.isArray(node.allOf) && node.allOf.length === 1 && isObject(node.allOf[0]) ? node.allOf[0].$ref : undefined;
  if (typeof ref === 'string') return typeOfDefinition(ref.slice(DEFINITION_REF.length), all);
  switch (node.type) {
    case 'string':
    case 'boolean':
    case 'number':
      return node.type;
    case 'integer':
      return node.format === 'int32' ? 'int32' : 'int64';
    case 'array':
      return `[${typeOf(node.items, all)}`;
    case 'object':
      return isObject(node.additionalProperties) ? `{${typeOf(node.additionalProperties, all)}` : 'any';
    default:
      return 'any';
  }
}

function typeOfDefinition(name: string, all: Readonly<Record<string, unknown>>): string {
  const primitive = PRIMITIVE_DEFINITIONS[name];
  if (primitive) return primitive;
  const definition = all[name];
  // An object the schema leaves open (no declared fields): anything goes, so nothing is reported.
  if (!isObject(definition) || !isObject(definition.properties)) return isObject(definition) && definition.type !== 'object' ? typeOf(definition, all) : 'any';
  return shortName(name);
}

/** k8s-fields.json's text: one line per kind and per definition, so a change of the API reads as a small diff. */
export function serializeCompact(schema: CompactSchema): string {
  const block = (entries: Readonly<Record<string, unknown>>) =>
    Object.keys(entries)
      .sort()
      .map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(entries[key])}`)
      .join(',\n');
  return `{\n  "kinds": {\n${block(schema.kinds)}\n  },\n  "definitions": {\n${block(schema.definitions)}\n  }\n}\n`;
}
