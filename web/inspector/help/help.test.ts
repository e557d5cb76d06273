import { describe, expect, it } from 'vitest';
import openapi from '../../../data/k8s-openapi/schemas.json';
import { extractHelp, renderHelpModule } from './extract';
import { firstSentence, helpFor } from './help';

describe('extractHelp', () => {
  it('copies the wanted descriptions, keyed Type.field', () => {
    const schemas = { 'io.k8s.api.core.v1.Thing': { properties: { a: { description: 'A.' }, b: { description: 'B.' } } } };
    expect(extractHelp(schemas, { Thing: ['b'] })).toEqual({ 'Thing.b': 'B.' });
    expect(extractHelp(schemas, { Thing: '*' })).toEqual({ 'Thing.a': 'A.', 'Thing.b': 'B.' });
  });

  it('fails loudly when the schema no longer has a field the forms show', () => {
    expect(() => extractHelp({}, { Thing: ['a'] })).toThrow(/not found/);
    expect(() => extractHelp({ 'io.k8s.api.core.v1.Thing': { properties: {} } }, { Thing: ['a'] })).toThrow(/no description/);
  });

  it('fieldHelp.generated.ts is in step with schemas.json', async () => {
    const module = renderHelpModule(extractHelp(openapi.components.schemas));
    await expect(module).toMatchFileSnapshot('./fieldHelp.generated.ts');
  });
});

describe('helpFor', () => {
  it('finds a field description and nothing for unknown or inherited keys', () => {
    expect(helpFor('ContainerPort.protocol')).toMatch(/^Protocol for port/);
    expect(helpFor('Volume.emptyDir')).toMatch(/temporary directory/);
    expect(helpFor('Volume.nope')).toBeUndefined();
    expect(helpFor('constructor')).toBeUndefined();
  });
});

describe('firstSentence', () => {
  it('stops at the first full stop followed by a space', () => {
    expect(firstSentence('Container image name. More info: https://k8s.io/x')).toBe('Container image name.');
  });

  it('does not stop at e.g. or i.e. or inside a URL', () => {
    expect(firstSentence('Use a label (e.g. web) here. Then more.')).toBe('Use a label (e.g. web) here.');
    expect(firstSentence('See https://kubernetes.io/docs for it. More.')).toBe('See https://kubernetes.io/docs for it.');
  });

  it('returns the whole text when it has one sentence', () => {
    expect(firstSentence('Defaults to false')).toBe('Defaults to false');
  });
});
