/**
 * What re-nesting needs of the Kubernetes OpenAPI schemas, and nothing more: for each
 * type, whether it is a scalar, an object with named fields (and which are required), a
 * map with free keys, or a list, and of what. Built from `components.schemas`
 * (data/k8s-openapi/schemas.json) at build time; descriptions and formats are dropped,
 * so the table is a few KB where the schemas are 650.
 */

/** Index of the scalar shape (strings, numbers, booleans, int-or-string, quantities, times). */
export const SCALAR = 0;
/** Index of a free-form value (RawExtension, JSON): nothing is known of what goes under it. */
export const FREE = 1;
/** Index of a resource quantity (`500m`, `1Gi`): a scalar the API server parses, so a misplaced word is not one. */
export const QUANTITY = 2;

export type Shape =
  | typeof SCALAR
  | typeof FREE
  | typeof QUANTITY
  | { readonly fields: Readonly<Record<string, number>>; readonly required?: readonly string[] }
  | { readonly map: number }
  | { readonly list: number };

export interface ShapeTable {
  /** Shapes by index; fields, maps and lists name other shapes by index. */
  readonly shapes: readonly Shape[];
  /** The shape of each top-level kind, by `<apiVersion> <kind>` (`apps/v1 Deployment`). */
  readonly kinds: Readonly<Record<string, number>>;
  /** The shape of a container, whose `restartPolicy` the API server allows only on init containers. */
  readonly container: number;
}

export interface OpenApiSchemas {
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

const COMPONENT_REF = '#/components/schemas/';
const CONTAINER = 'io.k8s.api.core.v1.Container';
const QUANTITY_SCHEMA = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

type Node = Readonly<Record<string, unknown>>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ $ref }` or `{ allOf: [{ $ref }] }` → the schema name. */
function refOf(node: Node): string | undefined {
  const direct = node.$ref;
  if (typeof direct === 'string') return direct.startsWith(COMPONENT_REF) ? direct.slice(COMPONENT_REF.length) : undefined;
  const all = node.allOf;
  if (Array.isArray(all) && all.length === 1 && isNode(all[0])) return refOf(all[0]);
  return undefined;
}

export function buildShapeTable(openapi: OpenApiSchemas): ShapeTable {
  const schemas = openapi.components.schemas;
  const shapes: Shape[] = [SCALAR, FREE, QUANTITY];
  const named = new Map<string, number>([[QUANTITY_SCHEMA, QUANTITY]]);

  const shapeOf = (node: unknown): number => {
    if (!isNode(node)) return FREE;
    const ref = refOf(node);
    if (ref !== undefined) return namedShape(ref);
    if (node.type === 'array') return add({ list: shapeOf(node.items) });
    if (node.type === 'object' || isNode(node.properties)) {
      if (isNode(node.properties)) return objectShape(node, shapes.length);
      if (isNode(node.additionalProperties)) return add({ map: shapeOf(node.additionalProperties) });
      return FREE;
    }
    return node.type === undefined && node.oneOf === undefined ? FREE : SCALAR;
  };

  // Lists and maps are shared by what they hold: every list of strings is one shape.
  const inline = new Map<string, number>();
  const add = (shape: Shape): number => {
    const key = JSON.stringify(shape);
    const known = inline.get(key);
    if (known !== undefined) return known;
    shapes.push(shape);
    inline.set(key, shapes.length - 1);
    return shapes.length - 1;
  };

  // An object takes its index before its fields are built, so recursive types (JSONSchemaProps) end.
  const objectShape = (node: Node, index: number): number => {
    shapes.push(FREE);
    const fields: Record<string, number> = {};
    for (const [name, field] of Object.entries(node.properties as Node)) fields[name] = shapeOf(field);
    const required = Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : [];
    shapes[index] = required.length > 0 ? { fields, required } : { fields };
    return index;
  };

  function namedShape(name: string): number {
    const known = named.get(name);
    if (known !== undefined) return known;
    const schema = schemas[name];
    if (!isNode(schema) || !isNode(schema.properties)) {
      const index = shapeOf(schema === undefined ? undefined : { ...(schema as Node), $ref: undefined });
      named.set(name, index);
      return index;
    }
    const index = shapes.length;
    named.set(name, index);
    return objectShape(schema, index);
  }

  const kinds: Record<string, number> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const gvks = isNode(schema) && Array.isArray(schema['x-kubernetes-group-version-kind']) ? schema['x-kubernetes-group-version-kind'] : [];
    for (const gvk of gvks) {
      if (!isNode(gvk) || typeof gvk.kind !== 'string' || typeof gvk.version !== 'string') continue;
      const apiVersion = typeof gvk.group === 'string' && gvk.group !== '' ? `${gvk.group}/${gvk.version}` : gvk.version;
      kinds[`${apiVersion} ${gvk.kind}`] = namedShape(name);
    }
  }
  return { shapes, kinds, container: namedShape(CONTAINER) };
}
