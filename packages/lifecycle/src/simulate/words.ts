/**
 * The sentences of the event list: plain words a learner understands, naming the
 * container and saying what it does, by what it is for.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from '../pod/model';
import { label } from '../pod/pod-facts';

/** `"fluent-bit"` (or the list position when the name is missing). */
export const nameOf = label;

/** What a container does when it is told to stop, by its role. */
export function onStop(c: ContainerView, model: PodModel): string {
  switch (model.roleOf(c).role) {
    case 'log-shipper':
      return 'it stops reading its inputs and flushes';
    case 'mesh-proxy':
    case 'db-proxy':
      return 'it drains its connections and exits';
    case 'secret-agent':
    case 'git-sync':
      return 'it stops and exits';
    case 'app':
      return 'it finishes its in-flight work and exits';
    default:
      return 'it shuts down';
  }
}

/** `SIGTERM`, or the container's stop signal (KEP-4960) said with its caveat. */
export function signalWords(signal: string | undefined): string {
  return signal === undefined || signal === 'SIGTERM' ? 'SIGTERM' : `${signal} (its lifecycle.stopSignal, where ContainerStopSignals is on; else SIGTERM)`;
}

/** `5 s`, `1.5 s`. */
export function secs(n: number): string {
  return `${Math.round(n * 100) / 100} s`;
}
