import type { ContainerTemplate } from './types';

/*
 * Images are pinned to a release tag, never `latest`: a template that changes under
 * the user's feet is not a pattern. Ports are named, so Services can refer to them.
 * Every container meets the Pod Security Standards restricted level on its own (it may
 * be dropped into any pod) and requests what it needs, with a memory limit.
 */

/** Not root, no privilege escalation, no capabilities, the runtime's seccomp profile. */
const restricted = {
  allowPrivilegeEscalation: false,
  runAsNonRoot: true,
  runAsUser: 65534,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

/** Sized for a helper beside an app: small enough that sidecars do not dominate the Pod's request. */
const helperResources = { requests: { cpu: '25m', memory: '32Mi' }, limits: { memory: '128Mi' } };
const appResources = { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } };

const blank: ContainerTemplate = {
  id: 'blank',
  label: 'Blank container',
  description: 'A container with a name, an image, safe security settings and modest resources: start here and fill in the rest.',
  lane: 'main',
  container: { name: 'app', image: 'busybox:1.37.0', command: ['sleep', 'infinity'], securityContext: restricted, resources: appResources },
  volumes: [],
};

const webApp: ContainerTemplate = {
  id: 'web-app',
  label: 'Web app (nginx)',
  description: 'The main application: serves HTTP on port 8080 while the pod runs.',
  lane: 'main',
  // The unprivileged image listens on 8080, not 80: it runs as a non-root user, and it
  // does not collide with an app that already has port 80.
  container: { name: 'web', image: 'nginxinc/nginx-unprivileged:1.27.4-alpine', ports: [{ name: 'http', containerPort: 8080 }], securityContext: restricted, resources: appResources },
  volumes: [],
};

const logCollector: ContainerTemplate = {
  id: 'log-collector',
  label: 'Log collector (Fluent Bit)',
  description: 'Tails log files the app writes to a shared volume and ships them on; runs beside the app until it stops.',
  lane: 'sidecar',
  container: {
    name: 'log-collector',
    image: 'cr.fluentbit.io/fluent/fluent-bit:3.1.4',
    securityContext: restricted,
    resources: helperResources,
    args: ['-i', 'tail', '-p', 'path=/var/log/app/*.log', '-o', 'stdout'],
    volumeMounts: [{ name: 'app-logs', mountPath: '/var/log/app', readOnly: true }],
  },
  volumes: [{ name: 'app-logs', emptyDir: {} }],
};

const envoy: ContainerTemplate = {
  id: 'envoy-proxy',
  label: 'Envoy proxy',
  description: 'A proxy in front of the app: traffic comes in on port 10000 and Envoy forwards it over localhost.',
  lane: 'sidecar',
  container: {
    name: 'envoy',
    image: 'envoyproxy/envoy:v1.31.2',
    securityContext: restricted,
    resources: helperResources,
    args: ['--config-path', '/etc/envoy/envoy.yaml'],
    ports: [
      { name: 'proxy', containerPort: 10000 },
      { name: 'admin', containerPort: 9901 },
    ],
    // The app starts only once Envoy's /ready answers; without it a native sidecar counts
    // as started as soon as its process runs. (The admin listener must bind 0.0.0.0.)
    startupProbe: { httpGet: { path: '/ready', port: 9901 }, periodSeconds: 1, failureThreshold: 30 },
    volumeMounts: [{ name: 'envoy-config', mountPath: '/etc/envoy', readOnly: true }],
  },
  volumes: [{ name: 'envoy-config', configMap: { name: 'envoy-config' } }],
};

const vaultAgent: ContainerTemplate = {
  id: 'vault-agent',
  label: 'Vault agent',
  description: 'Fetches secrets from HashiCorp Vault and keeps them fresh as files in a memory-backed volume the app reads.',
  lane: 'sidecar',
  container: {
    name: 'vault-agent',
    image: 'hashicorp/vault:1.17.6',
    securityContext: restricted,
    resources: helperResources,
    args: ['agent', '-config=/vault/config/agent.hcl'],
    env: [{ name: 'VAULT_ADDR', value: 'https://vault.vault.svc:8200' }],
    // Started means a secret has been written: the app never starts to an empty folder.
    startupProbe: { exec: { command: ['sh', '-c', 'ls -A /vault/secrets | grep -q .'] }, periodSeconds: 2, failureThreshold: 30 },
    volumeMounts: [
      { name: 'vault-config', mountPath: '/vault/config', readOnly: true },
      { name: 'vault-secrets', mountPath: '/vault/secrets' },
    ],
  },
  volumes: [
    { name: 'vault-config', configMap: { name: 'vault-agent-config' } },
    // Memory-backed, so secrets never touch the node's disk.
    { name: 'vault-secrets', emptyDir: { medium: 'Memory' } },
  ],
};

const gitSync: ContainerTemplate = {
  id: 'git-sync',
  label: 'git-sync',
  description: 'Pulls a Git repository into a shared volume and keeps it up to date, for an app that serves or runs its files.',
  lane: 'sidecar',
  container: {
    name: 'git-sync',
    image: 'registry.k8s.io/git-sync/git-sync:v4.3.0',
    securityContext: restricted,
    resources: helperResources,
    args: ['--repo=https://github.com/your-org/your-repo', '--root=/git', '--link=current', '--period=60s'],
    volumeMounts: [{ name: 'git-repo', mountPath: '/git' }],
  },
  volumes: [{ name: 'git-repo', emptyDir: {} }],
};

const waitForDatabase: ContainerTemplate = {
  id: 'wait-for-database',
  label: 'Wait for database',
  description: 'Runs before the app and exits once the database accepts connections (or fails after 5 minutes), so the app does not start too early.',
  lane: 'init',
  container: {
    name: 'wait-for-db',
    image: 'busybox:1.37.0',
    securityContext: restricted,
    resources: helperResources,
    // Bounded: a database that never comes shows as a failing init container, not a silent hang.
    command: ['timeout', '300', 'sh', '-c', 'until nc -z -w 2 db 5432; do echo waiting for the database; sleep 2; done'],
  },
  volumes: [],
};

/** In the order the palette shows them: the app first, then its helpers. */
export const CONTAINER_TEMPLATES: readonly ContainerTemplate[] = [
  blank,
  webApp,
  logCollector,
  envoy,
  vaultAgent,
  gitSync,
  waitForDatabase,
];
