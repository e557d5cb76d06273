/** Containers sit above lanes (z 1, the pod's children); edges between them take z 2 and draw over lanes. */
export const CONTENT_Z = 2;
