/**
 * tcp-socket-hook: a postStart or preStop hook with tcpSocket. The field exists for
 * backward compatibility only: the API server does not validate it and the hook fails
 * at run time.
 */
import { label } from '@podsmith/lifecycle';
import type { Rule } from '../types';

const HOOKS = ['postStart', 'preStop'] as const;

export const rule: Rule = {
  id: 'tcp-socket-hook',
  category: 'lifecycle',
  severity: 'error',
  docs: {
    summary: 'A lifecycle hook (postStart or preStop) uses tcpSocket.',
    why: '"TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility" (core/v1 API reference): the API server accepts it without validation, and the hook fails at run time. A failed postStart hook kills the container; a failed preStop hook is only an event, so the intended delay or drain never happens.',
    fix: 'Use exec, httpGet or the sleep action.',
    link: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#LifecycleHandler',
  },
  check(_pod, ctx) {
    return ctx.facts.concurrent.flatMap((c) =>
      HOOKS.flatMap((hook) => {
        if (!ctx.defaultsOf(c).lifecycle[hook]?.tcpSocket) return [];
        const path = [...c.path, 'lifecycle', hook, 'tcpSocket'];
        const effect = hook === 'postStart' ? 'a failed postStart hook kills the container, which then restarts' : 'the preStop delay or drain never happens';
        return [{ path, container: c.name, message: `${ctx.apiPath(path)}: ${label(c)}'s ${hook} hook uses tcpSocket, which is NOT supported as a lifecycle handler: the API server accepts it unchecked, but the hook fails at run time, and ${effect}.` }];
      }),
    );
  },
};
