/** conceptRe (src/model/concepts.ts): an empty source — e.g. an empty `extra…` term in a config — must match nothing, not everything. */
import { describe, expect, it } from 'vitest';
import { conceptRe } from '../../src/model/concepts.js';

describe('conceptRe', () => {
  it('leaves empty sources out, so a list with an empty term does not match every text', () => {
    const re = conceptRe(['', '法治', '']);
    expect(re.test('防汛工作')).toBe(false);
    expect(re.test('推进法治建设')).toBe(true);
    expect(re.source).toBe('法治');
  });

  it('matches nothing when every source is empty or there is none', () => {
    expect(conceptRe([]).test('')).toBe(false);
    expect(conceptRe(['', '']).test('任何文字')).toBe(false);
  });

  it('passes the flags on', () => {
    expect(conceptRe(['a'], 'g').flags).toBe('g');
  });
});
