/**
 * invalid-stop-signal: lifecycle.stopSignal (KEP-4960, ContainerStopSignals, alpha from
 * 1.33) where validateStopSignal refuses it: the pod does not say its OS (spec.os.name), or
 * names a signal that OS does not support (Windows: SIGKILL and SIGTERM only).
 */
import { containerFinding, probedContainers } from '../api-validity';
import { apiError } from '../messages';
import { FEATURE_SINCE, recordOr, stringOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

const RT = [...Array.from({ length: 15 }, (_, i) => `SIGRTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `SIGRTMAX-${14 - i}`)];
/** supportedStopSignalsLinux, sorted as sets.List prints it. */
const LINUX = [
  'SIGABRT', 'SIGALRM', 'SIGBUS', 'SIGCHLD', 'SIGCLD', 'SIGCONT', 'SIGFPE', 'SIGHUP', 'SIGILL', 'SIGINT', 'SIGIO', 'SIGIOT', 'SIGKILL', 'SIGPIPE',
  'SIGPOLL', 'SIGPROF', 'SIGPWR', 'SIGQUIT', 'SIGSEGV', 'SIGSTKFLT', 'SIGSTOP', 'SIGSYS', 'SIGTERM', 'SIGTRAP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU',
  'SIGURG', 'SIGUSR1', 'SIGUSR2', 'SIGVTALRM', 'SIGWINCH', 'SIGXCPU', 'SIGXFSZ', 'SIGRTMIN', 'SIGRTMAX', ...RT,
].sort();
const WINDOWS = ['SIGKILL', 'SIGTERM'];
const GATE = ' (ContainerStopSignals is alpha and off by default: without it the API server drops stopSignal and the runtime default signal is sent)';

export const rule: Rule = {
  id: 'invalid-stop-signal',
  category: 'api-validity',
  severity: 'error',
  k8s: { since: FEATURE_SINCE.stopSignalField },
  docs: {
    summary: 'lifecycle.stopSignal on a pod without spec.os.name, or a signal the pod OS does not support (Windows: SIGTERM and SIGKILL only).',
    why: 'Which signals exist depends on the node OS, so validateStopSignal needs spec.os.name and checks the signal against that OS ("may not be set for containers with empty `spec.os.name`"). The feature (ContainerStopSignals) is alpha from 1.33 and off by default: where it is off the field is dropped and the container still gets the image or runtime default, usually SIGTERM.',
    fix: 'Set spec.os.name (linux or windows) and a signal of that OS, and enable ContainerStopSignals on the API server and kubelets; otherwise handle SIGTERM in the process or use a preStop hook.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#defining-custom-stop-signals',
  },
  check(pod, ctx) {
    const os = stringOr(recordOr(pod.spec.os)?.name);
    return probedContainers(ctx).flatMap((c): RawFinding[] => {
      const signal = stringOr(recordOr(c.spec.lifecycle)?.stopSignal);
      if (signal === undefined) return [];
      const path = [...c.path, 'lifecycle', 'stopSignal'];
      if (os === undefined) return [containerFinding(c, path, (p) => apiError.forbidden(p, 'may not be set for containers with empty `spec.os.name`') + GATE, ctx)];
      const supported = os === 'windows' ? WINDOWS : os === 'linux' ? LINUX : undefined;
      if (!supported || supported.includes(signal)) return [];
      return [containerFinding(c, path, (p) => apiError.notSupported(p, signal, supported) + GATE, ctx)];
    });
  },
};
