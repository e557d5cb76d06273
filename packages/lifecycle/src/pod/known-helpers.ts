/**
 * The helper products Podsmith recognises, as data: the images that ship each one, the
 * programs a custom-built image runs it by, the flags only it takes, and where that is
 * documented. roles.ts reads this table; products with modes (Istio's and Linkerd's
 * proxy images, the Vault agent, git-sync) add code of their own there.
 */
import type { Role } from './roles';

export interface KnownHelper {
  readonly product: string;
  /** The product's name for people: `Fluent Bit`. */
  readonly title: string;
  readonly role: Role;
  /**
   * Images, matched on the repository's last segment (`fluent-bit`), or `owner/name`
   * when the name alone is too common (`datadog/agent`); a trailing `*` matches a prefix,
   * and `*` at both ends any text around.
   */
  readonly images: readonly string[];
  /** Programs (last path segment) a command line runs the product by. */
  readonly programs: readonly string[];
  /** Flags only this product takes: a custom image whose args carry one runs it. */
  readonly flags?: readonly string[];
  /** A flag that makes it run once and exit. */
  readonly oneShotFlag?: string;
  /** Where the images, programs and flags are documented. */
  readonly source: string;
}

export const KNOWN_HELPERS: readonly KnownHelper[] = [
  {
    product: 'envoy',
    title: 'Envoy',
    role: 'mesh-proxy',
    images: ['envoyproxy/envoy*', 'envoy'],
    programs: ['envoy'],
    flags: ['--service-cluster', '--service-node', '--drain-time-s', '--parent-shutdown-time-s', '--config-yaml'],
    source: 'https://www.envoyproxy.io/docs/envoy/latest/operations/cli',
  },
  {
    product: 'consul-dataplane',
    title: 'Consul dataplane',
    role: 'mesh-proxy',
    images: ['consul-dataplane'],
    programs: ['consul-dataplane'],
    source: 'https://developer.hashicorp.com/consul/docs/connect/dataplane',
  },
  {
    product: 'cloud-sql-proxy',
    title: 'Cloud SQL Auth Proxy',
    role: 'db-proxy',
    images: ['gce-proxy', 'cloud-sql-proxy', 'cloudsql-proxy'],
    programs: ['cloud_sql_proxy', 'cloud-sql-proxy'],
    source: 'https://github.com/GoogleCloudPlatform/cloud-sql-proxy#readme',
  },
  {
    product: 'alloydb-auth-proxy',
    title: 'AlloyDB Auth Proxy',
    role: 'db-proxy',
    images: ['alloydb-auth-proxy'],
    programs: ['alloydb-auth-proxy'],
    source: 'https://github.com/GoogleCloudPlatform/alloydb-auth-proxy#readme',
  },
  {
    product: 'pgbouncer',
    title: 'PgBouncer',
    role: 'db-proxy',
    images: ['pgbouncer'],
    programs: ['pgbouncer'],
    source: 'https://www.pgbouncer.org/usage.html',
  },
  {
    product: 'fluent-bit',
    title: 'Fluent Bit',
    role: 'log-shipper',
    images: ['*fluent-bit*'],
    programs: ['fluent-bit', 'td-agent-bit'],
    source: 'https://docs.fluentbit.io/manual/installation/docker',
  },
  {
    product: 'fluentd',
    title: 'Fluentd',
    role: 'log-shipper',
    images: ['fluentd*'],
    programs: ['fluentd', 'td-agent'],
    source: 'https://docs.fluentd.org/container-deployment/install-by-docker',
  },
  {
    product: 'vector',
    title: 'Vector',
    role: 'log-shipper',
    images: ['vector'],
    programs: ['vector'],
    source: 'https://vector.dev/docs/setup/installation/platforms/docker/',
  },
  {
    product: 'promtail',
    title: 'Promtail',
    role: 'log-shipper',
    images: ['promtail'],
    programs: ['promtail'],
    source: 'https://grafana.com/docs/loki/latest/send-data/promtail/installation/',
  },
  {
    product: 'filebeat',
    title: 'Filebeat',
    role: 'log-shipper',
    images: ['filebeat'],
    programs: ['filebeat'],
    source: 'https://www.elastic.co/guide/en/beats/filebeat/current/running-on-docker.html',
  },
  {
    product: 'otel-collector',
    title: 'the OpenTelemetry Collector',
    role: 'log-shipper',
    images: ['opentelemetry-collector*', 'otelcol*'],
    programs: ['otelcol', 'otelcol-contrib', 'otelcol-k8s'],
    source: 'https://opentelemetry.io/docs/collector/installation/',
  },
  {
    product: 'datadog-agent',
    title: 'the Datadog agent',
    role: 'log-shipper',
    images: ['datadog/agent', 'datadoghq/agent'],
    programs: [],
    source: 'https://docs.datadoghq.com/containers/docker/',
  },
  {
    product: 'cloudwatch-agent',
    title: 'the CloudWatch agent',
    role: 'log-shipper',
    images: ['cloudwatch-agent'],
    programs: ['amazon-cloudwatch-agent', 'start-amazon-cloudwatch-agent'],
    source: 'https://github.com/aws/amazon-cloudwatch-agent/tree/main/amazon-cloudwatch-container-insights',
  },
  {
    product: 'jaeger-agent',
    title: 'the Jaeger agent',
    role: 'telemetry-agent',
    images: ['jaeger-agent'],
    programs: ['jaeger-agent'],
    source: 'https://www.jaegertracing.io/docs/1.57/deployment/#agent',
  },
  {
    product: 'prometheus-to-sd',
    title: 'prometheus-to-sd',
    role: 'telemetry-agent',
    images: ['prometheus-to-sd'],
    programs: [],
    source: 'https://github.com/GoogleCloudPlatform/k8s-stackdriver/tree/master/prometheus-to-sd',
  },
  {
    product: 'consul-template',
    title: 'consul-template',
    role: 'secret-agent',
    images: ['consul-template'],
    programs: ['consul-template'],
    oneShotFlag: 'once',
    source: 'https://github.com/hashicorp/consul-template#command-line-flags',
  },
];

/** An image pattern of the table, read once: the owner it requires, and where in the name its text must be. */
interface ImagePattern {
  readonly helper: KnownHelper;
  readonly owner: string | undefined;
  readonly text: string;
  readonly at: 'whole' | 'start' | 'anywhere';
}

function imagePattern(helper: KnownHelper, pattern: string): ImagePattern {
  const slash = pattern.indexOf('/');
  const wanted = slash >= 0 ? pattern.slice(slash + 1) : pattern;
  const owner = slash >= 0 ? pattern.slice(0, slash) : undefined;
  if (!wanted.endsWith('*')) return { helper, owner, text: wanted, at: 'whole' };
  if (wanted.startsWith('*')) return { helper, owner, text: wanted.slice(1, -1), at: 'anywhere' };
  return { helper, owner, text: wanted.slice(0, -1), at: 'start' };
}

/**
 * Every image pattern, in the table's order (the first helper that matches wins). Read
 * once: roles are decided for every container on every keystroke.
 */
const IMAGE_PATTERNS: readonly ImagePattern[] = KNOWN_HELPERS.flatMap((helper) => helper.images.map((pattern) => imagePattern(helper, pattern)));

/** The known helper an image ships, or undefined. */
export function helperByImage(name: string, owner: string): KnownHelper | undefined {
  for (const pattern of IMAGE_PATTERNS) if (imageMatches(pattern, name, owner)) return pattern.helper;
  return undefined;
}

/** The known helper a program name runs, or undefined. */
export function helperByProgram(program: string): KnownHelper | undefined {
  return KNOWN_HELPERS.find((h) => h.programs.includes(program));
}

/** The known helper whose own flag a word is (`--service-cluster=x`), or undefined. */
export function helperByFlag(word: string): KnownHelper | undefined {
  const flag = word.split('=')[0] ?? '';
  return KNOWN_HELPERS.find((h) => h.flags?.includes(flag));
}

function imageMatches({ owner: wantedOwner, text, at }: ImagePattern, name: string, owner: string): boolean {
  if (wantedOwner !== undefined && wantedOwner !== owner) return false;
  switch (at) {
    case 'whole':
      return name === text;
    case 'start':
      return name.startsWith(text);
    case 'anywhere':
      return name.includes(text);
  }
}
