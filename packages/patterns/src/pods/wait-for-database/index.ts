import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const waitForDatabase: PodPattern = {
  id: 'wait-for-database',
  title: 'Wait for a database',
  explanation:
    "An init container runs to completion before the app starts, so a small loop that polls the database's port keeps the app from starting, failing and restarting while the database is still coming up. The trap is a loop with no end: if the database never answers (a wrong Service name, a network policy), the Pod waits in Init for ever and nothing reports a failure. Give the wait a time limit, so a missing database shows up as a failing init container.",
  tags: ['init container', 'database', 'postgres', 'dependency', 'timeout', 'busybox', 'nc', 'startup order'],
  broken: { kind: 'broken', rule: 'init-without-deadline', summary: 'A wait loop with no time limit: a missing database hangs the Pod in Init silently.', yaml: broken },
  fixed: { summary: 'The same wait under `timeout 300`: a missing database becomes a visible error.', yaml: fixed },
};
