/**
 * src/engine/markdown.ts: Markdown parsed chunk by chunk gives the report model what parsing it whole gives, with exact
 * positions; chunks remark is slow on are read as plain text, and said so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { fc, test } from '@fast-check/vitest';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MAX_INLINE_MARKERS, MAX_NESTED_ITEMS, MAX_NESTING, parseMarkdownSafely } from '../../src/engine/markdown.js';
import { walk } from '../../src/engine/walk.js';
import { collectLines } from '../../src/model/lines.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const body = unified().use(remarkParse).freeze();
const whole = (text: string): Root => processor.parse(text);
// As src/engine/parse.ts parses: front matter only at the start of the text.
const chunked = (text: string) => parseMarkdownSafely(text, (slice, atTextStart) => (atTextStart ? processor : body).parse(slice));

/** The lines the model is built from: their characters and where each starts and ends. */
const linesOf = (text: string, tree: Root) => collectLines(text, tree).map((l) => [l.chars, l.start, l.end, l.mdDepth ?? 0]);

const corpus = path.join(import.meta.dirname, '../../fixtures/corpus/reports');
const markdownReports = readdirSync(corpus).filter((name) => name.endsWith('.md'));

describe('parseMarkdownSafely', () => {
  it.each(markdownReports)('%s: the model sees the same lines as from one remark parse', (name) => {
    const text = readFileSync(path.join(corpus, name), 'utf8');
    const { tree, plain } = chunked(text);
    expect(plain).toEqual([]);
    expect(linesOf(text, tree)).toEqual(linesOf(text, whole(text)));
  });

  it.each([
    ['front matter with blank lines', '---\ntitle: 报告\n\nyear: 2024\n---\n\n# 标题\n\n正文。\n'],
    ['a fence with blank lines and column-0 lines', '正文。\n\n```\n代码\n\n代码 1. 列表\n# 不是标题\n```\n\n正文二。\n'],
    ['an HTML comment over blank lines', '<!--\n\n注释\n\n-->\n\n# 标题\n'],
    ['lists, nested and loose', '- 一\n  - 二\n\n- 三\n\n1. 甲\n2. 乙\n   1. 丙\n'],
    ['block quotes with lazy lines', '> 引用\n续行\n\n> > 二层\n'],
    ['setext headings', '标题\n===\n\n小标题\n---\n'],
    ['CRLF and CR', '# 标题\r\n\r\n正文。\r\n- 项\r- 项二\r\n'],
    ['a long paragraph cut into chunks', `${Array.from({ length: 600 }, (_, i) => `第${i}行文字`).join('\n')}\n`],
  ])('%s: same lines, same positions', (_name, text) => {
    const { tree, plain } = chunked(text);
    expect(plain).toEqual([]);
    expect(linesOf(text, tree)).toEqual(linesOf(text, whole(text)));
  });

  // Lines of the shapes reports have, and the Markdown around them, in any order: the chunks (a heading alone, the
  // lines under it, lists, quotes, fences) must add up to what remark makes of the whole text.
  const LINE_SHAPES = [
    '## 一、主要举措', '### （一）加强领导', '# 标题', '#', '####### 七级', '#标题', '3.做好服务。', '3. 第一项', '1. 第一', '2) 乙',
    '2023年，全镇开展活动12次。', '正文继续，没有句号', '- 一项', '* 二项', '  - 缩进项', '> 引用', '>', '    缩进代码', '```', '~~~',
    '===', '---', '**加粗**的正文', '[链接](x) 正文', '<div>', '<!--', '-->', '', '', '',
  ];
  test.prop([fc.array(fc.constantFrom(...LINE_SHAPES), { maxLength: 30 }), fc.constantFrom('\n', '\r\n')], { numRuns: 1500 })(
    'parsed chunk by chunk, any mix of lines gives the lines and positions of one remark parse',
    (lines, eol) => {
      // A text opening with a --- that no line closes is remark-frontmatter's odd case (the list or quote after it
      // becomes a paragraph); the chunks after the first are parsed without front matter and do not copy it.
      fc.pre(lines[0] !== '---');
      const text = lines.join(eol);
      const { tree, plain } = chunked(text);
      expect(plain).toEqual([]);
      expect(linesOf(text, tree)).toEqual(linesOf(text, whole(text)));
    },
  );

  it('counts positions from the text itself when it starts with a byte order mark (remark would shift them by one)', () => {
    const text = '\ufeff# 标题\n\n正文\ufeff。\n\n\ufeff第二段。\n';
    expect(linesOf(text, chunked(text).tree)).toEqual([
      ['标题', 3, 5, 1],
      ['正文\ufeff。', 7, 11, 0],
      // A BOM at the start of a line is trimmed there, as whitespace is.
      ['第二段。', 14, 18, 0],
    ]);
  });

  it('keeps every position inside the text and on the right line', () => {
    const text = '\ufeff# 标题\r\n\r\n正文**强调**。\n\n- 项\n  > 引用\n\n```\n代码\n```\n';
    const { tree } = chunked(text);
    walk(tree, (node) => {
      const start = node.position?.start;
      const end = node.position?.end;
      if (!start || !end || start.offset === undefined || end.offset === undefined) return;
      expect(start.offset).toBeGreaterThanOrEqual(0);
      expect(end.offset).toBeLessThanOrEqual(text.length);
      if (node.type === 'text') expect(text.slice(start.offset, end.offset)).toBe(node.value);
    });
  });

  it.each([
    ['nesting', `${'> '.repeat(MAX_NESTING + 1)}正文。`, MAX_NESTING + 1],
    ['nesting', `${'>'.repeat(MAX_NESTING + 1)} 正文。`, MAX_NESTING + 1],
    ['nesting', `${Array.from({ length: MAX_NESTING + 5 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n')}`, undefined],
    ['nestedItems', `- 一\n${'  - 二\n'.repeat(MAX_NESTED_ITEMS + 1)}`, MAX_NESTED_ITEMS + 1],
    ['markers', `${'**加强**'.repeat(MAX_INLINE_MARKERS)}`, MAX_INLINE_MARKERS * 4],
  ] as const)('reads a chunk with too much %s as plain text', (reason, text, amount) => {
    const { tree, plain } = chunked(`正文。\n\n${text}\n\n# 标题\n`);
    expect(plain.map((p) => p.reason)).toEqual([reason]);
    if (amount !== undefined) expect(plain[0]!.amount).toBe(amount);
    // Before and after it, Markdown as usual.
    expect(tree.children.at(-1)?.type).toBe('heading');
    expect(tree.children.filter((n) => n.type === 'paragraph').length).toBeGreaterThan(1);
  });

  it('stays within the limits on a report-like file', () => {
    const text = `${'- '.repeat(MAX_NESTING - 1)}深\n\n${'*a* '.repeat(MAX_INLINE_MARKERS / 2)}\n`;
    expect(chunked(text).plain).toEqual([]);
  });
});
