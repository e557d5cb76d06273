/**
 * The real corpus (fixtures/corpus/real, sources in SOURCES.md): manifests written by
 * others. Every file lints without a crash; native sidecar setups written by the mesh
 * vendors and the Kubernetes docs raise no lifecycle rule, their legacy twins the right
 * ones; and the per-rule counts are pinned, so a rule that starts firing differently
 * is noticed and its findings read again.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseManifest, projectPod } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { lintManifest, type Finding } from '../src';
import { CORPUS_DIR, filesBelow, OUTSIDE_CORPUS_DIR } from '../../../test-support/corpus';

const root = CORPUS_DIR;
const files = filesBelow(root).filter((f) => /\.(ya?ml|json)$/.test(f));
const results = new Map<string, { findings: readonly Finding[]; nativeMesh: boolean }>(
  files.map((file) => {
    const parsed = parseManifest(readFileSync(file, 'utf8'));
    // Written by the mesh's injector as native sidecars: every istio-proxy or linkerd-proxy of the file is one.
    const proxies = parsed.pods.flatMap((ref) => projectPod(parsed, ref)?.containers ?? []).filter((c) => /^(istio|linkerd)-proxy$/.test(c.name));
    const nativeMesh = proxies.length > 0 && proxies.every((c) => c.lane === 'sidecar');
    return [relative(root, file), { findings: lintManifest(parsed).findings, nativeMesh }];
  }),
);

const lifecycle = (file: string) =>
  (results.get(file)?.findings ?? [])
    .filter((f) => f.category === 'lifecycle')
    .map((f) => f.ruleId)
    .sort();

describe('the real corpus', () => {
  it('lints every file without a crash', () => {
    expect(files.length).toBeGreaterThan(380);
    expect(results.size).toBe(files.length);
  });

  it('native sidecar injection outputs of Istio and Linkerd raise no lifecycle rule', () => {
    const native = [...results.keys()].filter((f) => /^(istio|linkerd2)\//.test(f) && results.get(f)?.nativeMesh);
    expect(native.length).toBeGreaterThan(40);
    // Status port 0 turns off the startupProbe Istio would add: nothing holds the app until the proxy is ready.
    const zeroStatusPort = 'istio/inject__status_annotations_zeroport.injected.yaml';
    expect(lifecycle(zeroStatusPort)).toEqual(['sidecar-without-startup-probe']);
    const raised = native.filter((f) => f !== zeroStatusPort && lifecycle(f).length > 0);
    expect(Object.fromEntries(raised.map((f) => [f, lifecycle(f)]))).toEqual({});
  });

  it("the Kubernetes docs' native sidecar examples raise no lifecycle rule", () => {
    for (const file of [
      'kubernetes-website/application__deployment-sidecar.yaml',
      'kubernetes-website/application__job__job-sidecar.yaml',
      'kubernetes-website/pods__multi-container__adapter.yaml',
      'kubernetes-website/pods__multi-container__startup-coordination.yaml',
      'kubernetes-website/pods__restart-policy__restart-all-containers.yaml',
    ]) {
      expect(lifecycle(file), file).toEqual([]);
    }
  });

  it("the ambassador example's app can start before socat listens (no startupProbe)", () => {
    expect(lifecycle('kubernetes-website/pods__multi-container__ambassador.yaml')).toEqual(['sidecar-without-startup-probe']);
  });

  it('their legacy twins raise the right lifecycle rules', () => {
    const expected: Record<string, string[]> = {
      'kubernetes-website/application__deployment-sidecar-legacy.yaml': ['log-shipper-not-native'],
      'kubernetes-website/application__job__job-sidecar-legacy.yaml': ['job-blocked-by-sidecar', 'log-shipper-not-native'],
      'kubernetes-website/admin__logging__two-files-counter-pod-streaming-sidecar.yaml': ['log-shipper-not-native', 'log-shipper-not-native'],
      'kubernetes-website/admin__logging__two-files-counter-pod-agent-sidecar.yaml': ['log-shipper-not-native'],
      'istio/inject__hello-old-version.injected.yaml': ['proxy-not-native'],
      'istio/inject__native-sidecar-opt-out.injected.yaml': ['proxy-not-native'],
      'istio/inject__job-old-version.injected.yaml': ['job-blocked-by-sidecar', 'proxy-not-native'],
      'istio/inject__cronjob-old-version.injected.yaml': ['job-blocked-by-sidecar', 'proxy-not-native'],
      'linkerd2/inject_emojivoto_already_injected.input.yaml': ['proxy-not-native'],
      'linkerd2/deployment-with-injected-proxy.yaml': ['proxy-not-native'],
      'git-sync/demo__deployment.yaml': [],
      'linkerd2/inject_contour.input.yaml': [],
    };
    expect(Object.fromEntries(Object.keys(expected).map((f) => [f, lifecycle(f)]))).toEqual(expected);
  });

  it('raises schema findings only where kubectl would refuse the file (each read: linters\' fixtures written to be invalid, typos in archived examples)', () => {
    const schema: Record<string, string[]> = {};
    for (const [file, { findings }] of results) {
      const found = findings.filter((f) => f.category === 'schema').map((f) => `${f.ruleId} ${f.message.replace(/ \(.*$/, '')}`);
      if (found.length > 0) schema[file] = found;
    }
    expect(schema).toMatchInlineSnapshot(`
      {
        "kube-linter/dnsconfig-options-ndots.yaml": [
          "unknown-field unknown field "spec.template.spec.containers[0].runAsUser"",
          "unknown-field unknown field "spec.template.spec.containers[0].runAsUser"",
          "unknown-field unknown field "spec.template.spec.containers[0].runAsUser"",
          "unknown-field unknown field "spec.template.spec.dnsConfig.Searches"",
          "unknown-field unknown field "spec.template.spec.containers[0].runAsUser"",
        ],
        "kube-linter/kubeconform.yaml": [
          "unknown-field unknown field "spec.replicas"",
          "unknown-field unknown field "spec.invalidField"",
        ],
        "kube-linter/non-isolated-pod.yaml": [
          "unknown-field unknown field "spec.selector.app.kubernetes.io/name"",
          "unknown-field unknown field "spec.selector.app.kubernetes.io/name"",
        ],
        "kube-linter/pkg__templates__kubeconform__testdata__demonset.yaml": [
          "unknown-field unknown field "spec.replicas"",
          "invalid-value-type json: cannot unmarshal bool into Go struct field LabelSelector.spec.selector.matchLabels of type string",
        ],
        "kube-linter/run-as-non-root.yaml": [
          "unknown-field unknown field "spec.template.spec.containers[0].runAsUser"",
          "unknown-field unknown field "spec.template.spec.containers[0].runAsUser"",
        ],
        "kube-linter/unset-cpu-requirements.yaml": [
          "unknown-field unknown field "spec.template.spec.containers[0].requests"",
        ],
        "kube-linter/unset-memory-requirements.yaml": [
          "unknown-field unknown field "spec.template.spec.containers[0].limit"",
        ],
        "kube-score/cronjob-batchv1-restartpolicy-invalid.yaml": [
          "unknown-field unknown field "spec.jobTemplate.spec.template.spec.RestartPolicy"",
        ],
        "kube-score/deployment-host-antiaffinity-required.yaml": [
          "unknown-field unknown field "spec.template.spec.replicas"",
        ],
        "kube-score/pod-topology-spread-constraints-two-constraints.yaml": [
          "unknown-field unknown field "spec.image"",
        ],
        "kubernetes-examples/_archived__volumes__fibre_channel__fc.yaml": [
          "invalid-value-type json: cannot unmarshal string into Go struct field FCVolumeSource.spec.volumes.fc.lun of type int32",
        ],
        "kubernetes-examples/_archived__volumes__rbd__rbd.yaml": [
          "unknown-field unknown field "spec.volumes[0].rbd.imageformat"",
          "unknown-field unknown field "spec.volumes[0].rbd.imagefeatures"",
        ],
        "kubernetes-examples/_archived__volumes__scaleio__pod.yaml": [
          "unknown-field unknown field "spec.volumes[0].scaleIO.protectionDoamin"",
        ],
        "kubernetes-examples/_archived__volumes__storageos__storageos-pod.yaml": [
          "unknown-field unknown field "spec.volumes[0].storageos.pool"",
        ],
        "polaris/insecureCapabilities__success.pod.yaml": [
          "unknown-field unknown field "spec.securityContext.capabilities"",
        ],
        "polaris/notReadOnlyRootFilesystem__failure.two_cont_one_unspecified.yaml": [
          "unknown-field unknown field "spec.securityContext.readOnlyRootFilesystem"",
        ],
        "polaris/runAsPrivileged__failure.two_cont.yaml": [
          "unknown-field unknown field "spec.securityContext.privileged"",
        ],
        "polaris/runAsPrivileged__success.pod_no_cont.yaml": [
          "unknown-field unknown field "spec.securityContext.privileged"",
        ],
        "polaris/webhook_cases__failing_test.job.yaml": [
          "unknown-field unknown field "spec.template.spec.containers[0].privileged"",
          "unknown-field unknown field "spec.template.spec.containers[0].readOnlyRootFilesystem"",
          "unknown-field unknown field "spec.template.spec.containers[0].runAsNonRoot"",
          "unknown-field unknown field "spec.template.spec.containers[0].capabilities"",
        ],
      }
    `);
  });

  /*
   * Why each api-validity finding here is true (every one was read; kubectl apply would fail):
   * - missing-image 79, no-main-container 43: test fixtures of kube-linter, kube-score and polaris
   *   that leave out image or containers (kube-linter's minimal Deployments), Istio's
   *   only-proxy-container (`containers: []`), and injector goldens whose override stubs
   *   (`- name: istio-proxy` / `linkerd-proxy` without image) stay in the list.
   * - duplicate-container-name 3: istio sidecar-spire keeps an istio-proxy stub in containers while
   *   the injected proxy is an init container of the same name; kube-linter liveness-port repeats a
   *   name; polaris two_cont has two unnamed containers (Duplicate value: "").
   * - invalid-container-name 4: the same polaris fixtures, containers without a name (Required value).
   * - invalid-pod-restart-policy 15: kube-linter restart-policy / priority-class-name and kube-score
   *   CronJobs and Jobs without restartPolicy (defaulted to Always, refused for Jobs), and
   *   Deployments/StatefulSets/DaemonSets with OnFailure or Never.
   * - invalid-port-name 3, invalid-port-number 3: kube-linter invalid-target-ports (a 16-character
   *   name, a digits-only name, containerPort 123456), kube-score duplicate port names, and two
   *   archived kubernetes/examples volumes pods with `protocol: tcp` (lowercase is refused).
   * - invalid-env 4: API warnings only, on the duplicate-env fixtures of kube-linter and kube-score.
   * probe-port-undeclared 39: 12 warnings, all on kube-linter's liveness/readiness/startup-port
   * fixtures written to fire (unknown names, UDP ports, a number another container declares);
   * the other 27 are infos (numbers nobody declares).
   */
  it('keeps its per-rule counts (read the findings again when these change)', () => {
    const counts: Record<string, number> = {};
    for (const { findings } of results.values()) for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))).toMatchInlineSnapshot(`
      {
        "duplicate-container-name": 3,
        "duplicate-port-name": 19,
        "invalid-container-name": 4,
        "invalid-env": 4,
        "invalid-pod-restart-policy": 15,
        "invalid-port-name": 3,
        "invalid-port-number": 3,
        "invalid-value-type": 2,
        "invalid-volume-mount": 5,
        "invalid-volume-projection": 1,
        "job-blocked-by-sidecar": 3,
        "log-shipper-not-native": 5,
        "missing-image": 79,
        "no-main-container": 43,
        "port-collision": 13,
        "probe-port-undeclared": 39,
        "proxy-not-native": 14,
        "sidecar-without-startup-probe": 2,
        "unknown-field": 29,
      }
    `);
  });
});

/*
 * The outside corpus (fixtures/corpus/outside): 289 manifests from 87 repositories the rules
 * were not written against, to measure precision. Every warning and error was read and
 * judged, by class (at the default version):
 * - missing-image 16 (true): the golden outputs of percona's e2e tests ("compare" files,
 *   images stripped), tailscale's operator templates (image filled in at run time) and an
 *   aws-otel example without image: kubectl apply refuses each (Required value).
 * - invalid-container-name 2, invalid-volume 1, invalid-value-type 1 (true): placeholders
 *   left for the reader (`<YOUR-APPLICATION-NAME>`, `PSTORE_PV_NAME`, `replicas:
 *   ${VLLM_REPLICA_COUNT_D}` for envsubst) and a container named `myBatchJob`: refused as written.
 * - invalid-volume-mount 1 (true): NVIDIA gpu-operator's driver asset mounts a volume the
 *   template does not declare (the operator adds it at run time): Not found as written.
 * - unknown-field 1 (true): percona's arbiter golden puts topologySpreadConstraints in a container.
 * - duplicate-port-name 11 (true): CSI sidecars all naming their port `http-endpoint` or
 *   `healthz`, Linkerd's control plane `admin-http`/`grpc`, whereami and haproxy both `http`:
 *   a Service targetPort by that name would reach the first container only. No Service in
 *   these files names them, so the ambiguity is latent, but it is there.
 * - probe-port-undeclared warning 2 (true): MetalLB's frr probes 9121, which frr-metrics
 *   declares: the probe checks frr-metrics, and frr is restarted when frr-metrics is down.
 *   The 90 infos are probes on numbers nobody declares (the probe works if the process
 *   listens there): hints, not counted.
 * - proxy-not-native 13 (true): Linkerd proxies injected before native sidecars (emojivoto,
 *   linkerd-examples), the AlloyDB auth proxy and OPA's Envoy as regular containers.
 * - prestop-exceeds-grace-period 1 (true): a Dapr example's preStop sleeps 30 s in a 30 s grace period.
 * - log-shipper-not-native 1 (true): gcs-fuse's `reader` is a streaming sidecar (`tail -f` of
 *   the file `writer` appends to), as in the Kubernetes docs' streaming-sidecar example.
 * - sidecar-prestop-exits: the 5 it raised on Kuma's injector goldens were false (`killall -USR2
 *   kuma-dp` in the native sidecar's preStop: SIGUSR2 makes kuma-dp drain, not exit,
 *   kumahq/kuma#9904); since the preStop is read as a command (shell/), a drain signal is not
 *   an exit, and they are gone.
 * 49 of 49 warnings and errors are true; no error is false.
 */
describe('the outside corpus', () => {
  const outside = filesBelow(OUTSIDE_CORPUS_DIR).filter((f) => /\.ya?ml$/.test(f));
  const linted = outside.map((file) => {
    const parsed = parseManifest(readFileSync(file, 'utf8'), { maxBytes: Infinity });
    return { file: relative(OUTSIDE_CORPUS_DIR, file), parsed, findings: lintManifest(parsed).findings };
  });

  it('parses and lints every file without a crash', () => {
    expect(linted.length).toBe(289);
    expect(linted.filter((l) => !l.parsed.ok).map((l) => l.file)).toEqual([]);
    expect(linted.reduce((n, l) => n + l.parsed.pods.length, 0)).toBeGreaterThan(360);
  });

  it('keeps its counts per severity and rule (read the findings again when these change)', () => {
    const counts: Record<string, number> = {};
    for (const { findings } of linted) for (const f of findings) counts[`${f.severity} ${f.ruleId}`] = (counts[`${f.severity} ${f.ruleId}`] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))).toMatchInlineSnapshot(`
      {
        "error invalid-container-name": 2,
        "error invalid-value-type": 1,
        "error invalid-volume": 1,
        "error invalid-volume-mount": 1,
        "error missing-image": 16,
        "error unknown-field": 1,
        "info init-without-deadline": 3,
        "info probe-port-undeclared": 90,
        "info sidecar-resources-summed": 2,
        "warning duplicate-port-name": 11,
        "warning log-shipper-not-native": 1,
        "warning prestop-exceeds-grace-period": 1,
        "warning probe-port-undeclared": 2,
        "warning proxy-not-native": 13,
      }
    `);
  });
});
