import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const logCollector: PodPattern = {
  id: 'log-collector',
  title: 'Log collector',
  explanation:
    'The app writes its log files to a volume it shares with a log shipper, here Fluent Bit, which tails them and sends them on. As a regular container the shipper is a peer of the app: both get SIGTERM at the same moment when the Pod stops, and the shipper may exit before the app has written its last lines, which are then lost. As a native sidecar (an init container with restartPolicy: Always) it starts before the app and is stopped only after the app has exited.',
  tags: ['sidecar', 'native sidecar', 'logging', 'fluent-bit', 'fluentbit', 'emptyDir', 'shutdown', 'SIGTERM'],
  broken: { kind: 'legacy', rule: 'log-shipper-not-native', summary: 'Fluent Bit as a regular container, stopped together with the app.', yaml: broken },
  fixed: { summary: 'Fluent Bit as a native sidecar: up before the app, stopped after it.', yaml: fixed },
};
