/**
 * The Kubernetes reference page for a field: the "More info" link of its description
 * when it has one, else the API reference section of its type. Only a link: nothing is
 * fetched.
 */
import { helpFor } from './help';

const API = 'https://kubernetes.io/docs/reference/kubernetes-api/';
const POD = `${API}workload-resources/pod-v1/`;

/** The reference section each schema type is described in (the pages' own anchors: one per top-level type). */
const CONTAINER_TYPES = ['Container', 'EnvVar', 'EnvFromSource', 'ConfigMapKeySelector', 'SecretKeySelector', 'ObjectFieldSelector', 'ResourceFieldSelector', 'ConfigMapEnvSource', 'SecretEnvSource', 'ResourceRequirements', 'SecurityContext', 'Capabilities', 'Lifecycle'];
const TYPE_PAGES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CONTAINER_TYPES.map((type) => [type, `${POD}#Container`])),
  PodSpec: `${POD}#PodSpec`,
  Toleration: `${POD}#PodSpec`,
  LifecycleHandler: `${POD}#LifecycleHandler`,
  SleepAction: `${POD}#LifecycleHandler`,
  Probe: `${POD}#Probe`,
  HTTPGetAction: `${POD}#Probe`,
  TCPSocketAction: `${POD}#Probe`,
  ExecAction: `${POD}#Probe`,
  GRPCAction: `${POD}#Probe`,
  ObjectMeta: `${API}common-definitions/object-meta/#ObjectMeta`,
};
const VOLUME = `${API}config-and-storage-resources/volume/#Volume`;

/** `Probe.httpGet` → a kubernetes.io URL. */
export function referenceFor(key: string): string {
  const more = /More info: (https:\/\/\S+?)[.,)]?(?:\s|$)/.exec(helpFor(key) ?? '');
  if (more?.[1]) return more[1];
  const type = key.slice(0, key.indexOf('.'));
  return Object.hasOwn(TYPE_PAGES, type) ? (TYPE_PAGES[type] as string) : VOLUME;
}
