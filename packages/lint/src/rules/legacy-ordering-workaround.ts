/**
 * legacy-ordering-workaround: hacks that made sidecars start first or stop last before
 * native sidecars existed, found where native sidecars now do the job: next to native
 * sidecars, or in Jobs where the helper could be one.
 */
import type { RawFinding, Rule } from '../types';
import { holdApplicationPath, label, stopsHelpersReason, waitsForAppReason } from '@podsmith/lifecycle';

export const rule: Rule = {
  id: 'legacy-ordering-workaround',
  category: 'lifecycle',
  severity: 'info',
  k8s: { since: '1.29' },
  docs: {
    summary: 'Legacy ordering workarounds next to native sidecars or in Jobs: a preStop loop waiting for the app, an app that stops its helpers (/quitquitquit, pkill with shareProcessNamespace, kubexit, linkerd-await --shutdown), holdApplicationUntilProxyStarts with a native proxy.',
    why: 'Native sidecars start before the app and stop after it, and do not hold Jobs back, which is what these workarounds approximated. Next to native sidecars they are dead weight or get in the way (a helper killed early), and in a Job a native sidecar replaces them.',
    fix: 'Remove the workaround and use native sidecars (initContainers with restartPolicy: Always).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  },
  check(pod, ctx) {
    const { facts } = ctx;
    const native = facts.sidecars.length > 0;
    if (!native && !facts.runsToCompletion) return [];
    const remedy = native ? 'the native sidecars of this Pod already stop after the app has exited' : 'a native sidecar is stopped after the app exits and does not hold the Job back';
    const findings: RawFinding[] = facts.mains.flatMap((c) => {
      const reason = stopsHelpersReason(c, ctx);
      return reason ? [{ path: c.path, container: c.name, message: `${label(c)}: ${reason}, a workaround from before native sidecars: ${remedy}. Remove the workaround${native ? '' : ' and make the helpers native sidecars (initContainers with restartPolicy: Always)'}.` }] : [];
    });
    for (const c of facts.sidecars) {
      const reason = waitsForAppReason(ctx.hookRunOf(c, ctx.defaultsOf(c).lifecycle.preStop));
      if (reason) findings.push({ path: [...c.path, 'lifecycle', 'preStop'], container: c.name, message: `${label(c)}: ${reason}, a workaround from before native sidecars: as a native sidecar it only gets SIGTERM after the app has exited. Remove the loop from the preStop hook.` });
    }
    const hold = holdApplicationPath(pod);
    const nativeIstio = facts.sidecars.find((c) => ctx.roleOf(c).product === 'istio-proxy');
    if (hold && nativeIstio) {
      findings.push({
        path: hold,
        message: `holdApplicationUntilProxyStarts is set, but ${label(nativeIstio)} is a native sidecar: its startupProbe already holds the app until the proxy is ready, so the setting does nothing here. Remove holdApplicationUntilProxyStarts from proxy.istio.io/config.`,
      });
    }
    return findings;
  },
};
