import { describe, expect, test } from 'vitest';
import { POD_PATTERNS } from '@podsmith/patterns/pods';
import { queryWords, resultText, searchPatterns } from './search';

const ids = (query: string) => searchPatterns(POD_PATTERNS, query).map((p) => p.id);

describe('searching the gallery', () => {
  test('a blank query lists every pattern in catalogue order', () => {
    expect(ids('')).toEqual(POD_PATTERNS.map((p) => p.id));
    expect(ids('   ')).toEqual(POD_PATTERNS.map((p) => p.id));
  });

  test('finds by title, whatever the case and hyphens', () => {
    expect(ids('Ambassador')).toEqual(['ambassador']);
    expect(ids('GIT SYNC')[0]).toBe('git-sync');
    expect(ids('gitsync')[0]).toBe('git-sync');
  });

  test('finds by tag', () => {
    expect(ids('prometheus')).toEqual(['adapter']);
    expect(ids('hashicorp')).toEqual(['secret-injection']);
  });

  test('finds by the words of the explanation', () => {
    expect(ids('in flight')).toContain('service-mesh-proxy');
    expect(ids('IAM login')).toEqual(['ambassador']);
  });

  test('finds in the YAML too, ranked below title and tag matches', () => {
    // Metabase is only in the YAML of the database wait (its explanation says "the app").
    expect(ids('metabase')).toEqual(['wait-for-database']);
    expect(ids('terminationGracePeriodSeconds')).toEqual([]);
    // "sidecar" is in one title, in other patterns' tags, and in every fixed form's comments.
    const sidecar = ids('sidecar');
    expect(sidecar[0]).toBe('job-with-sidecar');
    expect(sidecar.length).toBeGreaterThan(4);
  });

  test('every word must be found, and better matches come first', () => {
    expect(ids('native sidecar job')).toEqual(['job-with-sidecar']);
    expect(ids('one-time clone')).toEqual(['git-sync']);
    expect(ids('envoy nosuchword')).toEqual([]);
    // Title matches (8) before tag matches (4): "proxy" is in the mesh proxy's title, and a tag of the others.
    expect(ids('proxy')[0]).toBe('service-mesh-proxy');
  });

  test('splits queries into normalised words', () => {
    expect(queryWords('  Native-Sidecar  job ')).toEqual(['native', 'sidecar', 'job']);
  });

  test('says what it found', () => {
    expect(resultText(8, '')).toBe('8 patterns');
    expect(resultText(1, ' vault ')).toBe('1 pattern matches “vault”');
    expect(resultText(2, 'proxy')).toBe('2 patterns match “proxy”');
    expect(resultText(0, 'x')).toBe('No pattern matches “x”');
  });
});
