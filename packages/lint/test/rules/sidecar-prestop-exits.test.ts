import { rule } from '../../src/rules/sidecar-prestop-exits';
import { ruleTester, yaml } from '../ruleTester';

const pod = (preStop: string, lane: 'initContainers' | 'containers' = 'initContainers') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    ${lane}:
    - name: proxy
      image: envoyproxy/envoy:v1.31.0${lane === 'initContainers' ? '\n      restartPolicy: Always' : ''}
      lifecycle: {preStop: ${preStop}}
${lane === 'initContainers' ? '    containers:\n' : ''}    - {name: app, image: registry.example.com/app:1}`;

ruleTester(rule, {
  valid: [
    { name: 'a drain that keeps the proxy running', yaml: pod(`{exec: {command: [pilot-agent, request, POST, drain]}}`) },
    { name: "killall -USR2 asks for a drain (Kuma's preStop), it does not end the process", yaml: pod(`{exec: {command: [killall, -USR2, kuma-dp]}}`) },
    { name: 'the word quitquitquit in an echo calls nothing', yaml: pod(`{exec: {command: [sh, -c, "echo will not call quitquitquit; sleep 5"]}}`) },
    { name: 'a legacy sidecar may stop itself (nothing stops it after the app)', yaml: pod(`{exec: {command: [sh, -c, "kill 1"]}}`, 'containers') },
  ],
  invalid: [
    { name: 'kill 1', yaml: pod(`{exec: {command: [sh, -c, "sleep 5; kill -TERM 1"]}}`), errors: [{ path: 'spec.initContainers[0].lifecycle.preStop', message: '(`kill -TERM 1`)' }] },
    { name: 'quitquitquit over HTTP', yaml: pod(`{httpGet: {path: /quitquitquit, port: 15000}}`), errors: [{ path: 'spec.initContainers[0].lifecycle.preStop', message: 'quitquitquit' }] },
    { name: 'pkill, SIGTERM by default', yaml: pod(`{exec: {command: [sh, -c, "pkill envoy || true"]}}`), errors: [{ path: 'spec.initContainers[0].lifecycle.preStop', message: '(`pkill`)' }] },
    { name: 'nginx -s quit', yaml: pod(`{exec: {command: [nginx, -s, quit]}}`), errors: [{ path: 'spec.initContainers[0].lifecycle.preStop', message: 'at the same time as the app\'s' }] },
  ],
});
