/**
 * The workarounds people built before native sidecars, recognised so that rules can
 * tell a legacy setup that works (an app that stops its proxy when done) from one that
 * hangs, and suggest removing the workaround once native sidecars are there. Each is
 * read from what the container runs (its scripts parsed, a script mounted from a
 * ConfigMap of the same run included), not from words that appear in it: a
 * `quitquitquit` that is an argument of `sleep` (a folded YAML scalar joined the lines)
 * calls nothing.
 */
import type { ContainerView, PodView, YamlPath } from '@podsmith/manifest';
import { executionOfParsed, type Execution, type Run } from '../shell/execution';
import type { PodModel } from './model';

/** Programs that make HTTP requests. */
const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh']);

export interface HelperStop {
  /** How: a proxy's shutdown endpoint, a signal through the shared process namespace, a tool. */
  readonly how: 'endpoint' | 'signal' | 'tool';
  /** For `signal`: the signal sent (`TERM` unless the command says otherwise). */
  readonly signal?: string;
  /** In words, for messages: `it calls the proxy's /quitquitquit endpoint when it is done`. */
  readonly reason: string;
}

/** How a container stops the pod's helpers itself when it is done, or undefined. */
export function helperStopOf(c: ContainerView, model: PodModel): HelperStop | undefined {
  const { runs } = model.runOf(c);
  if (runs.some((r) => requests(r, /\/quitquitquit\b/) || (r.program === 'pilot-agent' && r.argv.includes('quitquitquit')))) {
    return { how: 'endpoint', reason: "it calls the proxy's /quitquitquit endpoint when it is done" };
  }
  if (runs.some((r) => (r.program === 'linkerd-await' && r.argv.includes('--shutdown')) || requests(r, /:4191\/shutdown\b/))) {
    return { how: 'endpoint', reason: 'it asks the Linkerd proxy to shut down when it is done (linkerd-await --shutdown)' };
  }
  if (runs.some((r) => r.program === 'kubexit') || /kubexit/.test(c.image)) return { how: 'tool', reason: 'it uses kubexit to stop the other containers' };
  if (!model.defaulted.shareProcessNamespace) return undefined;
  const kill = runs.find((r) => r.program === 'pkill' || r.program === 'killall' || (r.program === 'kill' && killsByName(r)));
  if (!kill) return undefined;
  const signal = signalOf(kill);
  return { how: 'signal', signal, reason: `it kills helper processes through the shared process namespace (\`${kill.program}\`, SIG${signal})` };
}

/** Why a container stops the pod's helpers itself when it is done, or undefined. */
export function stopsHelpersReason(c: ContainerView, model: PodModel): string | undefined {
  return helperStopOf(c, model)?.reason;
}

/** A request to a URL matching `url`, by an HTTP client. */
function requests(r: Run, url: RegExp): boolean {
  return HTTP_CLIENTS.has(r.program) && r.argv.slice(1).some((w) => url.test(w));
}

/** `kill $(pgrep envoy)`, `kill $(pidof fluent-bit)`: a kill of processes found by name. */
function killsByName(r: Run): boolean {
  return (r.words ?? []).some((w) => w.substitutions.some((s) => executionOfParsed(s).runs.some((found) => found.program === 'pgrep' || found.program === 'pidof')));
}

/** The signal of a kill command: `-9`, `-KILL`, `-SIGKILL`, `-s KILL`, `--signal=KILL`; TERM by default. */
export function signalOf(r: Run): string {
  const names: Readonly<Record<string, string>> = { '9': 'KILL', '15': 'TERM', '2': 'INT', '1': 'HUP', '3': 'QUIT' };
  for (const [i, w] of r.argv.entries()) {
    const given = /^(-s|--signal)$/.test(w) ? r.argv[i + 1] : /^--signal=(.+)$/.exec(w)?.[1] ?? /^-([A-Z]+\d*|\d+)$/.exec(w)?.[1];
    if (given) return names[given] ?? given.replace(/^SIG/, '');
  }
  return 'TERM';
}

/** Why a sidecar's preStop hook waits for the app to go away, or undefined. */
export function waitsForAppReason(hook: Execution | undefined): string | undefined {
  if (!hook || hook.loops.every((l) => l.background)) return undefined;
  const looks = hook.runs.some(
    (r) => r.inLoop && (/^(pgrep|pidof|ps|netstat|ss|curl|wget|nc)$/.test(r.program) || ((r.program === 'test' || r.program === '[') && r.argv.some((w) => w === '-e' || w === '-f')) || r.argv.some((w) => w.startsWith('/proc/'))),
  );
  return looks ? 'its preStop hook loops until the app has gone' : undefined;
}

/** The path of the pod template's annotation that holds the app until the Istio proxy starts, when set. */
export function holdApplicationPath(pod: PodView): YamlPath | undefined {
  const config = pod.podAnnotations['proxy.istio.io/config'];
  if (!config || !/holdApplicationUntilProxyStarts["']?\s*:\s*true/.test(config)) return undefined;
  return [...pod.ref.specPath.slice(0, -1), 'metadata', 'annotations', 'proxy.istio.io/config'];
}
