/**
 * The test fixtures, for every package's tests: the real corpus (fixtures/corpus/real,
 * manifests written by others, sources in SOURCES.md) and the lint cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');
export const CORPUS_DIR = join(FIXTURES_DIR, 'corpus/real');

/** Every file below `dir`, in name order. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)]));
}

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

export function corpusFiles(): CorpusFile[] {
  return filesBelow(CORPUS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: relative(CORPUS_DIR, f), text: readFileSync(f, 'utf8') }));
}
