import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactSchema, serializeCompact } from '../../src/schema/compact';
import { FIELD_HISTORY } from '../../src/schema/field-versions';
import { buildK8sSchema, type OpenApiComponents } from '../../src/schema/openapi';
import { fieldType } from '../../src/schema/strict';

const here = (path: string) => new URL(path, import.meta.url);
const openapi = JSON.parse(readFileSync(here('../../../../data/k8s-openapi/schemas.json'), 'utf8')) as OpenApiComponents;
const compact = compactSchema(buildK8sSchema(openapi));

describe('the linter schema (k8s-fields.json)', () => {
  it('is what scripts/build-k8s-schema.mjs makes of the OpenAPI data today (run it when this fails)', () => {
    expect(readFileSync(here('../../src/schema/k8s-fields.json'), 'utf8')).toBe(serializeCompact(compact));
  });

  it('has field names and types, and nothing else', () => {
    expect(compact.kinds['apps/v1 Deployment']).toBe('apps.v1.Deployment');
    expect(compact.definitions['core.v1.Container']).toMatchObject({ image: 'string', ports: '[core.v1.ContainerPort', resources: 'core.v1.ResourceRequirements', stdin: 'boolean' });
    expect(compact.definitions['core.v1.ResourceRequirements']).toMatchObject({ limits: '{quantity' });
    expect(compact.definitions['core.v1.HTTPGetAction']).toMatchObject({ port: 'int-or-string' });
    expect(compact.definitions['core.v1.ContainerPort']).toMatchObject({ containerPort: 'int32' });
    expect(compact.definitions['meta.v1.ObjectMeta']).toMatchObject({ creationTimestamp: 'time', annotations: '{string', managedFields: '[meta.v1.ManagedFieldsEntry' });
    // Open objects take anything.
    expect(compact.definitions['meta.v1.ManagedFieldsEntry']).toMatchObject({ fieldsV1: 'any' });
    expect(JSON.stringify(compact)).not.toMatch(/description/);
  });

  it('has a definition for every type it names', () => {
    const named = Object.values(compact.definitions).flatMap((fields) => Object.values(fields).map((t) => t.replace(/^[[{]+/, '')));
    const primitives = new Set(['string', 'boolean', 'int32', 'int64', 'number', 'quantity', 'int-or-string', 'time', 'any']);
    for (const type of named) if (!primitives.has(type)) expect(compact.definitions, type).toHaveProperty([type]);
  });
});

describe('the field history', () => {
  it('names fields the schema has (added ones) or does not have (removed ones)', () => {
    for (const [key, history] of Object.entries(FIELD_HISTORY)) {
      const at = key.lastIndexOf('.');
      const [definition, field] = [key.slice(0, at), key.slice(at + 1)];
      expect(compact.definitions, key).toHaveProperty([definition]);
      if (history.until) expect(fieldType(definition, field), key).toBeUndefined();
      else expect(fieldType(definition, field), key).toBeDefined();
      expect(history.source, key).not.toBe('');
    }
  });
});
