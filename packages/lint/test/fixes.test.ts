/**
 * Every quick fix offered on the lint cases and the real corpus applies through the
 * manifest package's applyEdit and removes what it is for: the rule reports fewer
 * findings afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit, parseManifest } from '@podsmith/manifest';
import { expect, it } from 'vitest';
import { lintManifest, quickFix } from '../src';
import { CORPUS_DIR, FIXTURES_DIR, filesBelow } from '../../../test-support/corpus';

const fixtures = FIXTURES_DIR;
const cases = JSON.parse(readFileSync(join(fixtures, 'lint-cases/expected.json'), 'utf8')) as { file: string; k8sVersion: string }[];
const inputs = [
  ...cases.map((c) => ({ file: join(fixtures, 'lint-cases', c.file), k8sVersion: c.k8sVersion })),
  ...filesBelow(CORPUS_DIR).map((file) => ({ file, k8sVersion: undefined })),
];

it('every quick fix applies and removes a finding of its rule', () => {
  let fixed = 0;
  const failures: string[] = [];
  for (const { file, k8sVersion } of inputs) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseManifest(text);
    const options = { k8sVersion };
    const findings = lintManifest(parsed, options).findings;
    for (const finding of findings.filter((f) => f.fixable)) {
      const edit = quickFix(finding, parsed, options);
      const applied = edit && applyEdit(text, edit);
      const count = (t: string) => lintManifest(parseManifest(t), options).findings.filter((f) => f.ruleId === finding.ruleId).length;
      if (!applied?.ok) failures.push(`${file} ${finding.id}: ${applied ? applied.error : 'no edit'}`);
      else if (count(applied.text) >= count(text)) failures.push(`${file} ${finding.id}: still reported`);
      else fixed++;
    }
  }
  expect(failures).toEqual([]);
  expect(fixed).toBeGreaterThan(30);
}, 60_000);
