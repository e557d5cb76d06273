import type { PodView } from '@podsmith/manifest';
import { Field } from './Field';
import { gracePeriodEdit, restartPolicyEdit } from './edits';
import { helpFor } from './help/help';
import { podSummary, scalarText } from './model';
import { useApplyEdit } from './useApplyEdit';
import { gracePeriodError, RESTART_POLICIES, restartPolicyError } from './validate';

const RESTART_POLICY_OPTIONS = [{ value: '', label: 'not set (Always)' }, ...RESTART_POLICIES.map((p) => ({ value: p, label: p }))];

/** Nothing selected: the pod-level fields. */
export function PodForm({ pod }: { readonly pod: PodView }) {
  const apply = useApplyEdit();
  return (
    <>
      <h2>Pod</h2>
      <p className="inspector-summary">{podSummary(pod)}</p>
      <Field
        label="terminationGracePeriodSeconds"
        help={helpFor('PodSpec.terminationGracePeriodSeconds')}
        value={scalarText(pod.spec.terminationGracePeriodSeconds)}
        control={{ type: 'text', numeric: true, placeholder: '30 (default)' }}
        validate={gracePeriodError}
        onCommit={(text) => apply(gracePeriodEdit(pod, text))}
      />
      <Field
        label="restartPolicy"
        help={helpFor('PodSpec.restartPolicy')}
        value={scalarText(pod.spec.restartPolicy)}
        control={{ type: 'select', options: RESTART_POLICY_OPTIONS }}
        validate={(policy) => restartPolicyError(policy, pod.workload.kind)}
        onCommit={(policy) => apply(restartPolicyEdit(pod, policy))}
      />
    </>
  );
}
