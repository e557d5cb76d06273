/**
 * Native sidecars whose preStop hook ends the sidecar itself. Sidecar preStop hooks start
 * as soon as the pod terminates, in parallel with the app's ([KEP753] "Termination of
 * containers", step 1), and a sidecar that exits during termination is not restarted
 * today ([KEP4438], alpha targeted for 1.37): it is gone while the app still drains.
 * Read by the sidecar-prestop-exits rule and by the simulator's termination.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from '../pod/model';
import { signalOf } from '../pod/legacy';
import type { Run } from '../shell/execution';

/** Endpoints that end a proxy: Envoy's and Istio's /quitquitquit, Linkerd's /shutdown. */
const EXIT_ENDPOINT = /\/quitquitquit\b|\/shutdown\b/;
const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh']);
/** Signals that end a process that does not handle them otherwise. */
const ENDS = new Set(['TERM', 'KILL', 'INT', 'QUIT']);

/** What in the preStop hook makes the container exit (`kill 1`, `/quitquitquit`), or undefined. */
export function preStopExit(c: ContainerView, model: PodModel): string | undefined {
  const preStop = model.defaultsOf(c).lifecycle.preStop;
  if (preStop?.httpGet) return EXIT_ENDPOINT.exec(preStop.httpGet.path)?.[0];
  const hook = model.hookRunOf(c, preStop);
  for (const r of hook?.runs ?? []) {
    const how = exitOf(r);
    if (how) return how;
  }
  return undefined;
}

/** How one command ends the container's own process, in its words, or undefined. */
function exitOf(r: Run): string | undefined {
  // USR1, USR2, HUP and the like ask a process to drain or reload (`killall -USR2 kuma-dp` starts Kuma's drain); only these end it.
  if ((r.program === 'pkill' || r.program === 'killall') && ENDS.has(signalOf(r))) return r.program;
  if (r.program === 'kill' && r.argv[r.argv.length - 1] === '1' && ENDS.has(signalOf(r))) return r.argv.join(' ');
  if (HTTP_CLIENTS.has(r.program)) return r.argv.slice(1).map((w) => EXIT_ENDPOINT.exec(w)?.[0]).find(Boolean);
  const stop = r.argv.findIndex((w, i) => w === '-s' && /^(quit|stop)$/.test(r.argv[i + 1] ?? ''));
  return stop > 0 ? `${r.program} -s ${r.argv[stop + 1]}` : undefined;
}
