/**
 * Log shippers declared as regular containers. Regular containers all get SIGTERM when
 * their own preStop ends, in no set order ([PL] termination flow), so the shipper stops
 * reading while the app still writes its last lines ([KEP753] "Problems: log forwarding
 * and metrics sidecar"); a native sidecar is stopped only after the app has exited.
 * Read by the log-shipper-not-native rule and by the simulator's termination.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from '../pod/model';

/** Regular containers that are log shippers, when the pod has an application whose logs they ship. */
export function regularLogShippers(model: PodModel): readonly ContainerView[] {
  if (model.facts.apps.length === 0) return [];
  return model.facts.mains.filter((c) => model.roleOf(c).role === 'log-shipper');
}
