/**
 * port-collision: two containers that run at the same time declare the same container
 * port and protocol. They share the Pod's network namespace, so one of the binds fails.
 * The API server only warns (pkg/api/pod/warnings.go); run-to-completion init containers
 * are left out, because they are gone before the others start.
 *
 * Renumbering a port is a suggestion, not a fix: only the user knows which container's
 * program to move (and it must listen on the new port too), so one is offered per container.
 */
import type { ContainerView, PodRef, PortView } from '@podsmith/manifest';
import { type DefaultedPort, label, portKey } from '@podsmith/lifecycle';
import { containerAt } from '../fixes';
import type { LintContext, RawFinding, Rule, Suggestion } from '../types';

interface Bind {
  readonly container: ContainerView;
  readonly port: PortView;
}

export const rule: Rule = {
  id: 'port-collision',
  category: 'network',
  severity: 'error',
  docs: {
    summary: 'Two containers that run at the same time (regular containers and native sidecars) declare the same containerPort and protocol.',
    why: 'All containers of a Pod share one network namespace: when both listen on the port, the second bind fails and that container crash-loops (kubernetes#91279). The API server accepts it with a warning ("duplicate port definition"); init containers that run to completion do not collide, since they have exited before the others start.',
    fix: 'Change one of the ports (and the program\'s listen address to match).',
    link: 'https://github.com/kubernetes/kubernetes/issues/91279',
  },
  check(_pod, ctx) {
    const first = new Map<string, Bind>();
    const findings: RawFinding[] = [];
    for (const container of ctx.facts.concurrent) {
      const defaults = ctx.defaultsOf(container).ports;
      for (const port of container.ports) {
        if (port.containerPort === undefined) continue;
        const key = portKey(port);
        const earlier = first.get(key);
        if (!earlier) first.set(key, { container, port });
        else if (earlier.container !== container) findings.push(collision({ container, port }, earlier, defaults, ctx));
      }
    }
    return findings;
  },
  suggest(finding, pod, ctx) {
    const here = containerAt(pod, finding.path);
    const port = here?.ports.find((p) => p.path.every((key, i) => finding.path[i] === key));
    if (!here || port?.containerPort === undefined) return [];
    const key = portKey(port);
    const value = nextFreePort(port, ctx);
    return ctx.facts.concurrent.flatMap((c) => c.ports.filter((p) => portKey(p) === key).slice(0, 1).map((p) => renumber(c, p, value, pod.ref)));
  },
};

function collision(bind: Bind, earlier: Bind, defaults: readonly DefaultedPort[], ctx: LintContext): RawFinding {
  const here = defaults[bind.port.index];
  const there = ctx.defaultsOf(earlier.container).ports[earlier.port.index];
  const words = warningWords(here, there);
  return {
    path: bind.port.path,
    container: bind.container.name,
    message: `${ctx.apiPath(bind.port.path)}: ${words} ${ctx.apiPath(earlier.port.path)}: ${label(bind.container)} and ${label(earlier.container)} both declare ${bind.port.containerPort}/${bind.port.protocol}. They run at the same time in the Pod's one network namespace, so only one of them can listen on it: the other's bind fails (or its declaration is wrong).`,
  };
}

/** The API server's warning words for two ports with the same containerPort (warnings.go). */
function warningWords(a: DefaultedPort | undefined, b: DefaultedPort | undefined): string {
  if (a?.hostIP === b?.hostIP && a?.hostPort === b?.hostPort) return 'duplicate port definition with';
  if (!a?.hostPort || !b?.hostPort) return 'overlapping port definition with';
  if (a.hostPort === b.hostPort && (a.hostIP === '') !== (b.hostIP === '')) return 'dangerously ambiguous port definition with';
  return 'same containerPort as';
}

/** Renumber one container's port: the user picks which container's program moves. */
function renumber(c: ContainerView, port: PortView, value: number, pod: PodRef): Suggestion {
  return {
    description: `Change ${label(c)}'s containerPort ${port.containerPort} to ${value}`,
    edits: [{ kind: 'setContainerField', pod, container: c.ref, field: ['ports', port.index, 'containerPort'], value }],
  };
}

/** The next port above this one that no concurrently running container declares for the protocol. */
function nextFreePort(port: PortView, ctx: LintContext): number {
  const used = new Set(ctx.facts.concurrent.flatMap((c) => c.ports.filter((p) => p.protocol === port.protocol).map((p) => p.containerPort)));
  let candidate = (port.containerPort ?? 0) + 1;
  while (used.has(candidate) && candidate < 65535) candidate++;
  return candidate;
}
