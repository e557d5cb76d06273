/**
 * invalid-sub-path: subPath or subPathExpr values the API server rejects: absolute,
 * climbing out with `..`, both set, or on an image volume before 1.33.
 */
import { apiError } from '../messages';
import { localDescendingPathErrors } from '../paths';
import { FEATURE_SINCE, mountSpec, stringOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

const FIELDS = ['subPath', 'subPathExpr'] as const;

export const rule: Rule = {
  id: 'invalid-sub-path',
  category: 'volume',
  severity: 'error',
  docs: {
    summary: "A volumeMount's subPath or subPathExpr is absolute, contains `..`, is set together with the other, or is used on an image volume (before 1.33).",
    why: 'A sub path must stay inside the volume, so validateLocalDescendingPath rejects absolute paths and `..`; subPath and subPathExpr are mutually exclusive; image volumes accept sub paths only from Kubernetes 1.33.',
    fix: 'Use a relative path inside the volume, and only one of subPath and subPathExpr.',
    link: 'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
  },
  check(pod, ctx) {
    const imageVolumes = new Set(pod.volumes.filter((v) => v.type === 'image').map((v) => v.name));
    return pod.containers.flatMap((c) =>
      c.mounts.flatMap((m): RawFinding[] => {
        const spec = mountSpec(c, m.index);
        const findings: RawFinding[] = [];
        for (const field of FIELDS) {
          const value = stringOr(spec[field]);
          if (!value) continue;
          const path = [...m.path, field];
          const errors = [...localDescendingPathErrors(value)];
          if (field === 'subPathExpr' && stringOr(spec.subPath)) errors.push('subPathExpr and subPath are mutually exclusive');
          if (imageVolumes.has(m.volume) && !ctx.atLeast(FEATURE_SINCE.imageVolumeSubPath)) errors.push('not allowed in image volume sources');
          for (const error of errors) findings.push({ path, container: c.name, message: apiError.invalid(ctx.apiPath(path), value, error) });
        }
        return findings;
      }),
    );
  },
};
