import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { nonWhitespaceLength, shorten, stripSpaces, stripSpacesHead, stripSpacesUpTo, stripWhitespace } from '../../src/text/chars.js';

describe('shorten', () => {
  it('keeps text up to the limit as it is', () => {
    expect(shorten('强化组织领导', 6)).toBe('强化组织领导');
    expect(shorten('', 3)).toBe('');
  });
  it('cuts longer text and marks the cut with …', () => {
    expect(shorten('强化组织领导，压实责任', 6)).toBe('强化组织领导…');
  });
});

describe('stripSpacesUpTo and stripSpacesHead', () => {
  const text = fc.string({ unit: fc.constantFrom('法', 'a', ' ', '\t', '\n', '\u3000', '\u00a0', '\u2003', '\ufeff', '，'), maxLength: 60 });
  test.prop([text, fc.integer({ min: 0, max: 40 })])('say what stripSpaces says, without stripping past what they need', (t, n) => {
    const stripped = stripSpaces(t);
    expect(stripSpacesUpTo(t, n)).toBe(stripped.length <= n ? stripped : undefined);
    expect(stripSpacesHead(t, n)).toBe(stripped.slice(0, n));
    expect(nonWhitespaceLength(t)).toBe(t.replace(/\s/gu, '').length);
  });
});

describe('stripWhitespace', () => {
  const text = fc.string({ unit: fc.constantFrom('法', 'a', ' ', '\t', '\n', '\u3000', '\u00a0', '\u2003', '\ufeff', '，'), maxLength: 80 });
  test.prop([text])('keeps the characters stripSpaces keeps, each mapped back to where it was', (t) => {
    const { plain, indexOf } = stripWhitespace(t);
    expect(plain).toBe(stripSpaces(t));
    const expected = [...t].flatMap((char, index) => (stripSpaces(char) === '' ? [] : [index]));
    expect(Array.from(plain, (_, i) => indexOf(i))).toEqual(expected);
  });
});
