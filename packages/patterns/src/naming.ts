/** Kubernetes names of containers and volumes are DNS labels: at most 63 characters. */
const MAX_NAME = 63;

/** Port names are IANA service names: at most 15 characters. */
export const MAX_PORT_NAME = 15;

/**
 * `base` if no existing name uses it, else the first free `base-2`, `base-3`, ...
 * The base is shortened when the suffix would make the name longer than `maxLength`, and a trailing
 * hyphen left by the cut is dropped, so the result stays a valid DNS label.
 */
export function uniqueName(base: string, taken: Iterable<string>, maxLength = MAX_NAME): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, maxLength - suffix.length).replace(/-+$/, '') + suffix;
    if (!used.has(candidate)) return candidate;
  }
}
