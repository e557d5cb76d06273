/**
 * The container's fields, as data: what the inspector shows for a container and how
 * each field reads, writes and is checked. Which fields show can depend on the YAML
 * (an httpGet probe shows its path and port), so the table is a function of the pod.
 */
import { valueAt, type ContainerView, type PodView, type YamlPath } from '@podsmith/manifest';
import { fieldPath } from '@podsmith/lint/paths';
import { containerNameError, imageError } from '../validate';
import {
  dnsSubdomainError,
  envNameError,
  portOrNameError,
  requestLimitError,
  requiredError,
  resourceApiPath,
  sleepSecondsError,
  successThresholdError,
} from './checks';
import { boolKind, FLAG, fieldsAt, intKind, LINES, PORT_OR_NAME, quantityKind, selectKind, TEXT, textKind, type Choice } from './kinds';
import type { FieldSpec, RowList, Section } from './model';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const PROBES = ['startupProbe', 'readinessProbe', 'livenessProbe'] as const;
const TIMINGS = ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'] as const;
const TIMING_DEFAULTS: Readonly<Record<(typeof TIMINGS)[number], string>> = {
  initialDelaySeconds: '0',
  periodSeconds: '10',
  timeoutSeconds: '1',
  successThreshold: '1',
  failureThreshold: '3',
};
const RESOURCE_FIELDS = ['limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage'];

/** The container's path from the workload object's root. */
export function containerBase(pod: PodView, container: ContainerView): YamlPath {
  return container.path.slice(pod.workload.path.length);
}

/** A port for a new probe or hook: the container's first, else 8080. */
function firstPort(container: ContainerView): string | number {
  const port = container.ports[0];
  return port?.name ?? port?.containerPort ?? 8080;
}

function handlerChoices(container: ContainerView, kinds: readonly ('httpGet' | 'tcpSocket' | 'exec' | 'grpc' | 'sleep')[]): Choice[] {
  const port = firstPort(container);
  const initial = {
    httpGet: { path: '/healthz', port },
    tcpSocket: { port },
    exec: { command: ['true'] },
    grpc: { port: typeof port === 'number' ? port : 8080 },
    sleep: { seconds: 5 },
  };
  return kinds.map((k) => ({ value: k, path: [k], initial: initial[k] }));
}

/** The fields of a handler (a probe's or a hook's), for the handler the YAML has. */
function handlerFields(object: unknown, base: YamlPath, at: ReturnType<typeof fieldsAt>, rel: YamlPath): FieldSpec[] {
  const has = (key: string) => valueAt(object, [...base, ...rel, key]) !== undefined;
  const api = (...keys: string[]) => fieldPath([...base, ...rel, ...keys]);
  const fields: FieldSpec[] = [];
  if (has('httpGet')) {
    fields.push(at.value([...rel, 'httpGet', 'path'], textKind('/'), { help: 'HTTPGetAction.path' }));
    fields.push(at.value([...rel, 'httpGet', 'port'], PORT_OR_NAME, { help: 'HTTPGetAction.port', validate: (t) => portOrNameError(t, api('httpGet', 'port')) }));
    fields.push(at.value([...rel, 'httpGet', 'scheme'], selectKind(['HTTP', 'HTTPS'], 'not set (HTTP)'), { help: 'HTTPGetAction.scheme' }));
  }
  if (has('tcpSocket')) fields.push(at.value([...rel, 'tcpSocket', 'port'], PORT_OR_NAME, { help: 'TCPSocketAction.port', validate: (t) => portOrNameError(t, api('tcpSocket', 'port')) }));
  if (has('exec')) {
    fields.push(at.value([...rel, 'exec', 'command'], LINES, { help: 'ExecAction.command', label: `${fieldPath([...rel, 'exec', 'command'])} (one per line)`, validate: (t) => requiredError(t, api('exec', 'command')) }));
  }
  if (has('grpc')) {
    fields.push(at.value([...rel, 'grpc', 'port'], intKind(1), { help: 'GRPCAction.port', validate: (t) => requiredError(t, api('grpc', 'port')) }));
    fields.push(at.value([...rel, 'grpc', 'service'], TEXT, { help: 'GRPCAction.service' }));
  }
  if (has('sleep')) fields.push(at.value([...rel, 'sleep', 'seconds'], intKind(0), { help: 'SleepAction.seconds', validate: (t, ctx) => sleepSecondsError(t, api('sleep'), ctx) }));
  return fields;
}

function probeSection(pod: PodView, container: ContainerView, probe: (typeof PROBES)[number]): Section {
  const base = containerBase(pod, container);
  const at = fieldsAt(base);
  const object = pod.workload.object;
  const fields = [at.choice([probe], handlerChoices(container, ['httpGet', 'tcpSocket', 'exec', 'grpc']), { help: `Container.${probe}`, label: `${probe} handler`, unset: 'none' })];
  if (valueAt(object, [...base, probe]) !== undefined) {
    fields.push(...handlerFields(object, base, at, [probe]));
    for (const timing of TIMINGS) {
      const api = fieldPath([...base, probe, timing]);
      fields.push(
        at.value([probe, timing], intKind(0, `${TIMING_DEFAULTS[timing]} (default)`), {
          help: `Probe.${timing}`,
          ...(timing === 'successThreshold' && { validate: (t: string) => successThresholdError(t, api, probe) }),
        }),
      );
    }
  }
  return { title: probe, fields };
}

function hooksSection(pod: PodView, container: ContainerView): Section {
  const base = containerBase(pod, container);
  const at = fieldsAt(base);
  const object = pod.workload.object;
  const fields = (['postStart', 'preStop'] as const).flatMap((hook) => {
    const rel = ['lifecycle', hook];
    const choice = at.choice(rel, handlerChoices(container, ['exec', 'httpGet', 'sleep']), { help: `Lifecycle.${hook}`, label: `lifecycle.${hook} handler`, unset: 'none' });
    return [choice, ...handlerFields(object, base, at, rel)];
  });
  return { title: 'Lifecycle hooks', fields };
}

function resourcesSection(pod: PodView, container: ContainerView): Section {
  const base = containerBase(pod, container);
  const at = fieldsAt(base);
  const resources = [...base, 'resources'];
  const fields = (['requests', 'limits'] as const).flatMap((list) =>
    (['cpu', 'memory'] as const).map((name) =>
      at.value(['resources', list, name], quantityKind(name === 'memory'), {
        help: `ResourceRequirements.${list}`,
        apiPath: resourceApiPath(resources, list, name),
        validate: (t, ctx) => requestLimitError(t, ctx, resources, list, name),
      }),
    ),
  );
  return { title: 'Resources', fields };
}

function securitySection(pod: PodView, container: ContainerView): Section {
  const at = fieldsAt(containerBase(pod, container));
  const sc = (key: string) => ['securityContext', key];
  return {
    title: 'Security context',
    fields: [
      at.value(sc('runAsUser'), intKind(0, 'the image’s user'), { help: 'SecurityContext.runAsUser' }),
      at.value(sc('runAsNonRoot'), boolKind('not set'), { help: 'SecurityContext.runAsNonRoot' }),
      at.value(sc('readOnlyRootFilesystem'), boolKind('not set (false)'), { help: 'SecurityContext.readOnlyRootFilesystem' }),
      at.value(sc('allowPrivilegeEscalation'), boolKind('not set (true)'), { help: 'SecurityContext.allowPrivilegeEscalation' }),
      at.value(sc('privileged'), boolKind('not set (false)'), { help: 'SecurityContext.privileged' }),
      at.value(['securityContext', 'capabilities', 'add'], LINES, { help: 'Capabilities.add', label: 'securityContext.capabilities.add (one per line)' }),
      at.value(['securityContext', 'capabilities', 'drop'], LINES, { help: 'Capabilities.drop', label: 'securityContext.capabilities.drop (one per line)' }),
    ],
  };
}

/** One env var's fields: its name, where its value comes from, and that source's fields. */
function envRow(pod: PodView, base: YamlPath, index: number): FieldSpec[] {
  const item = [...base, 'env', index];
  const at = fieldsAt(item);
  const api = (...keys: string[]) => fieldPath([...item, ...keys]);
  const name = valueAt(pod.workload.object, [...item, 'name']);
  const key = typeof name === 'string' && name !== '' ? name : 'KEY';
  const ref = (source: string, initial: unknown): Choice => ({ value: source, path: ['valueFrom', source], initial });
  const sources: Choice[] = [
    { value: 'value', path: ['value'], initial: '' },
    ref('configMapKeyRef', { name: 'config', key }),
    ref('secretKeyRef', { name: 'secret', key }),
    ref('fieldRef', { fieldPath: 'metadata.name' }),
    ref('resourceFieldRef', { resource: 'limits.memory' }),
  ];
  const label = (rel: YamlPath) => `env[${index}].${fieldPath(rel)}`;
  const fields = [
    at.value(['name'], TEXT, { help: 'EnvVar.name', label: label(['name']), validate: (t, ctx) => envNameError(t, api('name'), ctx) }),
    at.choice([], sources, { help: 'EnvVar.valueFrom', label: `env[${index}] source`, implied: 'value' }),
  ];
  const has = (...keys: string[]) => valueAt(pod.workload.object, [...item, ...keys]) !== undefined;
  if (has('value') || !has('valueFrom')) fields.push(at.value(['value'], TEXT, { help: 'EnvVar.value', label: label(['value']) }));
  for (const selector of ['configMapKeyRef', 'secretKeyRef'] as const) {
    if (!has('valueFrom', selector)) continue;
    const type = selector === 'configMapKeyRef' ? 'ConfigMapKeySelector' : 'SecretKeySelector';
    fields.push(at.value(['valueFrom', selector, 'name'], TEXT, { help: `${type}.name`, label: label(['valueFrom', selector, 'name']), validate: (t) => dnsSubdomainError(t, api('valueFrom', selector, 'name')) }));
    fields.push(at.value(['valueFrom', selector, 'key'], TEXT, { help: `${type}.key`, label: label(['valueFrom', selector, 'key']), validate: (t) => requiredError(t, api('valueFrom', selector, 'key')) }));
  }
  if (has('valueFrom', 'fieldRef')) {
    fields.push(at.value(['valueFrom', 'fieldRef', 'fieldPath'], textKind('metadata.name, status.podIP, ...'), { help: 'ObjectFieldSelector.fieldPath', label: label(['valueFrom', 'fieldRef', 'fieldPath']), validate: (t) => requiredError(t, api('valueFrom', 'fieldRef', 'fieldPath')) }));
  }
  if (has('valueFrom', 'resourceFieldRef')) {
    fields.push(at.value(['valueFrom', 'resourceFieldRef', 'resource'], selectKind(RESOURCE_FIELDS), { help: 'ResourceFieldSelector.resource', label: label(['valueFrom', 'resourceFieldRef', 'resource']) }));
    fields.push(at.value(['valueFrom', 'resourceFieldRef', 'containerName'], TEXT, { help: 'ResourceFieldSelector.containerName', label: label(['valueFrom', 'resourceFieldRef', 'containerName']) }));
    fields.push(at.value(['valueFrom', 'resourceFieldRef', 'divisor'], quantityKind(false), { help: 'ResourceFieldSelector.divisor', label: label(['valueFrom', 'resourceFieldRef', 'divisor']) }));
  }
  return fields;
}

/** One envFrom source: which kind, its name, and the prefix. */
function envFromRow(pod: PodView, base: YamlPath, index: number): FieldSpec[] {
  const item = [...base, 'envFrom', index];
  const at = fieldsAt(item);
  const label = (rel: YamlPath) => `envFrom[${index}].${fieldPath(rel)}`;
  const refs = [
    { key: 'configMapRef', type: 'ConfigMapEnvSource', initial: { name: 'config' } },
    { key: 'secretRef', type: 'SecretEnvSource', initial: { name: 'secret' } },
  ];
  const fields = [at.choice([], refs.map((r) => ({ value: r.key, path: [r.key], initial: r.initial })), { help: 'EnvFromSource.configMapRef', label: `envFrom[${index}] source` })];
  // Only the name of the source it has: writing the other's would add a second source.
  for (const { key, type } of refs.filter((r) => valueAt(pod.workload.object, [...item, r.key]) !== undefined)) {
    fields.push(at.value([key, 'name'], TEXT, { help: `${type}.name`, label: label([key, 'name']), validate: (t) => dnsSubdomainError(t, fieldPath([...item, key, 'name'])) }));
  }
  fields.push(at.value(['prefix'], TEXT, { help: 'EnvFromSource.prefix', label: label(['prefix']) }));
  return fields;
}

function environmentSection(pod: PodView, container: ContainerView): Section {
  const base = containerBase(pod, container);
  const object = pod.workload.object;
  const count = (key: string) => {
    const list = valueAt(object, [...base, key]);
    return Array.isArray(list) ? list.length : 0;
  };
  const env: RowList = {
    path: [...base, 'env'],
    noun: 'env var',
    added: { name: 'NAME', value: '' },
    rows: Array.from({ length: count('env') }, (_, i) => ({ title: `env[${i}]`, fields: envRow(pod, base, i) })),
  };
  const envFrom: RowList = {
    path: [...base, 'envFrom'],
    noun: 'envFrom source',
    added: { configMapRef: { name: 'config' } },
    rows: Array.from({ length: count('envFrom') }, (_, i) => ({ title: `envFrom[${i}]`, fields: envFromRow(pod, base, i) })),
  };
  return { title: 'Environment', fields: [], lists: [env, envFrom] };
}

/** Every section of a container's form, in the order the fields are usually written. */
export function containerSections(pod: PodView, container: ContainerView): Section[] {
  const base = containerBase(pod, container);
  const at = fieldsAt(base);
  const basics: FieldSpec[] = [
    at.value(['name'], TEXT, { help: 'Container.name', validate: (t) => containerNameError(t, pod, container.ref) }),
    at.value(['image'], TEXT, { help: 'Container.image', validate: (t) => imageError(t) }),
    at.value(['imagePullPolicy'], selectKind(PULL_POLICIES, 'not set (IfNotPresent, or Always for :latest)'), { help: 'Container.imagePullPolicy' }),
    at.value(['command'], LINES, { help: 'Container.command', label: 'command (one per line)' }),
    at.value(['args'], LINES, { help: 'Container.args', label: 'args (one per line)' }),
    at.value(['workingDir'], textKind('the image’s WORKDIR'), { help: 'Container.workingDir' }),
  ];
  // The sidecar switch: an init container with restartPolicy Always runs beside the app.
  if (container.ref.list === 'initContainers') {
    basics.push(at.value(['restartPolicy'], { ...FLAG, format: (v) => String(v === 'Always'), parse: (t) => (t === 'true' ? 'Always' : undefined) }, { help: 'Container.restartPolicy', label: 'restartPolicy: Always (native sidecar)' }));
  }
  const probes = container.ref.list === 'containers' || container.lane === 'sidecar';
  return [
    { title: 'Container', fields: basics },
    environmentSection(pod, container),
    { title: 'Ports', fields: [], custom: 'ports', covers: [[...base, 'ports']] },
    resourcesSection(pod, container),
    // Probes and hooks are forbidden on run-to-completion init containers.
    ...(probes ? [...PROBES.map((p) => probeSection(pod, container, p)), hooksSection(pod, container)] : []),
    securitySection(pod, container),
    { title: 'Volume mounts', fields: [], custom: 'mounts', covers: [[...base, 'volumeMounts']] },
  ];
}
