import { describe, expect, it } from 'vitest';
import { podOf } from '../diagram/testPods';
import { eventsText, timelineTitle } from './eventsText';
import { JOB_REGULAR_HELPER, LOG_SHIPPER_REGULAR } from './testSimulations';

describe('eventsText', () => {
  it('numbers the events as the steps, phase by phase, then lists the problems', () => {
    expect(eventsText(LOG_SHIPPER_REGULAR, 'Deployment web, Kubernetes 1.33')).toBe(
      [
        'Deployment web, Kubernetes 1.33',
        '',
        'Startup (seconds since the pod was scheduled)',
        '1. 0 s: "app" starts.',
        '2. 0 s: "fluent-bit" starts.',
        '3. 5 s: "app" is ready.',
        '4. 5 s: Every container runs: the pod is Running.',
        '',
        'Termination (T: the pod is deleted)',
        '5. T: The pod is deleted: termination begins.',
        '6. T: "app" gets SIGTERM.',
        '7. T: "fluent-bit" gets SIGTERM: it stops reading its inputs and flushes.',
        '8. T+1 s: "fluent-bit" exits.',
        '9. T+5 s: "app" exits.',
        '',
        'Problems',
        '- Lines "app" writes from 1 s to 5 s are lost: "fluent-bit" has stopped. (log-shipper-not-native)',
        '',
      ].join('\n'),
    );
  });

  it('says when a phase never ends, and lists the assumptions the user changed and the notes', () => {
    const changed = {
      ...JOB_REGULAR_HELPER,
      assumptions: { ...JOB_REGULAR_HELPER.assumptions, terminationGracePeriodSeconds: { seconds: 60, source: 'user' as const, why: 'yours' } },
      notes: ['Kubernetes 1.28 drops restartPolicy on init containers.'],
    };
    const text = eventsText(changed, 'Job migrate');
    expect(text).toContain('Completion\n4. +10 s: "migrate" exits 0.\n(never ends)\n');
    expect(text).toContain('Assumptions changed by hand\n- Grace period (terminationGracePeriodSeconds): 60 s\n');
    expect(text).toContain('Notes\n- Kubernetes 1.28 drops restartPolicy on init containers.\n');
  });
});

describe('timelineTitle', () => {
  it('is the workload and the target version', () => {
    const deployment = podOf('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: nginx\n');
    expect(timelineTitle(deployment, '1.33')).toBe('Deployment web, Kubernetes 1.33');
  });
});
