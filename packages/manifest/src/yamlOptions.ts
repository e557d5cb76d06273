/**
 * Kubernetes reads manifests as YAML 1.1 (sigs.k8s.io/yaml over go-yaml): `0644` is
 * octal, `yes` and `on` are booleans, `<<` merges. Podsmith reads them the same way.
 */
export const YAML_OPTIONS = { version: '1.1', merge: true, prettyErrors: false } as const;
