import { valueAt } from './project';
import type { ParsedManifest, PodRef, YamlPath } from './types';
import { isRecord } from './parse';

/** A one-line label for a pod in a picker: `Deployment web`, `List item 2: Job migrate`. */
export function describePod(parsed: ParsedManifest, ref: PodRef): string {
  return describeObject(parsed, ref.documentIndex, ref.specPath[0] === 'items' ? ref.specPath.slice(0, 2) : []);
}

/** `Service web`: the object at `path` of a document (a List item, or the document itself). */
export function describeObject(parsed: ParsedManifest, documentIndex: number, path: YamlPath = []): string {
  const doc = parsed.documents[documentIndex];
  const owner = path.length > 0 ? valueAt(doc?.value, path) : doc?.value;
  if (!isRecord(owner)) return `document ${documentIndex + 1}`;
  const name = isRecord(owner.metadata) && typeof owner.metadata.name === 'string' ? owner.metadata.name : '(unnamed)';
  return `${String(owner.kind)} ${name}`;
}
