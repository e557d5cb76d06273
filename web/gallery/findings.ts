/** A pattern form's findings: the same lint as the designer's, over a text the store does not hold. */
import { parseManifest } from '@podsmith/manifest';
import type { Finding, K8sVersion } from '@podsmith/lint';
import type { Linter } from '../store/linter';

export function lintPatternForm(linter: Linter, yaml: string, k8sVersion: K8sVersion): readonly Finding[] {
  return linter.lintManifest(parseManifest(yaml), { k8sVersion }).findings;
}
