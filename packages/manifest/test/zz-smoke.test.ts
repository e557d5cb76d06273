import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { wrapAs } from '../src';
test('smoke', () => {
  for (const [f, to] of [['kubernetes-examples/AI__vllm-deployment__vllm-deployment.yaml', 'Pod'], ['kubernetes-examples/_archived__sysdig-cloud__sysdig-daemonset.yaml', 'Pod']] as const) {
    const t = readFileSync('/work/wt/workloads-share/fixtures/corpus/real/' + f, 'utf8');
    const d = wrapAs(t, 0, to);
    console.log(d.ok ? d.text.slice(0, 1500) : d.error);
  }
});
