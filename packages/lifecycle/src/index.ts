/**
 * @podsmith/lifecycle: one model of a pod's life, shared by the linter, the diagram and
 * the timeline. No React, no DOM.
 *
 * - What a pod is, as the kubelet will run it: the API server's defaults, each
 *   container's role, which containers run together, what a command line says about
 *   its run time (`pod/`).
 * - The Kubernetes versions and the features each one has (`version.ts`).
 * - `simulate(pod, options)`: its startup and its termination (or completion) as data,
 *   from its own entry (`@podsmith/lifecycle/simulate`), so that the app can load it lazily.
 */
export type * from './types';
export * from './version';
export * from './pod/plain';
export * from './pod/image';
export * from './pod/command';
export * from './pod/defaults';
export * from './pod/roles';
export * from './pod/pod-facts';
export * from './pod/model';
export * from './pod/drain';
export * from './pod/dependencies';
export * from './pod/legacy';
export * from './pod/restart';
export * from './pod/same-run';
export * from './pod/known-helpers';
export * from './pod/purpose';
export { parseShell } from './shell/parse';
export type * from './shell/parse';
export { executionOfScript, type Run, type LoopRun } from './shell/execution';
export * from './hazards/never-exits';
export * from './hazards/completion-blockers';
export * from './hazards/log-shippers';
export * from './hazards/prestop-exit';
export * from './hazards/startup-deadlock';
export * from './hazards/unguarded-sidecar';
export * from './hazards/sidecar-order';
export { gracePeriodOverrun } from './simulate/overrun';
export type { DeadlineOverrun } from './simulate/deadline';
export * from './injected';
