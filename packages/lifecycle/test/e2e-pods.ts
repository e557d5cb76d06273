/**
 * The pods of kubernetes/kubernetes test/e2e_node/container_lifecycle_test.go as YAML: an
 * init container, a restartable init container (sidecar) and a regular container whose
 * agnhost `Delay` is a `sleep`, and the pod around them.
 */
import { yaml } from '../../../test-support/yaml';

export const init = (name: string, seconds: number) => `  - {name: ${name}, image: busybox:1.36, command: [sh, -c, "sleep ${seconds}"]}`;
export const sidecar = (name: string, extra = '') => `  - {name: ${name}, image: busybox:1.36, command: [sh, -c, "sleep 600"], restartPolicy: Always${extra}}`;
export const regular = (name: string, seconds: number, extra = '') => `  - {name: ${name}, image: busybox:1.36, command: [sh, -c, "sleep ${seconds}"]${extra}}`;
export const pod = (restartPolicy: string, inits: string[], containers: string[], extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: e2e}
  spec:
    restartPolicy: ${restartPolicy}${extra}
${inits.length > 0 ? `    initContainers:\n${inits.map((l) => `  ${l}`).join('\n')}\n` : ''}    containers:
${containers.map((l) => `  ${l}`).join('\n')}`;
