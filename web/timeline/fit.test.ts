import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH, fitText, spreadLabels, textWidth, truncate } from './fit';

describe('fitText', () => {
  it('takes the first candidate that fits with its padding', () => {
    expect(fitText(['SIGTERM: flushing', 'terminating'], 200)).toBe('SIGTERM: flushing');
    expect(fitText(['SIGTERM: flushing', 'terminating'], textWidth('terminating') + 6)).toBe('terminating');
    expect(fitText(['SIGTERM: flushing', 'terminating'], textWidth('terminating') + 5)).toBeUndefined();
  });
});

describe('truncate', () => {
  it('keeps a name that fits and cuts one that does not, with an ellipsis', () => {
    expect(truncate('app', 100)).toBe('app');
    expect(truncate('log-collector-with-a-long-name', 10 * CHAR_WIDTH)).toBe('log-colle…');
    expect(truncate('abc', 1)).toBe('a…');
  });
});

describe('spreadLabels', () => {
  const item = (x: number, text: string) => ({ item: text, x, text });

  it('keeps labels left to right, dropping one that would overlap the one before', () => {
    const placed = spreadLabels([item(0, 'T'), item(3, 'T+1 s'), item(100, 'T+5 s')], 1000);
    expect(placed.map((p) => p.item)).toEqual(['T', 'T+5 s']);
  });

  it('moves a label that would run past the right edge to end there', () => {
    const placed = spreadLabels([item(990, 'grace deadline')], 1000);
    expect(placed).toEqual([{ item: 'grace deadline', x: 1000 - textWidth('grace deadline') }]);
  });

  it('sorts by position first', () => {
    expect(spreadLabels([item(200, 'b'), item(0, 'a')], 1000).map((p) => p.item)).toEqual(['a', 'b']);
  });
});
