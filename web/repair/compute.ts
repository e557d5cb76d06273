/**
 * The lazily loaded half of the indentation repair: the re-nesting and its table of
 * Kubernetes shapes (built from the OpenAPI data at build time). Loaded only once a
 * text looks de-indented, so it costs nothing on the first load.
 */
import { repairIndentation, type IndentationRepair } from '@podsmith/manifest/repair';
import table from 'virtual:podsmith/k8s-shapes';

export function computeRepair(text: string): IndentationRepair {
  return repairIndentation(text, table);
}
