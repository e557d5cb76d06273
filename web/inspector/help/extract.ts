/**
 * Field help for the inspector comes from the Kubernetes OpenAPI descriptions. The schema
 * file is 650 KB, far over the first-load budget, so only the descriptions the forms show
 * are copied into fieldHelp.generated.ts. help.test.ts regenerates it from schemas.json
 * (`npx vitest run web/inspector/help -u`) and fails when the two drift apart.
 */

/** Which schema properties the forms show; `'*'` takes every property (all volume sources). */
export const HELP_FIELDS: Readonly<Record<string, readonly string[] | '*'>> = {
  ObjectMeta: ['name', 'namespace', 'labels', 'annotations'],
  PodSpec: ['terminationGracePeriodSeconds', 'restartPolicy', 'activeDeadlineSeconds', 'priorityClassName', 'serviceAccountName', 'shareProcessNamespace', 'hostNetwork', 'dnsPolicy', 'nodeSelector'],
  Toleration: ['key', 'operator', 'value', 'effect', 'tolerationSeconds'],
  Container: ['name', 'image', 'imagePullPolicy', 'command', 'args', 'workingDir', 'ports', 'volumeMounts', 'restartPolicy', 'startupProbe', 'readinessProbe', 'livenessProbe'],
  ContainerPort: ['name', 'containerPort', 'protocol', 'hostPort'],
  VolumeMount: ['name', 'mountPath', 'readOnly', 'subPath', 'subPathExpr'],
  EnvVar: ['name', 'value', 'valueFrom'],
  ConfigMapKeySelector: ['name', 'key'],
  SecretKeySelector: ['name', 'key'],
  ObjectFieldSelector: ['fieldPath'],
  ResourceFieldSelector: ['resource', 'containerName', 'divisor'],
  EnvFromSource: ['configMapRef', 'prefix'],
  ConfigMapEnvSource: ['name'],
  SecretEnvSource: ['name'],
  ResourceRequirements: ['requests', 'limits'],
  Probe: ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'],
  Lifecycle: ['postStart', 'preStop'],
  HTTPGetAction: ['path', 'port', 'scheme'],
  TCPSocketAction: ['port'],
  ExecAction: ['command'],
  GRPCAction: ['port', 'service'],
  SleepAction: ['seconds'],
  SecurityContext: ['runAsUser', 'runAsNonRoot', 'readOnlyRootFilesystem', 'allowPrivilegeEscalation', 'privileged'],
  Capabilities: ['add', 'drop'],
  Volume: '*',
  EmptyDirVolumeSource: ['medium', 'sizeLimit'],
  ConfigMapVolumeSource: ['name', 'optional'],
  SecretVolumeSource: ['secretName', 'optional'],
  PersistentVolumeClaimVolumeSource: ['claimName', 'readOnly'],
  HostPathVolumeSource: ['path', 'type'],
  DownwardAPIVolumeFile: ['path'],
  ConfigMapProjection: ['name'],
  SecretProjection: ['name'],
  CSIVolumeSource: ['driver', 'fsType', 'readOnly', 'volumeAttributes'],
  ImageVolumeSource: ['reference', 'pullPolicy'],
};

/** Where the schema keeps a type: core/v1, or apimachinery's meta/v1 for ObjectMeta. */
const PACKAGES = ['io.k8s.api.core.v1.', 'io.k8s.apimachinery.pkg.apis.meta.v1.'];

/** The part of an OpenAPI schema read here; the index signatures take the JSON import as it is. */
interface Schema {
  readonly properties?: Readonly<Record<string, { readonly description?: string; readonly [other: string]: unknown }>>;
  readonly [other: string]: unknown;
}

/** `{ 'Container.image': 'Container image name. ...' }` for every wanted field that has a description. */
export function extractHelp(
  schemas: Readonly<Record<string, Schema>>,
  wanted: Readonly<Record<string, readonly string[] | '*'>> = HELP_FIELDS,
): Record<string, string> {
  const help: Record<string, string> = {};
  for (const [type, fields] of Object.entries(wanted)) {
    const properties = PACKAGES.map((pkg) => schemas[pkg + type]?.properties).find(Boolean);
    if (!properties) throw new Error(`schema ${type} not found`);
    for (const field of fields === '*' ? Object.keys(properties).sort() : fields) {
      const description = properties[field]?.description;
      if (description === undefined) throw new Error(`${type}.${field} has no description`);
      help[`${type}.${field}`] = description;
    }
  }
  return help;
}

/** The TypeScript source of the generated module. */
export function renderHelpModule(help: Readonly<Record<string, string>>): string {
  const entries = Object.entries(help).map(([key, text]) => `  ${JSON.stringify(key)}:\n    ${JSON.stringify(text)},`);
  return [
    '// Generated from data/k8s-openapi/schemas.json by web/inspector/help/help.test.ts. Do not edit:',
    '// change HELP_FIELDS in extract.ts and run `npx vitest run web/inspector/help -u`.',
    'export const FIELD_HELP: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}
