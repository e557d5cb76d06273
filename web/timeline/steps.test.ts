import { describe, expect, it } from 'vitest';
import { clampStep, moveStep, stepAfterKey, spanAt, spanAtStep, stepAt, stepCount, stepForProblem } from './steps';
import { JOB_REGULAR_HELPER, KILLED_AT_DEADLINE, LOG_SHIPPER_NATIVE, LOG_SHIPPER_REGULAR } from './testSimulations';

describe('steps', () => {
  it('are the events of startup, then of termination', () => {
    expect(stepCount(LOG_SHIPPER_REGULAR)).toBe(9);
    expect(stepAt(LOG_SHIPPER_REGULAR, 0)?.event.text).toBe('"app" starts.');
    expect(stepAt(LOG_SHIPPER_REGULAR, 4)?.event.kind).toBe('termination-begins');
    expect(stepAt(LOG_SHIPPER_REGULAR, 4)?.phase.kind).toBe('termination');
    expect(stepAt(LOG_SHIPPER_REGULAR, 9)).toBeUndefined();
    expect(stepAt(LOG_SHIPPER_REGULAR, undefined)).toBeUndefined();
  });

  it('move one at a time, from none to the first and back to none', () => {
    expect(moveStep(undefined, 9, 1)).toBe(0);
    expect(moveStep(0, 9, 1)).toBe(1);
    expect(moveStep(8, 9, 1)).toBe(8);
    expect(moveStep(0, 9, -1)).toBeUndefined();
    expect(moveStep(undefined, 9, -1)).toBeUndefined();
    expect(moveStep(undefined, 0, 1)).toBeUndefined();
  });

  it('chosen for another simulation are brought into range', () => {
    expect(clampStep(12, 9)).toBe(8);
    expect(clampStep(3, 9)).toBe(3);
    expect(clampStep(3, 0)).toBeUndefined();
    expect(clampStep(undefined, 9)).toBeUndefined();
  });
});

describe('the state of a container at a moment', () => {
  const { shutdown } = LOG_SHIPPER_NATIVE;

  it('is the span it is in; at a boundary, the one that begins there', () => {
    expect(spanAt(shutdown, 'fluent-bit', 0)?.state).toBe('running');
    expect(spanAt(shutdown, 'fluent-bit', 5)?.state).toBe('terminating');
    expect(spanAt(shutdown, 'fluent-bit', 5.5)?.label).toBe('flushing');
    expect(spanAt(shutdown, 'fluent-bit', 6)?.state).toBe('exited');
    expect(spanAt(shutdown, 'nobody', 1)).toBeUndefined();
  });

  it('after the last span ends, is the last span (a zero-length one included)', () => {
    expect(spanAt(shutdown, 'app', 31)?.state).toBe('exited');
    expect(spanAt(JOB_REGULAR_HELPER.startup, 'migrate', 1)?.state).toBe('running');
  });

  it('at a step follows the step’s phase and time', () => {
    // Step 7 of the native pod: "fluent-bit" gets SIGTERM once the app has exited.
    expect(stepAt(LOG_SHIPPER_NATIVE, 8)?.event.kind).toBe('SIGTERM');
    expect(spanAtStep(LOG_SHIPPER_NATIVE, 8, 'app')?.state).toBe('exited');
    expect(spanAtStep(LOG_SHIPPER_NATIVE, 8, 'fluent-bit')?.state).toBe('terminating');
    expect(spanAtStep(LOG_SHIPPER_NATIVE, 0, 'app')?.state).toBe('waiting');
    expect(spanAtStep(LOG_SHIPPER_NATIVE, undefined, 'app')).toBeUndefined();
  });
});

describe('stepForProblem', () => {
  it('is the first event of the problem’s phase at or after it begins', () => {
    const [lost] = LOG_SHIPPER_REGULAR.problems;
    expect(stepAt(LOG_SHIPPER_REGULAR, stepForProblem(LOG_SHIPPER_REGULAR, lost!))?.event.text).toBe('"fluent-bit" exits.');
    const [killed] = KILLED_AT_DEADLINE.problems;
    expect(stepAt(KILLED_AT_DEADLINE, stepForProblem(KILLED_AT_DEADLINE, killed!))?.event.kind).toBe('grace-period-deadline');
  });

  it('is the phase’s last event when none comes after it begins', () => {
    const [never] = JOB_REGULAR_HELPER.problems;
    expect(stepAt(JOB_REGULAR_HELPER, stepForProblem(JOB_REGULAR_HELPER, never!))?.event.text).toBe('"migrate" exits 0.');
  });
});

describe('stepAfterKey', () => {
  it('steps with the arrows and jumps with Home and End', () => {
    expect(stepAfterKey('ArrowRight', undefined, 9)).toEqual({ step: 0 });
    expect(stepAfterKey('ArrowLeft', 3, 9)).toEqual({ step: 2 });
    expect(stepAfterKey('ArrowLeft', 0, 9)).toEqual({ step: undefined });
    expect(stepAfterKey('Home', 5, 9)).toEqual({ step: 0 });
    expect(stepAfterKey('End', undefined, 9)).toEqual({ step: 8 });
    expect(stepAfterKey('End', undefined, 0)).toEqual({ step: undefined });
  });

  it('leaves other keys alone', () => {
    expect(stepAfterKey('Enter', 1, 9)).toBeUndefined();
  });
});
