/**
 * The Secrets and ConfigMaps a pod's containers read their environment from (env
 * valueFrom and envFrom), each with the containers that use it: drawn as reference
 * nodes outside the pod frame, since they are objects of their own.
 */
import { arrayOr, isRecord } from '@podsmith/lifecycle';
import type { ContainerView, PodView } from '@podsmith/manifest';

export type ReferenceKind = 'secret' | 'configMap';

export interface EnvReference {
  readonly kind: ReferenceKind;
  readonly name: string;
  /** Ids of the containers that read it, in the pod's order. */
  readonly containers: readonly string[];
}

const nameAt = (value: unknown, key: string): string | undefined => {
  const ref = isRecord(value) ? value[key] : undefined;
  return isRecord(ref) && typeof ref.name === 'string' && ref.name !== '' ? ref.name : undefined;
};

/** The objects one container reads, as `kind/name` keys. */
function referencesOf(container: ContainerView): { kind: ReferenceKind; name: string }[] {
  const { env, envFrom } = container.spec;
  const fromEnv = arrayOr(env).flatMap((item) => {
    const valueFrom = isRecord(item) ? item.valueFrom : undefined;
    return [
      { kind: 'secret' as const, name: nameAt(valueFrom, 'secretKeyRef') },
      { kind: 'configMap' as const, name: nameAt(valueFrom, 'configMapKeyRef') },
    ];
  });
  const fromEnvFrom = arrayOr(envFrom).flatMap((item) => [
    { kind: 'secret' as const, name: nameAt(item, 'secretRef') },
    { kind: 'configMap' as const, name: nameAt(item, 'configMapRef') },
  ]);
  return [...fromEnv, ...fromEnvFrom].flatMap(({ kind, name }) => (name === undefined ? [] : [{ kind, name }]));
}

/** Every Secret and ConfigMap the containers' env uses, in order of first use, each once. */
export function envReferences(pod: PodView, containers: readonly ContainerView[] = pod.containers): EnvReference[] {
  const found = new Map<string, { kind: ReferenceKind; name: string; containers: string[] }>();
  for (const container of containers) {
    for (const { kind, name } of referencesOf(container)) {
      const key = `${kind}/${name}`;
      const entry = found.get(key) ?? { kind, name, containers: [] };
      if (!entry.containers.includes(container.id)) entry.containers.push(container.id);
      found.set(key, entry);
    }
  }
  return [...found.values()];
}
