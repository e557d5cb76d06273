import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const serviceMeshProxy: PodPattern = {
  id: 'service-mesh-proxy',
  title: 'Service-mesh proxy',
  explanation:
    "A proxy such as Envoy (or Istio's istio-proxy, which is Envoy) carries the app's traffic in and out of the Pod. Declared as a regular container it races the app twice: at start the app may call out before the proxy listens and get connection refused, and at stop the proxy may exit while the app still has requests in flight. As a native sidecar with a startupProbe on the proxy's readiness endpoint, the app starts only once the proxy is ready, and the proxy is stopped only after the app.",
  tags: ['sidecar', 'native sidecar', 'service mesh', 'envoy', 'istio', 'istio-proxy', 'proxy', 'startupProbe', 'startup order', 'connection refused'],
  broken: { kind: 'legacy', rule: 'proxy-not-native', summary: 'Envoy as a regular container, racing the app at start and at stop.', yaml: broken },
  fixed: { summary: 'Envoy as a native sidecar whose startupProbe holds the app back until it is ready.', yaml: fixed },
};
