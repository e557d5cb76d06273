/**
 * job-missing-ttl: a Job without ttlSecondsAfterFinished (it stays after it finished), a
 * CronJob without startingDeadlineSeconds (missed runs pile up). The Jobs a CronJob
 * creates are cleaned up by its history limits, so its job template is not asked for a TTL.
 */
import { recordOr } from '@podsmith/lifecycle';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'job-missing-ttl',
  category: 'best-practice',
  severity: 'info',
  docs: {
    summary: 'A Job has no ttlSecondsAfterFinished, or a CronJob has no startingDeadlineSeconds.',
    why: 'A finished Job and its Pods stay in the cluster until someone deletes them: they pile up in kubectl get, in etcd and in the node\'s logs; the TTL controller deletes them ttlSecondsAfterFinished seconds after they finish. A CronJob without startingDeadlineSeconds starts a run it missed (the controller was down, concurrencyPolicy: Forbid held it back) however late it is: a nightly job may start at noon. Since the CronJob controller v2 (1.21) more than 100 missed schedules only raise a TooManyMissedTimes warning event; the older controller stopped starting the CronJob.',
    fix: 'Set spec.ttlSecondsAfterFinished on the Job (for example 86400, after you have read its logs), and spec.startingDeadlineSeconds on the CronJob (for example 200: a run that cannot start within it is skipped).',
    link: 'https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/',
  },
  check(pod) {
    const { kind, object, name, path } = pod.workload;
    const spec = recordOr(object.spec) ?? {};
    if (kind === 'Job' && spec.ttlSecondsAfterFinished === undefined) {
      return [{ path: [...path, 'spec'], message: `Job "${name}" has no spec.ttlSecondsAfterFinished: once it finishes, the Job and its Pods stay in the cluster until someone deletes them. Set ttlSecondsAfterFinished (for example 86400) to have them removed.` }];
    }
    if (kind === 'CronJob' && spec.startingDeadlineSeconds === undefined) {
      return [{ path: [...path, 'spec'], message: `CronJob "${name}" has no spec.startingDeadlineSeconds: a run that could not start on time (the controller was down, concurrencyPolicy held it back) is started however late it is. Set startingDeadlineSeconds (for example 200) so that a run that cannot start within it is skipped.` }];
    }
    return [];
  },
};
