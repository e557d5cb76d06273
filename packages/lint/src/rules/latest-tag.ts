/**
 * latest-tag: an image without a tag, or with `:latest`, and no digest. Digest pins are
 * fine with any tag.
 */
import { label, parseImage } from '@podsmith/lifecycle';
import { writtenContainers } from '../pod-security';
import type { RawFinding, Rule } from '../types';

/** Images filled in by a template engine or kubectl's substitution: not an image reference yet. */
const TEMPLATED = /\{\{|\$\{|\$\(/;

export const rule: Rule = {
  id: 'latest-tag',
  category: 'best-practice',
  severity: 'info',
  docs: {
    summary: 'A container image has no tag or the tag `latest`, and no digest.',
    why: 'Such an image is whatever the registry calls latest when a node pulls it: imagePullPolicy defaults to Always for it, so replicas started on different days can run different code, a rollback does not go back to the old image, and nothing in the manifest says which version runs.',
    fix: 'Pin a version tag (nginx:1.27.3), or a digest (nginx@sha256:...) for an image that can never change.',
    link: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  },
  check(pod) {
    return writtenContainers(pod).flatMap((c): RawFinding[] => {
      const image = c.image.trim();
      if (image === '' || image.includes('@') || TEMPLATED.test(image)) return [];
      const { tag } = parseImage(image);
      if (tag !== undefined && tag !== 'latest') return [];
      const what = tag === undefined ? 'has no tag, so it means :latest' : 'is tagged :latest';
      return [{ path: [...c.path, 'image'], container: c.name, message: `${label(c)}'s image "${image}" ${what}: each pull may bring a different version (imagePullPolicy defaults to Always for it), so replicas can differ and a rollback does not restore the old code. Pin a version tag or a digest.` }];
    });
  },
};
