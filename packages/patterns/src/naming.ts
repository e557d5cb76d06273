/** Kubernetes names of containers and volumes are DNS labels: at most 63 characters. */
const MAX_NAME = 63;

/**
 * `base` if no existing name uses it, else the first free `base-2`, `base-3`, ...
 * The base is shortened when the suffix would make the name too long, and a trailing
 * hyphen left by the cut is dropped, so the result stays a valid DNS label.
 */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '') + suffix;
    if (!used.has(candidate)) return candidate;
  }
}
