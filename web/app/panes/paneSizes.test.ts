import { describe, expect, it } from 'vitest';
import { draggedWidth, initialPaneSizes, keyedWidth, PANE_LIMITS, PANE_STEP, paneSizesFrom, resizePane } from './paneSizes';

const sizes = { palette: 184, inspector: 264, editor: 480 };

describe('pane sizes', () => {
  it('start with 40 % of what the palette and the inspector leave for the editor', () => {
    expect(initialPaneSizes(1600).editor).toBe(461);
    expect(initialPaneSizes(1280).editor).toBe(333);
    // A very narrow window still gets a usable editor.
    expect(initialPaneSizes(600).editor).toBe(PANE_LIMITS.editor.min);
  });

  it('are kept within their limits, and an edit that changes nothing returns the same sizes', () => {
    expect(resizePane(sizes, 'editor', 10)).toEqual({ ...sizes, editor: PANE_LIMITS.editor.min });
    expect(resizePane(sizes, 'palette', 9999).palette).toBe(PANE_LIMITS.palette.max);
    expect(resizePane(sizes, 'inspector', 300.4).inspector).toBe(300);
    expect(resizePane(sizes, 'editor', 480)).toBe(sizes);
  });

  it('follow the divider: the palette grows to the right, the inspector and the editor to the left', () => {
    expect(draggedWidth('palette', 184, 40)).toBe(224);
    expect(draggedWidth('editor', 480, 40)).toBe(440);
    expect(draggedWidth('inspector', 264, -36)).toBe(300);
  });

  it('follow the keys on a divider: arrows a step (Shift: four), Home and End to the limits, other keys nothing', () => {
    expect(keyedWidth('editor', 480, 'ArrowLeft', false)).toBe(480 + PANE_STEP);
    expect(keyedWidth('editor', 480, 'ArrowRight', true)).toBe(480 - 4 * PANE_STEP);
    expect(keyedWidth('palette', 184, 'ArrowRight', false)).toBe(184 + PANE_STEP);
    expect(keyedWidth('inspector', 264, 'Home', false)).toBe(PANE_LIMITS.inspector.min);
    expect(keyedWidth('inspector', 264, 'End', false)).toBe(PANE_LIMITS.inspector.max);
    expect(keyedWidth('editor', 480, 'Enter', false)).toBeUndefined();
  });

  it('saved by an earlier visit are read with suspicion: bad values fall back, good ones are clamped', () => {
    const fallback = initialPaneSizes(1600);
    expect(paneSizesFrom(JSON.stringify({ palette: 200, inspector: 300, editor: 700 }), fallback)).toEqual({ palette: 200, inspector: 300, editor: 700 });
    expect(paneSizesFrom('{"editor": 99999, "palette": "wide", "inspector": null}', fallback)).toEqual({
      palette: fallback.palette,
      inspector: fallback.inspector,
      editor: PANE_LIMITS.editor.max,
    });
    expect(paneSizesFrom('{"__proto__": {"editor": 300}}', fallback)).toEqual(fallback);
    expect(paneSizesFrom('not json', fallback)).toBe(fallback);
    expect(paneSizesFrom('[1, 2, 3]', fallback)).toEqual(fallback);
    expect(paneSizesFrom(undefined, fallback)).toBe(fallback);
  });
});
