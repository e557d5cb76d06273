import { EDIT_PARSE, isRecord, parseManifest } from '../parse';
import { laneOf } from '../project';
import type { ContainerList, ContainerRef, Edit, EditResult, K8sContainer, Lane, PodRef, YamlPath } from '../types';
import { diffText } from '../textPatch';
import { EditError } from './extent';
import { refuseChangesBeyond, writeTarget } from './aliases';
import { cutItem, deleteIn, insertItem, nodeAt, pasteItem, plainValueAt, removeItem, renameKey, setIn, sourceOf, type KeyPlacement, type Source } from './primitives';

/**
 * Apply an Edit to a manifest text. The result differs from the input only in the
 * lines the edit is about; it is checked to parse before it is returned.
 */
export function applyEdit(text: string, edit: Edit): EditResult {
  try {
    const next = usesCrlf(text) ? run(text.replace(/\r\n/g, '\n'), edit).replace(/\n/g, '\r\n') : run(text, edit);
    if (!parseManifest(next, EDIT_PARSE).ok) return { ok: false, error: 'This edit would break the YAML, so it was not applied. Please report it.' };
    return { ok: true, text: next, patch: diffText(text, next) };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, error: error.message };
    throw error;
  }
}

/** A file whose every line ends in CRLF: edits work on LF and give CRLF back, so new lines match. */
function usesCrlf(text: string): boolean {
  return text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
}

function run(text: string, edit: Edit): string {
  if (edit.kind === 'batch') return edit.edits.reduce(run, text);
  const next = write(text, edit);
  const target = writeTarget(edit);
  if (target) {
    const documentIndex = edit.kind === 'setDocumentField' || edit.kind === 'renameKey' ? edit.documentIndex : edit.pod.documentIndex;
    refuseChangesBeyond(sourceOf(text, documentIndex, false).doc, sourceOf(next, documentIndex).doc, target);
  }
  return next;
}

function write(text: string, edit: Exclude<Edit, { kind: 'batch' }>): string {
  if (edit.kind === 'setDocumentField') return setIn(sourceOf(text, edit.documentIndex, false), edit.path, edit.value);
  if (edit.kind === 'renameKey') return renameKey(sourceOf(text, edit.documentIndex, false), edit.path, edit.to);
  const src = sourceOf(text, edit.pod.documentIndex, false);
  const spec = edit.pod.specPath;
  switch (edit.kind) {
    case 'addContainer':
      return addContainer(src, edit.pod, edit.lane, edit.index, edit.container);
    case 'removeContainer':
      return removeItem(src, listPath(spec, edit.container.list), edit.container.index);
    case 'moveContainer':
      return moveContainer(src, edit.pod, edit.container, edit.lane, edit.index);
    case 'setContainerField':
      return setIn(src, [...containerPath(src, spec, edit.container), ...edit.field], edit.value);
    case 'addVolume':
      return insertItem(src, [...spec, 'volumes'], Number.MAX_SAFE_INTEGER, edit.volume);
    case 'removeVolume':
      return removeVolume(src, edit.pod, edit.name);
    case 'setVolumeField':
      return setIn(src, [...spec, 'volumes', edit.volume, ...edit.field], edit.value);
    case 'mountVolume': {
      const { name, mountPath, readOnly, subPath } = edit.mount;
      const mount = { name, mountPath, ...(readOnly ? { readOnly: true } : {}), ...(subPath ? { subPath } : {}) };
      return insertItem(src, [...containerPath(src, spec, edit.container), 'volumeMounts'], Number.MAX_SAFE_INTEGER, mount, { after: ['ports', 'args', 'command', 'image', 'name'] });
    }
    case 'unmountVolume':
      return removeItem(src, [...containerPath(src, spec, edit.container), 'volumeMounts'], edit.index);
    case 'setPodField':
      return setIn(src, [...spec, ...edit.field], edit.value);
  }
}

function listPath(spec: YamlPath, list: ContainerList): YamlPath {
  return [...spec, list];
}

function containerPath(src: Source, spec: YamlPath, ref: ContainerRef): YamlPath {
  const path = [...spec, ref.list, ref.index];
  if (nodeAt(src.doc, path) === undefined) throw new EditError(`${ref.list}[${ref.index}] does not exist.`);
  return path;
}

/** The lanes as the YAML lists them: lane 'main' is `containers`, the other two share `initContainers`. */
function listOfLane(lane: Lane): ContainerList {
  return lane === 'main' ? 'containers' : 'initContainers';
}

/** New initContainers go right before containers (or volumes), as manifests conventionally order them. */
const INIT_CONTAINERS_PLACEMENT: KeyPlacement = { before: ['containers', 'volumes'] };

/** `restartPolicy: Always` goes right after the image, where the Kubernetes docs put it. */
const RESTART_POLICY_PLACEMENT: KeyPlacement = { after: ['image', 'name'] };

/**
 * A lane position → an index in the YAML list. Init containers and native sidecars
 * share `initContainers`, so the n-th sidecar goes before the current n-th sidecar,
 * or right after the last one.
 */
function listIndexOf(src: Source, pod: PodRef, lane: Lane, laneIndex: number | undefined): number {
  const items = plainValueAt(src, listPath(pod.specPath, listOfLane(lane)));
  const list = Array.isArray(items) ? items : [];
  const members = list.flatMap((c, i) => (laneOf(listOfLane(lane), isRecord(c) ? (c as K8sContainer) : {}) === lane ? [i] : []));
  const at = laneIndex ?? members.length;
  if (at < members.length) return members[at] as number;
  return members.length > 0 ? (members[members.length - 1] as number) + 1 : list.length;
}

function addContainer(src: Source, pod: PodRef, lane: Lane, laneIndex: number | undefined, container: K8sContainer): string {
  const { restartPolicy: _dropped, ...rest } = container;
  const value = lane === 'sidecar' ? withRestartPolicyAlways(rest) : rest;
  const list = listOfLane(lane);
  return insertItem(src, listPath(pod.specPath, list), listIndexOf(src, pod, lane, laneIndex), value, list === 'initContainers' ? INIT_CONTAINERS_PLACEMENT : {});
}

/** Key order of a new native sidecar: name, image, restartPolicy, then the rest. */
function withRestartPolicyAlways(container: K8sContainer): K8sContainer {
  const { name, image, ...rest } = container;
  return { name, image, restartPolicy: 'Always', ...rest };
}

/**
 * Move a container within its lane or to another lane: its text (comments included)
 * is cut and pasted, then the lane's restartPolicy is set or removed.
 */
function moveContainer(src: Source, pod: PodRef, ref: ContainerRef, lane: Lane, laneIndex: number | undefined): string {
  const from = listPath(pod.specPath, ref.list);
  const cut = cutItem(src, from, ref.index);
  const afterCut = sourceOf(cut.text, pod.documentIndex);
  const list = listOfLane(lane);
  const index = listIndexOf(afterCut, pod, lane, laneIndex);
  const pasted = pasteItem(afterCut, listPath(pod.specPath, list), index, cut, list === 'initContainers' ? INIT_CONTAINERS_PLACEMENT : {});
  const moved = sourceOf(pasted, pod.documentIndex);
  const policyPath = [...listPath(pod.specPath, list), index, 'restartPolicy'];
  return lane === 'sidecar' ? setIn(moved, policyPath, 'Always', RESTART_POLICY_PLACEMENT) : deleteIn(moved, policyPath);
}

/** Remove a volume and every mount of it, last first so earlier indexes stay valid. */
function removeVolume(src: Source, pod: PodRef, name: string): string {
  const value = plainValueAt(src, pod.specPath);
  if (!isRecord(value)) throw new EditError('The pod spec is not a mapping.');
  const mounts: YamlPath[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const containers = Array.isArray(value[list]) ? (value[list] as unknown[]) : [];
    containers.forEach((c, ci) => {
      const vm = isRecord(c) && Array.isArray(c.volumeMounts) ? (c.volumeMounts as unknown[]) : [];
      vm.forEach((m, mi) => {
        if (isRecord(m) && m.name === name) mounts.push([...pod.specPath, list, ci, 'volumeMounts', mi]);
      });
    });
  }
  const volumes = Array.isArray(value.volumes) ? (value.volumes as unknown[]) : [];
  const volumeIndex = volumes.findIndex((v) => isRecord(v) && v.name === name);
  if (volumeIndex < 0) throw new EditError(`There is no volume "${name}".`);

  let text = src.text;
  for (const path of mounts.reverse()) text = deleteIn(sourceOf(text, pod.documentIndex), path);
  return removeItem(sourceOf(text, pod.documentIndex), [...pod.specPath, 'volumes'], volumeIndex);
}
