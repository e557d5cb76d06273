/**
 * @podsmith/manifest: parse a manifest into documents and pod specs, project a pod
 * into a read-only PodView, and turn Edit values into minimal text patches.
 * The text is the single source of truth; nothing here re-serialises a document.
 */
export * from './types';
export { parseManifest, isWorkloadKind, POD_SPEC_PATHS, MAX_MANIFEST_BYTES, type ParseOptions } from './parse';
export { projectPod, samePodRef, valueAt, laneOf } from './project';
export { rangeOf, pathAt, lineColumnOf, offsetOf } from './ranges';
export { elementAt, containerAt, isUnder, type PodElement } from './elements';
export { applyEdit } from './edit/applyEdit';
export { applyPatch, diffText } from './textPatch';
export { Derived } from './derived';
export { describePod, describeObject } from './describe';
export * from './validation';
export { looksDeindented } from './repair/detect';
export { wrapAs, type WrapResult } from './workload/wrap';
export { appendDocument, removeDocument } from './workload/documents';
