/**
 * Monaco, bundled and offline: no CDN, workers from this origin, the Kubernetes schema
 * built in. Imported only by the lazily loaded editor chunk.
 */
import { loader } from '@monaco-editor/react';
// The whole `monaco-editor` entry: it adapts monaco-yaml's worker options (moduleId, label,
// createData) to 0.54's createWebWorker. Its other languages load lazily and are never used;
// the core alone (edcore.main.js) saves only 7 KB gzip and breaks monaco-yaml's worker.
import * as monaco from 'monaco-editor';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import YamlWorker from './yaml.worker?worker';
import k8sSchema from 'virtual:podsmith/k8s-schema';
import { MONACO_DARK_THEME } from '../app/theme/theme';

/** The one model the editor shows. The `.yaml` name is what the schema is matched on. */
export const MODEL_URI = 'file:///podsmith/manifest.yaml';

declare global {
  interface Window {
    MonacoEnvironment?: import('monaco-editor').Environment;
  }
}

self.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

loader.config({ monaco });

// vs-dark's comments (#608b4e on #1e1e1e) are 4.2:1, under WCAG AA's 4.5; #6a9955 is 5.0:1.
monaco.editor.defineTheme(MONACO_DARK_THEME, { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '6a9955' }], colors: {} });

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  hover: true,
  // The schema is built in: no "Source:" link to a URL that does not exist.
  hoverSchemaSource: false,
  completion: true,
  validate: true,
  format: { enable: true },
  schemas: [
    {
      // An identifier only: never fetched (enableSchemaRequest is off and the schema is given).
      uri: 'https://podsmith.local/schemas/kubernetes-workloads.json',
      fileMatch: [MODEL_URI],
      schema: k8sSchema,
    },
  ],
});

export { monaco };
