/**
 * Native sidecars whose preStop hook ends the sidecar itself. Sidecar preStop hooks start
 * as soon as the pod terminates, in parallel with the app's ([KEP753] "Termination of
 * containers", step 1), and a sidecar that exits during termination is not restarted
 * today ([KEP4438], alpha targeted for 1.37): it is gone while the app still drains.
 * Read by the sidecar-prestop-exits rule and by the simulator's termination.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from '../pod/model';
import { execScript } from '../pod/pod-facts';

/** Commands and endpoints that end the sidecar's own process. */
const EXITS = /\bkill\s+(-\w+\s+)?1\b|\bpkill\b|\bkillall\b|quitquitquit|\s-s\s+(quit|stop)\b|\/shutdown\b/;

/** What in the preStop hook makes the container exit (`kill 1`, `/quitquitquit`), or undefined. */
export function preStopExit(c: ContainerView, model: PodModel): string | undefined {
  const preStop = model.defaultsOf(c).lifecycle.preStop;
  const how = EXITS.exec(execScript(preStop) ?? '')?.[0] ?? (preStop?.httpGet && EXITS.exec(preStop.httpGet.path)?.[0]);
  return how?.trim();
}
