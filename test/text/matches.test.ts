/**
 * matchesOf is matchAll without the copy of the RegExp: the same matches (index, groups, empty matches, surrogate
 * pairs in Unicode mode), and the pattern left as it was found, also when the loop body uses it.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hasMatch, matchesOf } from '../../src/text/matches.js';

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, groups: [...m] }));
const asMatchesOf = (pattern: RegExp, text: string) => [...matchesOf(pattern, text)].map((m) => ({ index: m.index, groups: [...m] }));

const PATTERNS = [
  /法治|政府/g,
  /(\d+)年/g,
  /x*/g,
  /x*/gu,
  /(?<![\d])([12]\d{3})\s*年/g,
  /[^\s（(]*[（(](?:盖章|印章|章)[)）]|\S+/g,
  /\p{Script=Han}?/gu,
  /(?:)/gu,
];

describe('matchesOf', () => {
  it('gives what matchAll gives on a table of patterns and texts (empty matches, astral characters, lookbehind)', () => {
    const texts = ['', '2023年、2024 年法治政府', 'axxb', '\u{20000}x\u{20000}', '\ud800x\udc00', '（盖章）某镇人民政府 2024年'];
    for (const pattern of PATTERNS) for (const text of texts) expect(asMatchesOf(pattern, text), `${pattern} on ${JSON.stringify(text)}`).toEqual(asMatchAll(pattern, text));
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', 'x', '年', '2', ' ', '\u{20000}', '\ud800', '\udc00') }), fc.constantFrom(...PATTERNS)])(
    'gives what matchAll gives on any text',
    (text, pattern) => {
      expect(asMatchesOf(pattern, text)).toEqual(asMatchAll(pattern, text));
    },
  );

  it('leaves the pattern as it found it, also when the loop body uses the same pattern or stops early', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    const seen: string[] = [];
    for (const match of matchesOf(pattern, '1 22 333')) {
      seen.push(match[0]);
      // The body searches another text with the same RegExp, as a helper it calls might.
      expect([...matchesOf(pattern, '9 8')].map((m) => m[0])).toEqual(['9', '8']);
      expect('x7'.replace(pattern, '#')).toBe('x#');
    }
    expect(seen).toEqual(['1', '22', '333']);
    expect(pattern.lastIndex).toBe(3);
    for (const match of matchesOf(pattern, '1 22 333')) if (match[0] === '22') break;
    expect(pattern.lastIndex).toBe(3);
  });

  it('hasMatch tests from the start of the text, whatever lastIndex was, and gives lastIndex back', () => {
    const pattern = /法治/g;
    pattern.lastIndex = 5;
    expect(hasMatch(pattern, '法治政府')).toBe(true);
    expect(pattern.lastIndex).toBe(5);
    expect(hasMatch(pattern, '法制政府')).toBe(false);
    expect(pattern.lastIndex).toBe(5);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(TypeError);
  });
});
