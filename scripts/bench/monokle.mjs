#!/usr/bin/env node
/**
 * The peer, as a whole process: @monokle/validation 0.33.0's default validator with the
 * plugins `practices` and `pod-security-standards` (its Kubernetes schema plugin fetches
 * schemas from the network, so it is off, as are the others), over every manifest below
 * the directories given. Each document with a kind is a resource, as Monokle's own CLI
 * extracts them. scripts/bench-cli.mjs times it beside the CLI.
 */
import { readFileSync } from 'node:fs';
import { createDefaultMonokleValidator } from '@monokle/validation';
import { parseAllDocuments } from 'yaml';
import { manifestFiles } from './manifest-files.mjs';

const resources = [];
for (const dir of process.argv.slice(2)) {
  for (const file of manifestFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    parseAllDocuments(text).forEach((doc, i) => {
      const content = doc.errors.length === 0 ? doc.toJS() : undefined;
      if (!content || typeof content !== 'object' || typeof content.kind !== 'string') return;
      const [from, , to] = doc.range;
      resources.push({
        id: `${file}#${i}`,
        fileId: file,
        filePath: file,
        fileOffset: from,
        name: String(content.metadata?.name ?? ''),
        apiVersion: String(content.apiVersion ?? ''),
        kind: content.kind,
        namespace: content.metadata?.namespace,
        content,
        text: text.slice(from, to),
      });
    });
  }
}

const validator = createDefaultMonokleValidator();
await validator.preload({ plugins: { practices: true, 'pod-security-standards': true } });
const response = await validator.validate({ resources });
const results = response.runs.reduce((n, run) => n + run.results.length, 0);
process.stdout.write(`${resources.length} resources, ${results} results\n`);
