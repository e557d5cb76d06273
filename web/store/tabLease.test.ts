import { describe, expect, it } from 'vitest';
import { leaseAfter, mayAutosave, STARTING, type LeaseEvent, type LeaseState } from './tabLease';

const run = (events: LeaseEvent['type'][], from: LeaseState = STARTING) => events.reduce((state, type) => leaseAfter(state, { type } as LeaseEvent), from);

describe('which tab writes the autosave', () => {
  it('the first tab gets the lock and saves; nobody saves before the answer', () => {
    expect(mayAutosave(STARTING)).toBe(false);
    expect(run(['granted'])).toEqual({ kind: 'owner', otherClosed: false });
    expect(mayAutosave(run(['granted']))).toBe(true);
  });

  it('a second tab saves nothing, whether its user chose a copy or not yet', () => {
    expect(run(['busy']).kind).toBe('other');
    expect(mayAutosave(run(['busy']))).toBe(false);
    expect(run(['busy', 'copy']).kind).toBe('copy');
    expect(mayAutosave(run(['busy', 'copy']))).toBe(false);
  });

  it('taking over: nothing is saved while waiting, then this tab saves and the other stops', () => {
    expect(run(['busy', 'take-over']).kind).toBe('taking');
    expect(mayAutosave(run(['busy', 'take-over']))).toBe(false);
    expect(run(['busy', 'take-over', 'granted']).kind).toBe('owner');
    expect(run(['busy', 'copy', 'take-over', 'granted']).kind).toBe('owner');
    // The other side: it held the lock and let go.
    expect(run(['granted', 'released']).kind).toBe('taken');
    expect(mayAutosave(run(['granted', 'released']))).toBe(false);
    // And it can take it back.
    expect(run(['granted', 'released', 'take-over', 'granted']).kind).toBe('owner');
  });

  it('the holder closing is told, and changes nobody into a saver by itself', () => {
    expect(run(['busy', 'other-closed'])).toEqual({ kind: 'other', otherClosed: true });
    expect(mayAutosave(run(['busy', 'other-closed']))).toBe(false);
    expect(run(['busy', 'other-closed', 'take-over', 'granted'])).toEqual({ kind: 'owner', otherClosed: false });
  });

  it('events that do not apply change nothing', () => {
    const owner = run(['granted']);
    expect(leaseAfter(owner, { type: 'busy' })).toBe(owner);
    expect(leaseAfter(owner, { type: 'copy' })).toBe(owner);
    expect(leaseAfter(owner, { type: 'take-over' })).toBe(owner);
    expect(leaseAfter(owner, { type: 'other-closed' })).toBe(owner);
    expect(leaseAfter(run(['busy']), { type: 'released' }).kind).toBe('other');
    expect(leaseAfter(run(['busy']), { type: 'granted' }).kind).toBe('other');
  });
});
