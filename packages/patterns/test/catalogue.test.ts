import { describe, expect, test } from 'vitest';
import { dns1123LabelError, portNameError, portNumberError } from '@podsmith/manifest';
import { CONTAINER_TEMPLATES, VOLUME_TEMPLATES } from '../src';

/** `repo:tag` with a real tag: a colon after the last slash, and not `latest`. */
function pinnedTag(image: string): string | undefined {
  const last = image.slice(image.lastIndexOf('/') + 1);
  const at = last.indexOf(':');
  return at > 0 ? last.slice(at + 1) : undefined;
}

describe('container templates', () => {
  test('offer the patterns the palette promises', () => {
    expect(CONTAINER_TEMPLATES.map((t) => t.id)).toEqual([
      'blank',
      'web-app',
      'log-collector',
      'envoy-proxy',
      'vault-agent',
      'git-sync',
      'wait-for-database',
    ]);
  });

  test('have unique ids and names', () => {
    expect(new Set(CONTAINER_TEMPLATES.map((t) => t.id)).size).toBe(CONTAINER_TEMPLATES.length);
    expect(new Set(CONTAINER_TEMPLATES.map((t) => t.container.name)).size).toBe(CONTAINER_TEMPLATES.length);
  });

  test.each(CONTAINER_TEMPLATES.map((t) => [t.id, t] as const))('%s is a valid, explained container', (_id, t) => {
    expect(t.label.trim()).not.toBe('');
    expect(t.description).toMatch(/^\S.*\.$/);
    expect(t.description).not.toContain('\n');
    expect(dns1123LabelError(t.container.name)).toBeUndefined();
    const tag = pinnedTag(t.container.image);
    expect(tag).toBeDefined();
    expect(tag).not.toBe('latest');
    // The lane decides restartPolicy, so a template dropped on any lane means what the lane says.
    expect(t.container.restartPolicy).toBeUndefined();
    for (const port of t.container.ports ?? []) {
      expect(portNumberError(port.containerPort ?? 0)).toBeUndefined();
      if (port.name !== undefined) expect(portNameError(port.name)).toBeUndefined();
    }
  });

  test.each(CONTAINER_TEMPLATES.map((t) => [t.id, t] as const))('%s mounts only the volumes it brings', (_id, t) => {
    const brought = t.volumes.map((v) => v.name);
    expect(new Set(brought).size).toBe(brought.length);
    for (const mount of t.container.volumeMounts ?? []) {
      expect(brought).toContain(mount.name);
      expect(mount.mountPath).toMatch(/^\//);
    }
    for (const name of brought) expect(dns1123LabelError(name)).toBeUndefined();
  });

  test('put each pattern in the lane where it works', () => {
    const lanes = Object.fromEntries(CONTAINER_TEMPLATES.map((t) => [t.id, t.lane]));
    expect(lanes).toMatchObject({
      'web-app': 'main',
      'log-collector': 'sidecar',
      'envoy-proxy': 'sidecar',
      'vault-agent': 'sidecar',
      'git-sync': 'sidecar',
      'wait-for-database': 'init',
    });
  });
});

describe('volume templates', () => {
  test('cover the common volume sources', () => {
    const sources = VOLUME_TEMPLATES.map((t) => Object.keys(t.volume).find((k) => k !== 'name'));
    expect(sources).toEqual(['emptyDir', 'configMap', 'secret', 'persistentVolumeClaim']);
  });

  test.each(VOLUME_TEMPLATES.map((t) => [t.id, t] as const))('%s is a valid, explained volume', (_id, t) => {
    expect(t.label.trim()).not.toBe('');
    expect(t.description).toMatch(/^\S.*\.$/);
    expect(dns1123LabelError(t.volume.name)).toBeUndefined();
  });

  test('have unique ids and names', () => {
    expect(new Set(VOLUME_TEMPLATES.map((t) => t.id)).size).toBe(VOLUME_TEMPLATES.length);
    expect(new Set(VOLUME_TEMPLATES.map((t) => t.volume.name)).size).toBe(VOLUME_TEMPLATES.length);
  });
});
