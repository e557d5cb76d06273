import { rangeOf, type PodView, type YamlPath } from '@podsmith/manifest';
import { fieldPath } from '@podsmith/lint/paths';
import { usePodsmith } from '../store/store';

/** How many unmodelled fields are named before "and N more". */
const NAMED = 4;

/**
 * The fields the form does not model, named, with a jump to the first one in the editor.
 * They stay as written: no form edit touches them.
 */
export function MoreInYaml({ pod, paths, base }: { readonly pod: PodView; readonly paths: readonly YamlPath[]; readonly base: YamlPath }) {
  const first = paths[0];
  if (!first) return null;
  const named = paths.slice(0, NAMED).map((p) => fieldPath(p.slice(base.length)));
  const rest = paths.length - named.length;

  function jump(path: YamlPath) {
    const state = usePodsmith.getState();
    const range = rangeOf(state.lastGood, pod.ref.documentIndex, [...pod.workload.path, ...path]);
    if (range) state.revealOffset(range.from);
  }

  return (
    <p className="inspector-more">
      More fields in YAML: {named.map((name, i) => (
        <span key={name}>
          {i > 0 && ', '}
          <code>{name}</code>
        </span>
      ))}
      {rest > 0 && ` and ${rest} more`}.{' '}
      <button type="button" className="link" onClick={() => jump(first)}>
        Show in YAML
      </button>
    </p>
  );
}
