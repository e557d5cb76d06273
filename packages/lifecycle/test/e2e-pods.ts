/**
 * The pods of kubernetes/kubernetes test/e2e_node/container_lifecycle_test.go as YAML: an
 * init container, a restartable init container (sidecar) and a regular container whose
 * agnhost `Delay` is a `sleep`, its `ExitCode` an `exit N` after it, and the pod around them.
 */
import { yaml } from '../../../test-support/yaml';

const script = (seconds: number, exitCode: number) => (exitCode === 0 ? `sleep ${seconds}` : `sleep ${seconds}; exit ${exitCode}`);
export const init = (name: string, seconds: number, exitCode = 0) => `  - {name: ${name}, image: busybox:1.36, command: [sh, -c, "${script(seconds, exitCode)}"]}`;
export const sidecar = (name: string, extra = '', seconds = 600, exitCode = 0) => `  - {name: ${name}, image: busybox:1.36, command: [sh, -c, "${script(seconds, exitCode)}"], restartPolicy: Always${extra}}`;
export const regular = (name: string, seconds: number, extra = '', exitCode = 0) => `  - {name: ${name}, image: busybox:1.36, command: [sh, -c, "${script(seconds, exitCode)}"]${extra}}`;
export const pod = (restartPolicy: string, inits: string[], containers: string[], extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: e2e}
  spec:
    restartPolicy: ${restartPolicy}${extra}
${inits.length > 0 ? `    initContainers:\n${inits.map((l) => `  ${l}`).join('\n')}\n` : ''}    containers:
${containers.map((l) => `  ${l}`).join('\n')}`;
