import { rule } from '../../src/rules/init-never-exits';
import { ruleTester, yaml } from '../ruleTester';

const pod = (init: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: docs}
  spec:
    initContainers:
${init}
    containers:
    - {name: nginx, image: nginx:1.27.1}`;
const ref = { documentIndex: 0, specPath: ['spec'] };

ruleTester(rule, {
  valid: [
    { name: 'git-sync with --one-time', yaml: pod(`    - {name: git-sync, image: registry.k8s.io/git-sync/git-sync:v4.2.4, args: [--repo=https://example.com/r, --one-time]}`) },
    { name: 'git-sync one-time through the environment', yaml: pod(`    - {name: git-sync, image: registry.k8s.io/git-sync/git-sync:v4.2.4, env: [{name: GITSYNC_ONE_TIME, value: "true"}]}`) },
    { name: "Istio's iptables init", yaml: pod(`    - {name: istio-init, image: docker.io/istio/proxyv2:1.22.3, args: [istio-iptables, -p, "15001"]}`) },
    { name: "Linkerd's init from the proxy image", yaml: pod(`    - {name: linkerd-init, image: cr.l5d.io/linkerd/proxy:edge-24.1.1, args: [/usr/lib/linkerd/linkerd2-proxy-init, --incoming-proxy-port, "4143"]}`) },
    { name: 'a proxy that is a native sidecar', yaml: pod(`    - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}`) },
    { name: 'a loop that breaks out', yaml: pod(`    - {name: wait, image: busybox, command: [sh, -c, "while true; do nc -z db 5432 && break; sleep 1; done"]}`) },
    {
      name: 'a Vault agent init that exits after auth (vault-k8s passes its config base64-encoded)',
      yaml: pod(`    - name: vault-agent-init
      image: hashicorp/vault:1.15.2
      command: [/bin/sh, -ec]
      args: ['echo \${VAULT_CONFIG?} | base64 -d > /home/vault/config.json && vault agent -config=/home/vault/config.json']
      env: [{name: VAULT_CONFIG, value: ${btoa('{"exit_after_auth":true}')}}]`),
    },
  ],
  invalid: [
    {
      name: 'git-sync without --one-time',
      yaml: pod(`    - {name: git-sync, image: registry.k8s.io/git-sync/git-sync:v4.2.4, args: [--repo=https://example.com/r, --root=/git]}`),
      errors: [{ path: 'spec.initContainers[0]', message: 'the Pod stays in Init:0/1' }],
      fix: [{ kind: 'setContainerField', pod: ref, container: { list: 'initContainers', index: 0 }, field: ['args'], value: ['--repo=https://example.com/r', '--root=/git', '--one-time'] }],
    },
    {
      name: 'a proxy without restartPolicy: Always',
      yaml: pod(`    - {name: istio-init, image: docker.io/istio/proxyv2:1.22.3, args: [istio-iptables]}\n    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`),
      errors: [{ path: 'spec.initContainers[1]', message: 'Init:1/2' }],
      fix: [{ kind: 'setContainerField', pod: ref, container: { list: 'initContainers', index: 1 }, field: ['restartPolicy'], value: 'Always' }],
    },
    {
      name: 'a Vault agent that keeps renewing',
      yaml: pod(`    - {name: vault-agent, image: hashicorp/vault:1.15.2, args: [agent, -config=/vault/config.hcl]}`),
      errors: [{ path: 'spec.initContainers[0]', message: 'without exit-after-auth' }],
    },
    {
      name: 'sleep infinity, tail -f and while true',
      yaml: pod(`    - {name: a, image: busybox, command: [sleep, infinity]}
    - {name: b, image: busybox, command: [tail, -f, /dev/null]}
    - {name: c, image: busybox, command: [sh, -c, "while true; do date; sleep 5; done"]}`),
      errors: [
        { path: 'spec.initContainers[0]', message: '`sleep infinity`' },
        { path: 'spec.initContainers[1]', message: '`tail -f`' },
        { path: 'spec.initContainers[2]', message: '`while true` with no `break` or `exit`' },
      ],
      fix: [],
    },
  ],
});
