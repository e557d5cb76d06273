/**
 * invalid-volume-projection: files projected from ConfigMaps, Secrets, the downward API
 * and service account tokens that the API server rejects (validateKeyToPath,
 * validateDownwardAPIVolumeSource, validateProjectionSources): file modes outside 0-0777,
 * items without key or path, paths leaving the volume, two sources writing one path, token
 * lifetimes under 10 minutes.
 */
import type { VolumeView, YamlPath } from '@podsmith/manifest';
import { apiError } from '../messages';
import { localDescendingPathErrors } from '../paths';
import { arrayOr, numberOr, recordOr, stringOr, type PlainRecord } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

const FILE_MODE_ERROR = 'must be a number between 0 and 0777 (octal), both inclusive';
const MAX_FILE_MODE = 0o777;
const MIN_TOKEN_SECONDS = 600;
const MAX_TOKEN_SECONDS = 2 ** 32;
/** Sources that project items (key → path) into a volume. */
const ITEM_SOURCES = ['configMap', 'secret', 'downwardAPI'] as const;
const PROJECTION_TYPES = [...ITEM_SOURCES, 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'] as const;

export const rule: Rule = {
  id: 'invalid-volume-projection',
  category: 'volume',
  severity: 'error',
  docs: {
    summary: 'A ConfigMap, Secret, downward API or projected volume the API server rejects: defaultMode or mode outside 0-0777, items without key or path, a path that is absolute or contains `..`, two projected sources writing the same path, a serviceAccountToken expiring in under 10 minutes.',
    why: 'The kubelet writes these as files inside the volume, so paths must stay inside it and not collide, and modes must be file permission bits. Note that YAML 1.1 (what kubectl reads) takes `0644` as octal; in decimal, write 420.',
    fix: 'Use an octal mode such as 0644 (or decimal 420), relative paths, one source per path, expirationSeconds of at least 600.',
    link: 'https://kubernetes.io/docs/concepts/storage/projected-volumes/',
  },
  check(pod, ctx) {
    return pod.volumes.flatMap((volume) => {
      const out: RawFinding[] = [];
      const report = (path: YamlPath, message: string) => out.push({ path, message });
      for (const source of [...ITEM_SOURCES, 'projected'] as const) {
        const spec = recordOr(volume.spec[source]);
        if (!spec) continue;
        checkMode(spec, 'defaultMode', [...volume.path, source], ctx, report);
        if (source !== 'projected') checkItems(spec, [...volume.path, source], ctx, report);
      }
      checkProjection(volume, ctx, report);
      return out;
    });
  },
};

type Report = (path: YamlPath, message: string) => void;

function checkMode(spec: PlainRecord, field: 'defaultMode' | 'mode', base: YamlPath, ctx: LintContext, report: Report): void {
  // The parser reads YAML 1.1, as kubectl does: `0644` is 420 already.
  const mode = numberOr(spec[field]);
  if (mode === undefined) return;
  const path = [...base, field];
  if (mode < 0 || mode > MAX_FILE_MODE) report(path, apiError.invalid(ctx.apiPath(path), mode, FILE_MODE_ERROR));
}

/** validateKeyToPath for each item (downward API items have a fieldRef instead of a key). */
function checkItems(spec: PlainRecord, base: YamlPath, ctx: LintContext, report: Report): void {
  const keyed = base[base.length - 1] !== 'downwardAPI';
  arrayOr(spec.items).forEach((raw, i) => {
    const item = recordOr(raw) ?? {};
    const itemPath = [...base, 'items', i];
    if (keyed && !stringOr(item.key)) report([...itemPath, 'key'], apiError.required(ctx.apiPath([...itemPath, 'key'])));
    const path = stringOr(item.path) ?? '';
    const pathPath = [...itemPath, 'path'];
    if (path === '') report(pathPath, apiError.required(ctx.apiPath(pathPath)));
    for (const error of localDescendingPathErrors(path)) report(pathPath, apiError.invalid(ctx.apiPath(pathPath), path, error));
    if (path.startsWith('..')) report(pathPath, apiError.invalid(ctx.apiPath(pathPath), path, "must not start with '..'"));
    checkMode(item, 'mode', itemPath, ctx, report);
  });
}

/** validateProjectionSources: one type per source, unique paths, token lifetimes. */
function checkProjection(volume: VolumeView, ctx: LintContext, report: Report): void {
  const projected = recordOr(volume.spec.projected);
  if (!projected) return;
  const base = [...volume.path, 'projected'];
  const paths = new Set<string>();
  arrayOr(projected.sources).forEach((raw, i) => {
    const source = recordOr(raw) ?? {};
    const sourcePath = [...base, 'sources', i];
    const types = PROJECTION_TYPES.filter((t) => recordOr(source[t]));
    if (types.length > 1) report(sourcePath, apiError.forbidden(ctx.apiPath(sourcePath), 'may not specify more than 1 volume type per source'));
    for (const type of ITEM_SOURCES) {
      const spec = recordOr(source[type]);
      if (!spec) continue;
      checkItems(spec, [...sourcePath, type], ctx, report);
      arrayOr(spec.items).forEach((item, j) => {
        const path = stringOr(recordOr(item)?.path);
        if (!path) return;
        if (paths.has(path)) report([...sourcePath, type, 'items', j, 'path'], apiError.invalid(ctx.apiPath(base), stringOr(spec.name) ?? path, 'conflicting duplicate paths'));
        paths.add(path);
      });
    }
    const token = recordOr(source.serviceAccountToken);
    if (token) checkToken(token, [...sourcePath, 'serviceAccountToken'], ctx, report);
  });
}

function checkToken(token: PlainRecord, base: YamlPath, ctx: LintContext, report: Report): void {
  const seconds = numberOr(token.expirationSeconds);
  const path = [...base, 'expirationSeconds'];
  if (seconds !== undefined && seconds < MIN_TOKEN_SECONDS) report(path, apiError.invalid(ctx.apiPath(path), seconds, 'may not specify a duration less than 10 minutes'));
  if (seconds !== undefined && seconds > MAX_TOKEN_SECONDS) report(path, apiError.invalid(ctx.apiPath(path), seconds, 'may not specify a duration larger than 2^32 seconds'));
  if (!stringOr(token.path)) report([...base, 'path'], apiError.required(ctx.apiPath([...base, 'path'])));
}
