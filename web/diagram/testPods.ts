/** Pods for the diagram's tests, written as users write them. */
import { parseManifest, projectPod, type PodView } from '@podsmith/manifest';

export function podOf(text: string): PodView {
  const parsed = parseManifest(text);
  const ref = parsed.pods[0];
  const pod = ref && projectPod(parsed, ref);
  if (!pod) throw new Error('the test manifest has no pod');
  return pod;
}

/** Two init containers around a native sidecar, two main containers, two volumes. */
export const FULL_POD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      initContainers:
      - name: wait-for-db
        image: busybox:1.37.0
      - name: proxy
        image: envoyproxy/envoy:v1.31.2
        restartPolicy: Always
        ports:
        - containerPort: 10000
        - containerPort: 9901
          protocol: UDP
      - name: migrate
        image: migrate:1.0
        volumeMounts:
        - name: config
          mountPath: /etc/migrate
          readOnly: true
          subPath: migrate.conf
      containers:
      - name: app
        image: nginx:1.27.3
        ports:
        - name: http
          containerPort: 8080
        volumeMounts:
        - name: logs
          mountPath: /var/log/app
        - name: config
          mountPath: /etc/app
      - name: worker
        image: worker:2.0
      volumes:
      - name: logs
        emptyDir: {}
      - name: config
        configMap:
          name: app-config
`;

/** The same pod with one more main container at the end. */
export const FULL_POD_PLUS_ONE = FULL_POD.replace(
  '      volumes:\n',
  '      - name: metrics\n        image: exporter:0.1\n      volumes:\n',
);
