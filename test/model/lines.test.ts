/**
 * src/model/lines.ts: the first step of the model cuts the parsed blocks into source lines — Markdown syntax left out,
 * each character mapped back to where it stands in the source — and OffsetMap keeps that map small.
 */
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectLines, type Line, lineSpan, OffsetMap, spanOf } from '../../src/model/lines.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const markdown = (text: string): Root => processor.parse(text);

/** Every character of a line maps to the same character in the source, and start/end frame it. */
function expectMapped(text: string, line: Line): void {
  const { chars, map } = line;
  expect(map.length).toBe(chars.length);
  for (let i = 0; i < chars.length; i += 1) expect(text[map.at(i) as number], `${chars} @${i}`).toBe(chars[i]);
  expect(line.start).toBe(map.at(0));
  expect(line.end).toBe((map.at(chars.length - 1) as number) + 1);
}

/** The lines of a Markdown text: [chars, start, end], with depth, bold and block when given. */
function linesOf(text: string, tree: Root = markdown(text)) {
  const lines = collectLines(text, tree);
  for (const line of lines) expectMapped(text, line);
  return lines;
}
const brief = (lines: Line[]) => lines.map((l) => [l.chars, l.start, l.end]);

/** The values of a map, character by character, and one past each end. */
const valuesOf = (map: OffsetMap) => Array.from({ length: map.length + 2 }, (_, i) => map.at(i - 1));

/** Whether a map keeps an array of runs (it should not for one run: most lines are one). */
const keepsRuns = (map: OffsetMap) => (map as unknown as { runs?: unknown }).runs !== undefined;

/** A node of a hand-made tree, positioned at [start, end) of its text. */
const at = (start: number, end: number) => ({ start: { line: 1, column: 1 + start, offset: start }, end: { line: 1, column: 1 + end, offset: end } });

/** A text node of a hand-made tree: its value at [start, end) of its text. */
const textNode = (value: string, start: number, end: number) => ({ type: 'text', value, position: at(start, end) });

describe('OffsetMap', () => {
  it('a run maps character i to offset + i, and nothing outside [0, length)', () => {
    const map = OffsetMap.run(5, 3);
    expect(map.length).toBe(3);
    expect(valuesOf(map)).toEqual([undefined, 5, 6, 7, undefined]);
    expect(keepsRuns(map)).toBe(false);
  });

  it('a run of no characters is the empty map', () => {
    expect(OffsetMap.run(5, 0)).toBe(OffsetMap.EMPTY);
    expect(OffsetMap.run(5, -1)).toBe(OffsetMap.EMPTY);
    expect(OffsetMap.EMPTY.length).toBe(0);
    expect(OffsetMap.EMPTY.at(0)).toBeUndefined();
  });

  it('concatenated runs map each character to its own run, found by binary search', () => {
    const map = OffsetMap.concat([OffsetMap.run(10, 2), OffsetMap.run(20, 1), OffsetMap.run(30, 3), OffsetMap.run(40, 1), OffsetMap.run(50, 2)]);
    expect(map.length).toBe(9);
    expect(valuesOf(map)).toEqual([undefined, 10, 11, 20, 30, 31, 32, 40, 50, 51, undefined]);
    expect(keepsRuns(map)).toBe(true);
  });

  it('a run that continues the previous one joins it: one run keeps no array', () => {
    const joined = OffsetMap.concat([OffsetMap.run(3, 2), OffsetMap.run(5, 4), OffsetMap.EMPTY, OffsetMap.run(9, 1)]);
    expect(valuesOf(joined)).toEqual([undefined, 3, 4, 5, 6, 7, 8, 9, undefined]);
    expect(keepsRuns(joined)).toBe(false);
    // Same offsets out of order do not continue each other.
    const apart = OffsetMap.concat([OffsetMap.run(5, 2), OffsetMap.run(3, 2)]);
    expect(valuesOf(apart)).toEqual([undefined, 5, 6, 3, 4, undefined]);
    expect(keepsRuns(apart)).toBe(true);
    // A gap of one character is not a continuation either.
    expect(valuesOf(OffsetMap.concat([OffsetMap.run(0, 2), OffsetMap.run(3, 1)]))).toEqual([undefined, 0, 1, 3, undefined]);
  });

  it('concatenating maps of several runs keeps every run at its place in the joined string', () => {
    const a = OffsetMap.concat([OffsetMap.run(0, 1), OffsetMap.run(10, 2)]);
    const b = OffsetMap.concat([OffsetMap.run(12, 1), OffsetMap.run(30, 1)]);
    const map = OffsetMap.concat([a, b]);
    expect(valuesOf(map)).toEqual([undefined, 0, 10, 11, 12, 30, undefined]);
    expect(OffsetMap.concat([])).toBe(OffsetMap.EMPTY);
    expect(OffsetMap.concat([OffsetMap.EMPTY, OffsetMap.EMPTY])).toBe(OffsetMap.EMPTY);
  });

  it('slices a run, clamped to the map', () => {
    const map = OffsetMap.run(100, 6);
    expect(map.slice(0)).toBe(map);
    expect(map.slice(-3, 99)).toBe(map);
    expect(valuesOf(map.slice(2, 4))).toEqual([undefined, 102, 103, undefined]);
    expect(valuesOf(map.slice(4))).toEqual([undefined, 104, 105, undefined]);
    expect(map.slice(3, 3)).toBe(OffsetMap.EMPTY);
    expect(map.slice(5, 2)).toBe(OffsetMap.EMPTY);
    expect(map.slice(9, 12)).toBe(OffsetMap.EMPTY);
    expect(keepsRuns(map.slice(1, 3))).toBe(false);
  });

  it('slices a map of several runs, cutting into the first and the last run it keeps', () => {
    // "ab" at 10, "cde" at 20, "f" at 30, "gh" at 40
    const map = OffsetMap.concat([OffsetMap.run(10, 2), OffsetMap.run(20, 3), OffsetMap.run(30, 1), OffsetMap.run(40, 2)]);
    expect(valuesOf(map.slice(1, 7))).toEqual([undefined, 11, 20, 21, 22, 30, 40, undefined]);
    expect(valuesOf(map.slice(3, 5))).toEqual([undefined, 21, 22, undefined]);
    expect(keepsRuns(map.slice(3, 5))).toBe(false);
    // Ends exactly at a run's end, starts exactly at a run's start.
    expect(valuesOf(map.slice(2, 6))).toEqual([undefined, 20, 21, 22, 30, undefined]);
    // A run that ends where the slice starts is left out, not kept as an empty run.
    expect(valuesOf(map.slice(2, 5))).toEqual([undefined, 20, 21, 22, undefined]);
    expect(keepsRuns(map.slice(2, 5))).toBe(false);
    expect(valuesOf(map.slice(5))).toEqual([undefined, 30, 40, 41, undefined]);
    expect(valuesOf(map.slice(0, 2))).toEqual([undefined, 10, 11, undefined]);
    expect(map.slice(4, 4)).toBe(OffsetMap.EMPTY);
    expect(map.slice(0, 8)).toBe(map);
  });
});

describe('collectLines on Markdown', () => {
  it('cuts a paragraph at its line breaks, LF, CRLF and a lone CR alike', () => {
    expect(brief(linesOf('甲一。\n乙二。'))).toEqual([
      ['甲一。', 0, 3],
      ['乙二。', 4, 7],
    ]);
    expect(brief(linesOf('甲一。\r\n乙二。\r\n'))).toEqual([
      ['甲一。', 0, 3],
      ['乙二。', 5, 8],
    ]);
    expect(brief(linesOf('甲一。\r乙二。'))).toEqual([
      ['甲一。', 0, 3],
      ['乙二。', 4, 7],
    ]);
  });

  it('trims each line of white space, full-width spaces included', () => {
    expect(brief(linesOf('\u3000\u3000正文一。\u3000\n\u3000正文二。\t'))).toEqual([
      ['正文一。', 2, 6],
      ['正文二。', 9, 13],
    ]);
  });

  it('cuts at a hard break (two trailing spaces or a backslash)', () => {
    expect(brief(linesOf('甲  \n乙\\\n丙'))).toEqual([
      ['甲', 0, 1],
      ['乙', 4, 5],
      ['丙', 7, 8],
    ]);
  });

  it('marks a heading with its depth, on its first line only', () => {
    const lines = linesOf('## 一、标题\n\n正文\n\n第一行\n第二行\n===\n');
    expect(lines.map((l) => [l.chars, l.mdDepth])).toEqual([
      ['一、标题', 2],
      ['正文', undefined],
      ['第一行', 1],
      ['第二行', undefined],
    ]);
    expect(lines[0]?.start).toBe(3);
    expect('mdDepth' in (lines[1] as object)).toBe(false);
  });

  it('gives the depth to the first line that has text, when an earlier line of the heading has none', () => {
    const lines = linesOf('![图](a.png)\n一、标题\n===\n');
    expect(lines.map((l) => [l.chars, l.mdDepth])).toEqual([['一、标题', 1]]);
  });

  it('keeps the text of inline code, emphasis and links, without their syntax', () => {
    const text = '用`代码`和*强调*、[链接](http://x)说明';
    const lines = linesOf(text);
    expect(lines.map((l) => l.chars)).toEqual(['用代码和强调、链接说明']);
    expect(lines[0]?.map.at(1)).toBe(2);
    expect(lines[0]?.start).toBe(0);
    expect(lines[0]?.end).toBe(text.length);
  });

  it('takes inline code between runs of backticks of any length, backticks inside it kept', () => {
    expect(brief(linesOf('甲``a`b``乙'))).toEqual([['甲a`b乙', 0, 9]]);
    expect(linesOf('``a`b``')[0]).toMatchObject({ chars: 'a`b', start: 2, end: 5 });
    expect(linesOf('`代码`')[0]).toMatchObject({ chars: '代码', start: 1, end: 3 });
    // A text ending in an escaped backtick is text, not code: its backtick stays.
    expect(brief(linesOf('甲\\`'))).toEqual([['甲\\`', 0, 3]]);
  });

  it('leaves out images, inline HTML and footnote references', () => {
    expect(brief(linesOf('甲![图](a.png)乙<span>丙</span>丁'))).toEqual([['甲乙丙丁', 0, 28]]);
    expect(linesOf('![图](a.png)')).toEqual([]);
    expect(brief(linesOf('甲![图][r]乙\n\n[r]: a.png\n'))).toEqual([['甲乙', 0, 9]]);
    const text = '甲[^1]乙';
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            textNode('甲', 0, 1),
            { type: 'footnoteReference', identifier: '1', position: at(1, 5) },
            textNode('乙', 5, 6),
          ],
        },
      ],
    } as unknown as Root;
    expect(brief(linesOf(text, tree))).toEqual([['甲乙', 0, 6]]);
  });

  it('leaves out front matter, code, HTML blocks, rules and link definitions', () => {
    const text = '---\ntitle: 报告\n---\n\n```\n代码\n```\n\n<div>\n块\n</div>\n\n***\n\n[a]: http://x\n\n正文\n';
    expect(brief(linesOf(text))).toEqual([['正文', text.indexOf('正文'), text.indexOf('正文') + 2]]);
  });

  it('numbers blocks: the lines of one paragraph share its number, every heading and paragraph takes the next', () => {
    const lines = linesOf('# 标题\n\n甲\n乙\n\n![图](a.png)\n\n丙\n');
    expect(lines.map((l) => [l.chars, l.block])).toEqual([
      ['标题', 0],
      ['甲', 1],
      ['乙', 1],
      ['丙', 3],
    ]);
  });

  it('marks a paragraph that is one bold run as strong, white space around it aside', () => {
    const strong = (text: string) => linesOf(text).map((l) => l.strong ?? false);
    expect(strong('**一、主要举措**')).toEqual([true]);
    expect(linesOf('**一、主要举措**')[0]).toMatchObject({ chars: '一、主要举措', start: 2, end: 8 });
    expect(strong('**一、主要举措**  \n')).toEqual([true]);
    expect(strong('**甲**乙')).toEqual([false]);
    expect(strong('乙**甲**')).toEqual([false]);
    expect(strong('**甲** **乙**')).toEqual([false]);
    expect(strong('*甲*')).toEqual([false]);
    expect(strong('# **标题**')).toEqual([false]);
    expect('strong' in (linesOf('甲')[0] as object)).toBe(false);
  });

  it("keeps an ordered list's number, the writer's ordinal, on the item's first line only", () => {
    expect(brief(linesOf('1. 甲\n2) 乙\n'))).toEqual([
      ['1.甲', 0, 4],
      ['2)乙', 5, 9],
    ]);
    const lines = linesOf('1. 甲\n\n   续段\n\n10. 乙\n');
    expect(lines.map((l) => l.chars)).toEqual(['1.甲', '续段', '10.乙']);
    expect(lines[0]?.map.at(1)).toBe(1);
    expect(lines[0]?.map.at(2)).toBe(3);
    expect(linesOf('- 甲\n- 乙\n').map((l) => l.chars)).toEqual(['甲', '乙']);
    expect(linesOf('3) 丙\n').map((l) => l.chars)).toEqual(['3)丙']);
  });

  it('drops the > of a block quote on its continuation lines, and only inside the quote', () => {
    expect(brief(linesOf('> 甲\n> 乙\n>> 丙'))).toEqual([
      ['甲', 2, 3],
      ['乙', 6, 7],
      ['丙', 11, 12],
    ]);
    expect(linesOf('> > 二层\n> > 续\n').map((l) => l.chars)).toEqual(['二层', '续']);
  });

  it('returns the lines in source order', () => {
    const lines = linesOf('# 一\n\n- 二\n  - 三\n\n> 四\n\n五\n');
    expect(lines.map((l) => l.chars)).toEqual(['一', '二', '三', '四', '五']);
  });
});

describe('collectLines on trees from other readers', () => {
  it('a > that is text outside a quote stays, also after a quote has ended', () => {
    const text = '> 甲\n\n>乙';
    const tree = {
      type: 'root',
      children: [
        { type: 'blockquote', children: [{ type: 'paragraph', children: [textNode('甲', 2, 3)] }] },
        { type: 'paragraph', children: [textNode('>乙', 5, 7)] },
      ],
    } as Root;
    expect(brief(linesOf(text, tree))).toEqual([
      ['甲', 2, 3],
      ['>乙', 5, 7],
    ]);
  });

  it('a table cell is a line of its own', () => {
    const text = '甲|乙';
    const cell = (s: number) => ({ type: 'tableCell', children: [{ type: 'text', value: text[s], position: at(s, s + 1) }] });
    const tree = { type: 'root', children: [{ type: 'table', children: [{ type: 'tableRow', children: [cell(0), cell(2)] }] }] } as unknown as Root;
    expect(linesOf(text, tree).map((l) => [l.chars, l.block])).toEqual([
      ['甲', 0],
      ['乙', 1],
    ]);
  });

  it('skips text and inline code without a position, and a list item without one keeps no number', () => {
    const text = '1. 甲乙';
    const tree = {
      type: 'root',
      children: [
        {
          type: 'list',
          children: [
            {
              type: 'listItem',
              children: [
                {
                  type: 'paragraph',
                  children: [
                    { type: 'text', value: '甲' },
                    { type: 'inlineCode', value: 'x' },
                    { type: 'inlineCode', value: 'x', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } },
                    { type: 'text', value: 'x', position: { start: { line: 1, column: 1, offset: 3 }, end: { line: 1, column: 2 } } },
                    textNode('乙', 4, 5),
                  ],
                },
              ],
            },
          ],
        },
      ],
    } as unknown as Root;
    expect(brief(linesOf(text, tree))).toEqual([['乙', 4, 5]]);
  });

  it('a number is an ordinal only at the very start of the item, and of at most nine digits', () => {
    const item = (text: string, from: number) =>
      ({
        type: 'root',
        children: [{ type: 'listItem', position: at(0, text.length), children: [{ type: 'paragraph', children: [{ type: 'text', value: '', position: at(from, text.length) }] }] }],
      }) as unknown as Root;
    expect(linesOf('123456789. 甲', item('123456789. 甲', 11))[0]?.chars).toBe('123456789.甲');
    expect(linesOf('1234567890. 甲', item('1234567890. 甲', 12))[0]?.chars).toBe('甲');
    expect(linesOf('- 1. 甲', item('- 1. 甲', 5))[0]?.chars).toBe('甲');
    expect(linesOf('1、甲', item('1、甲', 2))[0]?.chars).toBe('甲');
  });

  it('a bold run with white space text around it (as a Word or HTML reader may give) is a bold paragraph', () => {
    const text = ' 一、主要举措 ';
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            textNode(' ', 0, 1),
            { type: 'strong', children: [textNode('一、主要举措', 1, 7)] },
            textNode(' ', 7, 8),
          ],
        },
      ],
    } as Root;
    expect(linesOf(text, tree).map((l) => [l.chars, l.strong])).toEqual([['一、主要举措', true]]);
  });

  it('nodes it does not know, inline or block, are passed over when they have no children', () => {
    const text = '甲x乙\n\n$$';
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            textNode('甲', 0, 1),
            { type: 'inlineMath', value: 'x', position: at(1, 2) },
            textNode('乙', 2, 3),
          ],
        },
        { type: 'math', value: '', position: at(5, 7) },
      ],
    } as unknown as Root;
    expect(brief(linesOf(text, tree))).toEqual([['甲乙', 0, 3]]);
  });

  it('a footnote definition is left out with its paragraphs', () => {
    const text = '正文\n\n[^1]: 注释';
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [textNode('正文', 0, 2)] },
        {
          type: 'footnoteDefinition',
          identifier: '1',
          children: [{ type: 'paragraph', children: [textNode('注释', 10, 12)] }],
        },
      ],
    } as unknown as Root;
    expect(brief(linesOf(text, tree))).toEqual([['正文', 0, 2]]);
  });

  it('puts lines in source order even when the tree does not', () => {
    const text = '甲\n乙';
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [textNode('乙', 2, 3)] },
        { type: 'paragraph', children: [textNode('甲', 0, 1)] },
      ],
    } as Root;
    expect(linesOf(text, tree).map((l) => [l.chars, l.block])).toEqual([
      ['甲', 1],
      ['乙', 0],
    ]);
  });

  it('walks inline nesting of any depth without recursion', () => {
    const depth = 20_000;
    let node: Nodes = textNode('甲', 0, 1);
    for (let i = 0; i < depth; i += 1) node = { type: 'emphasis', children: [node] } as Nodes;
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [node] }] } as Root;
    expect(brief(collectLines('甲', tree))).toEqual([['甲', 0, 1]]);
  });
});

describe('lineSpan and spanOf', () => {
  it('spanOf is the text between two offsets', () => {
    expect(spanOf('甲乙丙丁', 1, 3)).toEqual({ text: '乙丙', start: 1, end: 3 });
  });

  it('lineSpan maps a line’s characters back to the source, across the syntax left out', () => {
    const text = '用`代码`说明';
    const [line] = linesOf(text) as [Line];
    expect(lineSpan(text, line)).toEqual({ text, start: 0, end: text.length });
    expect(lineSpan(text, line, 1, 3)).toEqual({ text: '代码', start: 2, end: 4 });
    expect(lineSpan(text, line, 1, 4)).toEqual({ text: '代码`说', start: 2, end: 6 });
    expect(lineSpan(text, line, 2, 2)).toEqual({ text: '', start: 3, end: 3 });
    // Empty, at the character after the syntax left out (not ending before it starts).
    expect(lineSpan(text, line, 3, 3)).toEqual({ text: '', start: 5, end: 5 });
    // Past the line's end: the line's own end; before its start: its start.
    expect(lineSpan(text, line, 3, 99)).toEqual({ text: '说明', start: 5, end: 7 });
    expect(lineSpan(text, line, -1, 1)).toEqual({ text: '用', start: 0, end: 1 });
  });
});
