import { rule } from '../../src/rules/privileged-container';
import { ruleTester, yaml } from '../ruleTester';

const restricted = 'securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}';
const pod = (app: string, podFields = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:${podFields}
    containers:
    - name: app
      image: registry.example.com/app:1
      ${app}`;
const withContext = (fields: string) => pod(`securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]${fields}}}`, '\n    securityContext: {seccompProfile: {type: RuntimeDefault}}');

ruleTester(rule, {
  valid: [
    { name: 'a restricted container', yaml: pod(restricted) },
    {
      name: 'non-root and seccomp at the Pod level',
      yaml: pod('securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}', '\n    securityContext: {runAsNonRoot: true, runAsUser: 10001, seccompProfile: {type: Localhost, localhostProfile: app.json}}'),
    },
    { name: 'NET_BIND_SERVICE added back', yaml: withContext(', add: [NET_BIND_SERVICE]') },
    { name: 'safe sysctls', yaml: pod(restricted, '\n    securityContext: {sysctls: [{name: net.ipv4.ip_local_port_range, value: "1024 65535"}]}') },
    {
      name: "Istio's iptables init container with NET_ADMIN and NET_RAW, as root",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          securityContext: {seccompProfile: {type: RuntimeDefault}}
          initContainers:
          - name: istio-init
            image: docker.io/istio/proxyv2:1.24.0
            args: [istio-iptables, -p, "15001"]
            securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [NET_ADMIN, NET_RAW], drop: [ALL]}, privileged: false, runAsNonRoot: false, runAsUser: 0}
          containers:
          - name: app
            image: registry.example.com/app:1
            ${restricted}`,
    },
    {
      name: 'a Windows Pod is not asked for the Linux-only controls',
      yaml: pod('securityContext: {runAsNonRoot: true}', '\n    os: {name: windows}'),
    },
    {
      name: 'an override stub for an injector (no image)',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers:
          - name: app
            image: registry.example.com/app:1
            ${restricted}
          - name: istio-proxy
            resources: {limits: {memory: 1Gi}}`,
    },
  ],
  invalid: [
    {
      name: 'no securityContext at all: one restricted finding',
      yaml: pod('args: [serve]'),
      errors: [
        {
          path: 'spec.containers[0]',
          message: '"app" does not meet the Pod Security Standards restricted level: set allowPrivilegeEscalation: false ("Privilege Escalation"), runAsNonRoot: true ("Running as Non-root"), capabilities.drop: [ALL] ("Capabilities"), seccompProfile.type: RuntimeDefault ("Seccomp") in its securityContext (runAsNonRoot and seccompProfile may go in the Pod\'s). A namespace that enforces restricted refuses the Pod.',
        },
      ],
    },
    {
      name: 'privileged, in an init container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          securityContext: {seccompProfile: {type: RuntimeDefault}}
          initContainers:
          - name: setup
            image: busybox:1.37
            securityContext: {privileged: true, allowPrivilegeEscalation: true, runAsNonRoot: true, capabilities: {drop: [ALL]}}
          containers:
          - name: app
            image: registry.example.com/app:1
            ${restricted}`,
      errors: [
        { path: 'spec.initContainers[0].securityContext', message: '"setup" does not meet the Pod Security Standards restricted level: set allowPrivilegeEscalation: false ("Privilege Escalation") in its securityContext' },
        {
          path: 'spec.initContainers[0].securityContext.privileged',
          message: '"setup" runs privileged (privileged: true): it gets every capability and the node\'s devices, so whoever controls the container controls the node. It breaks the Pod Security Standards baseline level (control "Privileged Containers"): remove privileged and add only the capabilities it needs.',
        },
      ],
    },
    {
      name: 'capabilities beyond the baseline set, in a sidecar',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
          initContainers:
          - name: vpn
            image: registry.example.com/vpn:1
            restartPolicy: Always
            securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [NET_ADMIN, SYS_TIME], drop: [ALL]}}
          containers:
          - name: app
            image: registry.example.com/app:1
            ${restricted}`,
      errors: [
        {
          path: 'spec.initContainers[0].securityContext.capabilities.add',
          message: '"vpn" adds NET_ADMIN, SYS_TIME: capabilities beyond the baseline set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). It breaks the Pod Security Standards baseline level (control "Capabilities"): remove them, or give the work to a node-level component.',
        },
      ],
    },
    {
      name: 'a baseline capability other than NET_BIND_SERVICE breaks restricted only',
      yaml: withContext(', add: [CHOWN]'),
      errors: [{ path: 'spec.containers[0].securityContext', message: 'set no capabilities.add but NET_BIND_SERVICE (it adds CHOWN; "Capabilities") in its securityContext' }],
    },
    {
      name: 'running as user 0',
      yaml: pod('securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 0, capabilities: {drop: [ALL]}}', '\n    securityContext: {seccompProfile: {type: RuntimeDefault}}'),
      errors: [{ path: 'spec.containers[0].securityContext', message: 'set a runAsUser other than 0 ("Running as Non-root user") in its securityContext' }],
    },
    {
      name: 'procMount Unmasked',
      yaml: pod(`securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}, procMount: Unmasked}`),
      errors: [{ path: 'spec.containers[0].securityContext.procMount', message: '"app" asks for a /proc mount other than Default (procMount: Unmasked): unmasked, the kernel paths the runtime hides are visible and writable to it. It breaks the Pod Security Standards baseline level (control "/proc Mount Type"): remove procMount or set Default.' }],
    },
    {
      name: 'seccomp Unconfined on the Pod, and an unsafe sysctl',
      yaml: pod(restricted, '\n    securityContext: {seccompProfile: {type: Unconfined}, sysctls: [{name: kernel.msgmax, value: "65536"}]}'),
      errors: [
        { path: 'spec.securityContext.seccompProfile.type', message: 'The Pod turns seccomp off for the containers that do not set their own (spec.securityContext.seccompProfile.type: Unconfined): every system call is open to them, including the ones container escapes use. It breaks the Pod Security Standards baseline level (control "Seccomp"): use RuntimeDefault.' },
        { path: 'spec.securityContext.sysctls[0].name', message: 'The Pod sets sysctl "kernel.msgmax", which is not among the safe sysctls: it is not isolated between Pods, or may affect the whole node, and the kubelet refuses it unless allowed with --allowed-unsafe-sysctls. It breaks the Pod Security Standards baseline level (control "Sysctls"): remove it, or set it on the node.' },
      ],
    },
    {
      name: 'AppArmor Unconfined on a container, in a Deployment',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: registry.example.com/web:1
                securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}, appArmorProfile: {type: Unconfined}}`,
      errors: [{ path: 'spec.template.spec.containers[0].securityContext.appArmorProfile.type', message: '"web" turns AppArmor off (appArmorProfile.type: Unconfined): every system call and file access is open to it, including the ones container escapes use. It breaks the Pod Security Standards baseline level (control "AppArmor"): use RuntimeDefault.' }],
    },
  ],
});
