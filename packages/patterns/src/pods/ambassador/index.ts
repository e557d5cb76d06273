import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const ambassador: PodPattern = {
  id: 'ambassador',
  title: 'Ambassador',
  explanation:
    'An ambassador is a helper that stands in for a remote service on localhost: the app connects to a plain local port and the helper handles the hard part, here the Cloud SQL Auth Proxy with its IAM login and TLS. The app depends on it from its first connection to its last, so the ambassador must be ready before the app starts and stay until the app has stopped: a native sidecar with a startupProbe, not a regular container that starts and stops in no set order.',
  tags: ['ambassador', 'proxy', 'database proxy', 'cloud-sql-proxy', 'wordpress', 'mysql', 'localhost', 'native sidecar', 'startupProbe'],
  broken: { kind: 'legacy', rule: 'proxy-not-native', summary: 'The proxy as a regular container: WordPress can start before it and outlive it.', yaml: broken },
  fixed: { summary: 'The proxy as a native sidecar, ready before WordPress starts and stopped after it.', yaml: fixed },
};
