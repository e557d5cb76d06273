/**
 * invalid-pod-field: pod-level fields the API server rejects (ValidatePodSpec,
 * validateDNSPolicy, validatePodDNSConfig): activeDeadlineSeconds out of range, a hostname
 * or subdomain that is not a DNS label, an unknown dnsPolicy, dnsPolicy None without
 * nameservers, too many nameservers or search domains.
 */
import { dns1123LabelErrors, type YamlPath } from '@podsmith/manifest';
import { apiError, goStrings } from '../messages';
import { arrayOr, numberOr, recordOr, stringOr, stringsOf } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

const MAX_DEADLINE = 2147483647;
/** validateDNSPolicy's list, in its order. */
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

export const rule: Rule = {
  id: 'invalid-pod-field',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'activeDeadlineSeconds outside 1-2147483647, hostname or subdomain not a DNS label, an unknown dnsPolicy, dnsPolicy None without dnsConfig.nameservers, more than 3 nameservers, more than 32 search domains or 2048 characters of them.',
    why: 'ValidatePodSpec and validatePodDNSConfig reject the object. The DNS limits come from the C library resolver the containers use: a resolv.conf with more nameservers or search domains is cut short, so the API server refuses it rather than let DNS silently differ.',
    fix: 'Use a positive activeDeadlineSeconds, lowercase DNS labels for hostname and subdomain, and with dnsPolicy: None give dnsConfig 1 to 3 nameservers.',
    link: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config',
  },
  check(pod, ctx) {
    const spec = pod.spec;
    const base = pod.ref.specPath;
    const findings: RawFinding[] = [];
    const at = (keys: YamlPath, message: (p: string) => string) => {
      const path = [...base, ...keys];
      findings.push({ path, message: message(ctx.apiPath(path)) });
    };
    const deadline = numberOr(spec.activeDeadlineSeconds);
    if (deadline !== undefined && (deadline < 1 || deadline > MAX_DEADLINE)) {
      at(['activeDeadlineSeconds'], (p) => apiError.invalid(p, deadline, `must be between 1 and ${MAX_DEADLINE}, inclusive`));
    }
    for (const key of ['hostname', 'subdomain']) {
      const value = stringOr(spec[key]) ?? '';
      if (value !== '') for (const detail of dns1123LabelErrors(value)) at([key], (p) => apiError.invalid(p, value, detail));
    }
    const dnsPolicy = ctx.defaulted.dnsPolicy;
    if (!DNS_POLICIES.includes(dnsPolicy)) at(['dnsPolicy'], (p) => apiError.notSupported(p, dnsPolicy, DNS_POLICIES));
    const dnsConfig = recordOr(spec.dnsConfig);
    const nameservers = stringsOf(dnsConfig?.nameservers);
    if (dnsPolicy === 'None' && !dnsConfig) at(['dnsConfig'], (p) => apiError.required(p, 'must provide `dnsConfig` when `dnsPolicy` is None'));
    else if (dnsPolicy === 'None' && nameservers.length === 0) at(['dnsConfig', 'nameservers'], (p) => apiError.required(p, 'must provide at least one DNS nameserver when `dnsPolicy` is None'));
    else if (dnsConfig) {
      if (nameservers.length > 3) at(['dnsConfig', 'nameservers'], (p) => `${p}: Invalid value: ${goStrings(nameservers)}: must not have more than 3 nameservers`);
      const searches = stringsOf(dnsConfig.searches);
      if (arrayOr(dnsConfig.searches).length > 32) at(['dnsConfig', 'searches'], (p) => `${p}: Invalid value: ${goStrings(searches)}: must not have more than 32 search paths`);
      if (searches.join(' ').length > 2048) at(['dnsConfig', 'searches'], (p) => `${p}: Invalid value: ${goStrings(searches)}: must not have more than 2048 characters (including spaces) in the search list`);
    }
    return findings;
  },
};
