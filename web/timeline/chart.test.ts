import { describe, expect, it } from 'vitest';
import { BAR_HEIGHT, layoutTimeline, MIN_CHART_WIDTH, ROW_HEIGHT } from './chart';
import { eventsText } from './eventsText';
import { JOB_REGULAR_HELPER, KILLED_AT_DEADLINE, LOG_SHIPPER_NATIVE, LOG_SHIPPER_REGULAR, STUCK_IN_INIT } from './testSimulations';

describe('layoutTimeline', () => {
  const chart = layoutTimeline(LOG_SHIPPER_REGULAR, 800);

  it('has a row per container, in the diagram’s lane order, with lane words and names', () => {
    expect(chart.rows.map((r) => [r.laneWord, r.name])).toEqual([
      ['main', 'app'],
      ['main', 'fluent-bit'],
    ]);
    expect(chart.rows[1]!.y - chart.rows[0]!.y).toBe(ROW_HEIGHT);
    const native = layoutTimeline(LOG_SHIPPER_NATIVE, 800);
    expect(native.rows.map((r) => [r.laneWord, r.name])).toEqual([
      ['sidecar', 'fluent-bit'],
      ['main', 'app'],
    ]);
    // A gap between lane groups, as between the diagram's lanes.
    expect(native.rows[1]!.y - native.rows[0]!.y).toBeGreaterThan(ROW_HEIGHT);
  });

  it('draws startup then termination, with the break between them', () => {
    expect(chart.phases.map((p) => p.title)).toEqual(['Startup', 'Termination']);
    expect(chart.gap.x0).toBe(chart.phases[0]!.xEnd);
    expect(chart.gap.x1).toBe(chart.phases[1]!.x0);
    expect(chart.gap.x1 - chart.gap.x0).toBeGreaterThan(0);
    expect(chart.phases[0]!.x0).toBe(chart.labelWidth);
  });

  it('draws each span as a bar in its row, with its words where they fit and in full in its title', () => {
    const flushing = chart.bars.find((b) => b.phase === 'termination' && b.container === 'fluent-bit' && b.state === 'terminating')!;
    const row = chart.rows.find((r) => r.container === 'fluent-bit')!;
    expect(flushing.y).toBe(row.y + (ROW_HEIGHT - BAR_HEIGHT) / 2);
    expect(flushing.title).toBe('fluent-bit terminating: SIGTERM: flushing, 0 s to 1 s');
    const appStopping = chart.bars.find((b) => b.phase === 'termination' && b.container === 'app' && b.state === 'terminating')!;
    expect(appStopping.text).toBe('SIGTERM: finishing requests');
    // Bars of a row follow each other without overlap.
    const appBars = chart.bars.filter((b) => b.container === 'app' && b.phase === 'startup');
    appBars.slice(1).forEach((bar, i) => expect(bar.x).toBeCloseTo(appBars[i]!.x + appBars[i]!.width));
  });

  it('falls back to the state word, then to no words, as a bar narrows', () => {
    const narrow = layoutTimeline(LOG_SHIPPER_REGULAR, 520);
    const flushing = narrow.bars.find((b) => b.phase === 'termination' && b.container === 'fluent-bit' && b.state === 'terminating')!;
    expect(flushing.text === undefined || flushing.text === 'terminating').toBe(true);
    expect(flushing.title).toContain('SIGTERM: flushing');
  });

  it('draws the lost-log window where it happens, over both containers, in words', () => {
    const [lost] = chart.problems;
    expect(lost!.title).toBe('lost logs');
    const bars = chart.bars.filter((b) => b.phase === 'termination');
    const shipperExit = bars.find((b) => b.container === 'fluent-bit' && b.state === 'exited')!;
    const appExit = bars.find((b) => b.container === 'app' && b.state === 'exited')!;
    expect(lost!.x0).toBeCloseTo(shipperExit.x);
    expect(lost!.x1).toBeCloseTo(appExit.x);
    expect(lost!.boxes.map((b) => b.container)).toEqual(['fluent-bit', 'app']);
    expect(lost!.bandY).toBeGreaterThanOrEqual(chart.rowsBottom);
  });

  it('draws the grace deadline and termination begins, with words in the header', () => {
    const deadline = chart.markers.find((m) => m.kind === 'deadline')!;
    expect(deadline.x).toBeCloseTo(chart.phases[1]!.x1);
    expect(deadline.label?.text).toBe('grace deadline T+30 s');
    expect(deadline.y0).toBe(chart.rowsTop);
    expect(deadline.y1).toBe(chart.rowsBottom);
    const begins = chart.markers.find((m) => m.kind === 'termination')!;
    expect(begins.x).toBe(chart.phases[1]!.x0);
    expect(begins.label?.text).toBe('termination begins');
  });

  it('draws SIGTERM on the row of the container that gets it', () => {
    const sigterms = chart.markers.filter((m) => m.kind === 'sigterm');
    const rowOf = (name: string) => chart.rows.find((r) => r.container === name)!.y;
    expect(sigterms.map((m) => m.y0).sort()).toEqual([rowOf('app'), rowOf('fluent-bit')].sort());
    expect(sigterms[0]!.title).toBe('"app" gets SIGTERM.');
  });

  it('draws the stretch up to the deadline short, and says how long it is', () => {
    expect(chart.breaks).toEqual([{ x: expect.any(Number), text: '25 s' }]);
    const [brk] = chart.breaks;
    const appExit = chart.bars.find((b) => b.phase === 'termination' && b.container === 'app' && b.state === 'exited')!;
    expect(brk!.x).toBeGreaterThan(appExit.x);
    expect(brk!.x).toBeLessThan(appExit.x + appExit.width);
  });

  it('puts ticks from 0 s and T, left to right, without overlap', () => {
    expect(chart.ticks[0]!.text).toBe('0 s');
    expect(chart.ticks.map((t) => t.text)).toContain('T');
    const xs = chart.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('knows where each step is drawn', () => {
    const { startup, shutdown } = LOG_SHIPPER_REGULAR;
    expect(chart.stepX).toHaveLength(startup.events.length + shutdown.events.length);
    expect(chart.stepX[startup.events.length]).toBe(chart.phases[1]!.x0);
    expect(chart.stepRowY[0]).toBe(chart.rows.find((r) => r.container === 'app')!.y);
    expect(chart.stepRowY[startup.events.length]).toBeUndefined();
  });

  it('never lays out narrower than its minimum: it scrolls instead', () => {
    expect(layoutTimeline(LOG_SHIPPER_REGULAR, 200).width).toBe(MIN_CHART_WIDTH);
  });
});

describe('layoutTimeline on the other problems', () => {
  it('draws a Job that never completes with an open tail and the helper running into it', () => {
    const chart = layoutTimeline(JOB_REGULAR_HELPER, 800);
    const completion = chart.phases[1]!;
    expect(completion.title).toBe('Completion (never ends)');
    expect(completion.open).toBe(true);
    const helper = chart.bars.find((b) => b.phase === 'completion' && b.container === 'sql-proxy')!;
    expect(helper.open).toBe(true);
    expect(helper.x + helper.width).toBeCloseTo(completion.xEnd);
    const [never] = chart.problems;
    expect(never!.title).toBe('never completes');
    expect(never!.open).toBe(true);
    expect(never!.x1).toBeCloseTo(completion.xEnd);
  });

  it('says which init container a stuck pod waits on, as kubectl does', () => {
    const chart = layoutTimeline(STUCK_IN_INIT, 800);
    expect(chart.rows.map((r) => r.container)).toEqual(['wait-for-db', 'git-sync', 'migrate', 'app']);
    expect(chart.problems[0]!.title).toBe('stuck in Init:1/3');
  });

  it('gives a problem at one moment (SIGKILL at the deadline) a visible width', () => {
    const chart = layoutTimeline(KILLED_AT_DEADLINE, 800);
    const [killed] = chart.problems;
    expect(killed!.title).toBe('killed at the deadline');
    expect(killed!.x1 - killed!.x0).toBeGreaterThanOrEqual(12);
    expect(chart.markers.map((m) => m.kind)).toEqual(expect.arrayContaining(['sigkill', 'hook-start', 'deadline']));
    // The preStop hook runs up to the deadline: drawn to scale, the 2 s after it are narrow.
    const [hook, kill] = chart.bars.filter((b) => b.phase === 'termination');
    expect(hook!.width / kill!.width).toBeCloseTo(15);
    expect(layoutTimeline(KILLED_AT_DEADLINE, 2000).bars.find((b) => b.state === 'killed')?.text).toBe('killed');
  });

  it('marks the moment a phase gets stuck, across the lanes, in words', () => {
    const stuck = { ...STUCK_IN_INIT, startup: { ...STUCK_IN_INIT.startup, events: [...STUCK_IN_INIT.startup.events, { at: 2, kind: 'stuck' as const, container: 'git-sync', text: '"git-sync" never exits.' }] } };
    const chart = layoutTimeline(stuck, 800);
    const marker = chart.markers.find((m) => m.kind === 'pod' && m.title === '"git-sync" never exits.')!;
    expect(marker.label?.text).toBe('stuck');
    expect([marker.y0, marker.y1]).toEqual([chart.rowsTop, chart.rowsBottom]);
  });

  it('draws a Job’s completion problems, not those of its deletion while it runs, keeping their indexes', () => {
    const deletionProblem = { ...LOG_SHIPPER_REGULAR.problems[0]!, phase: 'termination' as const };
    const job = { ...JOB_REGULAR_HELPER, problems: [deletionProblem, ...JOB_REGULAR_HELPER.problems] };
    const chart = layoutTimeline(job, 800);
    expect(chart.problems.map((p) => [p.index, p.title])).toEqual([[1, 'never completes']]);
    expect(chart.problems[0]!.bandY).toBe(chart.rowsBottom + 6);
    expect(eventsText(job, 'Job migrate')).not.toContain('Lines "app" writes');
  });

  it('writes a problem kind it does not know in words', () => {
    const sim = { ...LOG_SHIPPER_REGULAR, problems: [{ ...LOG_SHIPPER_REGULAR.problems[0]!, kind: 'probe-too-slow' as never }] };
    expect(layoutTimeline(sim, 800).problems[0]!.title).toBe('probe too slow');
  });
});
