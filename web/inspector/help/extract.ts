/**
 * Field help for the inspector comes from the Kubernetes OpenAPI descriptions. The schema
 * file is 650 KB, far over the first-load budget, so only the descriptions the forms show
 * are copied into fieldHelp.generated.ts. help.test.ts regenerates it from schemas.json
 * (`npx vitest run web/inspector/help -u`) and fails when the two drift apart.
 */

const CORE = 'io.k8s.api.core.v1.';

/** Which schema properties the forms show; `'*'` takes every property (all volume sources). */
export const HELP_FIELDS: Readonly<Record<string, readonly string[] | '*'>> = {
  PodSpec: ['terminationGracePeriodSeconds', 'restartPolicy'],
  Container: ['name', 'image', 'command', 'args', 'ports', 'volumeMounts', 'restartPolicy'],
  ContainerPort: ['name', 'containerPort', 'protocol', 'hostPort'],
  VolumeMount: ['name', 'mountPath', 'readOnly', 'subPath', 'subPathExpr'],
  Volume: '*',
};

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
    const properties = schemas[CORE + type]?.properties;
    if (!properties) throw new Error(`schema ${CORE + type} not found`);
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
