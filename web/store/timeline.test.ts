import { describe, expect, it } from 'vitest';
import type { SimulateOptions } from '@podsmith/lifecycle';
import type { PodView } from '@podsmith/manifest';
import { podOf } from '../diagram/testPods';
import { LOG_SHIPPER_REGULAR } from '../timeline/testSimulations';
import { ISTIO_JOB } from '../../test-support/istioJob';
import { parseManifest } from '@podsmith/manifest';
import { configMapsOf, timelineState, type Simulator } from './timeline';

const POD = podOf(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx:1.27
`);

/** A simulator that records what it was asked: these tests are about when the store simulates, not what. */
function recording(): Simulator & { calls: { pod: PodView; options: SimulateOptions }[] } {
  const calls: { pod: PodView; options: SimulateOptions }[] = [];
  return {
    calls,
    simulate(pod, options) {
      calls.push({ pod, options });
      return LOG_SHIPPER_REGULAR;
    },
  };
}

describe('timelineState', () => {
  it('has no simulation until the simulator has loaded, or without a pod', () => {
    expect(timelineState(POD, [], { k8sVersion: '1.33', simulator: undefined, overrides: {} }).simulation).toBeUndefined();
    const simulator = recording();
    expect(timelineState(undefined, [], { k8sVersion: '1.33', simulator, overrides: {} }).simulation).toBeUndefined();
    expect(simulator.calls).toEqual([]);
  });

  it('simulates the pod for the target version and the user’s overrides', () => {
    const simulator = recording();
    const overrides = { terminationGracePeriodSeconds: 60 };
    const state = timelineState(POD, [], { k8sVersion: '1.33', simulator, overrides });
    expect(state.simulation).toBe(LOG_SHIPPER_REGULAR);
    expect(simulator.calls).toEqual([{ pod: POD, options: { k8sVersion: '1.33', overrides, sameRun: { configMaps: [] } } }]);
  });

  it('simulates the pod as it runs: with the containers admission adds, which the YAML does not hold', () => {
    const simulator = recording();
    const istio = podOf(ISTIO_JOB);
    timelineState(istio, [], { k8sVersion: '1.32', simulator, overrides: {} });
    const simulated = simulator.calls[0]!.pod;
    expect(simulated.containers.map((c) => `${c.name}${c.injected ? ` (${c.injected.by})` : ''}`)).toEqual(['istio-init (istio)', 'work', 'istio-proxy (istio)']);
    expect(istio.containers.map((c) => c.name)).toEqual(['work']);
  });

  it('keeps the previous simulation while the pod and the setup stay the same, and simulates again when one changes', () => {
    const simulator = recording();
    const setup = { k8sVersion: '1.33', simulator, overrides: {} };
    const first = timelineState(POD, [], setup);
    const same = timelineState(POD, [], { ...setup }, first);
    expect(same.simulation).toBe(first.simulation);
    expect(simulator.calls).toHaveLength(1);
    timelineState(POD, [], { ...setup, k8sVersion: '1.28' }, first);
    timelineState(POD, [], { ...setup, overrides: { terminationGracePeriodSeconds: 5 } }, first);
    timelineState(podOf('kind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: a\n    image: b\n'), [], setup, first);
    expect(simulator.calls.map((c) => c.options.k8sVersion)).toEqual(['1.33', '1.28', '1.33', '1.33']);
  });

  it('gives the simulator the file’s ConfigMaps, as the linter reads them; the same contents from a new parse keep the simulation', () => {
    const simulator = recording();
    const setup = { k8sVersion: '1.33', simulator, overrides: {} };
    const file = (script: string) =>
      configMapsOf(parseManifest(`${'kind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: app, image: nginx:1.27}]\n'}---\nkind: ConfigMap\nmetadata: {name: scripts}\ndata:\n  run.sh: ${script}\n`));
    const first = timelineState(POD, file('pkill sleep'), setup);
    expect(simulator.calls[0]!.options.sameRun).toEqual({ configMaps: [{ name: 'scripts', data: { 'run.sh': 'pkill sleep' } }] });
    timelineState(POD, file('pkill sleep'), setup, first);
    expect(simulator.calls).toHaveLength(1);
    timelineState(POD, file('pkill -KILL sleep'), setup, first);
    expect(simulator.calls.map((c) => c.options.sameRun?.configMaps[0]?.data['run.sh'])).toEqual(['pkill sleep', 'pkill -KILL sleep']);
  });

  it('returns only its own fields when it keeps them (the store spreads the result)', () => {
    const simulator = recording();
    const setup = { k8sVersion: '1.33', simulator, overrides: {} };
    const previous = { ...timelineState(POD, [], setup), text: 'other state' };
    expect(Object.keys(timelineState(POD, [], setup, previous)).sort()).toEqual(['simulatedWith', 'simulation', 'simulationError']);
  });

  it('says why when the simulator throws, instead of stopping the update', () => {
    const failing: Simulator = {
      simulate() {
        throw new Error('no such lane');
      },
    };
    const state = timelineState(POD, [], { k8sVersion: '1.33', simulator: failing, overrides: {} });
    expect(state.simulation).toBeUndefined();
    expect(state.simulationError).toBe('no such lane');
  });
});
