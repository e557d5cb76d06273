import { rule } from '../../src/rules/init-before-sidecar-dependency';
import { ruleTester, yaml } from '../ruleTester';

const pod = (init: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers:
${init}
    containers:
    - {name: app, image: registry.example.com/app:1, volumeMounts: [{name: secrets, mountPath: /vault/secrets}]}
    volumes: [{name: secrets, emptyDir: {medium: Memory}}]`;

const istioInit = `    - {name: istio-init, image: docker.io/istio/proxyv2:1.22.3, args: [istio-iptables, -p, "15001"]}`;
const istioProxy = `    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar], restartPolicy: Always}`;
const migrate = `    - {name: migrate, image: registry.example.com/migrate:1, command: [sh, -c, "psql -h db -f /schema.sql"]}`;
const vault = `    - {name: vault-agent-init, image: hashicorp/vault:1.15.2, args: [agent, -config=/vault/config.hcl, -exit-after-auth], volumeMounts: [{name: secrets, mountPath: /vault/secrets}]}`;
const ref = { documentIndex: 0, specPath: ['spec'] };

ruleTester(rule, {
  valid: [
    { name: 'the proxy comes right after the iptables init (Istio native injection order)', yaml: pod(`${istioInit}\n${istioProxy}\n${migrate}`) },
    { name: 'no traffic redirection: the init container talks to the network directly', yaml: pod(`${migrate}\n${istioProxy}`) },
    { name: 'an init container that needs no network', yaml: pod(`${istioInit}\n    - {name: chmod, image: busybox, command: [chmod, "0700", /data]}\n${istioProxy}`) },
    { name: 'a file:// URL is not the network', yaml: pod(`${istioInit}\n    - {name: render, image: registry.example.com/render:1, args: [--template=file:///etc/app/tpl]}\n${istioProxy}`) },
    {
      name: 'the pre-populating agent before the renewing sidecar agent (the vault-k8s layout)',
      yaml: pod(`${vault}\n    - {name: vault-agent, image: hashicorp/vault:1.15.2, args: [agent, -config=/vault/config.hcl], restartPolicy: Always, volumeMounts: [{name: secrets, mountPath: /vault/secrets}]}`),
    },
    { name: 'the secret agent runs first', yaml: pod(`${vault}\n    - {name: render, image: busybox, command: [cat, /vault/secrets/db], volumeMounts: [{name: secrets, mountPath: /vault/secrets}]}`) },
  ],
  invalid: [
    {
      name: 'a migration between the iptables init and the proxy',
      yaml: pod(`${istioInit}\n${migrate}\n${istioProxy}`),
      errors: [{ path: 'spec.initContainers[1]', message: '"istio-init" has already redirected all traffic to the mesh proxy "istio-proxy"' }],
      fix: [
        // Through the init lane (istio-init is init container 0 there), then back to being a sidecar.
        { kind: 'moveContainer', pod: ref, container: { list: 'initContainers', index: 2 }, lane: 'init', index: 1 },
        { kind: 'setContainerField', pod: ref, container: { list: 'initContainers', index: 1 }, field: ['restartPolicy'], value: 'Always' },
      ],
    },
    {
      name: 'an init container reading secrets before the agent has written them (vault-helm#160)',
      yaml: pod(`    - {name: render, image: busybox, command: [cat, /vault/secrets/db], volumeMounts: [{name: secrets, mountPath: /vault/secrets}]}\n${vault}`),
      errors: [{ path: 'spec.initContainers[0]', message: 'it reads volume "secrets", where the secret agent "vault-agent-init" writes the secrets' }],
      fix: [{ kind: 'moveContainer', pod: ref, container: { list: 'initContainers', index: 1 }, lane: 'init', index: 0 }],
    },
  ],
});
