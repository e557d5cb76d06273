/** Searching the gallery: pure functions over the pattern catalogue. */
import type { PodPattern } from '@podsmith/patterns/pods';

/** How much a word found in each place counts: the title most, the YAML least. */
const WEIGHTS = { title: 8, tag: 4, text: 2, yaml: 1 } as const;

/** Lower case, hyphens and underscores as spaces: `Git-Sync` and `git sync` are the same words. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_]+/g, ' ');
}

/** The words of a query, normalised; empty for a blank query. */
export function queryWords(query: string): string[] {
  return normalise(query).split(/\s+/).filter((word) => word !== '');
}

interface Haystack {
  readonly title: string;
  readonly tags: readonly string[];
  readonly text: string;
  readonly yaml: string;
}

function haystackOf(p: PodPattern): Haystack {
  return {
    title: normalise(p.title),
    tags: p.tags.map(normalise),
    text: normalise([p.explanation, p.broken.summary, p.fixed.summary].join(' ')),
    yaml: normalise(p.broken.yaml + p.fixed.yaml),
  };
}

/**
 * What one word is worth in one pattern: the best place it is found, 0 when it is
 * nowhere. Spaces aside too, so `gitsync` finds `git-sync` and `fluent bit` finds `fluentbit`.
 */
function wordScore(h: Haystack, word: string): number {
  const bare = word.replace(/ /g, '');
  const has = (text: string) => text.includes(word) || text.replace(/ /g, '').includes(bare);
  if (has(h.title)) return WEIGHTS.title;
  if (h.tags.some(has)) return WEIGHTS.tag;
  if (has(h.text)) return WEIGHTS.text;
  return has(h.yaml) ? WEIGHTS.yaml : 0;
}

/**
 * The patterns that contain every word of the query (in the title, a tag, the
 * explanations or the YAML), best first; catalogue order among equals and for a
 * blank query.
 */
export function searchPatterns(patterns: readonly PodPattern[], query: string): PodPattern[] {
  const words = queryWords(query);
  if (words.length === 0) return [...patterns];
  return patterns
    .map((pattern, order) => {
      const h = haystackOf(pattern);
      const scores = words.map((word) => wordScore(h, word));
      return { pattern, order, score: scores.includes(0) ? 0 : scores.reduce((a, b) => a + b, 0) };
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((hit) => hit.pattern);
}

/** `8 patterns`, `1 pattern matches “vault”`, `No pattern matches “x”`: what the list says about itself. */
export function resultText(count: number, query: string): string {
  const trimmed = query.trim();
  if (trimmed === '') return `${count} ${count === 1 ? 'pattern' : 'patterns'}`;
  if (count === 0) return `No pattern matches “${trimmed}”`;
  return `${count} ${count === 1 ? 'pattern matches' : 'patterns match'} “${trimmed}”`;
}
