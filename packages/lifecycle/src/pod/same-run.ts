/**
 * What else was given in the same run (the same file, or the same command line): the
 * ConfigMaps whose files a container mounts. A Vault agent's `exit_after_auth = true`
 * or a Job's script that stops its helpers often lives there, so the pod model reads
 * those files when it has them, and says nothing about files it does not have.
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { arrayOr, isRecord, recordOr, stringOr, type PlainRecord } from './plain';
import type { FileReader } from '../shell/execution';

export interface ConfigMapFiles {
  readonly name: string;
  /** Undefined when the manifest does not say (kubectl's namespace then applies to both). */
  readonly namespace?: string;
  /** `data` as written: key → file text. */
  readonly data: Readonly<Record<string, string>>;
}

/** The objects of the same run that a pod may mount. */
export interface SameRun {
  readonly configMaps: readonly ConfigMapFiles[];
}

export const EMPTY_RUN: SameRun = { configMaps: [] };

/** The ConfigMaps among plain objects (documents' values; `kind: List` items included). */
export function configMapsIn(values: readonly unknown[]): readonly ConfigMapFiles[] {
  return values.flatMap((value): ConfigMapFiles[] => {
    if (!isRecord(value)) return [];
    if (value.kind === 'List') return [...configMapsIn(arrayOr(value.items))];
    if (value.kind !== 'ConfigMap') return [];
    const metadata = recordOr(value.metadata);
    const name = stringOr(metadata?.name);
    if (!name) return [];
    const data: Record<string, string> = {};
    for (const [key, text] of Object.entries(recordOr(value.data) ?? {})) if (typeof text === 'string') data[key] = text;
    const namespace = stringOr(metadata?.namespace);
    return [{ name, ...(namespace && { namespace }), data }];
  });
}

/**
 * The files one container sees from the ConfigMaps of the run, by absolute path; undefined
 * when it mounts none of them. A mount with `items` has only those keys, at their paths;
 * a subPath mount is the one file.
 */
export function mountedFiles(pod: PodView, c: ContainerView, run: SameRun): FileReader | undefined {
  if (run.configMaps.length === 0) return undefined;
  const files = new Map<string, string>();
  for (const mount of c.mounts) {
    const volume = pod.volumes.find((v) => v.name === mount.volume);
    for (const source of volume ? configMapSources(volume.spec as PlainRecord) : []) {
      const configMap = find(run, stringOr(source.name), pod.workload.namespace);
      if (!configMap) continue;
      const items = arrayOr(source.items).flatMap((i) => {
        const item = recordOr(i);
        const key = stringOr(item?.key);
        const path = stringOr(item?.path);
        return key && path ? [{ key, path }] : [];
      });
      const entries = items.length > 0 ? items : Object.keys(configMap.data).map((key) => ({ key, path: key }));
      for (const { key, path } of entries) {
        const text = configMap.data[key];
        if (text === undefined) continue;
        if (mount.subPath === undefined) files.set(`${mount.mountPath.replace(/\/$/, '')}/${path}`, text);
        else if (mount.subPath === path) files.set(mount.mountPath, text);
      }
    }
  }
  return files.size === 0 ? undefined : (path) => files.get(normalise(path));
}

/**
 * The names of the ConfigMaps a pod spec's volumes take files from: all that mountedFiles
 * can look up for the pod (the volumes admission adds take none from a ConfigMap).
 */
export function configMapNamesIn(spec: unknown): string[] {
  return arrayOr(recordOr(spec)?.volumes).flatMap((volume) => configMapSources(recordOr(volume) ?? {}).flatMap((source) => stringOr(source.name) ?? []));
}

/** The configMap sources of a volume: its own, or those of a projected volume. */
function configMapSources(volume: PlainRecord): readonly PlainRecord[] {
  const own = recordOr(volume.configMap);
  if (own) return [own];
  return arrayOr(recordOr(volume.projected)?.sources).flatMap((s) => {
    const configMap = recordOr(recordOr(s)?.configMap);
    return configMap ? [configMap] : [];
  });
}

/** The ConfigMap of that name in the pod's namespace; a namespace left out on either side matches. */
function find(run: SameRun, name: string | undefined, namespace: string | undefined): ConfigMapFiles | undefined {
  return run.configMaps.find((m) => m.name === name && (m.namespace === undefined || namespace === undefined || m.namespace === namespace));
}

/** `/scripts/./run.sh` and `/scripts//run.sh` are `/scripts/run.sh`. */
function normalise(path: string): string {
  return path.replace(/\/\.\//g, '/').replace(/\/{2,}/g, '/');
}
