/**
 * Kubernetes versions the linter and the simulator can target, and the feature facts that depend on them.
 * A target version is a minor release written '1.NN'.
 */

/** Every minor release the rule catalogue covers, oldest first. */
export const SUPPORTED_K8S_VERSIONS = ['1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'] as const;
export type K8sVersion = (typeof SUPPORTED_K8S_VERSIONS)[number];

/** The newest release the catalogue knows: what the API server of a current cluster does. */
export const DEFAULT_K8S_VERSION: K8sVersion = '1.36';

/**
 * Releases in which a behaviour the rules depend on became the default (feature gate on
 * by default, or the field known at all). Sources: RULES.md, the feature-gate pages.
 */
export const FEATURE_SINCE = {
  /** SidecarContainers: alpha (off) in 1.28, beta and on by default in 1.29, GA 1.33. */
  nativeSidecars: '1.29',
  /** The initContainers[].restartPolicy field exists (dropped while the gate is off). */
  restartPolicyField: '1.28',
  /** PodLifecycleSleepAction: alpha 1.29, beta (on) 1.30, GA 1.34. */
  sleepAction: '1.30',
  /** AllowPodLifecycleSleepActionZeroValue: beta (on) 1.33, GA 1.34. */
  sleepActionZero: '1.33',
  /** Services and NetworkPolicies resolve named ports declared on native sidecars (kubernetes#127976). */
  sidecarNamedPorts: '1.32',
  /** RecursiveReadOnlyMounts: alpha 1.30, beta (on) 1.31. */
  recursiveReadOnly: '1.31',
  /** ImageVolume accepts subPath/subPathExpr (beta in 1.33). */
  imageVolumeSubPath: '1.33',
  /** ContainerRestartRules (KEP-5307): restartPolicy and restartPolicyRules on regular containers; alpha (off) 1.34, beta (on) 1.35. */
  containerRestartRules: '1.35',
  /** ContainerStopSignals (KEP-4960): lifecycle.stopSignal is known; alpha since 1.33, off by default. */
  stopSignalField: '1.33',
  /** RelaxedEnvironmentVariableValidation: alpha 1.30, beta (on) 1.32, GA 1.34: any printable ASCII but '=' in env names. */
  relaxedEnvVarNames: '1.32',
  /** InPlacePodVerticalScaling: alpha 1.27 (resizePolicy dropped), beta (on) 1.33, GA 1.35. */
  resizePolicy: '1.33',
  /** Resize restart policy RestartContainer refused on run-to-completion init containers (kubernetes#137458). */
  resizeInitRestartRefused: '1.36',
  /** The restartPolicyRules field exists (dropped while ContainerRestartRules is off). */
  restartPolicyRulesField: '1.34',
  /** RestartAllContainers (KEP-5532): alpha 1.35, beta (on) 1.36: the RestartAllContainers action, rules on sidecars. */
  restartAllContainers: '1.36',
} as const satisfies Record<string, K8sVersion>;

export function isK8sVersion(value: string): value is K8sVersion {
  return (SUPPORTED_K8S_VERSIONS as readonly string[]).includes(value);
}

/** Validate a user-given target version ('1.31'); throws a RangeError naming the supported range. */
export function parseK8sVersion(value: string): K8sVersion {
  const trimmed = value.trim().replace(/^v/, '');
  if (isK8sVersion(trimmed)) return trimmed;
  const first = SUPPORTED_K8S_VERSIONS[0];
  throw new RangeError(`Unsupported Kubernetes version "${value}": Podsmith targets ${first} to ${DEFAULT_K8S_VERSION}, written like "1.31".`);
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: K8sVersion, b: K8sVersion): number {
  return minorOf(a) - minorOf(b);
}

/** True when `version` is `since` or newer. */
export function atLeastVersion(version: K8sVersion, since: K8sVersion): boolean {
  return compareVersions(version, since) >= 0;
}

function minorOf(version: K8sVersion): number {
  return Number(version.slice(2));
}
