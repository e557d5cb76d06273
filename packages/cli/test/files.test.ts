import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../src/files';
import { tempDir } from './tempDir';

function tree(files: readonly string[]): string {
  const dir = tempDir('podsmith-files-');
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'kind: Pod\n');
  }
  return dir;
}

describe('expandPaths', () => {
  it('searches directories recursively for .yaml and .yml, in name order', () => {
    const cwd = tree(['m/b.yaml', 'm/a.yml', 'm/sub/c.YAML', 'm/readme.md', 'm/node_modules/x.yaml', 'm/.git/y.yaml']);
    expect(expandPaths(['m'], cwd)).toEqual({
      inputs: [
        { kind: 'file', path: join('m', 'a.yml') },
        { kind: 'file', path: join('m', 'b.yaml') },
        { kind: 'file', path: join('m', 'sub', 'c.YAML') },
      ],
      errors: [],
    });
  });

  it('lints a named file whatever its extension, stdin once, each file once', () => {
    const cwd = tree(['pod.txt', 'd/a.yaml']);
    expect(expandPaths(['pod.txt', '-', 'd', 'd/a.yaml', '-'], cwd).inputs).toEqual([{ kind: 'file', path: 'pod.txt' }, { kind: 'stdin' }, { kind: 'file', path: join('d', 'a.yaml') }]);
  });

  it('reports a missing path and goes on', () => {
    const cwd = tree(['a.yaml']);
    expect(expandPaths(['nope.yaml', 'a.yaml'], cwd)).toEqual({ inputs: [{ kind: 'file', path: 'a.yaml' }], errors: [{ file: 'nope.yaml', reason: 'no such file or directory' }] });
  });

  it('survives a symlink loop and a dangling symlink', () => {
    const cwd = tree(['d/a.yaml']);
    symlinkSync('..', join(cwd, 'd', 'up'));
    symlinkSync('missing.yaml', join(cwd, 'd', 'dangling.yaml'));
    expect(expandPaths(['d'], cwd).inputs).toEqual([{ kind: 'file', path: join('d', 'a.yaml') }]);
  });
});
