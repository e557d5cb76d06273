import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildK8sSchema, type OpenApiComponents } from './packages/lint/src/schema/openapi.ts';

const OPENAPI = fileURLToPath(new URL('./data/k8s-openapi/schemas.json', import.meta.url));
const SCHEMA_ID = 'virtual:podsmith/k8s-schema';

/**
 * `import schema from 'virtual:podsmith/k8s-schema'`: the Kubernetes OpenAPI components
 * converted to one JSON Schema at build time (packages/lint/src/schema/openapi.ts, the
 * derivation the linter's compact schema is made from too), so the editor chunk carries
 * only the definitions the kinds Podsmith knows reach.
 */
function k8sSchema(): Plugin {
  return {
    name: 'podsmith-k8s-schema',
    resolveId: (id) => (id === SCHEMA_ID ? `\0${SCHEMA_ID}` : undefined),
    load(id) {
      if (id !== `\0${SCHEMA_ID}`) return undefined;
      this.addWatchFile(OPENAPI);
      const schema = buildK8sSchema(JSON.parse(readFileSync(OPENAPI, 'utf8')) as OpenApiComponents);
      // JSON.parse of a string literal is faster to start than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(schema))});`;
    },
  };
}

export default defineConfig({
  plugins: [react(), k8sSchema()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  worker: { format: 'es' },
});
