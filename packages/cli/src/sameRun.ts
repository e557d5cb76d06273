/**
 * The ConfigMaps of the whole command line. A pod's script or agent configuration often
 * lives in another file of the same directory (a kustomize base, Helm's output), and the
 * linter reads the files a container mounts from a ConfigMap when it has them (a Job's
 * script that stops its helper, a Vault agent's `exit_after_auth`). Only files that
 * declare a ConfigMap are parsed for it, and parsed again for their lint: keeping the
 * parse instead kept it alive across minor collections, and the run over 3,930 files spent
 * 0.4 s more in them than the second parse costs. An unreadable or broken file is
 * reported by the lint itself, so it is skipped here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configMapsIn, type ConfigMapFiles } from '@podsmith/lint';
import { parseFile } from './lint';

const DECLARES_CONFIGMAP = /^\s*kind:\s*["']?ConfigMap\b/m;

export function configMapsOfRun(paths: readonly string[], cwd: string): readonly ConfigMapFiles[] {
  return paths.flatMap((path) => {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, path), 'utf8');
    } catch {
      return [];
    }
    if (!DECLARES_CONFIGMAP.test(text)) return [];
    const parsed = parseFile(text);
    return parsed.ok ? configMapsIn(parsed.documents.map((d) => d.value)) : [];
  });
}
