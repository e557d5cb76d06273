import { describe, expect, it } from 'vitest';
import { AUTO_MIN_CORES, AUTO_MIN_FILES, workersFor } from '../src/workers';

describe('workersFor', () => {
  it('auto: a worker per core once there are enough files and cores to pay for starting them', () => {
    expect(workersFor('auto', AUTO_MIN_FILES, AUTO_MIN_CORES)).toBe(AUTO_MIN_CORES);
    expect(workersFor('auto', AUTO_MIN_FILES - 1, 8)).toBe(0);
    expect(workersFor('auto', 5000, AUTO_MIN_CORES - 1)).toBe(0);
    expect(workersFor('auto', 5000, 1)).toBe(0);
  });

  it('off is the main thread; a number is that many workers, never more than files', () => {
    expect(workersFor('off', 5000, 8)).toBe(0);
    expect(workersFor(3, 5000, 2)).toBe(3);
    expect(workersFor(4, 2, 2)).toBe(2);
  });
});
