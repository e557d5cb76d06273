/** Test fixtures: real PodViews projected from YAML, so the tests use the shapes the app sees. */
import { parseManifest, projectPod, type ContainerView, type PodView } from '@podsmith/manifest';

export const POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: migrate
    image: migrate:1
  - name: log-collector
    image: fluent-bit:3
    restartPolicy: Always
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
      readOnly: true
  containers:
  - name: app
    image: nginx:1.27
    args: ["-g", "daemon off;"]
    ports:
    - name: http
      containerPort: 80
    - containerPort: 8080
    volumeMounts:
    - name: logs
      mountPath: /var/log/nginx
    - name: config
      mountPath: /etc/nginx
      subPathExpr: $(POD_NAME)
  volumes:
  - name: logs
    emptyDir: {}
  - name: config
    configMap:
      name: nginx
`;

export function podFrom(yaml: string): PodView {
  const parsed = parseManifest(yaml);
  const ref = parsed.pods[0];
  const pod = ref && projectPod(parsed, ref);
  if (!pod) throw new Error('fixture has no pod');
  return pod;
}

export function containerOf(pod: PodView, name: string): ContainerView {
  const container = pod.containers.find((c) => c.name === name);
  if (!container) throw new Error(`no container ${name}`);
  return container;
}
