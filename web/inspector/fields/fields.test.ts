/**
 * Every field of the inspector's tables, read and written through Edits and applyEdit,
 * and cleared: the value lands where the field says, nothing else in the pod changes,
 * every comment survives, and only the field's own lines differ.
 */
import { describe, expect, it } from 'vitest';
import { valueAt } from '@podsmith/manifest';
import { fieldEdit } from './edit';
import { EVERY_FIELD_YAML } from './testManifest';
import { applied, ctxOf, fieldsOf, podOf, sectionsOf, specOf, without, type Target } from './testFields';

function comments(text: string): string[] {
  return text.split('\n').flatMap((line) => /#.*$/.exec(line)?.[0] ?? []);
}

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

interface Case {
  readonly target: Target;
  readonly label: string;
  /** What the field shows for the fixture. */
  readonly read: string;
  /** A new valid text, and the value it writes at the field's path. */
  readonly write: string;
  readonly written: unknown;
  /** A required field refuses to be cleared; otherwise clearing removes the key. */
  readonly required?: true;
}

const c = (target: Target, label: string, read: string, write: string, written: unknown, required?: true): Case => ({ target, label, read, write, written, ...(required && { required }) });

const CASES: readonly Case[] = [
  // The pod
  c('pod', 'metadata.name', 'shop', 'store', 'store', true),
  c('pod', 'metadata.namespace', 'prod', 'staging', 'staging'),
  c('pod', 'labels (key=value per line)', 'app=shop\ntier=web', 'app=shop\ntier=api', { app: 'shop', tier: 'api' }),
  c('pod', 'annotations (key=value per line)', 'team=checkout', 'team=payments', { team: 'payments' }),
  c('pod', 'restartPolicy', 'Always', 'Never', 'Never'),
  c('pod', 'terminationGracePeriodSeconds', '45', '90', 90),
  c('pod', 'activeDeadlineSeconds', '600', '3600', 3600),
  c('pod', 'priorityClassName', 'high', 'low', 'low'),
  c('pod', 'serviceAccountName', 'shop', 'shop-reader', 'shop-reader'),
  c('pod', 'shareProcessNamespace', 'true', 'false', false),
  c('pod', 'hostNetwork', 'true', 'true', true),
  c('pod', 'dnsPolicy', 'ClusterFirstWithHostNet', 'Default', 'Default'),
  c('pod', 'nodeSelector (key=value per line)', 'disktype=ssd', 'disktype=nvme', { disktype: 'nvme' }),
  c('pod', 'tolerations[0].key', 'dedicated', 'gpu', 'gpu'),
  c('pod', 'tolerations[0].operator', 'Equal', 'Exists', 'Exists'),
  c('pod', 'tolerations[0].value', 'shop', 'cart', 'cart'),
  c('pod', 'tolerations[0].effect', 'NoSchedule', 'NoExecute', 'NoExecute'),
  c('pod', 'tolerations[0].tolerationSeconds', '60', '300', 300),
  // A container
  c('c:app', 'name', 'app', 'web', 'web', true),
  c('c:app', 'image', 'nginx:1.27', 'nginx:1.28', 'nginx:1.28', true),
  c('c:app', 'imagePullPolicy', 'IfNotPresent', 'Always', 'Always'),
  c('c:app', 'command (one per line)', 'nginx', 'nginx\n-c\n/etc/nginx.conf', ['nginx', '-c', '/etc/nginx.conf']),
  c('c:app', 'args (one per line)', '-g\ndaemon off;', '-g\ndaemon on;', ['-g', 'daemon on;']),
  c('c:app', 'workingDir', '/srv', '/app', '/app'),
  c('c:app', 'env[0].name', 'MODE', 'APP_MODE', 'APP_MODE', true),
  c('c:app', 'env[0].value', 'production', 'staging', 'staging'),
  ...['DB_HOST', 'DB_PASSWORD', 'POD_NAME', 'MEMORY'].map((name, i) => c('c:app', `env[${i + 1}].name`, name, `${name}_2`, `${name}_2`, true)),
  c('c:app', 'env[1].valueFrom.configMapKeyRef.name', 'db', 'db-v2', 'db-v2', true),
  c('c:app', 'env[1].valueFrom.configMapKeyRef.key', 'host', 'hostname', 'hostname', true),
  c('c:app', 'env[2].valueFrom.secretKeyRef.name', 'db-secret', 'db-secret-2', 'db-secret-2', true),
  c('c:app', 'env[2].valueFrom.secretKeyRef.key', 'password', 'pass', 'pass', true),
  c('c:app', 'env[3].valueFrom.fieldRef.fieldPath', 'metadata.name', 'status.podIP', 'status.podIP', true),
  c('c:app', 'env[4].valueFrom.resourceFieldRef.resource', 'limits.memory', 'requests.cpu', 'requests.cpu'),
  c('c:app', 'env[4].valueFrom.resourceFieldRef.containerName', 'app', 'sidecar', 'sidecar'),
  c('c:app', 'env[4].valueFrom.resourceFieldRef.divisor', '1Mi', '1Gi', '1Gi'),
  c('c:app', 'envFrom[0].configMapRef.name', 'shop-config', 'shop-env', 'shop-env', true),
  c('c:app', 'envFrom[0].prefix', 'SHOP_', 'APP_', 'APP_'),
  c('c:app', 'resources.requests.cpu', '250m', '0.5', 0.5),
  c('c:app', 'resources.requests.memory', '256Mi', '300Mi', '300Mi'),
  c('c:app', 'resources.limits.cpu', '1', '1500m', '1500m'),
  c('c:app', 'resources.limits.memory', '512Mi', '1Gi', '1Gi'),
  c('c:app', 'livenessProbe.httpGet.path', '/healthz', '/livez', '/livez'),
  c('c:app', 'livenessProbe.httpGet.port', 'http', '8080', 8080, true),
  c('c:app', 'livenessProbe.httpGet.scheme', 'HTTP', 'HTTPS', 'HTTPS'),
  c('c:app', 'livenessProbe.initialDelaySeconds', '5', '15', 15),
  c('c:app', 'livenessProbe.periodSeconds', '10', '20', 20),
  c('c:app', 'livenessProbe.timeoutSeconds', '2', '3', 3),
  c('c:app', 'livenessProbe.successThreshold', '1', '1', 1),
  c('c:app', 'livenessProbe.failureThreshold', '3', '6', 6),
  c('c:app', 'readinessProbe.tcpSocket.port', '80', 'http', 'http', true),
  // Timings the fixture leaves to their defaults: written as new keys.
  ...(['c:app startupProbe', 'c:app readinessProbe', 'c:log-collector startupProbe'] as const).flatMap((at) => {
    const [target, probe] = at.split(' ') as [string, string];
    const timings = { initialDelaySeconds: 3, periodSeconds: 5, timeoutSeconds: 4, successThreshold: 1, failureThreshold: 30 };
    return Object.entries(timings).map(([timing, value]) => c(target, `${probe}.${timing}`, '', String(value), value));
  }),
  c('c:app', 'startupProbe.exec.command (one per line)', 'cat\n/tmp/ready', 'test\n-f\n/tmp/ready', ['test', '-f', '/tmp/ready'], true),
  c('c:app', 'lifecycle.postStart.exec.command (one per line)', 'sh\n-c\necho started', 'true', ['true'], true),
  c('c:app', 'lifecycle.preStop.sleep.seconds', '10', '20', 20, true),
  c('c:app', 'securityContext.runAsUser', '1000', '2000', 2000),
  c('c:app', 'securityContext.runAsNonRoot', 'true', 'false', false),
  c('c:app', 'securityContext.readOnlyRootFilesystem', 'true', 'false', false),
  c('c:app', 'securityContext.allowPrivilegeEscalation', 'false', 'true', true),
  c('c:app', 'securityContext.privileged', 'false', 'true', true),
  c('c:app', 'securityContext.capabilities.add (one per line)', 'NET_BIND_SERVICE', 'NET_BIND_SERVICE\nNET_RAW', ['NET_BIND_SERVICE', 'NET_RAW']),
  c('c:app', 'securityContext.capabilities.drop (one per line)', 'ALL', 'NET_RAW', ['NET_RAW']),
  c('c:log-collector', 'restartPolicy: Always (native sidecar)', 'true', 'true', 'Always'),
  c('c:log-collector', 'startupProbe.grpc.port', '2020', '2021', 2021, true),
  c('c:log-collector', 'startupProbe.grpc.service', 'health', 'ready', 'ready'),
  // Volumes
  c('v:cache', 'emptyDir.medium', 'Memory', 'Memory', 'Memory'),
  c('v:cache', 'emptyDir.sizeLimit', '64Mi', '128Mi', '128Mi'),
  c('v:config', 'configMap.name', 'shop-config', 'shop-config-2', 'shop-config-2', true),
  c('v:config', 'configMap.optional', 'true', 'false', false),
  c('v:tls', 'secret.secretName', 'shop-tls', 'shop-tls-2', 'shop-tls-2', true),
  c('v:tls', 'secret.optional', 'false', 'true', true),
  c('v:data', 'persistentVolumeClaim.claimName', 'shop-data', 'shop-data-2', 'shop-data-2', true),
  c('v:data', 'persistentVolumeClaim.readOnly', 'true', 'true', true),
  c('v:host', 'hostPath.path', '/var/lib/shop', '/data', '/data', true),
  c('v:host', 'hostPath.type', 'Directory', 'DirectoryOrCreate', 'DirectoryOrCreate'),
  c('v:bundle', 'projected.sources[0].configMap.name', 'shop-config', 'other', 'other', true),
  c('v:podinfo', 'downwardAPI.items[0].path', 'labels', 'pod-labels', 'pod-labels', true),
  c('v:podinfo', 'downwardAPI.items[0].fieldRef.fieldPath', 'metadata.labels', 'metadata.annotations', 'metadata.annotations', true),
  c('v:csi-data', 'csi.driver', 'csi.example.com', 'other.csi.example.com', 'other.csi.example.com', true),
  c('v:csi-data', 'csi.fsType', 'ext4', 'xfs', 'xfs'),
  c('v:csi-data', 'csi.readOnly', 'true', 'true', true),
  c('v:csi-data', 'csi.volumeAttributes (key=value per line)', 'size=1Gi', 'size=2Gi', { size: '2Gi' }),
  c('v:models', 'image.reference', 'registry.example.com/models:1', 'registry.example.com/models:2', 'registry.example.com/models:2', true),
  c('v:models', 'image.pullPolicy', 'IfNotPresent', 'Always', 'Always'),
];

const pod = podOf(EVERY_FIELD_YAML);
const before = pod.workload.object;

describe.each(CASES)('$target $label', ({ target, label, read, write, written, required }) => {
  const spec = specOf(pod, target, label);

  it('reads the value from the YAML', () => {
    expect(spec.read(before)).toBe(read);
  });

  it('writes a new value there, touching nothing else and keeping every comment', () => {
    expect(spec.validate?.(write, ctxOf(pod))).toBeUndefined();
    // A value the field already shows is cleared first, so the write has something to do.
    const text = applied(EVERY_FIELD_YAML, pod, spec, write === read ? '' : write);
    const rewritten = write === read ? applied(text, podOf(text), specOf(podOf(text), target, label), write) : text;
    const after = podOf(rewritten).workload.object;
    expect(valueAt(after, spec.path)).toEqual(written);
    expect(without(after, spec.path)).toEqual(without(before, spec.path));
    if (write !== read) {
      expect(comments(rewritten)).toEqual(comments(EVERY_FIELD_YAML));
      const { removed, added } = changedLines(EVERY_FIELD_YAML, rewritten);
      expect(removed.length).toBeLessThanOrEqual(Math.max(1, String(read).split('\n').length));
      expect(added.length).toBeLessThanOrEqual(Math.max(1, write.split('\n').length));
    }
  });

  if (required) {
    it('refuses to be cleared', () => {
      expect(spec.validate?.('', ctxOf(pod))).toMatch(/Required value/);
    });
  } else if (read === '') {
    it('clearing a field that is not there changes nothing', () => {
      expect(fieldEdit(pod, spec, '')).toBeUndefined();
    });
  } else {
    it('clearing removes the key and nothing else; the other comments stay', () => {
      expect(spec.validate?.('', ctxOf(pod))).toBeUndefined();
      const text = applied(EVERY_FIELD_YAML, pod, spec, '');
      const after = podOf(text).workload.object;
      expect(valueAt(after, spec.path)).toBeUndefined();
      expect(after).toEqual(without(before, spec.path));
      const { removed, added } = changedLines(EVERY_FIELD_YAML, text);
      // Only a first key of a list item is re-added: the next key moves up beside the dash.
      expect(added.every((line) => removed.some((r) => r.trim() === line.replace('- ', '').trim()))).toBe(true);
      const kept = comments(EVERY_FIELD_YAML).filter((comment) => !removed.some((line) => line.endsWith(comment)));
      expect(comments(text)).toEqual(kept);
    });
  }
});

describe('every field is in the table above', () => {
  it('names each field the forms of the fixture show', () => {
    const targets = ['pod', 'c:app', 'c:log-collector', ...pod.volumes.map((v) => `v:${v.name}`)];
    const shown = targets.flatMap((t) => fieldsOf(sectionsOf(pod, t)).filter((f) => !f.alternatives).map((f) => `${t} ${f.label}`));
    const tested = new Set(CASES.map((k) => `${k.target} ${k.label}`));
    // The sidecar's basics, resources and security context are the same specs as the app's;
    // a volume's name has its own test below (it renames the mounts too).
    const untested = shown.filter((s) => !tested.has(s) && !/^c:log-collector (name|image|imagePullPolicy|command|args|workingDir|resources|securityContext)/.test(s) && !/^v:\S+ name$/.test(s));
    expect(untested).toEqual([]);
  });
});
