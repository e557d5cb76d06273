import type { VolumeTemplate } from './types';

export const VOLUME_TEMPLATES: readonly VolumeTemplate[] = [
  {
    id: 'empty-dir',
    label: 'Shared scratch space (emptyDir)',
    description: "An empty directory the pod's containers share; it is deleted with the pod.",
    volume: { name: 'scratch', emptyDir: {} },
  },
  {
    id: 'config-map',
    label: 'Configuration (ConfigMap)',
    description: 'The keys of a ConfigMap as files: configuration kept apart from the image.',
    volume: { name: 'config', configMap: { name: 'app-config' } },
  },
  {
    id: 'secret',
    label: 'Secret',
    description: 'The keys of a Secret as files, for passwords, tokens and certificates.',
    volume: { name: 'credentials', secret: { secretName: 'app-credentials' } },
  },
  {
    id: 'persistent-volume-claim',
    label: 'Persistent storage (PVC)',
    description: 'Storage from a PersistentVolumeClaim that outlives the pod, for data that must survive a restart.',
    volume: { name: 'data', persistentVolumeClaim: { claimName: 'app-data' } },
  },
];
