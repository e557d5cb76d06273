import { describe, expect, it } from 'vitest';
import { draggedSize, initialPaneSizes, keyedSize, orientationOf, PANE_LIMITS, PANE_STEP, paneSizesFrom, resizePane } from './paneSizes';

const sizes = { palette: 184, inspector: 264, editor: 480, findings: 240 };

describe('pane sizes', () => {
  it('start with 40 % of the width the palette and the inspector leave for the editor, 25 % of the height for the findings (the diagram gets the rest)', () => {
    expect(initialPaneSizes({ width: 1600, height: 900 })).toEqual({ palette: 184, inspector: 264, editor: 461, findings: 213 });
    expect(initialPaneSizes({ width: 1280, height: 800 }).editor).toBe(333);
    // Tall windows keep the findings at 320 px; tiny ones still get usable panes.
    expect(initialPaneSizes({ width: 2560, height: 1600 }).findings).toBe(320);
    expect(initialPaneSizes({ width: 600, height: 200 })).toMatchObject({ editor: PANE_LIMITS.editor.min, findings: PANE_LIMITS.findings.min });
  });

  it('are kept within their limits, and a change to the same size returns the same sizes', () => {
    expect(resizePane(sizes, 'editor', 10)).toEqual({ ...sizes, editor: PANE_LIMITS.editor.min });
    expect(resizePane(sizes, 'palette', 9999).palette).toBe(PANE_LIMITS.palette.max);
    expect(resizePane(sizes, 'inspector', 300.4).inspector).toBe(300);
    expect(resizePane(sizes, 'editor', 480)).toBe(sizes);
  });

  it('follow the divider: the palette grows to the right, the inspector and the editor to the left, the findings up', () => {
    expect(draggedSize('palette', 184, 40, 99)).toBe(224);
    expect(draggedSize('editor', 480, 40, 99)).toBe(440);
    expect(draggedSize('inspector', 264, -36, 99)).toBe(300);
    expect(draggedSize('findings', 240, 99, -60)).toBe(300);
    expect(orientationOf('editor')).toBe('vertical');
    expect(orientationOf('findings')).toBe('horizontal');
  });

  it('follow the keys on a divider: the arrows along its way a step (Shift: four), Home and End to the limits, other keys nothing', () => {
    expect(keyedSize('editor', 480, 'ArrowLeft', false)).toBe(480 + PANE_STEP);
    expect(keyedSize('editor', 480, 'ArrowRight', true)).toBe(480 - 4 * PANE_STEP);
    expect(keyedSize('palette', 184, 'ArrowRight', false)).toBe(184 + PANE_STEP);
    expect(keyedSize('findings', 240, 'ArrowUp', false)).toBe(240 + PANE_STEP);
    expect(keyedSize('findings', 240, 'ArrowDown', true)).toBe(240 - 4 * PANE_STEP);
    expect(keyedSize('inspector', 264, 'Home', false)).toBe(PANE_LIMITS.inspector.min);
    expect(keyedSize('inspector', 264, 'End', false)).toBe(PANE_LIMITS.inspector.max);
    expect(keyedSize('editor', 480, 'ArrowUp', false)).toBeUndefined();
    expect(keyedSize('findings', 240, 'ArrowLeft', false)).toBeUndefined();
    expect(keyedSize('editor', 480, 'Enter', false)).toBeUndefined();
    expect(keyedSize('editor', 480, 'toString', false)).toBeUndefined();
  });

  it('saved by an earlier visit are read with suspicion: bad values fall back, good ones are clamped', () => {
    const fallback = initialPaneSizes({ width: 1600, height: 900 });
    expect(paneSizesFrom(JSON.stringify({ palette: 200, inspector: 300, editor: 700, findings: 100 }), fallback)).toEqual({
      palette: 200,
      inspector: 300,
      editor: 700,
      findings: 100,
    });
    expect(paneSizesFrom('{"editor": 99999, "palette": "wide", "inspector": null}', fallback)).toEqual({
      ...fallback,
      editor: PANE_LIMITS.editor.max,
    });
    expect(paneSizesFrom('{"__proto__": {"editor": 300}}', fallback)).toEqual(fallback);
    expect(paneSizesFrom('not json', fallback)).toBe(fallback);
    expect(paneSizesFrom('[1, 2, 3]', fallback)).toEqual(fallback);
    expect(paneSizesFrom(undefined, fallback)).toBe(fallback);
  });
});
