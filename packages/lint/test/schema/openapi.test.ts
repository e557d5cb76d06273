import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildK8sSchema, workloadDefinitions, type OpenApiComponents } from '../../src/schema/openapi';

const openapi = JSON.parse(readFileSync(new URL('../../../../data/k8s-openapi/schemas.json', import.meta.url), 'utf8')) as OpenApiComponents;
const schema = buildK8sSchema(openapi);
const definitions = schema.definitions as Record<string, Record<string, unknown>>;

describe('buildK8sSchema', () => {
  it('keys every designed kind by apiVersion and kind', () => {
    expect(workloadDefinitions(openapi)).toEqual({
      'v1 Pod': 'io.k8s.api.core.v1.Pod',
      'apps/v1 Deployment': 'io.k8s.api.apps.v1.Deployment',
      'apps/v1 StatefulSet': 'io.k8s.api.apps.v1.StatefulSet',
      'apps/v1 DaemonSet': 'io.k8s.api.apps.v1.DaemonSet',
      'apps/v1 ReplicaSet': 'io.k8s.api.apps.v1.ReplicaSet',
      'batch/v1 Job': 'io.k8s.api.batch.v1.Job',
      'batch/v1 CronJob': 'io.k8s.api.batch.v1.CronJob',
      'v1 Service': 'io.k8s.api.core.v1.Service',
      'v1 ConfigMap': 'io.k8s.api.core.v1.ConfigMap',
      'v1 Secret': 'io.k8s.api.core.v1.Secret',
      'v1 ServiceAccount': 'io.k8s.api.core.v1.ServiceAccount',
      'v1 PersistentVolumeClaim': 'io.k8s.api.core.v1.PersistentVolumeClaim',
    });
    const conditions = (schema.allOf as { if: { properties: { kind: { const: string }; apiVersion: { const: string } } }; then: { $ref: string } }[]).map(
      (c) => `${c.if.properties.apiVersion.const} ${c.if.properties.kind.const} → ${c.then.$ref}`,
    );
    expect(conditions).toContain('v1 Pod → #/definitions/io.k8s.api.core.v1.Pod');
    expect(conditions).toContain('batch/v1 CronJob → #/definitions/io.k8s.api.batch.v1.CronJob');
    expect(conditions).toContain('v1 Service → #/definitions/io.k8s.api.core.v1.Service');
    expect(conditions).toHaveLength(12);
  });

  it('rewrites every reference into the definitions, and every reference resolves', () => {
    const text = JSON.stringify(schema);
    expect(text).not.toContain('#/components/schemas/');
    expect(text).not.toContain('x-kubernetes-');
    for (const match of text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)) {
      expect(definitions, match[1]).toHaveProperty([match[1]!]);
    }
  });

  it('keeps the field descriptions that hover shows', () => {
    const container = definitions['io.k8s.api.core.v1.Container']!;
    const properties = container.properties as Record<string, { description?: string }>;
    expect(properties.restartPolicy?.description).toMatch(/sidecar/);
    expect(container.required).toEqual(['name']);
    expect(container.additionalProperties).toBe(false);
    // Formats are dropped but the integer widths the linter names; a field literally called `format` would survive.
    expect(JSON.stringify(definitions)).not.toMatch(/"format":"(byte|date-time|double)"/);
    expect(properties.terminationMessagePath).not.toHaveProperty('format');
    expect(definitions['io.k8s.api.core.v1.ContainerPort']?.properties).toMatchObject({ containerPort: { type: 'integer', format: 'int32' } });
  });

  it('offers the values of the fields the OpenAPI data only describes in words', () => {
    const container = definitions['io.k8s.api.core.v1.Container']!.properties as Record<string, { enum?: string[] }>;
    expect(container.imagePullPolicy?.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect((definitions['io.k8s.api.core.v1.PodSpec']!.properties as Record<string, { enum?: string[] }>).restartPolicy?.enum).toEqual(['Always', 'OnFailure', 'Never']);
  });

  it('keeps int-or-string and quantity alternatives, and allows a null timestamp', () => {
    expect(definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString']?.oneOf).toEqual([{ type: 'integer' }, { type: 'string' }]);
    expect(definitions['io.k8s.apimachinery.pkg.apis.meta.v1.Time']?.type).toEqual(['string', 'null']);
  });

  it('carries only the definitions the kinds reach', () => {
    expect(definitions).toHaveProperty(['io.k8s.api.core.v1.Service']);
    expect(definitions).not.toHaveProperty(['io.k8s.api.core.v1.Node']);
    expect(definitions).toHaveProperty(['io.k8s.api.core.v1.PodSpec']);
    expect(Object.keys(definitions).length).toBeLessThan(Object.keys(openapi.components.schemas).length);
  });
});
