/**
 * Kubernetes resource quantities (apimachinery resource.Quantity) as numbers: `100m`
 * → 0.1, `128Mi` → 134217728, `1e3` → 1000. Enough to compare and add requests.
 */
const SUFFIXES: Readonly<Record<string, number>> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** The value of a quantity, or undefined when it is not one. */
export function parseQuantity(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|([a-zA-Z]*))$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const scale = m[2] !== undefined ? 1 : SUFFIXES[m[3] ?? ''];
  return scale === undefined ? undefined : Number(m[1] + (m[2] ?? '')) * scale;
}

/** A quantity for people: cpu in cores or millicores, memory in Mi/Gi. */
export function formatQuantity(resource: string, value: number): string {
  if (resource === 'cpu') return value < 1 ? `${Math.round(value * 1000)}m` : `${+value.toFixed(2)}`;
  if (value >= 2 ** 30) return `${+(value / 2 ** 30).toFixed(2)}Gi`;
  return `${+(value / 2 ** 20).toFixed(1)}Mi`;
}
