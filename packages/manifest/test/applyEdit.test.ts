import { describe, expect, test } from 'vitest';
import { applyEdit, applyPatch, parseManifest, type Edit, type PodRef } from '../src';

/** Apply an edit to the first pod of `text`; fail the test with the engine's reason if refused. */
function edit(text: string, make: (pod: PodRef) => Edit): string {
  const pod = parseManifest(text).pods[0]!;
  const result = applyEdit(text, make(pod));
  if (!result.ok) throw new Error(result.error);
  expect(applyPatch(text, result.patch)).toBe(result.text);
  return result.text;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web # the name
spec:
  # the app container
  containers:
  # the app itself
  - name: app
    image: "nginx:1.27"   # pinned
    ports:
    - containerPort: 80
    volumeMounts:
    - name: logs
      mountPath: /var/log/nginx
  # where the logs go
  volumes:
  - name: logs
    emptyDir: {}
`;

describe('addContainer', () => {
  test('appends to the main lane with the file’s indentation', () => {
    const out = edit(POD, (pod) => ({ kind: 'addContainer', pod, lane: 'main', container: { name: 'b', image: 'busybox:1.36', args: ['sleep', '10'] } }));
    expect(out).toBe(POD.replace('  # where the logs go', '  - name: b\n    image: busybox:1.36\n    args:\n    - sleep\n    - "10"\n  # where the logs go'));
  });

  test('a sidecar creates initContainers right before containers, with restartPolicy Always after the image', () => {
    const out = edit(POD, (pod) => ({ kind: 'addContainer', pod, lane: 'sidecar', container: { name: 'shipper', image: 'fluent/fluent-bit:3.1.4', args: ['-i', 'tail'] } }));
    expect(out).toContain('spec:\n  initContainers:\n  - name: shipper\n    image: fluent/fluent-bit:3.1.4\n    restartPolicy: Always\n    args:\n');
    expect(out).toContain('    - tail\n  # the app container\n  containers:\n');
  });

  test('an init container at a lane position goes among the init containers, not the sidecars', () => {
    const text = POD.replace('spec:\n', 'spec:\n  initContainers:\n  - name: proxy\n    image: envoy:1\n    restartPolicy: Always\n  - name: migrate\n    image: m:1\n');
    const out = edit(text, (pod) => ({ kind: 'addContainer', pod, lane: 'init', index: 0, container: { name: 'wait', image: 'busybox:1.36' } }));
    expect(out).toContain('restartPolicy: Always\n  - name: wait\n    image: busybox:1.36\n  - name: migrate\n');
  });

  test('keeps a JSON file JSON', () => {
    const json = '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "image": "x:1"}]}}\n';
    const out = edit(json, (pod) => ({ kind: 'addContainer', pod, lane: 'main', container: { name: 'b', image: 'y:2' } }));
    expect(JSON.parse(out).spec.containers).toEqual([{ name: 'a', image: 'x:1' }, { name: 'b', image: 'y:2' }]);
  });

  test('a file without a final newline', () => {
    const out = edit(POD.trimEnd(), (pod) => ({ kind: 'addVolume', pod, volume: { name: 'cache', emptyDir: {} } }));
    expect(out).toBe(`${POD.trimEnd()}\n  - name: cache\n    emptyDir: {}\n`);
  });
});

describe('setContainerField', () => {
  test('replaces a scalar in its quoting style and keeps the trailing comment', () => {
    const out = edit(POD, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['image'], value: 'nginx:1.28' }));
    expect(out).toBe(POD.replace('"nginx:1.27"   # pinned', '"nginx:1.28"   # pinned'));
  });

  test('quotes a value that would otherwise change type', () => {
    const out = edit(POD, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['name'], value: 'yes' }));
    expect(out).toContain('- name: "yes"\n');
  });

  test('adds a missing field at the end of the container', () => {
    const out = edit(POD, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['startupProbe'], value: { tcpSocket: { port: 80 } } }));
    expect(out).toContain('      mountPath: /var/log/nginx\n    startupProbe:\n      tcpSocket:\n        port: 80\n  # where the logs go');
  });

  test('replaces a list wholesale', () => {
    const out = edit(POD, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['ports'], value: [{ containerPort: 8080, name: 'http' }] }));
    expect(out).toContain('    ports:\n    - containerPort: 8080\n      name: http\n    volumeMounts:');
  });

  test('removes a field with undefined, and the first key of an item pulls the next one up', () => {
    const removed = edit(POD, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['ports'], value: undefined }));
    expect(removed).toBe(POD.replace('    ports:\n    - containerPort: 80\n', ''));
    const first = edit(POD, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['name'], value: undefined }));
    expect(first).toContain('  # the app itself\n  - image: "nginx:1.27"   # pinned\n');
  });
});

describe('removeContainer, removeVolume, unmountVolume', () => {
  const TWO = POD.replace('  # where the logs go', '  # the shipper\n  - name: shipper\n    image: fluent-bit:3\n    volumeMounts:\n    - name: logs\n      mountPath: /logs\n  # where the logs go');

  test('a container goes with its own comment lines', () => {
    const out = edit(TWO, (pod) => ({ kind: 'removeContainer', pod, container: { list: 'containers', index: 1 } }));
    expect(out).toBe(POD);
  });

  test('the last container takes its list key along', () => {
    const out = edit(POD, (pod) => ({ kind: 'removeContainer', pod, container: { list: 'containers', index: 0 } }));
    expect(out).toBe(POD.replace(/ {2}# the app container[\s\S]*(?= {2}# where the logs go)/, ''));
  });

  test('a volume goes with every mount of it', () => {
    const out = edit(TWO, (pod) => ({ kind: 'removeVolume', pod, name: 'logs' }));
    expect(parseManifest(out).documents[0]!.value).toMatchObject({
      spec: { containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }, { name: 'shipper', image: 'fluent-bit:3' }] },
    });
    expect(out).not.toContain('volumes');
    expect(out).toContain('# the app itself');
  });

  test('unmount removes one mount', () => {
    const out = edit(TWO, (pod) => ({ kind: 'unmountVolume', pod, container: { list: 'containers', index: 1 }, index: 0 }));
    expect(out).toBe(TWO.replace('    volumeMounts:\n    - name: logs\n      mountPath: /logs\n', ''));
  });

  test('a removed volume that is unknown is refused with a reason', () => {
    const pod = parseManifest(POD).pods[0]!;
    expect(applyEdit(POD, { kind: 'removeVolume', pod, name: 'nope' })).toEqual({ ok: false, error: 'There is no volume "nope".' });
  });
});

describe('mountVolume', () => {
  test('appends a mount, with readOnly and subPath only when set', () => {
    const out = edit(POD, (pod) => ({ kind: 'mountVolume', pod, container: { list: 'containers', index: 0 }, mount: { name: 'logs', mountPath: '/data', readOnly: true, subPath: 'a' } }));
    expect(out).toContain('      mountPath: /var/log/nginx\n    - name: logs\n      mountPath: /data\n      readOnly: true\n      subPath: a\n');
  });

  test('creates volumeMounts after the ports when there is none', () => {
    const text = POD.replace('    volumeMounts:\n    - name: logs\n      mountPath: /var/log/nginx\n', '');
    const out = edit(text, (pod) => ({ kind: 'mountVolume', pod, container: { list: 'containers', index: 0 }, mount: { name: 'logs', mountPath: '/data' } }));
    expect(out).toContain('    - containerPort: 80\n    volumeMounts:\n    - name: logs\n      mountPath: /data\n');
  });
});

describe('moveContainer', () => {
  test('main → sidecar lane keeps the container’s comments and adds restartPolicy Always', () => {
    const out = edit(POD, (pod) => ({ kind: 'moveContainer', pod, container: { list: 'containers', index: 0 }, lane: 'sidecar' }));
    expect(out).toContain('spec:\n  initContainers:\n  # the app itself\n  - name: app\n    image: "nginx:1.27"   # pinned\n    restartPolicy: Always\n    ports:');
    expect(out).not.toMatch(/^ {2}containers:/m);
  });

  test('sidecar → main lane drops restartPolicy', () => {
    const there = edit(POD, (pod) => ({ kind: 'moveContainer', pod, container: { list: 'containers', index: 0 }, lane: 'sidecar' }));
    const back = edit(there, (pod) => ({ kind: 'moveContainer', pod, container: { list: 'initContainers', index: 0 }, lane: 'main' }));
    expect(back).not.toContain('restartPolicy');
    expect(parseManifest(back).documents[0]!.value).toEqual(parseManifest(POD).documents[0]!.value);
  });

  test('reorders within a lane', () => {
    const text = POD.replace('  # where the logs go', '  - name: b\n    image: b:1\n  # where the logs go');
    const out = edit(text, (pod) => ({ kind: 'moveContainer', pod, container: { list: 'containers', index: 1 }, lane: 'main', index: 0 }));
    expect(out).toContain('  containers:\n  - name: b\n    image: b:1\n  # the app itself\n  - name: app\n');
  });

  test('works in a Deployment with indented sequences', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: a:1
        - name: proxy
          image: envoy:1
`;
    const out = edit(deployment, (pod) => ({ kind: 'moveContainer', pod, container: { list: 'containers', index: 1 }, lane: 'sidecar' }));
    expect(out).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: proxy
          image: envoy:1
          restartPolicy: Always
      containers:
        - name: app
          image: a:1
`);
  });
});

describe('setPodField and batch', () => {
  test('a missing pod field is added at the end of the spec', () => {
    const out = edit(POD, (pod) => ({ kind: 'setPodField', pod, field: ['terminationGracePeriodSeconds'], value: 45 }));
    expect(out).toBe(`${POD}  terminationGracePeriodSeconds: 45\n`);
  });

  test('a batch is one step', () => {
    const out = edit(POD, (pod) => ({
      kind: 'batch',
      edits: [
        { kind: 'setPodField', pod, field: ['terminationGracePeriodSeconds'], value: 45 },
        { kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['image'], value: 'nginx:1.28' },
      ],
    }));
    expect(out).toContain('terminationGracePeriodSeconds: 45');
    expect(out).toContain('"nginx:1.28"');
  });
});

describe('setDocumentField', () => {
  const SERVICE = '# the front door\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports:\n  - port: 80\n    targetPort: http # the app\'s port\n';

  test('sets a field of another document, only on its line, comments kept', () => {
    const text = `${POD}---\n${SERVICE}`;
    const result = applyEdit(text, { kind: 'setDocumentField', documentIndex: 1, path: ['spec', 'ports', 0, 'targetPort'], value: 8080 });
    expect(result).toMatchObject({ ok: true, text: text.replace('targetPort: http #', 'targetPort: 8080 #') });
  });

  test('adds a missing field and removes one', () => {
    const added = applyEdit(SERVICE, { kind: 'setDocumentField', documentIndex: 0, path: ['spec', 'type'], value: 'ClusterIP' });
    expect(added.ok && added.text).toBe(`${SERVICE}  type: ClusterIP\n`);
    const removed = applyEdit(SERVICE, { kind: 'setDocumentField', documentIndex: 0, path: ['spec', 'ports', 0, 'targetPort'], value: undefined });
    expect(removed.ok && removed.text).toBe(SERVICE.replace("    targetPort: http # the app's port\n", ''));
  });

  test('refuses a document that is not there', () => {
    expect(applyEdit(SERVICE, { kind: 'setDocumentField', documentIndex: 3, path: ['spec'], value: {} })).toEqual({ ok: false, error: 'The file has no document 4.' });
  });
});

describe('renameKey', () => {
  const TYPO = 'kind: Pod\nspec:\n  containers:\n  - name: web\n    imagePullPolicyy: Always # pull each time\n    image: nginx\n';

  test('changes only the key: the value, its comment and the key order stay', () => {
    const result = applyEdit(TYPO, { kind: 'renameKey', documentIndex: 0, path: ['spec', 'containers', 0, 'imagePullPolicyy'], to: 'imagePullPolicy' });
    expect(result).toMatchObject({ ok: true, text: TYPO.replace('imagePullPolicyy:', 'imagePullPolicy:') });
  });

  test('keeps a quoted key quoted, and works in flow mappings', () => {
    const text = 'spec: {"initContainer": [], containers: [{name: a, "livenessprobe": {}}]}\n';
    const first = applyEdit(text, { kind: 'renameKey', documentIndex: 0, path: ['spec', 'initContainer'], to: 'initContainers' });
    expect(first.ok && first.text).toBe(text.replace('"initContainer"', '"initContainers"'));
    const second = applyEdit(text, { kind: 'renameKey', documentIndex: 0, path: ['spec', 'containers', 0, 'livenessprobe'], to: 'livenessProbe' });
    expect(second.ok && second.text).toBe(text.replace('"livenessprobe"', '"livenessProbe"'));
  });

  test('refuses a name that is taken, and a key that is not there', () => {
    const taken = 'spec:\n  initContainer: []\n  initContainers: []\n';
    expect(applyEdit(taken, { kind: 'renameKey', documentIndex: 0, path: ['spec', 'initContainer'], to: 'initContainers' })).toMatchObject({ ok: false, error: expect.stringContaining('exists already') });
    expect(applyEdit(taken, { kind: 'renameKey', documentIndex: 0, path: ['spec', 'volumes'], to: 'x' })).toMatchObject({ ok: false, error: expect.stringContaining('does not exist') });
  });
});

describe('other documents and refusals', () => {
  test('edits one document of several and leaves the others byte for byte', () => {
    const service = '---\n# a service\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n';
    const out = edit(POD + service, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['image'], value: 'n:2' }));
    expect(out.endsWith(service)).toBe(true);
  });

  test('refuses to edit a text that does not parse', () => {
    const broken = `${POD}  - : : :\n`;
    const pod = parseManifest(POD).pods[0]!;
    const result = applyEdit(broken, { kind: 'setPodField', pod, field: ['hostNetwork'], value: true });
    expect(result).toEqual({ ok: false, error: 'The YAML has errors: fix them before editing the diagram.' });
  });

  test('refuses to edit through an alias, or inside an anchor an alias uses (the change would reach it too)', () => {
    const text = 'kind: Pod\nspec:\n  containers: &c\n  - name: a\n    image: x\nother: *c\n';
    const pod = parseManifest(text).pods[0]!;
    expect(applyEdit(text, { kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['image'], value: 'y' })).toMatchObject({ ok: false, error: expect.stringContaining('an anchor that other places use') });
    const unused = text.replace('other: *c\n', '');
    expect(applyEdit(unused, { kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['image'], value: 'y' }).ok).toBe(true);
    const aliased = 'kind: Pod\nbase: &c\n  - name: a\n    image: x\nspec:\n  containers: *c\n';
    const pod2 = parseManifest(aliased).pods[0];
    expect(pod2).toBeDefined();
    const result = applyEdit(aliased, { kind: 'setContainerField', pod: pod2!, container: { list: 'containers', index: 0 }, field: ['image'], value: 'y' });
    expect(result.ok).toBe(false);
  });
});

describe('flow collections keep their style', () => {
  test('a flow list replaced by a list stays a flow list, quoted like the old one', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    args: ["-i", "tail"]  # input\n';
    const out = edit(text, (pod) => ({ kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['args'], value: ['-o', 'stdout'] }));
    expect(out).toBe('kind: Pod\nspec:\n  containers:\n  - name: a\n    args: ["-o", "stdout"]  # input\n');
  });
});

test('a CRLF file gets CRLF lines', () => {
  const crlf = POD.replace(/\n/g, '\r\n');
  const out = edit(crlf, (pod) => ({ kind: 'addContainer', pod, lane: 'sidecar', container: { name: 's', image: 's:1' } }));
  expect(out).toContain('  initContainers:\r\n  - name: s\r\n    image: s:1\r\n    restartPolicy: Always\r\n');
  expect(out.replace(/\r\n/g, '')).not.toContain('\n');
});

test('moving the last container of a file without a final newline', () => {
  const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n  - name: b\n    image: y';
  const out = edit(text, (pod) => ({ kind: 'moveContainer', pod, container: { list: 'containers', index: 1 }, lane: 'sidecar' }));
  expect(out).toBe('kind: Pod\nspec:\n  initContainers:\n  - name: b\n    image: y\n    restartPolicy: Always\n  containers:\n  - name: a\n    image: x\n');
});
