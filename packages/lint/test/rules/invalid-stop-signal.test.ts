import { rule } from '../../src/rules/invalid-stop-signal';
import { ruleTester, yaml } from '../ruleTester';

const pod = (os: string, signal: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:${os}
    containers: [{name: nginx, image: nginx, lifecycle: {stopSignal: ${signal}}}]`;
const GATE = ' (ContainerStopSignals is alpha and off by default: without it the API server drops stopSignal and the runtime default signal is sent)';

ruleTester(rule, {
  valid: [
    { name: 'a Linux signal on a Linux pod', yaml: pod('\n    os: {name: linux}', 'SIGQUIT') },
    { name: 'a real-time signal', yaml: pod('\n    os: {name: linux}', 'SIGRTMIN+3') },
    { name: 'before 1.33 the field is unknown (unknown-field)', k8sVersion: '1.32', yaml: pod('', 'SIGQUIT') },
  ],
  invalid: [
    {
      name: 'no spec.os.name',
      k8sVersion: '1.33',
      yaml: pod('', 'SIGQUIT'),
      errors: [{ path: 'spec.containers[0].lifecycle.stopSignal', message: `spec.containers[0].lifecycle.stopSignal: Forbidden: may not be set for containers with empty \`spec.os.name\`${GATE}` }],
    },
    {
      name: 'a signal Windows does not have',
      yaml: pod('\n    os: {name: windows}', 'SIGQUIT'),
      errors: [{ path: 'spec.containers[0].lifecycle.stopSignal', message: `spec.containers[0].lifecycle.stopSignal: Unsupported value: "SIGQUIT": supported values: "SIGKILL", "SIGTERM"${GATE}` }],
    },
    { name: 'a made-up Linux signal', yaml: pod('\n    os: {name: linux}', 'SIGSTOPNOW'), errors: [{ path: 'spec.containers[0].lifecycle.stopSignal', message: /Unsupported value: "SIGSTOPNOW": supported values: "SIGABRT", "SIGALRM", .*"SIGRTMAX-1", .*"SIGXFSZ"/ }] },
  ],
});
