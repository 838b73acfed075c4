import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CLOSERS, endsSentence, isSpace, LINE_END, nonWhitespaceLength, shorten, sourceText, stripSpaces, stripSpacesHead, stripSpacesUpTo, stripWhitespace } from '../../src/text/chars.js';

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

describe('endsSentence', () => {
  it('sees a sentence or clause end before closing quotes, brackets and spaces, and nothing else', () => {
    for (const text of ['开展。', '他说：“好。”', '（见附件。）', '完成；\u3000', '工作：', '如下…', 'done! ']) expect(endsSentence(text), text).toBe(true);
    for (const text of ['开展', '工作，', '', '”', '“', '。法']) expect(endsSentence(text), text).toBe(false);
  });

  // The loop by code unit that replaced one by one-character strings, held to it.
  const reference = (text: string): boolean => {
    let i = text.length - 1;
    while (i >= 0 && (CLOSERS.includes(text[i] ?? '') || isSpace(text[i]))) i -= 1;
    return i >= 0 && LINE_END.includes(text[i] ?? '');
  };
  const units = [...'。！？!?；;：:…”’」』"\'）)】》 \t\u3000\u00a0\n\r法a，\u2003'];
  test.prop([fc.string({ unit: fc.constantFrom(...units), maxLength: 12 })], { numRuns: 2000 })('answers as the string version did', (text) => {
    expect(endsSentence(text)).toBe(reference(text));
  });
});

describe('sourceText', () => {
  it('is the given value when it holds exactly those characters, else a slice of the text', () => {
    const text = '一、总体情况\n今年推进法治政府建设。';
    const value = text.slice(7).split('').join('');
    expect(sourceText(text, 7, text.length, value)).toBe(value);
    expect(sourceText(text, 7, text.length, '今年推进法治政府建设！')).toBe('今年推进法治政府建设。');
    expect(sourceText(text, 7, text.length, '今年推进')).toBe('今年推进法治政府建设。');
    expect(sourceText(text, 0, 6, undefined)).toBe('一、总体情况');
  });
});
