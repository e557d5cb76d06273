import { visit, type Document } from 'yaml';
import { Derived } from '../derived';
import type { ContainerRef, Edit, PodRef, YamlPath } from '../types';
import { EditError } from './extent';

const aliasedByDoc = new Derived<Document.Parsed, ReadonlySet<string>>('aliased anchors');

/** The anchors of `doc` that an alias (`*name`, `<<: *name`) uses. */
function aliasedAnchors(doc: Document.Parsed): ReadonlySet<string> {
  let aliased = aliasedByDoc.get(doc);
  if (!aliased) {
    const names = new Set<string>();
    visit(doc, {
      Alias(_, node) {
        names.add(node.source);
      },
    });
    aliased = names;
    aliasedByDoc.set(doc, aliased);
  }
  return aliased;
}

/**
 * The node an Edit writes into (or under), from the document's root. Cuts (remove, move)
 * are not listed: cutting an anchor away from its aliases breaks the YAML, and that
 * refuses them already.
 */
export function writeTarget(edit: Edit): YamlPath | undefined {
  const containerPath = (pod: PodRef, ref: ContainerRef): YamlPath => [...pod.specPath, ref.list, ref.index];
  switch (edit.kind) {
    case 'setDocumentField':
    case 'renameKey':
      return edit.path;
    case 'addContainer':
      return [...edit.pod.specPath, edit.lane === 'main' ? 'containers' : 'initContainers'];
    case 'setContainerField':
      return [...containerPath(edit.pod, edit.container), ...edit.field];
    case 'mountVolume':
    case 'unmountVolume':
      return [...containerPath(edit.pod, edit.container), 'volumeMounts'];
    case 'addVolume':
      return [...edit.pod.specPath, 'volumes'];
    case 'setVolumeField':
      return [...edit.pod.specPath, 'volumes', edit.volume, ...edit.field];
    case 'setPodField':
      return [...edit.pod.specPath, ...edit.field];
    default:
      return undefined;
  }
}

/** `value` with what is at `path` taken out (cloned along the path, shared elsewhere). */
function without(value: unknown, path: YamlPath): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return null;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  if (!Object.hasOwn(copy, key as string | number)) return copy;
  if (rest.length === 0) delete copy[key as string | number];
  else copy[key as string | number] = without(copy[key as string | number], rest);
  return copy;
}

/** The longest prefix of `path` that `value` holds, and one key more: where a write at `path` starts to change it. */
function writtenFrom(value: unknown, path: YamlPath): YamlPath {
  let at = value;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth] as string | number;
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return path.slice(0, depth + 1);
    at = (at as Record<string | number, unknown>)[key];
  }
  return path;
}

/**
 * Refuse a write at `target` that changed the document anywhere else: where aliases use
 * an anchor the write went into (a container others merge with `<<: *app`), the change
 * reaches them too, and the edit would mean more than it says. A document without
 * aliases cannot, and is not compared.
 */
export function refuseChangesBeyond(before: Document.Parsed, after: Document.Parsed, target: YamlPath): void {
  if (aliasedAnchors(before).size === 0) return;
  const options = { maxAliasCount: 100 };
  const was: unknown = before.toJS(options);
  const now: unknown = after.toJS(options);
  const cut = writtenFrom(was, target);
  if (JSON.stringify(without(was, cut)) !== JSON.stringify(without(now, cut))) {
    throw new EditError('This part of the YAML is an anchor that other places use (*alias): the change would reach them too, so it was not applied. Edit it in the YAML.');
  }
}
