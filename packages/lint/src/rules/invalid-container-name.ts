/**
 * invalid-container-name: a container, init container or ephemeral container name the API
 * server rejects (validateContainerCommon): empty, or not a lowercase RFC 1123 label.
 */
import { dns1123LabelErrors } from '@podsmith/manifest';
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'invalid-container-name',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A container name that is empty or not a lowercase RFC 1123 label (at most 63 characters of a-z, 0-9 and -, starting and ending alphanumeric, no dots).',
    why: 'validateContainerCommon rejects the whole object (ValidateDNS1123Label, apimachinery IsDNS1123Label): kubectl apply fails with "Invalid value", one line per reason. The name becomes part of DNS-like identifiers and log paths, so capitals, underscores and dots are refused.',
    fix: 'Rename the container, for example "Web_Server" to "web-server", and update what refers to it by name (kubectl -c, Job podFailurePolicy rules, ephemeral containers targetContainerName).',
    link: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
  },
  check(pod, ctx) {
    return pod.containers.flatMap((c) => {
      const path = [...c.path, 'name'];
      if (c.name === '') return [containerFinding(c, path, (p) => apiError.required(p), ctx)];
      return dns1123LabelErrors(c.name).map((detail) => containerFinding(c, path, (p) => apiError.invalid(p, c.name, detail), ctx));
    });
  },
};
