/**
 * Image references, split enough to recognise a product: `cr.fluentbit.io/fluent/fluent-bit:3.1.4`
 * → name `fluent-bit`, owner `fluent`, tag `3.1.4`. The registry host is ignored, because
 * mirrors (registry.istio.io/testing, gcr.io/istio-release, docker.io/istio) carry the same image.
 */
export interface ImageRef {
  /** The last path segment of the repository, lower case: `proxyv2`, `fluent-bit`. */
  readonly name: string;
  /** The segment before it: `istio`, `linkerd`, `envoyproxy`; '' for official images. */
  readonly owner: string;
  readonly tag?: string;
}

export function parseImage(image: string): ImageRef {
  const withoutDigest = image.trim().toLowerCase().split('@')[0] ?? '';
  const segments = withoutDigest.split('/');
  const last = segments.pop() ?? '';
  const colon = last.indexOf(':');
  return {
    name: colon < 0 ? last : last.slice(0, colon),
    owner: segments.length > 0 && !isRegistryHost(segments[segments.length - 1] ?? '') ? (segments[segments.length - 1] ?? '') : '',
    tag: colon < 0 ? undefined : last.slice(colon + 1),
  };
}

function isRegistryHost(segment: string): boolean {
  return segment.includes('.') || segment.includes(':') || segment === 'localhost';
}

