import { describe, expect, it } from 'vitest';
import { layoutText, readerMarkup, type Line, type Piece } from '../../src/web/app/layout.js';

/** Each line as "text" pieces `[a,b)marks` and points `^mark`, to compare at a glance. */
function show(text: string, lines: Line[]): string[] {
  return lines.map((line) =>
    line.pieces
      .map((piece: Piece) => (piece.kind === 'point' ? `^${piece.mark}` : `${text.slice(piece.start, piece.end)}${piece.marks.length ? `[${piece.marks.join(',')}]` : ''}`))
      .join('|'),
  );
}

describe('layoutText', () => {
  it('splits lines and marks one range', () => {
    const text = 'ab:cd\nef';
    const lines = layoutText(text, [{ start: 2, end: 3 }]);
    expect(lines.map((line) => [line.number, line.start, line.end])).toEqual([
      [1, 0, 5],
      [2, 6, 8],
    ]);
    expect(show(text, lines)).toEqual(['ab|:[0]|cd', 'ef']);
  });

  it('nests overlapping and equal ranges, outer first, and covers every range', () => {
    const text = 'abcdefgh';
    const lines = layoutText(text, [
      { start: 1, end: 5 },
      { start: 3, end: 7 },
      { start: 1, end: 5 },
    ]);
    expect(show(text, lines)).toEqual(['a|bc[0,2]|de[0,2,1]|fg[1]|h']);
  });

  it('splits a range across lines, leaving the line break out', () => {
    const text = 'ab\ncd';
    expect(show(text, layoutText(text, [{ start: 1, end: 4 }]))).toEqual(['a|b[0]', 'c[0]|d']);
  });

  it('shows a zero-length range as a point, at the end of the text too', () => {
    const text = 'abc\ndef';
    const lines = layoutText(text, [
      { start: 5, end: 5 },
      { start: 7, end: 7 },
      { start: 0, end: 0 },
    ]);
    expect(show(text, lines)).toEqual(['^2|abc', 'd|^0|ef|^1']);
  });

  it('shows a range that covers only a line break as a point where it starts', () => {
    const text = 'ab\n\ncd';
    expect(show(text, layoutText(text, [{ start: 2, end: 4 }]))).toEqual(['ab|^0', '', 'cd']);
  });

  it('clamps ranges beyond the text and keeps an empty text one line', () => {
    expect(show('ab', layoutText('ab', [{ start: 1, end: 99 }]))).toEqual(['a|b[0]']);
    expect(show('', layoutText('', [{ start: 0, end: 0 }]))).toEqual(['^0']);
    expect(show('ab', layoutText('ab', [{ start: 5, end: 9 }]))).toEqual(['ab|^0']);
  });

  it('puts a point inside a marked range between the right characters', () => {
    const text = 'abcd';
    expect(show(text, layoutText(text, [{ start: 0, end: 4 }, { start: 2, end: 2 }]))).toEqual(['ab[0]|^1|cd[0]']);
  });
});

describe('readerMarkup: the Markdown the Word and web-page readers add, hidden in the text view', () => {
  const shown = (text: string) => {
    const hidden = new Set<number>();
    for (const range of readerMarkup(text)) for (let at = range.start; at < range.end; at += 1) hidden.add(at);
    return [...text].filter((_, at) => !hidden.has(at)).join('');
  };

  it('hides heading marks, bold markers around a paragraph and escaping backslashes', () => {
    expect(shown('# 一、主要举措\n\n**关于2023年法治政府建设情况的报告**\n\n1\\. 全年办理案件\\*12件')).toBe(
      '一、主要举措\n\n关于2023年法治政府建设情况的报告\n\n1. 全年办理案件*12件',
    );
  });

  it('keeps a backslash the text itself has, and text that merely contains ** or #', () => {
    expect(shown('路径 C:\\\\报告\\\\ 与 D:\\盘')).toBe('路径 C:\\报告\\ 与 D:\\盘');
    expect(shown('第#1号 **重点** 工作')).toBe('第#1号 **重点** 工作');
  });

  it('keeps every offset: the ranges only mark, the text is unchanged', () => {
    const text = '## 二、\r\n**粗体**\r\n';
    for (const range of readerMarkup(text)) expect(range.end).toBeLessThanOrEqual(text.length);
    expect(shown(text)).toBe('二、\r\n粗体\r\n');
  });
});

describe('layoutText: lines as the CLI counts them', () => {
  it('ends a line at \\r\\n, \\r and \\n alike, the break itself outside the line', () => {
    const text = '甲\r\n乙\r丙\n丁';
    const lines = layoutText(text, [{ start: 3, end: 4 }]);
    expect(lines.map((line) => text.slice(line.start, line.end))).toEqual(['甲', '乙', '丙', '丁']);
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3, 4]);
    // The finding on 乙 is on line 2, as the CLI reports it.
    expect(lines[1]!.pieces).toEqual([{ kind: 'text', start: 3, end: 4, marks: [0] }]);
  });
});
