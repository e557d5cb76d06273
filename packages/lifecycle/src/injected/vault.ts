/**
 * The Vault Agent injector (hashicorp/vault-k8s): `vault.hashicorp.com/agent-inject:
 * "true"` adds vault-agent-init, which renders the secrets once and exits before the app
 * starts (unless agent-pre-populate: "false"), and the vault-agent sidecar, which keeps
 * them fresh (unless agent-pre-populate-only: "true"). Order after agent.go Patch():
 * the init agent last among the init containers (first with agent-init-first: "true"),
 * the sidecar last among the containers. No vault-k8s release injects a native sidecar
 * (releases.ts).
 *
 * Not modelled: the /vault/secrets mount vault-k8s adds to the pod's own containers.
 */
import type { K8sContainer, PodView } from '@podsmith/manifest';
import { ghosts } from './lists';
import { annotation, parseGoBool } from './podMeta';
import { releaseAt, VAULT_RELEASES } from './releases';
import type { RunningLists } from './types';

const PREFIX = 'vault.hashicorp.com/';

export function vault(pod: PodView, lists: RunningLists): RunningLists {
  const cause = annotation(pod, `${PREFIX}agent-inject`);
  // vault-k8s marks what it injected with agent-inject-status: injected, and then leaves the pod alone.
  if (!cause || parseGoBool(cause.value) !== true || annotation(pod, `${PREFIX}agent-inject-status`)?.value === 'injected') return lists;
  const flag = (key: string, fallback: boolean) => parseGoBool(annotation(pod, PREFIX + key)?.value ?? '') ?? fallback;
  const image = annotation(pod, `${PREFIX}agent-image`)?.value ?? releaseAt(VAULT_RELEASES, undefined).agentImage;
  const injection = { by: 'vault', annotation: cause.key, path: cause.path } as const;

  const init = flag('agent-pre-populate', true) ? ghosts(lists, injection, [agent('vault-agent-init', image, true)]) : [];
  const sidecar = flag('agent-pre-populate-only', false) ? [] : ghosts(lists, injection, [agent('vault-agent', image, false)]);
  return {
    initContainers: flag('agent-init-first', false) ? [...init, ...lists.initContainers] : [...lists.initContainers, ...init],
    containers: [...lists.containers, ...sidecar],
  };
}

/**
 * vault-k8s runs the agent from a config it passes base64-encoded in VAULT_CONFIG; the
 * init agent's config says exit_after_auth, which is what makes it exit.
 */
function agent(name: string, image: string, exitAfterAuth: boolean): K8sContainer {
  const config = { auto_auth: { method: { type: 'kubernetes', mount_path: 'auth/kubernetes' } }, exit_after_auth: exitAfterAuth, pid_file: '/home/vault/.pid' };
  return {
    name,
    image,
    command: ['/bin/sh', '-ec'],
    args: ['echo ${VAULT_CONFIG?} | base64 -d > /home/vault/config.json && vault agent -config=/home/vault/config.json'],
    env: [{ name: 'VAULT_CONFIG', value: btoa(JSON.stringify(config)) }],
    resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '250m', memory: '64Mi' } },
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, runAsGroup: 1000, runAsNonRoot: true, runAsUser: 100 },
  };
}
