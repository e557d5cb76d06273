#!/usr/bin/env node
/**
 * The CLI linter's speed over the real corpus (fixtures/corpus/real/**), through the BUILT
 * bundle (packages/cli/dist/podsmith.mjs, rebuilt first): its lintParsed and
 * parseManifest exports, the same code `podsmith lint` runs.
 *
 * - lintMs: the engine alone, on manifests parsed beforehand: it EXCLUDES the parse the
 *   lint needs (and file I/O). Every document of every file, all rules, default version.
 * - parseMs: the `yaml` package alone parsing the same texts (parseAllDocuments, with the
 *   options @podsmith/manifest uses).
 * - ratio = lintMs / parseMs; the budget is ≤ 1: linting costs no more than parsing.
 * - documentsPerSecond: documents linted per second of lintMs.
 * Each figure is the median of RUNS timed runs, after WARMUP untimed ones (runs of lint and
 * parse alternate, so drift of the machine hits both alike). Also reported: manifestParseMs
 * (the CLI's whole parse, parseFile: the block reader, `yaml` for the files it leaves,
 * plain values, pod specs) and endToEndMs (parse, lint and line/column of every finding:
 * what the CLI spends per file once it is read). The manifests the engine lints are
 * parsed as the CLI parses them.
 *
 * `node scripts/bench-lint.mjs` prints the figures; scripts/bench.mjs calls benchLint().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { buildCli, CLI_BUNDLE } from './build-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'fixtures', 'corpus', 'real');
const RUNS = Number(process.env.BENCH_LINT_RUNS ?? 9);
const WARMUP = 2;

function manifestFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return manifestFiles(path);
      return /\.ya?ml$/i.test(entry.name) ? [path] : [];
    });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const round = (n, digits = 2) => +n.toFixed(digits);

export async function benchLint({ runs = RUNS } = {}) {
  await buildCli(); // the bundle of the sources as they are now, not of the last npm install
  const cli = await import(pathToFileURL(CLI_BUNDLE).href);

  const texts = manifestFiles(CORPUS).map((file) => readFileSync(file, 'utf8'));
  const parsed = texts.map((text) => cli.parseFile(text));
  const documents = parsed.reduce((n, p) => n + p.documents.length, 0);
  const pods = parsed.reduce((n, p) => n + p.pods.length, 0);
  const options = {};

  let findings = 0;
  const lintAll = () => {
    findings = 0;
    for (const p of parsed) findings += cli.lintParsed(p, options).findings.length;
  };
  const parseAll = () => {
    for (const text of texts) parseAllDocuments(text, { prettyErrors: false, keepSourceTokens: false });
  };
  const manifestParseAll = () => {
    for (const text of texts) cli.parseFile(text);
  };
  const endToEndAll = () => {
    for (const text of texts) cli.lintText('bench.yaml', text, options);
  };

  const samples = { lint: [], parse: [], manifestParse: [], endToEnd: [] };
  for (let i = 0; i < WARMUP + runs; i++) {
    const sample = { lint: time(lintAll), parse: time(parseAll), manifestParse: time(manifestParseAll), endToEnd: time(endToEndAll) };
    if (i >= WARMUP) for (const key of Object.keys(samples)) samples[key].push(sample[key]);
  }

  const lintMs = median(samples.lint);
  const parseMs = median(samples.parse);
  return {
    files: texts.length,
    documents,
    pods,
    findings,
    documentsPerSecond: Math.round(documents / (lintMs / 1000)),
    lintMs: round(lintMs),
    parseMs: round(parseMs),
    ratio: round(lintMs / parseMs, 3),
    manifestParseMs: round(median(samples.manifestParse)),
    endToEndMs: round(median(samples.endToEnd)),
    runs,
    note: 'lintMs is the engine on already-parsed manifests (parse excluded); parseMs is yaml parseAllDocuments alone; medians',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchLint();
  const row = (what, value) => console.log(`${what.padEnd(44)} ${value}`);
  row('corpus', `${r.files} files, ${r.documents} documents, ${r.pods} pods, ${r.findings} findings`);
  row('lint (engine, parse excluded), median', `${r.lintMs} ms = ${r.documentsPerSecond} documents/s`);
  row('yaml parseAllDocuments alone, median', `${r.parseMs} ms`);
  row('ratio lint / parse', `${r.ratio}   (budget ≤ 1)`);
  row('the CLI\'s parse (block reader, yaml for the rest)', `${r.manifestParseMs} ms`);
  row('parse + lint + locate (per file, no I/O)', `${r.endToEndMs} ms`);
  row('runs', `${r.runs} (median), after ${WARMUP} warm-up runs`);
}
