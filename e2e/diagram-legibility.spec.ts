/**
 * The diagram reads at a glance, measured in Chromium: with the pod fitted in view at
 * 1280×800 and 1440×900, every container name renders in full at 11 px or more on screen
 * (its computed font size times the canvas zoom), and no label overlaps another label, a
 * node or a lane title. Also: the mount handle is a 24×24 px target, the focus ring shows
 * on a focused node and edge, a StatefulSet's claim templates are not "missing" volumes,
 * and axe finds nothing in the diagram's new parts.
 */
import type { Page } from '@playwright/test';
import { violations } from './axe';
import { containerNode, expect, loadText, repoText, test } from './fixtures';

/** Six containers (two init, a native sidecar, three main) and three volumes, with env from a Secret and a ConfigMap. */
const SIX = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector: {matchLabels: {app: shop}}
  template:
    metadata: {labels: {app: shop}}
    spec:
      initContainers:
      - name: wait-for-db
        image: busybox:1.37.0
        command: [sh, -c, 'until nc -z db 5432; do sleep 1; done']
      - name: migrate
        image: shop/migrate:2.4.1
        envFrom:
        - secretRef: {name: db-credentials}
        volumeMounts:
        - {name: config, mountPath: /etc/shop, readOnly: true}
      - name: log-shipper
        image: cr.fluentbit.io/fluent/fluent-bit:3.1.4
        restartPolicy: Always
        volumeMounts:
        - {name: app-logs, mountPath: /var/log/shop, readOnly: true}
      containers:
      - name: web
        image: nginx:1.27.3
        ports: [{containerPort: 8080}]
        readinessProbe: {httpGet: {path: /healthz, port: 8080}}
        resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}
        volumeMounts:
        - {name: app-logs, mountPath: /var/log/nginx}
        - {name: config, mountPath: /etc/nginx/conf.d, readOnly: true}
      - name: api-server
        image: shop/api:2.4.1
        ports: [{containerPort: 9090}]
        env:
        - name: DB_PASSWORD
          valueFrom: {secretKeyRef: {name: db-credentials, key: password}}
        - name: FEATURES
          valueFrom: {configMapKeyRef: {name: shop-features, key: flags}}
        lifecycle: {preStop: {sleep: {seconds: 5}}}
        securityContext: {privileged: true}
        volumeMounts:
        - {name: app-logs, mountPath: /var/log/api}
        - {name: cache, mountPath: /var/cache/api}
      - name: metrics-exporter
        image: prom/statsd-exporter:v0.27.1
        ports: [{containerPort: 9102}]
      volumes:
      - name: app-logs
        emptyDir: {}
      - name: config
        configMap: {name: shop-config}
      - name: cache
        emptyDir: {sizeLimit: 1Gi}
`;

const STATEFUL = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: postgres
        image: postgres:16.4
        volumeMounts:
        - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 10Gi}}
`;

// The machine is shared: the diagram is what is measured here, so the editor is not waited for.
test.describe.configure({ timeout: 120_000 });

/** Open the app and wait for the diagram and the test hook (not for Monaco, which loads after the diagram). */
async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.react-flow__node-container').first()).toBeVisible({ timeout: 60_000 });
  await page.waitForFunction(() => window.__podsmith !== undefined);
}

interface Rect {
  readonly what: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Measure {
  readonly zoom: number;
  readonly names: { readonly text: string; readonly px: number; readonly full: boolean; readonly inView: boolean }[];
  /** Pairs that overlap, described; empty when the drawing is clean. */
  readonly overlaps: string[];
}

/** The canvas zoom once the fit animation has settled (the same value over 300 ms). */
async function settledZoom(page: Page): Promise<number> {
  const zoom = () => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
  let last = NaN;
  await expect
    .poll(async () => {
      const previous = last;
      await page.waitForTimeout(300);
      last = await zoom();
      return last === previous;
    }, { timeout: 30_000 })
    .toBe(true);
  return last;
}

/** Font size on screen of every container name, and every overlap between labels, nodes and lane titles. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const canvas = document.querySelector('.diagram .react-flow')!.getBoundingClientRect();
    const rect = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const name = (el: Element) => `${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const all = (selector: string) => [...document.querySelectorAll(selector)];

    const names = all('.react-flow__node-container .container-node__name').map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        px: parseFloat(getComputedStyle(el).fontSize) * zoom,
        full: el.scrollWidth <= el.clientWidth,
        inView: r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom,
      };
    });

    // Labels: every edge label (SVG or HTML), and the words inside nodes.
    const edgeLabels = all('.react-flow__edge-textwrapper, .react-flow__edgelabel-renderer *').filter((el) => el.getBoundingClientRect().width > 0);
    const nodeLabels = all(
      '.container-node__name, .container-node__image, .container-node__ports, .chip, .volume-node__name, .volume-node__type, .volume-node__mount, .network-node__name, .reference-node__name',
    );
    const nodes = all('.react-flow__node').filter((el) => !el.matches('.react-flow__node-pod, .react-flow__node-lane'));
    const laneTitles = all('.lane__header');
    const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
    const inside = (a: Rect, b: Rect) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
    const overlaps: string[] = [];
    const labels = [...edgeLabels, ...nodeLabels];
    labels.forEach((a, i) => {
      const ra = rect(a, name(a));
      for (const b of labels.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const rb = rect(b, name(b));
        if (overlap(ra, rb)) overlaps.push(`label ${ra.what} overlaps label ${rb.what}`);
      }
      for (const node of nodes) {
        const rn = rect(node, `node ${node.getAttribute('data-id')}`);
        // A node's own words lie inside it, whole (not cut off by its edge); nobody else's touch it.
        if (node.contains(a)) {
          if (!inside(ra, rn)) overlaps.push(`label ${ra.what} spills out of ${rn.what}`);
        } else if (overlap(ra, rn)) overlaps.push(`label ${ra.what} overlaps ${rn.what}`);
      }
      // A chip is whole inside its row of chips (which hides what overflows).
      const row = a.closest('.container-node__chips');
      if (a.matches('.chip') && row && !inside(ra, rect(row, 'chips'))) overlaps.push(`label ${ra.what} is cut off`);
      for (const title of laneTitles) {
        const rt = rect(title, `lane title "${title.querySelector('.lane__title')?.textContent}"`);
        if (overlap(ra, rt)) overlaps.push(`label ${ra.what} overlaps ${rt.what}`);
      }
    });
    nodes.forEach((a, i) => {
      const ra = rect(a, `node ${a.getAttribute('data-id')}`);
      for (const b of nodes.slice(i + 1)) {
        const rb = rect(b, `node ${b.getAttribute('data-id')}`);
        if (overlap(ra, rb)) overlaps.push(`${ra.what} overlaps ${rb.what}`);
      }
      for (const title of laneTitles) {
        const rt = rect(title, `lane title "${title.querySelector('.lane__title')?.textContent}"`);
        if (overlap(ra, rt)) overlaps.push(`${ra.what} overlaps ${rt.what}`);
      }
    });
    return { zoom, names, overlaps };
  });
}

/** Checks every container name is 11 px or more on screen, whole and in view, and that nothing overlaps; returns the names, sorted. */
async function legibleNames(page: Page): Promise<string[]> {
  const { names, overlaps } = await measure(page);
  for (const n of names) {
    expect(n.px, `${n.text} on screen`).toBeGreaterThanOrEqual(11);
    expect(n.full, `${n.text} shown in full`).toBe(true);
    expect(n.inView, `${n.text} in view`).toBe(true);
  }
  expect(overlaps).toEqual([]);
  return names.map((n) => n.text).sort();
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the example pod: every container name at 11 px or more, in full, and nothing overlaps', async ({ page }) => {
      await openApp(page);
      await expect(containerNode(page, 'log-collector')).toBeVisible();
      await settledZoom(page);
      expect(await legibleNames(page)).toEqual(['app', 'log-collector']);
    });

    test('a pod of six containers and three volumes: every container name at 11 px or more, in full, and nothing overlaps', async ({ page }) => {
      await openApp(page);
      expect(await loadText(page, SIX)).toBe(true);
      await expect(containerNode(page, 'metrics-exporter')).toBeVisible();
      await expect(page.getByRole('group', { name: /^Secret db-credentials/ })).toBeVisible();
      await settledZoom(page);
      expect(await legibleNames(page)).toEqual(['api-server', 'log-shipper', 'metrics-exporter', 'migrate', 'wait-for-db', 'web']);
    });
  });
}

test('each node tells its story in words: chips, the mounts in their volume, env from a Secret and a ConfigMap', async ({ page }) => {
  await openApp(page);
  expect(await loadText(page, SIX)).toBe(true);
  const api = containerNode(page, 'api-server');
  await expect(api.getByRole('list', { name: 'At a glance' }).getByRole('listitem')).toHaveText(['♡ no probes', '↪ preStop', '□ no resources', '⚠ privileged']);
  await expect(containerNode(page, 'web').getByRole('listitem')).toHaveText(['♥ readiness', '▣ resources']);
  await expect(page.getByRole('list', { name: 'Mounts of app-logs' }).getByRole('listitem')).toHaveText([
    /^log-shipper\s*\/var\/log\/shop · read-only/,
    /^web\s*\/var\/log\/nginx/,
    /^api-server\s*\/var\/log\/api/,
  ]);
  await expect(page.getByRole('group', { name: 'Secret db-credentials, env of 2 containers' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'ConfigMap shop-features, env of 1 container' })).toBeVisible();
  await expect(page.locator('.react-flow__edge.reference-edge')).toHaveCount(3);
  expect(await violations(page)).toEqual([]);
});

test('the mount handle is a target of at least 24×24 px on screen', async ({ page }) => {
  await openApp(page);
  expect(await loadText(page, SIX)).toBe(true);
  await expect(containerNode(page, 'metrics-exporter')).toBeVisible();
  await settledZoom(page);
  // What a connection is dragged from (each container's mount handle) or dropped on (each volume, the whole node).
  const handles = page.locator('.react-flow__handle.connectable');
  expect(await handles.count()).toBe(6 + 3);
  for (const box of await handles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test('the focus ring shows on a focused node and a focused edge', async ({ page }) => {
  await openApp(page);
  const node = containerNode(page, 'app');
  await expect(node).toBeVisible();
  await page.keyboard.press('Tab'); // a key first: what follows is keyboard focus, as :focus-visible means it
  await node.focus();
  const ring = (el: Element) => {
    const style = getComputedStyle(el);
    return { focusVisible: el.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  };
  expect(await node.evaluate(ring)).toEqual({ focusVisible: true, outline: 'solid', width: 3 });
  const edge = page.getByRole('group', { name: /^app mounts app-logs/ }).or(page.locator('.react-flow__edge[aria-label^="app mounts app-logs"]'));
  await edge.focus();
  expect(await edge.evaluate(ring)).toEqual({ focusVisible: true, outline: 'solid', width: 3 });
});

test('a StatefulSet with volumeClaimTemplates draws its claim, not a missing volume', async ({ page }) => {
  await openApp(page);
  expect(await loadText(page, STATEFUL)).toBe(true);
  await expect(page.getByRole('group', { name: 'Volume data, claim template · 10Gi' })).toBeVisible();
  await expect(page.getByText('not declared in volumes')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Mounts of data' }).getByRole('listitem')).toHaveText([/^postgres\s*\/var\/lib\/postgresql\/data/]);
  expect(await violations(page)).toEqual([]);
});

test('the zoom the user chose stays across an edit and a reload, with an overview; Fit View fits again', async ({ page }) => {
  await openApp(page);
  const fitted = await settledZoom(page);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom In' }).click();
  const zoomed = await settledZoom(page);
  expect(zoomed).toBeGreaterThan(fitted * 1.1);
  await expect(page.getByRole('img', { name: 'Overview of the pod diagram' })).toBeVisible();

  // An edit that makes the pod bigger leaves the user's view alone.
  await page.getByRole('button', { name: /^Add Blank container/ }).click();
  await expect(page.locator('.react-flow__node-container')).toHaveCount(3);
  expect(await settledZoom(page)).toBeCloseTo(zoomed, 4);

  await page.reload();
  await expect(page.locator('.react-flow__node-container')).toHaveCount(3, { timeout: 60_000 });
  expect(await settledZoom(page)).toBeCloseTo(zoomed, 4);

  await page.getByRole('button', { name: 'Fit View' }).click();
  expect(await settledZoom(page)).toBeLessThan(zoomed);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
});

test('a pod too large to fit is shown from its start, not from its empty middle; Fit View does the same', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  expect(await loadText(page, repoText('fixtures/stress/stress-60-containers.yaml'))).toBe(true);
  await expect(page.locator('.react-flow__node-container')).toHaveCount(60);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const inView = async (name: string) => {
    const box = await containerNode(page, name).boundingBox();
    return !!box && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
  };
  const firstOfEachLane = async () => [await inView('init-0'), await inView('sidecar-10'), await inView('app-20')];

  expect(await settledZoom(page)).toBeCloseTo(0.2, 4); // the smallest zoom: even there the pod is wider than the canvas
  expect(await firstOfEachLane()).toEqual([true, true, true]);

  // Zoomed in (about the pane's centre), the pod's start leaves the view; Fit View brings it back.
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await settledZoom(page);
  expect(await inView('init-0')).toBe(false);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await settledZoom(page);
  await expect.poll(firstOfEachLane).toEqual([true, true, true]);
});
