/**
 * Strict decoding, as the API server does it (field validation Strict, the default of
 * kubectl since 1.27): an object of a kind the schema knows is walked against its
 * definition at the target release, and every field the definition does not have, and
 * every value of the wrong JSON type, is reported. Kinds the schema does not know
 * (custom resources, `extensions/v1beta1` workloads) are not walked at all.
 *
 * Go's encoding/json leaves a field alone when the value is `null`, so null is never
 * wrong (`creationTimestamp: null` in generated manifests); open objects (RawExtension,
 * FieldsV1, an object without declared fields) take anything. An unquoted timestamp
 * (`expiry: 2020-05-11T22:50:43Z`) is a string, as kubectl reads it.
 */
import { Derived, type YamlPath } from '@podsmith/manifest';
import { isRecord } from '@podsmith/lifecycle';
import schema from './k8s-fields.json';
import type { CompactSchema } from './compact';
import { quantitySyntaxProblem } from '../quantity';
import { existsAt, historyOf, minorOf, REMOVED_FIELDS, type FieldHistory } from './field-versions';

const SCHEMA: CompactSchema = schema;

/** A field the definition does not have at the target release. */
export interface UnknownField {
  readonly kind: 'unknown';
  /** From the object's root, ending with the key. */
  readonly path: YamlPath;
  readonly key: string;
  /** The definition of the mapping it is in, and that definition's fields at the target. */
  readonly definition: string;
  readonly siblings: readonly string[];
  /** Set when the field exists in another release (newer, or removed). */
  readonly history?: FieldHistory;
}

/** A value of the wrong JSON type, as Go's encoding/json reports it. */
export interface WrongType {
  readonly kind: 'type';
  readonly path: YamlPath;
  readonly value: unknown;
  /** The expected type (compact notation). */
  readonly type: string;
  /** Go's `Struct.path.of.the.field` (no indexes, no map keys), or undefined at the root. */
  readonly goField?: string;
}

/** A quantity that does not parse (resource.ParseQuantity). */
export interface BadQuantity {
  readonly kind: 'quantity';
  readonly path: YamlPath;
  readonly value: unknown;
  readonly problem: 'format' | 'suffix';
}

/** An int-or-string port given as a string of digits: the API server reads it as a port NAME. */
export interface NumericPortName {
  readonly kind: 'port-name';
  readonly path: YamlPath;
  readonly value: string;
}

export type SchemaIssue = UnknownField | WrongType | BadQuantity | NumericPortName;

/** The definition for an object's `apiVersion` and `kind`, when the schema has one. */
export function definitionOf(object: Readonly<Record<string, unknown>>): string | undefined {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  return SCHEMA.kinds[`${apiVersion} ${kind}`];
}

/** The fields of a definition at the target release (minor version number). */
export function fieldsAt(definition: string, minor: number): readonly string[] {
  return Object.keys(SCHEMA.definitions[definition] ?? {}).filter((field) => existsAt(historyOf(definition, field), minor));
}

/** The type of a field of a definition (compact notation), whatever the release. */
export function fieldType(definition: string, field: string): string | undefined {
  const fields = SCHEMA.definitions[definition];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}

const cache = new Derived<object, Map<number, readonly SchemaIssue[]>>('schema issues');

/**
 * Every schema issue of one object (a document, or an item of a List) at the target
 * release `1.<minor>`; paths from the object's root. Empty for kinds the schema does not
 * know. Cached by object: the two schema rules walk each object once between them.
 */
export function schemaIssues(object: Readonly<Record<string, unknown>>, minor: number): readonly SchemaIssue[] {
  const byMinor = cache.get(object) ?? new Map<number, readonly SchemaIssue[]>();
  cache.set(object, byMinor);
  const known = byMinor.get(minor);
  if (known) return known;
  const definition = definitionOf(object);
  const issues: SchemaIssue[] = [];
  if (definition) walk(object, definition, ROOT, { minor, issues });
  byMinor.set(minor, issues);
  return issues;
}

/** The issues a value would have as the type given (the quick fix checks a renamed field's value with it). */
export function issuesAs(value: unknown, type: string, minor: number): readonly SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  walk(value, type, ROOT, { minor, issues });
  return issues;
}

interface Walk {
  readonly minor: number;
  readonly issues: SchemaIssue[];
}

const INT_RANGE: Readonly<Record<string, readonly [number, number]>> = { int32: [-(2 ** 31), 2 ** 31 - 1], int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] };

/** Fields of type int-or-string that hold a port: a string there is a port name. */
const PORT_FIELDS = new Set(['port', 'targetPort']);

/**
 * Where the walk is: the key that led here and the place above, so that a path is made
 * only for the few places with an issue (the walk visits every field of every object the
 * linter sees: copying the path at each one was a third of the schema rule's time).
 * `struct` and the keys of the places that are struct fields (`field`) make the field name
 * Go's UnmarshalTypeError prints for a value being decoded: the struct that declares the
 * field and the JSON path from the root without indexes or map keys
 * (`EnvVar.spec.template.spec.containers.env.value`), also made only where needed.
 */
interface Place {
  readonly up: Place | undefined;
  readonly key: string | number | undefined;
  readonly struct: string | undefined;
  readonly field: boolean;
}

const ROOT: Place = { up: undefined, key: undefined, struct: undefined, field: false };
const NONE: readonly string[] = [];

function pathOf(place: Place): YamlPath {
  const path: (string | number)[] = [];
  for (let at: Place | undefined = place; at?.up; at = at.up) path.push(at.key!);
  return path.reverse();
}

/** Go's name for the field being decoded at `place`: `EnvVar.spec.template.spec.containers.env.value`. */
function goFieldOf(place: Place): string | undefined {
  if (place.struct === undefined) return undefined;
  const keys: (string | number)[] = [];
  for (let at: Place | undefined = place; at?.up; at = at.up) if (at.field) keys.push(at.key!);
  return `${place.struct}.${keys.reverse().join('.')}`;
}

/** An item of a list or a map: the same struct field, one key deeper. */
function item(up: Place, key: string | number): Place {
  return { up, key, struct: up.struct, field: false };
}

function typeIssue(w: Walk, at: Place, value: unknown, type: string): void {
  w.issues.push({ kind: 'type', path: pathOf(at), value, type, goField: goFieldOf(at) });
}

function walk(given: unknown, type: string, at: Place, w: Walk): void {
  if (given === null || given === undefined || type === 'any') return;
  // YAML 1.1 timestamps and !!binary: kubectl's reader (go-yaml into interface{}) keeps them as strings.
  const value = given instanceof Date || ArrayBuffer.isView(given) ? String(given) : given;
  // No closure, entries or slice per value: the walk visits every value the linter sees, on each keystroke.
  if (type.startsWith('[')) {
    if (!Array.isArray(value)) return typeIssue(w, at, value, type);
    const itemType = elementType(type);
    for (let i = 0; i < value.length; i++) walk(value[i], itemType, item(at, i), w);
    return;
  }
  if (type.startsWith('{')) {
    if (!isRecord(value)) return typeIssue(w, at, value, type);
    const itemType = elementType(type);
    for (const key in value) if (Object.hasOwn(value, key)) walk(value[key], itemType, item(at, key), w);
    return;
  }
  switch (type) {
    case 'string':
    case 'time':
      if (typeof value !== 'string') typeIssue(w, at, value, type);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') typeIssue(w, at, value, type);
      return;
    case 'number':
      if (typeof value !== 'number') typeIssue(w, at, value, type);
      return;
    case 'int32':
    case 'int64':
      if (!isInteger(value, type)) typeIssue(w, at, value, type);
      return;
    case 'quantity':
      return checkQuantity(value, at, w);
    case 'int-or-string':
      if (typeof value === 'string') {
        if (PORT_FIELDS.has(String(at.key)) && /^\d+$/.test(value)) w.issues.push({ kind: 'port-name', path: pathOf(at), value });
      } else if (!isInteger(value, 'int32')) typeIssue(w, at, value, type);
      return;
  }
  if (!isRecord(value)) return typeIssue(w, at, value, type);
  const struct = goTypeName(type);
  const removed = REMOVED_FIELDS.get(type) ?? NONE;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const fieldTypeOf = fieldType(type, key);
    const history = historyOf(type, key);
    if (fieldTypeOf !== undefined && existsAt(history, w.minor)) {
      walk(value[key], fieldTypeOf, { up: at, key, struct, field: true }, w);
    } else if (removed.includes(key) && existsAt(history, w.minor)) continue; // a field of an older release, not in the schema
    else w.issues.push({ kind: 'unknown', path: [...pathOf(at), key], key, definition: type, siblings: fieldsAt(type, w.minor), history: fieldTypeOf !== undefined || removed.includes(key) ? history : undefined });
  }
}

function isInteger(value: unknown, type: 'int32' | 'int64'): boolean {
  const [min, max] = INT_RANGE[type]!;
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function checkQuantity(value: unknown, at: Place, w: Walk): void {
  if (typeof value === 'number') return;
  const problem = typeof value === 'string' ? quantitySyntaxProblem(value) : 'format';
  if (problem) w.issues.push({ kind: 'quantity', path: pathOf(at), value, problem });
}

const ELEMENT_TYPES = new Map<string, string>();

/** A list's or map's element type: `[core.v1.Container` → `core.v1.Container`, read once per type. */
function elementType(type: string): string {
  let element = ELEMENT_TYPES.get(type);
  if (element === undefined) ELEMENT_TYPES.set(type, (element = type.slice(1)));
  return element;
}

/** `core.v1.EnvVar` → `EnvVar` (Go's UnmarshalTypeError names the struct without its package). */
function goTypeName(definition: string): string {
  return definition.slice(definition.lastIndexOf('.') + 1);
}

/** The Go type a compact type decodes into, as encoding/json names it: `string`, `[]v1.Container`, `map[string]string`. */
export function goType(type: string): string {
  if (type.startsWith('[')) return `[]${goType(type.slice(1))}`;
  if (type.startsWith('{')) return `map[string]${goType(type.slice(1))}`;
  switch (type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
    case 'int32':
    case 'int64':
      return type;
    case 'quantity':
      return 'resource.Quantity';
    case 'int-or-string':
      return 'intstr.IntOrString';
    case 'time':
      return 'v1.Time';
  }
  return type.split('.').slice(-2).join('.');
}

/** What Go's encoding/json calls a JSON value in its errors: `string`, `number`, `number 1.5`, `bool`, `array`, `object`. */
export function jsonValueName(value: unknown, type: string): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return type === 'int32' || type === 'int64' || type === 'int-or-string' ? `number ${value}` : 'number';
  return typeof value === 'string' ? 'string' : 'object';
}

export { minorOf };
