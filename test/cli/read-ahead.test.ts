/** readAhead (src/cli/read-ahead.ts): reads a few files ahead, yet hands them over in order, failures included. */
import { describe, expect, it } from 'vitest';
import { readAhead, settled } from '../../src/cli/read-ahead.js';

describe('readAhead', () => {
  it('yields every outcome in the items’ order, with no more than `ahead` reads in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const read = async (n: number) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      // Later items finish first: the order must come from the items, not from the reads.
      await new Promise((resolve) => setTimeout(resolve, 20 - n));
      inFlight -= 1;
      if (n === 3) throw new Error('unreadable 3');
      return n * 10;
    };
    const seen: Array<[number, unknown]> = [];
    for await (const [item, outcome] of readAhead([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], read, 4)) {
      seen.push([item, 'error' in outcome ? (outcome.error as Error).message : outcome.value]);
    }
    expect(seen).toEqual([[0, 0], [1, 10], [2, 20], [3, 'unreadable 3'], [4, 40], [5, 50], [6, 60], [7, 70], [8, 80], [9, 90]]);
    expect(most).toBe(4);
  });

  it('settled gives the value back, or throws what the read threw', () => {
    expect(settled({ value: 1 })).toBe(1);
    const error = new Error('x');
    expect(() => settled({ error })).toThrow(error);
  });
});
