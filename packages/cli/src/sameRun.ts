/**
 * The ConfigMaps of the whole command line. A pod's script or agent configuration often
 * lives in another file of the same directory (a kustomize base, Helm's output), and the
 * linter reads the files a container mounts from a ConfigMap when it has them (a Job's
 * script that stops its helper, a Vault agent's `exit_after_auth`).
 *
 * Each file is linted once with its own ConfigMaps, which is what nearly every file
 * needs, and says what it gives the run and takes from it (RunPart). Once every file is
 * linted, the few whose pods mount a ConfigMap that another file declares are linted again
 * with the ConfigMaps of the whole run (filesToLintAgain). The outcome is the same as
 * linting every file with the run's ConfigMaps from the start: a file's own ConfigMaps
 * come first in its run, and a pod reads only the ConfigMaps its volumes name. Reading and
 * parsing every file a second time, before the lint, cost the run over 3,930 files 0.47 s
 * of its 4.5 s.
 *
 * --fix still reads them first (configMapsOfRun): a fix is written as it is found.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configMapNamesIn, configMapsIn, type ConfigMapFiles, type LintOptions } from '@podsmith/lint';
import { valueAt, type ParsedManifest } from '@podsmith/manifest';
import { parseFile, reportOf } from './lint';
import type { FileError, FileReport } from './report';

/** What one input gives the run's ConfigMaps, and the ConfigMap names its pods mount. */
export interface RunPart {
  /** Its ConfigMaps, when it parses and is a file of the command line (stdin gives none, as before). */
  readonly configMaps: readonly ConfigMapFiles[];
  readonly mounts: readonly string[];
}

/** An input's outcome, with its part of the run when it was read. */
export interface Linted {
  readonly outcome: FileReport | FileError;
  readonly part?: RunPart;
}

/** Lint a text with its own ConfigMaps (and those of `options`), and say its part of the run. */
export function lintInRun(file: string, text: string, options: LintOptions, givesConfigMaps: boolean): Linted {
  const parsed = parseFile(text);
  return { outcome: reportOf(file, parsed, options), part: runPartOf(parsed, givesConfigMaps) };
}

export function runPartOf(parsed: ParsedManifest, givesConfigMaps: boolean): RunPart {
  return {
    configMaps: givesConfigMaps ? configMapsOf(parsed) : [],
    mounts: parsed.pods.flatMap((pod) => configMapNamesIn(valueAt(parsed.documents[pod.documentIndex]?.value, pod.specPath))),
  };
}

/** The run's ConfigMaps, in input order, and the inputs (by index) to lint again with them. */
export function filesToLintAgain(parts: readonly (RunPart | undefined)[]): { configMaps: readonly ConfigMapFiles[]; again: number[] } {
  const configMaps = parts.flatMap((part) => part?.configMaps ?? []);
  const declaredBy = new Map<string, Set<number>>();
  parts.forEach((part, i) => part?.configMaps.forEach((m) => declaredBy.set(m.name, (declaredBy.get(m.name) ?? new Set()).add(i))));
  const again = parts.flatMap((part, i) => (part?.mounts.some((name) => [...(declaredBy.get(name) ?? [])].some((j) => j !== i)) ? [i] : []));
  return { configMaps, again };
}

/** Every file's ConfigMaps, read before the lint (--fix). An unreadable or broken file is reported by the lint itself, so it is skipped here. */
export function configMapsOfRun(paths: readonly string[], cwd: string): readonly ConfigMapFiles[] {
  return paths.flatMap((path) => {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, path), 'utf8');
    } catch {
      return [];
    }
    return configMapsOf(parseFile(text));
  });
}

function configMapsOf(parsed: ParsedManifest): readonly ConfigMapFiles[] {
  return parsed.ok ? configMapsIn(parsed.documents.map((d) => d.value)) : [];
}
