/**
 * Nothing is lost: a diagram or inspector edit of a container keeps the comment above
 * it, the fields Podsmith does not model and every other line of the file, byte for byte.
 */
import { expect, loadText, openApp, storeText, test } from './fixtures';

const MANIFEST = `# Deployment with a hand-written comment above each container.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  annotations: {owner: "team-a"}   # flow map, double quotes
spec:
  replicas: 2
  template:
    spec:
      containers:
      # The storefront: keep it first, the Service targets it.
      - name: web
        image: 'nginx:1.27.3'
        x-unmodelled: kept   # Podsmith does not model this field
      # Envoy in front of the app (legacy sidecar).
      - name: envoy
        image: envoyproxy/envoy:v1.31.0
---
apiVersion: v1
kind: Service
metadata: {name: shop}
spec:
  ports: [{port: 80, targetPort: 8080}]
`;

test.beforeEach(async ({ page }) => {
  await openApp(page);
  expect(await loadText(page, MANIFEST)).toBe(true);
  await expect(page.locator('.react-flow__node', { hasText: 'envoy' }).first()).toBeVisible();
});

test('renaming a container in the inspector keeps the comment above it, and every other byte', async ({ page }) => {
  await page.locator('.react-flow__node', { has: page.getByText('web', { exact: true }) }).first().click();
  const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('name', { exact: true });
  await name.fill('storefront');
  await name.press('Enter');
  await expect.poll(() => storeText(page)).toBe(MANIFEST.replace('- name: web', '- name: storefront'));
});

test('moving a container to the sidecar lane takes the comment above it along', async ({ page }) => {
  const envoy = page.locator('.react-flow__node', { has: page.getByText('envoy', { exact: true }) }).first();
  await envoy.focus();
  await page.keyboard.press('ArrowUp'); // main lane → native sidecar lane
  await expect
    .poll(() => storeText(page))
    .toBe(
      MANIFEST.replace(
        `      containers:
`,
        `      initContainers:
      # Envoy in front of the app (legacy sidecar).
      - name: envoy
        image: envoyproxy/envoy:v1.31.0
        restartPolicy: Always
      containers:
`,
      ).replace(
        `      # Envoy in front of the app (legacy sidecar).
      - name: envoy
        image: envoyproxy/envoy:v1.31.0
---`,
        '---',
      ),
    );
});
