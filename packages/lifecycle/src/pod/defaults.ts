/**
 * The API server's defaults (pkg/apis/core/v1/defaults.go), applied before any rule
 * checks, because validation and the kubelet both see the defaulted object: an absent
 * restartPolicy is Always, an absent grace period is 30 s, a probe without timings
 * probes every 10 s with a 1 s timeout, a port without protocol is TCP, and so on.
 *
 * `applyDefaults` is pure: it returns a defaulted plain copy of the fields the rules
 * read, shaped like the Kubernetes object (same keys, so YAML paths stay valid).
 * Fields of the wrong type read as absent and get the default.
 */
import type { K8sPodSpec } from '@podsmith/manifest';
import { arrayOr, intOrStringOr, isRecord, numberOr, recordOr, stringOr, stringsOf, type PlainRecord } from './plain';

export type IntOrString = number | string;

export interface HttpGetAction {
  readonly port?: IntOrString;
  readonly host?: string;
  readonly path: string;
  readonly scheme: string;
}

/** A probe or lifecycle handler; more than one of these set is an API error. */
export interface Handler {
  readonly exec?: { readonly command: readonly string[] };
  readonly httpGet?: HttpGetAction;
  readonly tcpSocket?: { readonly port?: IntOrString; readonly host?: string };
  readonly grpc?: { readonly port?: number; readonly service?: string };
  readonly sleep?: { readonly seconds?: number };
}

export interface Probe extends Handler {
  readonly initialDelaySeconds: number;
  readonly timeoutSeconds: number;
  readonly periodSeconds: number;
  readonly successThreshold: number;
  readonly failureThreshold: number;
  readonly terminationGracePeriodSeconds?: number;
}

export interface Lifecycle {
  readonly postStart?: Handler;
  readonly preStop?: Handler;
}

export interface DefaultedPort {
  readonly name?: string;
  readonly containerPort?: number;
  /** With hostNetwork, defaulted to containerPort. */
  readonly hostPort?: number;
  readonly hostIP: string;
  readonly protocol: string;
}

export interface EnvVar {
  readonly name: string;
  readonly value?: string;
}

export type ResourceList = Readonly<Record<string, string | number>>;

export interface DefaultedContainer {
  readonly name: string;
  readonly restartPolicy?: string;
  readonly imagePullPolicy: string;
  readonly terminationMessagePolicy: string;
  readonly ports: readonly DefaultedPort[];
  readonly livenessProbe?: Probe;
  readonly readinessProbe?: Probe;
  readonly startupProbe?: Probe;
  readonly lifecycle: Lifecycle;
  /** Requests default to limits for every resource that has a limit and no request. */
  readonly resources: { readonly requests: ResourceList; readonly limits: ResourceList };
  readonly env: readonly EnvVar[];
  readonly privileged: boolean;
}

/**
 * Volume sources in the order validateVolumeSource visits them: with two sources set,
 * the API server reports the second one met in this order.
 */
export const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'flocker', 'persistentVolumeClaim', 'rbd', 'quobyte', 'cinder', 'cephfs', 'downwardAPI', 'fc',
  'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume', 'azureDisk', 'projected', 'scaleIO',
  'configMap', 'storageos', 'csi', 'ephemeral', 'image', 'flexVolume',
] as const;

export interface DefaultedVolume {
  readonly name: string;
  /** Known sources present, in validation order; `['emptyDir']` when none was given. */
  readonly sources: readonly string[];
  /** The volume with its defaults (emptyDir, defaultMode 0644, token expiry 3600 s). */
  readonly spec: PlainRecord;
}

export interface DefaultedPod {
  readonly restartPolicy: string;
  /** 30 when absent; negative values are treated as 1 (API warning). */
  readonly terminationGracePeriodSeconds: number;
  readonly dnsPolicy: string;
  readonly hostNetwork: boolean;
  readonly shareProcessNamespace: boolean;
  readonly activeDeadlineSeconds?: number;
  readonly initContainers: readonly DefaultedContainer[];
  readonly containers: readonly DefaultedContainer[];
  readonly ephemeralContainers: readonly DefaultedContainer[];
  readonly volumes: readonly DefaultedVolume[];
}

/** terminationGracePeriodSeconds when none is given. */
export const DEFAULT_GRACE_PERIOD_SECONDS = 30;
/** 0644, the mode of files projected from ConfigMaps, Secrets, the downward API. */
const DEFAULT_FILE_MODE = 0o644;
const DEFAULT_TOKEN_EXPIRATION_SECONDS = 3600;

/** Apply the API server's defaults to a pod spec. Pure; the input is not touched. */
export function applyDefaults(spec: K8sPodSpec): DefaultedPod {
  const hostNetwork = spec.hostNetwork === true;
  const containers = (list: unknown) => arrayOr(list).map((c) => defaultContainer(recordOr(c) ?? {}, hostNetwork));
  const grace = numberOr(spec.terminationGracePeriodSeconds) ?? DEFAULT_GRACE_PERIOD_SECONDS;
  return {
    restartPolicy: stringOr(spec.restartPolicy) || 'Always',
    terminationGracePeriodSeconds: grace < 0 ? 1 : grace,
    dnsPolicy: stringOr(spec.dnsPolicy) || 'ClusterFirst',
    hostNetwork,
    shareProcessNamespace: spec.shareProcessNamespace === true,
    activeDeadlineSeconds: numberOr(spec.activeDeadlineSeconds),
    initContainers: containers(spec.initContainers),
    containers: containers(spec.containers),
    ephemeralContainers: containers(spec.ephemeralContainers),
    volumes: arrayOr(spec.volumes).map((v) => defaultVolume(recordOr(v) ?? {})),
  };
}

function defaultContainer(c: PlainRecord, hostNetwork: boolean): DefaultedContainer {
  const image = stringOr(c.image) ?? '';
  const lifecycle = recordOr(c.lifecycle) ?? {};
  const resources = recordOr(c.resources) ?? {};
  const limits = resourceList(resources.limits);
  return {
    name: stringOr(c.name) ?? '',
    restartPolicy: stringOr(c.restartPolicy),
    imagePullPolicy: stringOr(c.imagePullPolicy) || defaultPullPolicy(image),
    terminationMessagePolicy: stringOr(c.terminationMessagePolicy) || 'File',
    ports: arrayOr(c.ports).map((p) => defaultPort(recordOr(p) ?? {}, hostNetwork)),
    livenessProbe: probe(c.livenessProbe),
    readinessProbe: probe(c.readinessProbe),
    startupProbe: probe(c.startupProbe),
    lifecycle: { postStart: handler(lifecycle.postStart), preStop: handler(lifecycle.preStop) },
    resources: { requests: { ...limits, ...resourceList(resources.requests) }, limits },
    env: arrayOr(c.env).flatMap((e) => {
      const name = stringOr(recordOr(e)?.name);
      return name === undefined ? [] : [{ name, value: stringOr(recordOr(e)?.value) }];
    }),
    privileged: recordOr(c.securityContext)?.privileged === true,
  };
}

/** `:latest` or no tag pulls Always; a tag or a digest pulls IfNotPresent. */
function defaultPullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  return colon < 0 || lastSegment.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultPort(p: PlainRecord, hostNetwork: boolean): DefaultedPort {
  const containerPort = numberOr(p.containerPort);
  const hostPort = numberOr(p.hostPort) || undefined;
  return {
    name: stringOr(p.name),
    containerPort,
    hostPort: hostNetwork && hostPort === undefined ? containerPort : hostPort,
    hostIP: stringOr(p.hostIP) ?? '',
    protocol: stringOr(p.protocol) || 'TCP',
  };
}

function handler(value: unknown): Handler | undefined {
  const h = recordOr(value);
  if (!h) return undefined;
  const exec = recordOr(h.exec);
  const httpGet = recordOr(h.httpGet);
  const tcpSocket = recordOr(h.tcpSocket);
  const grpc = recordOr(h.grpc);
  const sleep = recordOr(h.sleep);
  return {
    ...(exec && { exec: { command: stringsOf(exec.command) } }),
    ...(httpGet && {
      httpGet: {
        port: intOrStringOr(httpGet.port),
        host: stringOr(httpGet.host),
        path: stringOr(httpGet.path) || '/',
        scheme: stringOr(httpGet.scheme) || 'HTTP',
      },
    }),
    ...(tcpSocket && { tcpSocket: { port: intOrStringOr(tcpSocket.port), host: stringOr(tcpSocket.host) } }),
    ...(grpc && { grpc: { port: numberOr(grpc.port), service: stringOr(grpc.service) } }),
    ...(sleep && { sleep: { seconds: numberOr(sleep.seconds) } }),
  };
}

function probe(value: unknown): Probe | undefined {
  const p = recordOr(value);
  if (!p) return undefined;
  return {
    ...handler(p),
    initialDelaySeconds: numberOr(p.initialDelaySeconds) ?? 0,
    timeoutSeconds: numberOr(p.timeoutSeconds) || 1,
    periodSeconds: numberOr(p.periodSeconds) || 10,
    successThreshold: numberOr(p.successThreshold) || 1,
    failureThreshold: numberOr(p.failureThreshold) || 3,
    terminationGracePeriodSeconds: numberOr(p.terminationGracePeriodSeconds),
  };
}

function resourceList(value: unknown): ResourceList {
  const out: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(recordOr(value) ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
  }
  return out;
}

function defaultVolume(v: PlainRecord): DefaultedVolume {
  const present = VOLUME_SOURCES.filter((key) => v[key] !== undefined && v[key] !== null);
  // SetDefaults_Volume: a volume without any source is an emptyDir.
  const sources = present.length > 0 ? present : ['emptyDir'];
  const spec: Record<string, unknown> = { ...v };
  if (present.length === 0) spec.emptyDir = {};
  for (const key of ['configMap', 'secret', 'downwardAPI', 'projected'] as const) {
    const source = recordOr(v[key]);
    if (source && source.defaultMode === undefined) spec[key] = { ...source, defaultMode: DEFAULT_FILE_MODE };
  }
  const projected = recordOr(spec.projected);
  if (projected) spec.projected = { ...projected, sources: arrayOr(projected.sources).map(defaultProjection) };
  return { name: stringOr(v.name) ?? '', sources, spec };
}

function defaultProjection(source: unknown): unknown {
  const token = isRecord(source) ? recordOr(source.serviceAccountToken) : undefined;
  if (!token || token.expirationSeconds !== undefined) return source;
  return { ...(source as PlainRecord), serviceAccountToken: { ...token, expirationSeconds: DEFAULT_TOKEN_EXPIRATION_SECONDS } };
}
