import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const adapter: PodPattern = {
  id: 'adapter',
  title: 'Adapter',
  explanation:
    "An adapter is a helper container that turns what the app offers into what the outside world expects, without changing the app: here an exporter reads nginx's stub_status page over localhost and serves it as Prometheus metrics. It works because the containers of a Pod share one network namespace, which is also the trap: they share one set of ports too, so two containers cannot listen on the same one. Give the adapter a port of its own.",
  tags: ['adapter', 'metrics', 'prometheus', 'exporter', 'nginx', 'localhost', 'ports', 'network namespace'],
  broken: { kind: 'broken', rule: 'port-collision', summary: 'The exporter listens on the port nginx already uses: one of them cannot bind.', yaml: broken },
  fixed: { summary: 'The exporter on its own port, 9113, reading nginx over localhost.', yaml: fixed },
};
