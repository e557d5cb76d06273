/**
 * @podsmith/patterns: the catalogue of container and volume patterns, each with a
 * one-line explanation and the lane it belongs in, and how to add one to a pod.
 * Plain data and pure functions: no React, no DOM.
 */
export type { ContainerTemplate, VolumeTemplate, NamedVolume } from './types';
export { CONTAINER_TEMPLATES } from './containers';
export { VOLUME_TEMPLATES } from './volumes';
export { uniqueName } from './naming';
export { instantiateContainer, instantiateVolume, type ContainerInstance } from './instantiate';
