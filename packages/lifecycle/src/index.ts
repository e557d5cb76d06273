/**
 * @podsmith/lifecycle: one model of a pod's life, shared by the linter, the diagram and
 * the timeline. No React, no DOM.
 */
export type * from './types';
export * from './injected';
