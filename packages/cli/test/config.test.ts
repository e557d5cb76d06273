import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '@podsmith/lint';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../src/config';
import { UsageError } from '../src/settings';
import { tempDir } from './tempDir';

const [a, b] = RULES.map((r) => r.id);

describe('parseConfig', () => {
  it('reads the three keys, versions as strings', () => {
    expect(parseConfig(`k8sVersion: 1.30\nfailOn: warning\ndisable: [${a}, ${b}]\n`, 'c.yaml')).toEqual({ k8sVersion: '1.30', failOn: 'warning', disable: [a, b] });
  });

  it('takes disable as a block list or a comma-separated string', () => {
    expect(parseConfig(`disable:\n  - ${a}\n  - ${b}\n`, 'c.yaml').disable).toEqual([a, b]);
    expect(parseConfig(`disable: ${a},${b}\n`, 'c.yaml').disable).toEqual([a, b]);
  });

  it('an empty file sets nothing', () => {
    expect(parseConfig('', 'c.yaml')).toEqual({});
    expect(parseConfig('# nothing yet\n', 'c.yaml')).toEqual({});
  });

  it.each([
    ['k8sVersion: "1.2"\n', /c.yaml: k8sVersion: Unsupported Kubernetes version/],
    ['failOn: sometimes\n', /c.yaml: failOn: "sometimes" is not a severity/],
    ['disable: [nope]\n', /c.yaml: disable: unknown rule id "nope"/],
    ['k8sversion: "1.30"\n', /unknown key "k8sversion"/],
    ['- a\n- b\n', /must be a mapping/],
    ['failOn: [a, b]\n', /failOn must be a single value/],
    ['disable: {a: b}\n', /disable must be a list/],
    ['k8sVersion: "1.30\n', /not valid YAML/],
  ])('refuses %j', (text, message) => {
    expect(() => parseConfig(text, 'c.yaml')).toThrow(message);
  });
});

describe('loadConfig', () => {
  it('picks up .podsmith.yaml in the current directory, and only there', () => {
    const dir = tempDir('podsmith-config-');
    expect(loadConfig(undefined, dir)).toEqual({ settings: {} });
    writeFileSync(join(dir, '.podsmith.yaml'), 'failOn: info\n');
    expect(loadConfig(undefined, dir)).toEqual({ file: '.podsmith.yaml', settings: { failOn: 'info' } });
  });

  it('reads --config instead, which must exist', () => {
    const dir = tempDir('podsmith-config-');
    writeFileSync(join(dir, '.podsmith.yaml'), 'failOn: info\n');
    writeFileSync(join(dir, 'ci.yaml'), 'failOn: warning\n');
    expect(loadConfig('ci.yaml', dir).settings).toEqual({ failOn: 'warning' });
    expect(() => loadConfig('missing.yaml', dir)).toThrow(UsageError);
    expect(() => loadConfig('missing.yaml', dir)).toThrow(/missing.yaml: cannot read the config file \(ENOENT\)/);
  });
});
