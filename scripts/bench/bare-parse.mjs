#!/usr/bin/env node
/**
 * The floor under `podsmith lint`, as a whole process: read every manifest below the
 * directories given and parse it with the `yaml` package (parseAllDocuments), on one
 * thread, and nothing else. scripts/bench-cli.mjs times it beside the CLI.
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { manifestFiles } from './manifest-files.mjs';

let documents = 0;
for (const dir of process.argv.slice(2)) {
  for (const file of manifestFiles(dir)) documents += parseAllDocuments(readFileSync(file, 'utf8')).length;
}
process.stdout.write(`${documents} documents\n`);
