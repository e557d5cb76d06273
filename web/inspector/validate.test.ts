import { describe, expect, it } from 'vitest';
import {
  allowedRestartPolicies,
  containerNameError,
  imageError,
  mountPathError,
  mountVolumeError,
  portNameTextError,
  portTextError,
  restartPolicyError,
  subPathError,
  volumeNameError,
} from './validate';
import { POD_YAML, containerOf, podFrom } from './testPod';

const pod = podFrom(POD_YAML);
const app = containerOf(pod, 'app');

describe('containerNameError', () => {
  it('accepts a new lower-case label and the container\'s own name', () => {
    expect(containerNameError('web-2', pod, app.ref)).toBeUndefined();
    expect(containerNameError('app', pod, app.ref)).toBeUndefined();
  });

  it('refuses upper case with the API server\'s DNS-1123 message', () => {
    expect(containerNameError('App', pod, app.ref)).toMatch(/^a lowercase RFC 1123 label must consist of lower case alphanumeric/);
  });

  it('refuses a name used by another container, in any lane', () => {
    expect(containerNameError('log-collector', pod, app.ref)).toBe('Duplicate value: "log-collector"');
    expect(containerNameError('migrate', pod, app.ref)).toBe('Duplicate value: "migrate"');
  });

  it('refuses an empty name', () => {
    expect(containerNameError('', pod, app.ref)).toBe('Required value');
  });
});

describe('volumeNameError', () => {
  it('refuses a duplicate but not the volume\'s own name', () => {
    expect(volumeNameError('config', pod.volumes, 0)).toBe('Duplicate value: "config"');
    expect(volumeNameError('logs', pod.volumes, 0)).toBeUndefined();
    expect(volumeNameError('Logs', pod.volumes, 0)).toMatch(/RFC 1123/);
  });
});

describe('imageError', () => {
  it('requires an image without surrounding whitespace', () => {
    expect(imageError('nginx:1.28')).toBeUndefined();
    expect(imageError('')).toBe('Required value');
    expect(imageError(' nginx')).toBe('must not have leading or trailing whitespace');
  });
});

describe('portTextError', () => {
  it('refuses a port out of range with the API server\'s wording', () => {
    expect(portTextError('70000', false)).toBe('must be between 1 and 65535, inclusive');
    expect(portTextError('-1', false)).toBe('must be between 1 and 65535, inclusive');
  });

  it('refuses text that is not an integer, including float and hex notation', () => {
    for (const text of ['http', '80.5', '8e3', '0x50']) expect(portTextError(text, false)).toBe('must be an integer');
  });

  it('requires containerPort but lets hostPort be blank', () => {
    expect(portTextError('', false)).toBe('Required value');
    expect(portTextError('0', false)).toBe('Required value');
    expect(portTextError(' ', true)).toBeUndefined();
    expect(portTextError(' 443 ', false)).toBeUndefined();
  });
});

describe('portNameTextError', () => {
  it('allows blank, refuses a bad IANA_SVC_NAME and a name another port of the container has', () => {
    expect(portNameTextError('', app, 1)).toBeUndefined();
    expect(portNameTextError('metrics', app, 1)).toBeUndefined();
    expect(portNameTextError('http', app, 0)).toBeUndefined();
    expect(portNameTextError('http', app, 1)).toBe('Duplicate value: "http"');
    expect(portNameTextError('HTTP', app, 1)).toBe('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
    expect(portNameTextError('a-very-long-port-name', app, 1)).toBe('must be no more than 15 characters');
  });
});

describe('restartPolicyError', () => {
  it('lets a bare Pod use any policy', () => {
    expect(allowedRestartPolicies('Pod')).toEqual(['Always', 'OnFailure', 'Never']);
    for (const p of ['', 'Always', 'OnFailure', 'Never']) expect(restartPolicyError(p, 'Pod')).toBeUndefined();
  });

  it('refuses a policy that lets a Job run forever, including the default', () => {
    expect(restartPolicyError('Never', 'Job')).toBeUndefined();
    expect(restartPolicyError('Always', 'CronJob')).toBe('Unsupported value: "Always": supported values: "OnFailure", "Never"');
    expect(restartPolicyError('', 'Job')).toBe('Unsupported value: "Always": supported values: "OnFailure", "Never"');
  });

  it('refuses a policy that lets a Deployment\'s pods stop', () => {
    expect(restartPolicyError('Never', 'Deployment')).toBe('Unsupported value: "Never": supported values: "Always"');
    expect(restartPolicyError('', 'StatefulSet')).toBeUndefined();
  });
});

describe('mounts', () => {
  it('requires a mount path unique within the container', () => {
    expect(mountPathError('', app, 0)).toBe('Required value');
    expect(mountPathError('/etc/nginx', app, 0)).toBe('must be unique');
    expect(mountPathError('/var/log/nginx', app, 0)).toBeUndefined();
    expect(mountPathError('/data', app, 0)).toBeUndefined();
  });

  it('keeps a subPath inside the volume', () => {
    expect(subPathError('')).toBeUndefined();
    expect(subPathError('conf/nginx.conf')).toBeUndefined();
    expect(subPathError('a..b')).toBeUndefined();
    expect(subPathError('/etc')).toBe('must be a relative path');
    expect(subPathError('conf/../../etc')).toBe("must not contain '..'");
  });

  it('requires the volume to exist', () => {
    expect(mountVolumeError('logs', pod.volumes)).toBeUndefined();
    expect(mountVolumeError('cache', pod.volumes)).toBe('Not found: "cache"');
    expect(mountVolumeError('', pod.volumes)).toBe('Required value');
  });
});
