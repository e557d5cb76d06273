/**
 * `@podsmith/lint/version`: the target versions, for the app's first load (this module
 * pulls in nothing else). They live in the lifecycle package, which owns what each
 * version changes in a pod's life.
 */
export * from '@podsmith/lifecycle/version';
