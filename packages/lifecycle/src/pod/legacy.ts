/**
 * The workarounds people built before native sidecars, recognised so that rules can
 * tell a legacy setup that works (an app that stops its proxy when done) from one that
 * hangs, and suggest removing the workaround once native sidecars are there.
 */
import type { ContainerView, PodView, YamlPath } from '@podsmith/manifest';
import { scriptOf } from './command';
import type { DefaultedContainer } from './defaults';
import { execScript } from './pod-facts';

/**
 * Why a container stops the pod's helpers itself when it is done, or undefined: it calls
 * a proxy's quit endpoint, uses linkerd-await --shutdown or kubexit, or kills processes
 * through a shared process namespace.
 */
export function stopsHelpersReason(c: ContainerView, shareProcessNamespace: boolean): string | undefined {
  const script = scriptOf([...c.command, ...c.args]);
  if (/quitquitquit/.test(script)) return "it calls the proxy's /quitquitquit endpoint when it is done";
  if (/linkerd-await\b.*--shutdown|:4191\/shutdown/.test(script)) return 'it asks the Linkerd proxy to shut down when it is done (linkerd-await --shutdown)';
  if (/\bkubexit\b/.test(script) || /kubexit/.test(c.image)) return 'it uses kubexit to stop the other containers';
  if (shareProcessNamespace && /\b(pkill|killall)\b|\bkill\s+-?\w*\s*\$?\(?pgrep/.test(script)) return 'it kills helper processes through the shared process namespace';
  return undefined;
}

/** Why a sidecar's preStop hook waits for the app to go away, or undefined. */
export function waitsForAppReason(dc: DefaultedContainer): string | undefined {
  const script = execScript(dc.lifecycle.preStop);
  if (script === undefined || !/\b(while|until)\b/.test(script)) return undefined;
  return /\b(pgrep|pidof|ps|netstat|ss|curl|wget|nc)\b|\/proc\/|\btest\s+-[ef]\b|\[\s+-[ef]\b/.test(script) ? 'its preStop hook loops until the app has gone' : undefined;
}

/** The path of the pod template's annotation that holds the app until the Istio proxy starts, when set. */
export function holdApplicationPath(pod: PodView): YamlPath | undefined {
  const config = pod.podAnnotations['proxy.istio.io/config'];
  if (!config || !/holdApplicationUntilProxyStarts["']?\s*:\s*true/.test(config)) return undefined;
  return [...pod.ref.specPath.slice(0, -1), 'metadata', 'annotations', 'proxy.istio.io/config'];
}
