import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const secretInjection: PodPattern = {
  id: 'secret-injection',
  title: 'Secret injection (Vault agent)',
  explanation:
    "A Vault agent logs in to HashiCorp Vault with the Pod's service account and writes the app's secrets as files into a memory-backed emptyDir the app reads. A Vault agent keeps running to renew its token and refresh the secrets, so as a plain init container it never exits and the app never starts. The working layout, the one Vault's own injector uses, has two agents: an init container with -exit-after-auth that writes the secrets once and exits, then a native sidecar agent that keeps them fresh while the app runs.",
  tags: ['secrets', 'vault', 'hashicorp', 'vault agent', 'init container', 'native sidecar', 'emptyDir', 'memory', 'exit-after-auth', 'Init:0/1'],
  broken: { kind: 'broken', rule: 'init-never-exits', summary: 'One renewing Vault agent as an init container: it never exits, so the app never starts.', yaml: broken },
  fixed: { summary: 'A one-shot agent pre-populates the secrets, then a sidecar agent keeps them fresh.', yaml: fixed },
};
