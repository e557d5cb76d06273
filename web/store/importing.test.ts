import { describe, expect, it } from 'vitest';
import { parseManifest } from '@podsmith/manifest';
import { checkImportText, decodeManifestFile, describeImport, downloadName, firstError, keptDocuments, MAX_IMPORT_BYTES, podLabels } from './importing';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: nginx\n';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n';
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: api\n';

describe('decodeManifestFile', () => {
  it('decodes UTF-8 and keeps a byte order mark, so an export gives the same bytes back', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('kind: Pod\n')]);
    const result = decodeManifestFile(bytes, 'pod.yaml');
    expect(result).toEqual({ ok: true, text: '\uFEFFkind: Pod\n' });
    if (result.ok) expect(new TextEncoder().encode(result.text)).toEqual(bytes);
  });

  it('refuses binary files, files over 5 MB and text that is not UTF-8, keeping the current text', () => {
    const binary = decodeManifestFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'logo.png');
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.message).toEqual({ tone: 'error', text: expect.stringContaining('“logo.png” looks like a binary file') });
    const big = decodeManifestFile(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.yaml');
    if (!big.ok) expect(big.message.text).toBe('“big.yaml” is larger than 5 MB (5,242,881 bytes), the most Podsmith opens. Nothing was loaded; your text is unchanged.');
    else expect.fail('a file over 5 MB must be refused');
    const latin1 = decodeManifestFile(new Uint8Array([0x6b, 0x3a, 0x20, 0xe9, 0x0a]), 'latin1.yaml');
    if (!latin1.ok) expect(latin1.message.text).toContain('is not UTF-8 text');
    else expect.fail('Latin-1 must be refused');
  });
});

describe('checkImportText', () => {
  it('refuses NUL characters and more than 5 MB of text', () => {
    expect(checkImportText(POD)).toEqual({ ok: true, text: POD });
    expect(checkImportText('a\u0000b').ok).toBe(false);
    expect(checkImportText('é'.repeat(MAX_IMPORT_BYTES / 2 + 1)).ok).toBe(false); // 2 bytes each in UTF-8
    expect(checkImportText('a'.repeat(MAX_IMPORT_BYTES)).ok).toBe(true);
  });
});

describe('what the user is told', () => {
  it('lists workloads for the picker and the documents that are kept, not drawn', () => {
    const parsed = parseManifest(`${SERVICE}---\n${POD}---\n${DEPLOYMENT}`);
    expect(podLabels(parsed)).toEqual(['Pod web', 'Deployment api']);
    expect(keptDocuments(parsed)).toEqual(['Service web']);
    expect(describeImport(parsed, 'all.yaml')).toEqual({
      tone: 'info',
      text: 'Opened “all.yaml”. 2 workloads; pick one above the diagram. Service web is kept, not drawn.',
    });
  });

  it('says when nothing can be drawn, and names the kinds Podsmith designs', () => {
    const message = describeImport(parseManifest(SERVICE), 'svc.yaml');
    expect(message.tone).toBe('warning');
    expect(message.text).toContain('it holds Service web, which Podsmith keeps but does not draw');
    expect(message.text).toContain('Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job and CronJob');
  });

  it('flags broken YAML with its first error line', () => {
    const parsed = parseManifest('kind: Pod\nmetadata:\n  name: web: x\n');
    expect(firstError(parsed)?.line).toBe(3);
    expect(describeImport(parsed).text).toMatch(/^Replaced the manifest, but its YAML has errors \(line 3: /);
  });

  it('says when the file is empty', () => {
    expect(describeImport(parseManifest(''), 'empty.yaml').text).toContain('it is empty');
  });
});

describe('downloadName', () => {
  it('is the workload name, then the first named document, then manifest.yaml; always a safe file name', () => {
    expect(downloadName(parseManifest(POD), 'web')).toBe('web.yaml');
    expect(downloadName(parseManifest(SERVICE), undefined)).toBe('web.yaml');
    expect(downloadName(parseManifest('a: 1\n'), undefined)).toBe('manifest.yaml');
    expect(downloadName(parseManifest(''), '../../etc/passwd')).toBe('etc-passwd.yaml');
    expect(downloadName(parseManifest(''), '..')).toBe('manifest.yaml');
  });
});
