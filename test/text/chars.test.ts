import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/text/chars.js';

describe('shorten', () => {
  it('keeps text up to the limit as it is', () => {
    expect(shorten('强化组织领导', 6)).toBe('强化组织领导');
    expect(shorten('', 3)).toBe('');
  });
  it('cuts longer text and marks the cut with …', () => {
    expect(shorten('强化组织领导，压实责任', 6)).toBe('强化组织领导…');
  });
});
