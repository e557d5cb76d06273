/**
 * The Kubernetes OpenAPI v3 components (data/k8s-openapi/schemas.json) → one JSON Schema
 * (draft-07): the one derivation of the API's shape. The editor gets it whole (the Vite
 * plugin `virtual:podsmith/k8s-schema`, for monaco-yaml's hover and completion); the
 * linter gets it compacted to field names and types (compact.ts, written by
 * scripts/build-k8s-schema.mjs). Pure: no Monaco, no DOM, no file system.
 *
 * - `#/components/schemas/X` references become `#/definitions/X`.
 * - The root applies a definition by `kind` and `apiVersion`, read from each schema's
 *   `x-kubernetes-group-version-kind`: a `Deployment` with `apiVersion: apps/v1` is checked
 *   against `io.k8s.api.apps.v1.Deployment`. Other documents (custom resources, old
 *   `extensions/v1beta1` workloads) get no schema, so no false warnings.
 * - Objects with declared properties do not allow others (the API server rejects unknown
 *   fields), so a typo such as `imagePullPolicy` → `imagePulPolicy` is flagged.
 * - `x-kubernetes-*` extensions and `format` are dropped (the language server does not
 *   need them), except the integer widths int32 and int64, which the linter's messages
 *   name as the API server does; `creationTimestamp: null` is allowed.
 * - The OpenAPI data has no enums (only descriptions); ENUMS adds the few that completion
 *   should offer, each from the Go constants of k8s.io/api core/v1 types.go.
 */

export interface OpenApiComponents {
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

export type JsonSchema = { [key: string]: unknown };

/** The kinds Podsmith designs, and the ones it meets beside them in a file; the schema covers exactly these. */
export const SCHEMA_KINDS = [
  'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob',
  'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'PersistentVolumeClaim',
] as const;

/**
 * Values completion offers where the OpenAPI data only describes them in words: definition
 * → field → values. Source: the typed string constants in k8s.io/api/core/v1/types.go
 * (PullPolicy, RestartPolicy, ContainerRestartPolicy, Protocol, TerminationMessagePolicy,
 * DNSPolicy, MountPropagationMode, ServiceType) and batch/v1/types.go (ConcurrencyPolicy).
 */
const ENUMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'io.k8s.api.core.v1.Container': {
    imagePullPolicy: ['Always', 'IfNotPresent', 'Never'],
    restartPolicy: ['Always'],
    terminationMessagePolicy: ['File', 'FallbackToLogsOnError'],
  },
  'io.k8s.api.core.v1.EphemeralContainer': { imagePullPolicy: ['Always', 'IfNotPresent', 'Never'], terminationMessagePolicy: ['File', 'FallbackToLogsOnError'] },
  'io.k8s.api.core.v1.PodSpec': { restartPolicy: ['Always', 'OnFailure', 'Never'], dnsPolicy: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] },
  'io.k8s.api.core.v1.ContainerPort': { protocol: ['TCP', 'UDP', 'SCTP'] },
  'io.k8s.api.core.v1.ServicePort': { protocol: ['TCP', 'UDP', 'SCTP'] },
  'io.k8s.api.core.v1.VolumeMount': { mountPropagation: ['None', 'HostToContainer', 'Bidirectional'] },
  'io.k8s.api.core.v1.ServiceSpec': { type: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
  'io.k8s.api.batch.v1.CronJobSpec': { concurrencyPolicy: ['Allow', 'Forbid', 'Replace'] },
};

/** Integer widths are kept: the linter names them (`of type int32`) as the API server does. */
const KEPT_FORMATS = new Set(['int32', 'int64']);

const COMPONENT_REF = '#/components/schemas/';
const TIME = 'io.k8s.apimachinery.pkg.apis.meta.v1.Time';

interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Convert one OpenAPI schema node (recursively) into JSON Schema. */
function convert(node: unknown, inProperties = false): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item));
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (inProperties) {
      // Keys of `properties` are field names, never keywords: keep them all.
      out[key] = convert(value);
      continue;
    }
    if (key.startsWith('x-kubernetes-') || (key === 'format' && !KEPT_FORMATS.has(value as string))) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.startsWith(COMPONENT_REF) ? `#/definitions/${value.slice(COMPONENT_REF.length)}` : value;
      continue;
    }
    out[key] = convert(value, key === 'properties');
  }
  if (!inProperties && isObject(out.properties) && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function groupVersionKinds(schema: unknown): GroupVersionKind[] {
  if (!isObject(schema)) return [];
  const list = schema['x-kubernetes-group-version-kind'];
  return Array.isArray(list) ? list.filter((g): g is GroupVersionKind => isObject(g) && typeof g.kind === 'string') : [];
}

export function apiVersionOf(gvk: GroupVersionKind): string {
  return gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
}

/** Every definition reachable from `roots`, so the schema carries only what the workloads use. */
function reachable(schemas: Readonly<Record<string, unknown>>, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name) || !(name in schemas)) continue;
    seen.add(name);
    const text = JSON.stringify(schemas[name]);
    for (const match of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) stack.push(match[1]!);
  }
  return seen;
}

/** A converted definition with the ENUMS of its fields. */
function withEnums(name: string, definition: unknown): unknown {
  const enums = ENUMS[name];
  if (!enums || !isObject(definition) || !isObject(definition.properties)) return definition;
  const properties: Record<string, unknown> = { ...definition.properties };
  for (const [field, values] of Object.entries(enums)) {
    const property = properties[field];
    if (isObject(property)) properties[field] = { ...property, enum: values };
  }
  return { ...definition, properties };
}

/** Build the JSON Schema for monaco-yaml (and, compacted, for the linter) from the OpenAPI components. */
export function buildK8sSchema(openapi: OpenApiComponents): JsonSchema {
  const schemas = openapi.components.schemas;
  const workloads: { name: string; kind: string; apiVersion: string }[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    for (const gvk of groupVersionKinds(schema)) {
      if ((SCHEMA_KINDS as readonly string[]).includes(gvk.kind)) workloads.push({ name, kind: gvk.kind, apiVersion: apiVersionOf(gvk) });
    }
  }
  workloads.sort((a, b) => SCHEMA_KINDS.indexOf(a.kind as never) - SCHEMA_KINDS.indexOf(b.kind as never));

  const definitions: Record<string, unknown> = {};
  for (const name of [...reachable(schemas, workloads.map((w) => w.name))].sort()) {
    definitions[name] = withEnums(name, convert(schemas[name]));
  }
  const time = definitions[TIME];
  if (isObject(time)) definitions[TIME] = { ...time, type: ['string', 'null'] };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    description: `A Kubernetes object. Podsmith knows ${SCHEMA_KINDS.join(', ')}.`,
    properties: {
      apiVersion: {
        type: 'string',
        description: 'APIVersion defines the versioned schema of this representation of an object.',
        examples: [...new Set(workloads.map((w) => w.apiVersion))],
      },
      kind: {
        type: 'string',
        description: 'Kind is a string value representing the REST resource this object represents. In CamelCase.',
        examples: workloads.map((w) => w.kind),
      },
    },
    allOf: workloads.map((w) => ({
      if: {
        properties: { kind: { const: w.kind }, apiVersion: { const: w.apiVersion } },
        required: ['kind', 'apiVersion'],
      },
      then: { $ref: `#/definitions/${w.name}` },
    })),
    definitions,
  };
}

/** The definition names the root applies, by `apiVersion` and `kind` (for tests and docs). */
export function workloadDefinitions(openapi: OpenApiComponents): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(openapi.components.schemas)) {
    for (const gvk of groupVersionKinds(schema)) {
      if ((SCHEMA_KINDS as readonly string[]).includes(gvk.kind)) out[`${apiVersionOf(gvk)} ${gvk.kind}`] = name;
    }
  }
  return out;
}
