import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { buildK8sSchema, type OpenApiComponents } from './packages/lint/src/schema/openapi.ts';
import { buildShapeTable } from './packages/manifest/src/repair/shapes.ts';

const OPENAPI = fileURLToPath(new URL('./data/k8s-openapi/schemas.json', import.meta.url));

/**
 * A virtual module whose default export is `build(the OpenAPI components)`, computed at
 * build time. JSON.parse of a string literal is faster to start than the same object literal.
 */
function openApiModule(id: string, build: (components: OpenApiComponents) => unknown): Plugin {
  return {
    name: `podsmith-${id.slice(id.lastIndexOf('/') + 1)}`,
    resolveId: (requested) => (requested === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(OPENAPI);
      const data = build(JSON.parse(readFileSync(OPENAPI, 'utf8')) as OpenApiComponents);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

/**
 * `import schema from 'virtual:podsmith/k8s-schema'`: the Kubernetes OpenAPI components
 * converted to one JSON Schema at build time (packages/lint/src/schema/openapi.ts, the
 * derivation the linter's compact schema is made from too), so the editor chunk carries
 * only the definitions the kinds Podsmith knows reach.
 */
const k8sSchema = openApiModule('virtual:podsmith/k8s-schema', buildK8sSchema);

/**
 * `import table from 'virtual:podsmith/k8s-shapes'`: what the indentation repair needs of
 * the same OpenAPI data (packages/manifest/src/repair/shapes.ts), about 8 KB gzip, in the
 * repair's lazy chunk.
 */
const k8sShapes = openApiModule('virtual:podsmith/k8s-shapes', buildShapeTable);

/**
 * The service worker (Workbox, generated at build time by vite-plugin-pwa) precaches the
 * whole build: the shell, Monaco's chunks (its editor chunk, with the Kubernetes schema,
 * is about 4 MB) and workers, the icons and the manifest, so that after one visit the app
 * opens with no network. It waits ('prompt') until the user chooses to reload: web/app/pwa.
 * The web app manifest is a static file, public/manifest.webmanifest, with URLs relative to
 * itself, so it is right under any base path.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false, // web/app/pwa/offline.ts registers it
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,ttf,svg,png,webmanifest}'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
  },
});

/**
 * PODSMITH_BASE: the path the app is served under, for a host that serves it below the
 * root (`PODSMITH_BASE=/podsmith/ npm run build` for https://example.org/podsmith/).
 */
const base = process.env.PODSMITH_BASE || '/';

export default defineConfig({
  base,
  plugins: [react(), k8sSchema, k8sShapes, offline],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  worker: { format: 'es' },
});
