import { describe, expect, it } from 'vitest';
import { containerRole, podRoles, type Role } from '../src';
import { yaml } from '../../../test-support/yaml';
import { podOf } from './timeline';

/** Role of the container named `name` in a Pod whose spec is `spec`. */
function roleIn(spec: string, name: string): { role: Role; reason: string; product?: string; runsForever?: string } {
  const pod = podOf(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`);
  const c = pod.containers.find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name}`);
  return containerRole(c, pod);
}

const one = (container: string, list = 'containers') => `  ${list}:\n  - ${container}\n`;

describe('containerRole by image', () => {
  it.each([
    ['{name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}', 'mesh-proxy', 'istio-proxy'],
    ['{name: x, image: registry.istio.io/testing/proxyv2:latest, args: [proxy, sidecar, --domain, x]}', 'mesh-proxy', 'istio-proxy'],
    ['{name: istio-proxy, image: gcr.io/istio-release/proxyv2:1.0.2}', 'mesh-proxy', 'istio-proxy'],
    ['{name: gateway, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, router]}', 'app', 'istio-gateway'],
    ['{name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy:stable-2.14.10}', 'mesh-proxy', 'linkerd-proxy'],
    ['{name: linkerd-proxy, image: gc.io/linkerd-io/proxy}', 'mesh-proxy', 'linkerd-proxy'],
    ['{name: envoy, image: envoyproxy/envoy:v1.31.0}', 'mesh-proxy', 'envoy'],
    ['{name: sidecar, image: hashicorp/consul-dataplane:1.4}', 'mesh-proxy', 'consul-dataplane'],
    ['{name: proxy, image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0}', 'db-proxy', 'cloud-sql-proxy'],
    ['{name: proxy, image: gcr.io/cloudsql-docker/gce-proxy:1.33.2}', 'db-proxy', 'cloud-sql-proxy'],
    ['{name: pool, image: bitnami/pgbouncer:1.22.0}', 'db-proxy', 'pgbouncer'],
    ['{name: logs, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4}', 'log-shipper', 'fluent-bit'],
    ['{name: logs, image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0}', 'log-shipper', 'fluent-bit'],
    ['{name: logs, image: registry.k8s.io/fluentd-gcp:1.30}', 'log-shipper', 'fluentd'],
    ['{name: logs, image: timberio/vector:0.39.0-debian}', 'log-shipper', 'vector'],
    ['{name: logs, image: grafana/promtail:3.0.0}', 'log-shipper', 'promtail'],
    ['{name: logs, image: docker.elastic.co/beats/filebeat:8.14.0}', 'log-shipper', 'filebeat'],
    ['{name: otel, image: otel/opentelemetry-collector-contrib:0.157.0@sha256:f2f0}', 'log-shipper', 'otel-collector'],
    ['{name: dd, image: gcr.io/datadoghq/agent:7}', 'log-shipper', 'datadog-agent'],
    ['{name: vault-agent, image: hashicorp/vault:1.15.2, args: [agent, -config=/vault/config.hcl]}', 'secret-agent', 'vault-agent'],
    ['{name: sync, image: registry.k8s.io/git-sync/git-sync:v4.2.4, args: [--repo=https://example.com/r]}', 'git-sync', 'git-sync'],
  ])('%s → %s', (container, role, product) => {
    const name = /name: ([\w-]+)/.exec(container)?.[1] ?? '';
    const info = roleIn(`${one(container)}  - {name: app, image: registry.example.com/app:1}\n`, name);
    expect(info.role).toBe(role);
    expect(info.product).toBe(product);
    expect(info.reason).not.toBe('');
  });

  it('one-shot modes of proxy images are init containers, not proxies', () => {
    const spec = yaml`
      initContainers:
      - {name: istio-init, image: docker.io/istio/proxyv2:1.22.3, args: [istio-iptables, -p, "15001"]}
      - {name: linkerd-init, image: cr.l5d.io/linkerd/proxy:edge-24.1.1, args: [/usr/lib/linkerd/linkerd2-proxy-init]}
      - {name: validator, image: cr.l5d.io/linkerd/proxy:edge-24.1.1, args: [/usr/lib/linkerd/linkerd2-network-validator]}
      - {name: old-init, image: cr.l5d.io/linkerd/proxy-init:v2.3.0}
      - {name: istio-init-v1, image: gcr.io/istio-release/proxy_init:1.0.2}
      containers: [{name: app, image: registry.example.com/app:1}]`.replace(/^/gm, '  ');
    for (const name of ['istio-init', 'linkerd-init', 'validator', 'old-init', 'istio-init-v1']) {
      const info = roleIn(spec, name);
      expect(info.role, name).toBe('one-shot-init');
      expect(info.runsForever, name).toBeUndefined();
    }
  });

  it('a vault image that is not running the agent is the app (a Vault server)', () => {
    expect(roleIn(one('{name: vault, image: hashicorp/vault:1.15.2, args: [server]}'), 'vault').role).toBe('app');
  });

  it('Envoy next to its control plane is the data plane', () => {
    const spec = one('{name: envoy, image: docker.io/envoyproxy/envoy-alpine:v1.6.0}') + '  - {name: contour, image: gcr.io/heptio-images/contour:master}\n';
    expect(roleIn(spec, 'envoy')).toMatchObject({ role: 'app', product: 'envoy' });
  });
});

describe('one-shot flags decide whether a helper runs for ever', () => {
  it('git-sync --one-time (flag or environment) exits', () => {
    expect(roleIn(one('{name: g, image: registry.k8s.io/git-sync/git-sync:v4.2.4, args: [--one-time]}'), 'g').runsForever).toBeUndefined();
    expect(roleIn(one('{name: g, image: registry.k8s.io/git-sync/git-sync:v4.2.4, args: [--one-time=false]}'), 'g').runsForever).toMatch(/keeps syncing/);
    expect(roleIn(one('{name: g, image: k8s.gcr.io/git-sync:v3.1.6, env: [{name: GIT_SYNC_ONE_TIME, value: "true"}]}'), 'g').runsForever).toBeUndefined();
  });

  it('vault agent -exit-after-auth exits', () => {
    expect(roleIn(one('{name: v, image: hashicorp/vault:1.15.2, args: [agent, -exit-after-auth]}'), 'v').runsForever).toBeUndefined();
    expect(roleIn(one('{name: v, image: hashicorp/vault:1.15.2, command: [vault, agent]}'), 'v').runsForever).toMatch(/without exit-after-auth/);
  });
});

describe('containerRole by usage', () => {
  const shared = (reader: string, writer = '{name: app, image: registry.example.com/app:1, volumeMounts: [{name: logs, mountPath: /var/log/app}]}') => yaml`
      containers:
      - ${writer}
      - ${reader}
      volumes: [{name: logs, emptyDir: {}}]`.replace(/^/gm, '  ');

  it('an unfamiliar image tailing files in a volume another container writes is a log shipper', () => {
    const info = roleIn(shared('{name: r, image: registry.example.com/r:1, command: [sh, -c, "tail -F /var/log/app/out.log"], volumeMounts: [{name: logs, mountPath: /var/log/app, readOnly: true}]}'), 'r');
    expect(info).toMatchObject({ role: 'log-shipper', reason: 'tails /var/log/app/out.log in volume "logs" (mounted read-only), which "app" writes' });
    expect(info.runsForever).toMatch(/tail -f/);
  });

  it('a tail input with a path= argument counts as tailing', () => {
    const info = roleIn(shared('{name: r, image: registry.example.com/r:1, args: [-i, tail, -p, "path=/var/log/app/*.log"], volumeMounts: [{name: logs, mountPath: /var/log/app, readOnly: true}]}'), 'r');
    expect(info.role).toBe('log-shipper');
  });

  it('a web server serving files git-sync writes is not a collector', () => {
    const spec = shared(
      '{name: http, image: python:alpine, command: [python3, -m, http.server, -d=/git/head], volumeMounts: [{name: logs, mountPath: /git, readOnly: true}]}',
      '{name: git-sync, image: registry.k8s.io/git-sync/git-sync:v4.2.3, args: [--root=/git], volumeMounts: [{name: logs, mountPath: /git}]}',
    );
    expect(roleIn(spec, 'http').role).toBe('app');
    expect(roleIn(spec, 'git-sync').role).toBe('git-sync');
  });

  it('tailing a file outside any shared volume is not collecting: only the keep-alive idiom', () => {
    expect(roleIn(shared('{name: r, image: busybox, command: [tail, -f, /dev/null]}'), 'r').role).toBe('app');
  });

  it('tailing a volume nobody else writes is not collecting', () => {
    const spec = shared('{name: r, image: busybox, command: [tail, -F, /var/log/app/x.log], volumeMounts: [{name: logs, mountPath: /var/log/app}]}', '{name: app, image: registry.example.com/app:1}');
    expect(roleIn(spec, 'r').role).toBe('app');
  });
});

describe('containerRole by place', () => {
  it('a regular init container is a one-shot init unless its command runs for ever', () => {
    const spec = `${one('{name: copy, image: busybox, command: [cp, /a, /b]}', 'initContainers')}  - {name: loop, image: busybox, command: [sh, -c, "while true; do sleep 1; done"]}\n  containers: [{name: app, image: busybox}]\n`;
    expect(roleIn(spec, 'copy').role).toBe('one-shot-init');
    expect(roleIn(spec, 'loop')).toMatchObject({ role: 'unknown', runsForever: 'it loops in `while true` with no `break` or `exit`' });
  });

  it('an unknown image is never given a helper role for its name alone', () => {
    const spec = one('{name: app, image: nginx:1.27}') + '  - {name: logger, image: logger:latest}\n  - {name: sidecar, image: sidecar:latest}\n  - {name: worker, image: worker:latest}\n';
    expect(roleIn(spec, 'logger').role).toBe('unknown');
    expect(roleIn(spec, 'sidecar').role).toBe('unknown');
    expect(roleIn(spec, 'worker').role).toBe('app');
    expect(roleIn(spec, 'app').role).toBe('app');
  });

  it('an unrecognised native sidecar is unknown', () => {
    const spec = `${one('{name: helper, image: registry.example.com/helper:1, restartPolicy: Always}', 'initContainers')}  containers: [{name: app, image: busybox}]\n`;
    expect(roleIn(spec, 'helper')).toMatchObject({ role: 'unknown', reason: 'a native sidecar whose image (registry.example.com/helper:1) Podsmith does not recognise' });
  });
});

describe('podRoles', () => {
  it('gives every container the same role containerRole gives it', () => {
    const pod = podOf(yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers: [{name: istio-init, image: docker.io/istio/proxyv2:1.22.3, args: [istio-iptables]}]
        containers:
        - {name: app, image: registry.example.com/app:1}
        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`);
    const roles = podRoles(pod);
    expect([...roles.values()].map((r) => r.role)).toEqual(['one-shot-init', 'app', 'mesh-proxy']);
    for (const c of pod.containers) expect(roles.get(c)).toEqual(containerRole(c, pod));
  });
});

describe('containerRole by behaviour: a custom image is what it runs', () => {
  it.each([
    ['{name: edge, image: registry.example.com/edge:1, command: [/usr/local/bin/envoy], args: [-c, /etc/edge.yaml]}', 'mesh-proxy', 'envoy', 'its command runs `envoy` (Envoy)'],
    ['{name: edge, image: registry.example.com/edge:1, args: [-c, /etc/envoy/envoy.yaml]}', 'mesh-proxy', 'envoy', 'its arguments load an Envoy configuration (-c /etc/envoy/envoy.yaml)'],
    ['{name: edge, image: registry.example.com/edge:1, args: [--service-cluster, edge]}', 'mesh-proxy', 'envoy', "its arguments carry Envoy's own flag --service-cluster"],
    ['{name: edge, image: registry.example.com/edge:1, args: ["--drain-time-s=20"]}', 'mesh-proxy', 'envoy', "its arguments carry Envoy's own flag --drain-time-s"],
    ['{name: logs, image: registry.example.com/logs:1, command: [sh, -c, "exec /fluent-bit/bin/fluent-bit -c /conf/fb.conf"]}', 'log-shipper', 'fluent-bit', 'its command runs `fluent-bit` (Fluent Bit)'],
    ['{name: logs, image: registry.example.com/logs:1, command: [vector, --config, /etc/vector/vector.toml]}', 'log-shipper', 'vector', 'its command runs `vector` (Vector)'],
    ['{name: secrets, image: registry.example.com/tools:1, command: [sh, -c, "vault agent -config=/etc/agent.hcl"]}', 'secret-agent', 'vault-agent', 'its command runs `vault agent`'],
    ['{name: sync, image: registry.example.com/tools:1, command: [/git-sync, --repo=https://example.com/r]}', 'git-sync', 'git-sync', 'its command runs `git-sync`'],
    ['{name: db, image: registry.example.com/tools:1, command: [/cloud_sql_proxy, "-instances=p:r:i=tcp:5432"]}', 'db-proxy', 'cloud-sql-proxy', 'its command runs `cloud_sql_proxy` (Cloud SQL Auth Proxy)'],
  ])('%s', (container, role, product, reason) => {
    const name = /name: ([\w-]+)/.exec(container)?.[1] ?? '';
    expect(roleIn(`${one(container)}  - {name: app, image: registry.example.com/app:1}\n`, name)).toMatchObject({ role, product, reason });
  });

  it('a program started in the background, or only tested for, is not what the container is', () => {
    const spec = one('{name: app, image: registry.example.com/app:1, command: [sh, -c, "if command -v envoy; then envoy --version; fi; fluent-bit -c /f.conf & exec /app"]}');
    expect(roleIn(spec, 'app').role).toBe('app');
  });
});

describe('helpers recognised by image, from the data table', () => {
  it.each([
    ['{name: cw, image: public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300}', 'log-shipper', 'cloudwatch-agent'],
    ['{name: cw, image: amazon/cloudwatch-agent:1.247}', 'log-shipper', 'cloudwatch-agent'],
    ['{name: jaeger, image: jaegertracing/jaeger-agent:1.57}', 'telemetry-agent', 'jaeger-agent'],
    ['{name: p2sd, image: k8s.gcr.io/prometheus-to-sd:v0.9.2, command: [/monitor, --source=app:http://localhost:9090]}', 'telemetry-agent', 'prometheus-to-sd'],
    ['{name: ct, image: hashicorp/consul-template:0.39, args: [-template=/in:/out]}', 'secret-agent', 'consul-template'],
  ])('%s → %s', (container, role, product) => {
    const name = /name: ([\w-]+)/.exec(container)?.[1] ?? '';
    const info = roleIn(`${one(container)}  - {name: app, image: registry.example.com/app:1}\n`, name);
    expect(info).toMatchObject({ role, product });
    expect(info.runsForever).toMatch(/serves until it is stopped/);
  });

  it('consul-template -once renders and exits', () => {
    const info = roleIn(one('{name: ct, image: hashicorp/consul-template:0.39, args: [-once]}'), 'ct');
    expect(info).toMatchObject({ role: 'secret-agent', reason: 'image hashicorp/consul-template with -once' });
    expect(info.runsForever).toBeUndefined();
  });

  it('every entry names its source', async () => {
    const { KNOWN_HELPERS } = await import('../src/pod/known-helpers');
    for (const h of KNOWN_HELPERS) expect(h.source, h.product).toMatch(/^https:\/\//);
  });
});

describe("the pod's purpose comes first", () => {
  it("Envoy beside Envoy Gateway's shutdown manager is the workload, not a helper", () => {
    const spec = one('{name: envoy, image: docker.io/envoyproxy/envoy:distroless-v1.31.0, args: [--service-cluster, gw]}') + '  - {name: shutdown-manager, image: docker.io/envoyproxy/gateway:v1.1.0, args: [envoy, shutdown-manager]}\n';
    expect(roleIn(spec, 'envoy')).toMatchObject({ role: 'app', product: 'envoy', reason: 'image envoyproxy/envoy, and Envoy Gateway\'s shutdown manager runs beside it ("shutdown-manager"): the proxy is the pod\'s workload, not a helper' });
  });

  it('a pod labelled as a gateway runs its proxy as the workload', () => {
    const pod = podOf(yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: gw}
      spec:
        template:
          metadata: {labels: {gateway.networking.k8s.io/gateway-name: public}}
          spec:
            containers:
            - {name: envoy, image: envoyproxy/envoy:v1.31.0}
            - {name: metrics, image: registry.example.com/exporter:1}`);
    expect(podRoles(pod).get(pod.containers[0]!)).toMatchObject({ role: 'app', reason: expect.stringContaining('the pod is labelled gateway.networking.k8s.io/gateway-name: public') });
  });

  it('an Envoy beside an application is still its proxy', () => {
    expect(roleIn(`${one('{name: envoy, image: envoyproxy/envoy:v1.31.0}')}  - {name: app, image: registry.example.com/app:1}\n`, 'envoy').role).toBe('mesh-proxy');
  });
});

describe('ConfigMaps of the same run', () => {
  it('a Vault agent whose mounted config sets exit_after_auth = true exits', async () => {
    const { configMapsIn, podModel } = await import('../src');
    const pod = podOf(yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers:
        - {name: vault-agent, image: hashicorp/vault:1.15.2, args: [agent, -config=/etc/vault/agent.hcl], volumeMounts: [{name: config, mountPath: /etc/vault}]}
        containers: [{name: app, image: registry.example.com/app:1}]
        volumes: [{name: config, configMap: {name: agent-config}}]`);
    const run = { configMaps: configMapsIn([{ kind: 'ConfigMap', metadata: { name: 'agent-config' }, data: { 'agent.hcl': 'exit_after_auth = true\npid_file = "/tmp/pid"\n' } }]) };
    expect(podModel(pod, run).roleOf(pod.containers[0]!)).toMatchObject({ role: 'secret-agent', reason: 'image vault running `vault agent` with exit-after-auth (exit_after_auth = true in /etc/vault/agent.hcl, from a ConfigMap)', runsForever: undefined });
    expect(podModel(pod).roleOf(pod.containers[0]!).runsForever).toMatch(/keeps renewing/);
    const elsewhere = { configMaps: configMapsIn([{ kind: 'ConfigMap', metadata: { name: 'agent-config', namespace: 'other' }, data: { 'agent.hcl': 'exit_after_auth = true' } }]) };
    const namespaced = podOf(yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: apps}
      spec:
        initContainers:
        - {name: vault-agent, image: hashicorp/vault:1.15.2, args: [agent, -config=/etc/vault/agent.hcl], volumeMounts: [{name: config, mountPath: /etc/vault}]}
        containers: [{name: app, image: registry.example.com/app:1}]
        volumes: [{name: config, configMap: {name: agent-config}}]`);
    expect(podModel(namespaced, elsewhere).roleOf(namespaced.containers[0]!).runsForever).toMatch(/keeps renewing/);
  });
});
