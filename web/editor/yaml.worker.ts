// The monaco-yaml language server, loaded as a Vite `?worker` (see monaco.ts).
// Importing the package path with `?worker` directly fails under the dev server.
import 'monaco-yaml/yaml.worker.js';
