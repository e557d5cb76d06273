/**
 * Native sidecars whose preStop hook ends the sidecar itself. Sidecar preStop hooks start
 * as soon as the pod terminates, in parallel with the app's ([KEP753] "Termination of
 * containers", step 1), and a sidecar that exits during termination is not restarted
 * today ([KEP4438], alpha targeted for 1.37): it is gone while the app still drains.
 * Read by the sidecar-prestop-exits rule and by the simulator's termination.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from '../pod/model';
import type { Run } from '../shell/execution';

/** Endpoints that end a proxy: Envoy's and Istio's /quitquitquit, Linkerd's /shutdown. */
const EXIT_ENDPOINT = /\/quitquitquit\b|\/shutdown\b/;
const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh']);

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
  if (r.program === 'pkill' || r.program === 'killall') return r.program;
  if (r.program === 'kill' && r.argv[r.argv.length - 1] === '1') return r.argv.join(' ');
  if (HTTP_CLIENTS.has(r.program)) return r.argv.slice(1).map((w) => EXIT_ENDPOINT.exec(w)?.[0]).find(Boolean);
  const stop = r.argv.findIndex((w, i) => w === '-s' && /^(quit|stop)$/.test(r.argv[i + 1] ?? ''));
  return stop > 0 ? `${r.program} -s ${r.argv[stop + 1]}` : undefined;
}
