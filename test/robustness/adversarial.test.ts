/**
 * The inputs of issue 11 that stopped the engine, and their classes at sizes that used to break it: one long line,
 * long runs of one character, many ordinals, deep Markdown nesting. Each is linted with every rule; none may throw,
 * yield an internal error or leave a statutory item without a verdict, and every position must lie in the text. How
 * fast and in how much memory is measured by `npm run bench` (its adversarial table), not here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { MAX_INLINE_MARKERS, MAX_NESTED_ITEMS, MAX_NESTING } from '../../src/engine/markdown.js';
import type { LintDocument, LintResult } from '../../src/types.js';
import { recommendedConfig } from '../rule-tester.js';
import { checkNoInternalError, checkPositions } from './properties.js';

const KB = 1024;
const config = recommendedConfig();
const seed = readFileSync(new URL('../../fixtures/seeds/001_778d263dd7ed8752.txt', import.meta.url), 'utf8');

const doc = (text: string, syntax: 'text' | 'markdown'): LintDocument => ({ filePath: syntax === 'markdown' ? 'x.md' : 'x.txt', text, syntax });

/** `unit` repeated to at least `size` UTF-16 code units. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

async function lint(text: string, syntax: 'text' | 'markdown'): Promise<LintResult> {
  const result = await lintText(doc(text, syntax), config);
  checkNoInternalError(result);
  checkPositions(text, result);
  return result;
}

const plainNotes = (result: LintResult) => result.messages.filter((m) => m.ruleId === null && m.severity === 1);

describe('the reproductions of issue 11', () => {
  it('a 211 KB report whose line breaks were lost (one line)', async () => {
    const text = fill(seed.replace(/\r?\n/g, ''), 211 * KB);
    const result = await lint(text, 'text');
    expect(result.messages.some((m) => m.ruleId === 'fullwidth-punctuation')).toBe(true);
  });

  it('a 400 KB line of 一、', async () => {
    await lint(fill('一、', 200 * KB), 'text');
  });

  it('600 KB of a,', async () => {
    await lint(fill('a,', 600 * KB), 'text');
  });

  it('5,000 nested > in Markdown: read as plain text, and said so', async () => {
    const result = await lint(`${'>'.repeat(5000)} 正文。\n\n${seed}`, 'markdown');
    expect(plainNotes(result).map((m) => m.message)).toEqual([expect.stringContaining(`超过 ${MAX_NESTING} 层`)]);
    // The rest of the file is still Markdown, and linted as the report it is.
    expect(result.messages.some((m) => m.ruleId === 'terminology')).toBe(true);
  });

  it('1,000 nested list items (1 MB) never reach remark-parse', async () => {
    const text = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 项目${i + 1}`).join('\n');
    const result = await lint(text, 'markdown');
    expect(plainNotes(result)).toHaveLength(1);
  });
});

describe('their classes, at sizes that used to overflow the stack or take quadratic time', () => {
  const SIZE = 300 * KB;
  const RUNS = ['a', '法', '一、', '，', ',', '.', '。', '…', '—', '-', '*', '_', '[', ']', '(', '（', '）', '"', '“', '`', '<', '>', '#', '!', '|', '\\', '&', '1', ' ', '\t', '\u3000', '\n', '\r', '\r\n', '\ufeff', '\u0000', '\ud800', '𠀀', 'http://a.cn/', 'a@b.', '2023年', '第一责任人'];
  it.each(RUNS.flatMap((unit) => [[JSON.stringify(unit), 'text', unit] as const, [JSON.stringify(unit), 'markdown', unit] as const]))(
    '300 KB of %s as %s',
    async (_name, syntax, unit) => {
      await lint(fill(unit, SIZE), syntax as 'text' | 'markdown');
    },
  );

  it.each([
    ['block quotes nested on one line', `${'> '.repeat(10_000)}正文。`, 'nesting'],
    ['lists nested on one line', `${'- '.repeat(10_000)}正文。`, 'nesting'],
    ['ordered lists nested on one line', `${'1. '.repeat(10_000)}正文。`, 'nesting'],
    ['lines each nested one deeper', Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i + 1)} 第${i}行。`).join('\n'), 'nesting'],
    ['a list whose items hold nested lists', Array.from({ length: 4000 }, (_, i) => (i % 2 ? '  - 二级事项。' : '- 一级事项。')).join('\n'), undefined],
    ['many nested items under one item', `- 一级\n${Array.from({ length: MAX_NESTED_ITEMS * 5 }, () => '  - 二级事项。').join('\n')}`, 'nestedItems'],
    ['8,000 bold runs in one paragraph', fill('**加强**法治政府建设，', 8000 * 14), 'markers'],
    ['emphasis nested deep', `${'*_'.repeat(5000)}正文${'_*'.repeat(5000)}`, 'markers'],
    ['images nested deep', `${'!['.repeat(3000)}图${'](a.png)'.repeat(3000)}`, 'markers'],
    ['unclosed links', fill('[链接](http://a', 60 * KB), 'markers'],
    ['50,000 headings', Array.from({ length: 50_000 }, (_, i) => `## ${i % 9 + 1}. 标题`).join('\n'), undefined],
    ['100,000 short lines', Array.from({ length: 100_000 }, () => '短行文字').join('\n'), undefined],
    ['an unclosed fence before everything', `\`\`\`\n${seed}`, undefined],
    ['an unclosed HTML comment before everything', `<!--\n\n${seed}`, undefined],
  ] as const)('Markdown: %s', async (_name, text, reason) => {
    const result = await lint(text, 'markdown');
    const notes = plainNotes(result);
    if (reason === undefined) expect(notes).toEqual([]);
    else {
      expect(notes).toHaveLength(1);
      const limit = { nesting: MAX_NESTING, nestedItems: MAX_NESTED_ITEMS, markers: MAX_INLINE_MARKERS }[reason];
      expect(notes[0]!.message).toContain(`超过 ${limit} `);
    }
  });

  it('directives on every one of 50,000 lines (each message looks its comments up, not through all of them)', async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? '<!-- reportlint-disable-next-line fullwidth-punctuation -->' : '正文,内容:')).join('\n');
    const result = await lint(text, 'text');
    expect(result.suppressedMessages.length).toBeGreaterThan(40_000);
  });
});
