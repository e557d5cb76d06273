import { describe, expect, it } from 'vitest';
import { axisScales, busyStretches, formatSeconds, isOpen, keyTimes, phaseIntervals, TAIL_WIDTH, tickText, xAt } from './scale';
import { JOB_REGULAR_HELPER, LOG_SHIPPER_REGULAR, phaseOf } from './testSimulations';

describe('keyTimes', () => {
  it('collects span edges, events, the end, the deadline and the phase’s problems, sorted once each', () => {
    const { shutdown, problems } = LOG_SHIPPER_REGULAR;
    expect(keyTimes(shutdown, problems)).toEqual([0, 1, 5, 30]);
  });

  it('leaves out problems of the other phase and times that go on for ever', () => {
    const { startup, problems } = LOG_SHIPPER_REGULAR;
    expect(keyTimes(startup, problems)).toEqual([0, 1, 5, 6]);
    expect(keyTimes(JOB_REGULAR_HELPER.shutdown, JOB_REGULAR_HELPER.problems)).toEqual([0, 10]);
  });
});

describe('phaseIntervals', () => {
  it('draws short stretches to scale', () => {
    expect(phaseIntervals([0, 1, 5, 6])).toEqual([
      { from: 0, to: 1, weight: 1, compressed: false },
      { from: 1, to: 5, weight: 4, compressed: false },
      { from: 5, to: 6, weight: 1, compressed: false },
    ]);
  });

  it('draws a long idle stretch (to the grace deadline) short, a quarter of what is to scale', () => {
    const intervals = phaseIntervals([0, 1, 5, 30]);
    expect(intervals[2]).toEqual({ from: 5, to: 30, weight: 1.25, compressed: true });
    expect(intervals.slice(0, 2).every((i) => !i.compressed)).toBe(true);
  });

  it('keeps a stretch under 8 s to scale, even when it is most of the phase', () => {
    // 0 → 6 is most of the phase but under 8 s: to scale.
    expect(phaseIntervals([0, 6, 7]).every((i) => !i.compressed)).toBe(true);
  });

  it('keeps a long stretch where a container is starting or stopping to scale (a preStop hook up to the deadline)', () => {
    expect(phaseIntervals([0, 30, 32], [{ from: 0, to: 30 }]).every((i) => !i.compressed)).toBe(true);
    expect(phaseIntervals([0, 30, 32], [{ from: 30, to: 31 }])[0]!.compressed).toBe(true);
  });

  it('keeps a phase that is one long stretch to scale: there is nothing to draw it short beside', () => {
    expect(phaseIntervals([0, 10])).toEqual([{ from: 0, to: 10, weight: 10, compressed: false }]);
  });

  it('gives a phase where everything happens at once some width', () => {
    expect(phaseIntervals([0])).toEqual([{ from: 0, to: 0, weight: 1, compressed: false }]);
  });
});

describe('busyStretches', () => {
  it('are the spans where a container starts or stops', () => {
    expect(busyStretches(LOG_SHIPPER_REGULAR.shutdown)).toEqual([
      { from: 0, to: 5 },
      { from: 0, to: 1 },
    ]);
    expect(busyStretches(JOB_REGULAR_HELPER.shutdown)).toEqual([]);
  });
});

describe('isOpen', () => {
  it('is true for a phase without end or with a span that never ends', () => {
    expect(isOpen(JOB_REGULAR_HELPER.shutdown, [])).toBe(true);
    expect(isOpen(phaseOf('startup', [{ from: 0, to: undefined, state: 'running' }], [], 1), [])).toBe(true);
    expect(isOpen(LOG_SHIPPER_REGULAR.shutdown, LOG_SHIPPER_REGULAR.problems)).toBe(false);
  });
});

describe('axisScales and xAt', () => {
  const [startup, shutdown] = axisScales([LOG_SHIPPER_REGULAR.startup, LOG_SHIPPER_REGULAR.shutdown], LOG_SHIPPER_REGULAR.problems, 100, 632, 32);

  it('puts startup first, the gap, then termination, filling the width', () => {
    expect(startup.x0).toBe(100);
    expect(shutdown.x0).toBeCloseTo(startup.x1 + 32);
    expect(shutdown.x1).toBeCloseTo(732);
  });

  it('shares the width by what each phase draws', () => {
    // startup draws 6 s, termination 5 s + a 1.25 s break.
    expect((startup.x1 - startup.x0) / (shutdown.x1 - shutdown.x0)).toBeCloseTo(6 / 6.25);
  });

  it('maps time linearly inside a segment and monotonically across', () => {
    const xs = [0, 0.5, 1, 3, 5, 17.5, 30].map((t) => xAt(shutdown, t));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xAt(shutdown, 0.5)).toBeCloseTo((xAt(shutdown, 0) + xAt(shutdown, 1)) / 2);
    expect(xAt(shutdown, 30)).toBeCloseTo(shutdown.x1);
    expect(xAt(shutdown, 0)).toBe(shutdown.x0);
  });

  it('gives no phase less than 30 % of the width', () => {
    const long = phaseOf('termination', [{ from: 0, to: 7, state: 'terminating' }], [], 7);
    const short = phaseOf('startup', [{ from: 0, to: 0.1, state: 'starting' }], [], 0.1);
    const [a, b] = axisScales([short, long], [], 0, 1000, 0);
    expect((a.x1 - a.x0) / (b.x1 - b.x0)).toBeCloseTo(0.3 / 0.7);
  });

  it('gives a phase that never ends an open tail, where "for ever" is drawn', () => {
    const [, completion] = axisScales([JOB_REGULAR_HELPER.startup, JOB_REGULAR_HELPER.shutdown], JOB_REGULAR_HELPER.problems, 0, 800, 32);
    expect(completion.open).toBe(true);
    expect(completion.xEnd).toBeCloseTo(completion.x1 + TAIL_WIDTH);
    expect(completion.xEnd).toBeCloseTo(800);
    expect(xAt(completion, undefined)).toBe(completion.xEnd);
    expect(xAt(completion, 10)).toBeCloseTo(completion.x1);
  });
});

describe('words of the axis', () => {
  it('says seconds, and termination times from T', () => {
    expect(formatSeconds(5)).toBe('5 s');
    expect(formatSeconds(1.25)).toBe('1.3 s');
    expect(formatSeconds(Infinity)).toBe('never');
    expect(tickText('startup', 0)).toBe('0 s');
    expect(tickText('termination', 0)).toBe('T');
    expect(tickText('termination', 30)).toBe('T+30 s');
    expect(tickText('completion', 10)).toBe('+10 s');
  });
});
