/** A pod that sets every field the inspector models, with comments beside them: the field tables' test fixture. */
export const EVERY_FIELD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: shop # the object's name
  namespace: prod
  labels:
    app: shop # selected by the Service
    tier: web
  annotations:
    team: checkout
spec:
  restartPolicy: Always
  terminationGracePeriodSeconds: 45 # drains the queue
  activeDeadlineSeconds: 600
  priorityClassName: high
  serviceAccountName: shop
  shareProcessNamespace: true
  hostNetwork: true
  dnsPolicy: ClusterFirstWithHostNet
  nodeSelector:
    disktype: ssd
  tolerations:
  - key: dedicated
    operator: Equal
    value: shop
    effect: NoSchedule
    tolerationSeconds: 60
  initContainers:
  - name: migrate
    image: migrate:1
  - name: log-collector
    image: fluent-bit:3
    restartPolicy: Always # native sidecar
    startupProbe:
      grpc:
        port: 2020
        service: health
  containers:
  - name: app
    image: nginx:1.27 # pinned
    imagePullPolicy: IfNotPresent
    command: ["nginx"]
    args:
    - -g
    - daemon off;
    workingDir: /srv
    env:
    - name: MODE
      value: production # or staging
    - name: DB_HOST
      valueFrom:
        configMapKeyRef:
          name: db
          key: host
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: db-secret
          key: password
    - name: POD_NAME
      valueFrom:
        fieldRef:
          fieldPath: metadata.name
    - name: MEMORY
      valueFrom:
        resourceFieldRef:
          resource: limits.memory
          containerName: app
          divisor: 1Mi
    envFrom:
    - configMapRef:
        name: shop-config
      prefix: SHOP_
    ports:
    - name: http
      containerPort: 80
    resources:
      requests:
        cpu: 250m # a quarter core
        memory: 256Mi
      limits:
        cpu: 1
        memory: 512Mi # the OOM line
    livenessProbe:
      httpGet:
        path: /healthz
        port: http
        scheme: HTTP
      initialDelaySeconds: 5
      periodSeconds: 10 # every ten seconds
      timeoutSeconds: 2
      successThreshold: 1
      failureThreshold: 3
    readinessProbe:
      tcpSocket:
        port: 80
    startupProbe:
      exec:
        command: ["cat", "/tmp/ready"]
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "echo started"]
      preStop:
        sleep:
          seconds: 10 # let the load balancer notice
    securityContext:
      runAsUser: 1000
      runAsNonRoot: true
      readOnlyRootFilesystem: true
      allowPrivilegeEscalation: false
      privileged: false
      capabilities:
        add: ["NET_BIND_SERVICE"]
        drop: ["ALL"]
    volumeMounts:
    - name: cache
      mountPath: /cache
  volumes:
  - name: cache
    emptyDir:
      medium: Memory
      sizeLimit: 64Mi # tmpfs counts as memory
  - name: config
    configMap:
      name: shop-config
      optional: true
  - name: tls
    secret:
      secretName: shop-tls
      optional: false
  - name: data
    persistentVolumeClaim:
      claimName: shop-data
      readOnly: true
  - name: host
    hostPath:
      path: /var/lib/shop
      type: Directory
  - name: bundle
    projected:
      sources:
      - configMap:
          name: shop-config
  - name: podinfo
    downwardAPI:
      items:
      - path: labels
        fieldRef:
          fieldPath: metadata.labels
  - name: csi-data
    csi:
      driver: csi.example.com
      fsType: ext4
      readOnly: true
      volumeAttributes:
        size: 1Gi
  - name: models
    image:
      reference: registry.example.com/models:1
      pullPolicy: IfNotPresent
`;
