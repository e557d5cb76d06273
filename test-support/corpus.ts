/**
 * The test fixtures, for every package's tests: the real corpus (fixtures/corpus/real,
 * manifests written by others, sources in SOURCES.md), the outside corpus
 * (fixtures/corpus/outside, from other repositories, for the linter's precision) and the
 * lint cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');
export const CORPUS_DIR = join(FIXTURES_DIR, 'corpus/real');
export const OUTSIDE_CORPUS_DIR = join(FIXTURES_DIR, 'corpus/outside');

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

/** The YAML files of a corpus (the real one unless told), named relative to it. */
export function corpusFiles(dir = CORPUS_DIR): CorpusFile[] {
  return filesBelow(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: relative(dir, f), text: readFileSync(f, 'utf8') }));
}
