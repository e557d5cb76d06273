/** YAML paths as the API server prints field paths. */
import type { YamlPath } from '@podsmith/manifest';

/** `['spec', 'containers', 0, 'ports', 1]` → `spec.containers[0].ports[1]`. */
export function fieldPath(path: YamlPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/**
 * validateLocalDescendingPath: why a path inside a volume is not a relative path that
 * stays inside it. Empty when it is fine.
 */
export function localDescendingPathErrors(value: string): readonly string[] {
  const errors: string[] = [];
  if (value.startsWith('/')) errors.push('must be a relative path');
  if (value.split('/').includes('..')) errors.push("must not contain '..'");
  return errors;
}
