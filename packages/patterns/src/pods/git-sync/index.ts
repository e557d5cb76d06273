import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const gitSync: PodPattern = {
  id: 'git-sync',
  title: 'git-sync',
  explanation:
    'git-sync pulls a Git repository into a volume the app serves or runs files from. It has two modes: with --one-time it clones once and exits, which is what an init container must do; without it, it pulls again every --period for as long as it runs, which is what a sidecar does. Putting the syncing mode in initContainers blocks the Pod for ever. The fixed Pod uses both: a one-time clone so the app starts with the files, then a native sidecar that keeps them fresh.',
  tags: ['git-sync', 'git', 'init container', 'native sidecar', 'one-time', 'content', 'emptyDir', 'Init:0/1'],
  broken: { kind: 'broken', rule: 'init-never-exits', summary: 'A syncing git-sync as an init container: it never exits, so the app never starts.', yaml: broken },
  fixed: { summary: 'A --one-time clone as an init container, then a syncing git-sync as a native sidecar.', yaml: fixed },
};
