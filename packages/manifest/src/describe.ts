import { valueAt } from './project';
import type { ParsedManifest, PodRef } from './types';
import { isRecord } from './parse';

/** A one-line label for a pod in a picker: `Deployment web`, `List item 2: Job migrate`. */
export function describePod(parsed: ParsedManifest, ref: PodRef): string {
  const doc = parsed.documents[ref.documentIndex];
  const owner = ref.specPath[0] === 'items' ? valueAt(doc?.value, ref.specPath.slice(0, 2)) : doc?.value;
  if (!isRecord(owner)) return `document ${ref.documentIndex + 1}`;
  const name = isRecord(owner.metadata) && typeof owner.metadata.name === 'string' ? owner.metadata.name : '(unnamed)';
  return `${String(owner.kind)} ${name}`;
}
