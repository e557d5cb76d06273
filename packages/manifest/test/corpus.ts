/** The real corpus (fixtures/corpus/real): manifests written by others, with sources in SOURCES.md. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '../../../fixtures/corpus/real');

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

export function corpusFiles(): CorpusFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(CORPUS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: relative(CORPUS_DIR, f), text: readFileSync(f, 'utf8') }));
}
