/**
 * The same run of a file: its own ConfigMaps, plus those given from other files of the
 * command line. One value per file and extra list, so the pod model (cached per run)
 * is computed once per pod.
 */
import { Derived, type ParsedManifest } from '@podsmith/manifest';
import { configMapsIn, type ConfigMapFiles, type SameRun } from '@podsmith/lifecycle';

const NO_EXTRA: readonly ConfigMapFiles[] = [];
const runs = new Derived<ParsedManifest, WeakMap<readonly ConfigMapFiles[], SameRun>>('same run');

export function sameRunOf(parsed: ParsedManifest, extra: readonly ConfigMapFiles[] = NO_EXTRA): SameRun {
  const byExtra = runs.get(parsed) ?? new WeakMap<readonly ConfigMapFiles[], SameRun>();
  runs.set(parsed, byExtra);
  const known = byExtra.get(extra);
  if (known) return known;
  const run: SameRun = { configMaps: [...configMapsIn(parsed.documents.map((d) => d.value)), ...extra] };
  byExtra.set(extra, run);
  return run;
}
