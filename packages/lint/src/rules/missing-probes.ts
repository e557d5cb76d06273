/**
 * missing-probes: a long-running application container behind a Service without a
 * readinessProbe, or whose livenessProbe is the same check as its readinessProbe. Jobs,
 * CronJobs, run-to-completion Pods, helpers and init containers are not asked for probes.
 */
import { label } from '@podsmith/lifecycle';
import { servingContainers } from '../services';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'missing-probes',
  category: 'best-practice',
  severity: 'info',
  docs: {
    summary: 'A long-running application container behind a Service has no readinessProbe, or its livenessProbe is the same check as its readinessProbe.',
    why: 'Without a readinessProbe a container counts as ready as soon as its process runs: the Service sends it requests before it can answer, and keeps sending them while it is stuck. A livenessProbe identical to the readinessProbe restarts the container whenever it is only busy or waiting for a dependency, which is when it most needs to be left alone. "Behind a Service" means a Service of the same file selects the Pod, or a Deployment, StatefulSet, DaemonSet or ReplicaSet container declares a port. A missing livenessProbe alone is not reported: a wrong one does more harm than none.',
    fix: 'Add a readinessProbe that checks what the container serves (an HTTP health path, or the TCP port); give a livenessProbe a cheaper check, or a larger failureThreshold, than the readinessProbe.',
    link: 'https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/',
  },
  check(pod, ctx) {
    return servingContainers(pod, ctx).flatMap(({ container: c, why }): RawFinding[] => {
      const { readinessProbe, livenessProbe } = c.spec;
      if (readinessProbe === undefined) {
        return [{ path: c.path, container: c.name, message: `${why}, but has no readinessProbe: it receives requests as soon as its process runs, before it can answer, and keeps receiving them while it is stuck. Add a readinessProbe that checks what it serves.` }];
      }
      if (livenessProbe !== undefined && JSON.stringify(livenessProbe) === JSON.stringify(readinessProbe)) {
        return [{ path: [...c.path, 'livenessProbe'], container: c.name, message: `${label(c)}'s livenessProbe is the same check as its readinessProbe: when it is only slow or waiting for a dependency, the kubelet restarts it instead of just taking it out of the Service. Give the livenessProbe a cheaper check or a larger failureThreshold.` }];
      }
      return [];
    });
  },
};
