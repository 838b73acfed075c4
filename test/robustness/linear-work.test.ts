/**
 * Issue 11's "linear time", held without a clock: the work of a lint, counted, must grow no faster than its input.
 *
 * A rule that searches a list once per item of that list (`allSections.find(p => p.children.includes(s))` for each
 * section) is quadratic. Its cost shows only at sizes no test lints, and a timed test would be flaky on a shared
 * machine. So instead, while a report is linted, every Array method that walks its array (find, filter, some,
 * includes, indexOf, map…) adds the array's length to a counter, an upper bound of the elements it can visit. A
 * report of each shape is linted at N and 2N parts; a linear engine does about twice the counted work on the larger
 * one, and a quadratic one four times as much. (`for` loops and regular expressions are not counted: the rules'
 * searches are written with these methods, and the regular expressions have their own test, regex-safety.test.ts.)
 * The model's list of sentences kept as numbers (SentenceList) is searched as an array is, and counted the same way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import type { LintDocument } from '../../src/types.js';
import { SentenceList } from '../../src/model/statements.js';
import { recommendedConfig } from '../rule-tester.js';

const config = recommendedConfig();

/** The Array methods that walk their array, each counted by the array's length. */
const WALKERS = ['find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'some', 'every', 'map', 'flatMap', 'forEach', 'reduce', 'includes', 'indexOf', 'lastIndexOf'] as const;

/** SentenceList's methods that walk it. */
const LIST_WALKERS = ['find', 'filter'] as const;

let work = 0;
const originals: Array<{ on: object; name: string; original: unknown }> = [];

function count(on: object, name: string): void {
  const original = (on as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
  originals.push({ on, name, original });
  Object.defineProperty(on, name, {
    configurable: true,
    writable: true,
    value: function (this: { length: number }, ...args: unknown[]) {
      work += this.length;
      return original.apply(this, args);
    },
  });
}

function countWork(): void {
  for (const name of WALKERS) count(Array.prototype, name);
  for (const name of LIST_WALKERS) count(SentenceList.prototype, name);
}

function stopCounting(): void {
  for (const { on, name, original } of originals) Object.defineProperty(on, name, { configurable: true, writable: true, value: original });
  originals.length = 0;
}

afterEach(stopCounting);

/** The counted work of linting `text` with every rule. */
async function workOf(text: string, syntax: 'text' | 'markdown'): Promise<number> {
  const doc: LintDocument = { filePath: syntax === 'markdown' ? 'x.md' : 'x.txt', text, syntax };
  work = 0;
  countWork();
  try {
    await lintText(doc, config);
  } finally {
    stopCounting();
  }
  return work;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const BODY = '全年组织法治培训3次，审查行政规范性文件12件，办理行政复议案件5件。';

/** Report shapes of n parts each: the sections, lines and headings that real and adversarial reports multiply. */
const SHAPES: Array<{ name: string; syntax: 'text' | 'markdown'; make: (n: number) => string }> = [
  {
    name: 'Markdown headings of the leaders\' duty without bodies (where require-first-responsible-person was quadratic)',
    syntax: 'markdown',
    // Every one a candidate for the duty's own section and none with content: the rule's search runs through them all.
    make: (n) => Array.from({ length: n }, (_, i) => `## ${NUMERALS[i % 9]}、党政主要负责人履行推进法治建设第一责任人职责情况`).join('\n\n'),
  },
  {
    name: 'Markdown headings cycling through three levels',
    syntax: 'markdown',
    make: (n) => Array.from({ length: n }, (_, i) => `${'#'.repeat((i % 3) + 1)} ${NUMERALS[i % 9]}、推进依法行政工作${i}`).join('\n'),
  },
  {
    name: 'plain-text sections of every ordinal level, each with a body line',
    syntax: 'text',
    make: (n) =>
      Array.from({ length: n }, (_, i) => {
        const level = i % 4;
        const ordinal = [`${NUMERALS[i % 9]}、`, `（${NUMERALS[i % 9]}）`, `${(i % 9) + 1}.`, `（${(i % 9) + 1}）`][level];
        return `${ordinal}工作情况${i}\n${BODY}`;
      }).join('\n'),
  },
  {
    name: 'headings of every statutory part, repeated, without bodies',
    syntax: 'text',
    make: (n) =>
      Array.from({ length: n }, (_, i) => {
        const titles = ['主要举措和成效', '党政主要负责人履行推进法治建设第一责任人职责情况', '存在的问题和原因', '下一年度工作安排', '推行行政执法三项制度情况', '其他需要报告的事项'];
        return `${NUMERALS[i % 9]}、${titles[i % titles.length]}`;
      }).join('\n'),
  },
  {
    name: 'body lines full of dates, numbers, personal-number look-alikes and addresses',
    syntax: 'text',
    make: (n) =>
      `一、主要举措\n${Array.from(
        { length: n },
        (_, i) => `2024年${(i % 12) + 1}月${(i % 28) + 1}日召开会议${i}次，印发文件${i}件（详见http://www.example.gov.cn/${i}），联系电话0371-6${String(i).padStart(7, '0')}。`,
      ).join('\n')}\n二、下一步工作打算\n2025年继续推进。\n`,
  },
  {
    name: 'problem and plan paragraphs, each with its cause and a sub-point list',
    syntax: 'text',
    make: (n) =>
      `一、主要举措\n${BODY}\n二、存在的问题和原因\n${Array.from(
        { length: n },
        (_, i) => `一是执法人员不足${i}，主要原因是编制少；二是培训不够，原因在于经费紧张。`,
      ).join('\n')}\n三、下一年度工作安排\n${Array.from({ length: n }, (_, i) => `（${NUMERALS[i % 9]}）加强执法队伍建设${i}。`).join('\n')}\n`,
  },
  {
    name: 'lines of web-page residue, signatures and dates (the closing block and residue searches)',
    syntax: 'text',
    make: (n) =>
      `某镇2024年法治政府建设情况报告\n一、主要举措\n${Array.from({ length: n }, (_, i) =>
        [`发布时间：2025-01-${String((i % 28) + 1).padStart(2, '0')}`, '某镇人民政府', `2025年1月${(i % 28) + 1}日`, '分享到：', BODY][i % 5],
      ).join('\n')}\n`,
  },
  {
    name: 'reportlint-disable comments on many lines (directives are looked up, not searched)',
    syntax: 'markdown',
    make: (n) =>
      `# 一、主要举措\n\n${Array.from({ length: n }, (_, i) => `<!-- reportlint-disable-next-line terminology -- 原文引用${i} -->\n${BODY}`).join('\n\n')}\n`,
  },
  {
    name: 'one paragraph of many sentences and sub-points (line breaks lost)',
    syntax: 'text',
    make: (n) => `一、主要举措\n${Array.from({ length: n }, (_, i) => `${NUMERALS[i % 9]}是加强执法监督${i}。`).join('')}\n`,
  },
  {
    name: 'Markdown lists, block quotes and tables',
    syntax: 'markdown',
    make: (n) => `# 一、主要举措\n\n${Array.from({ length: n }, (_, i) => [`- 开展普法${i}次`, `> 引用${i}`, `| 项目${i} | ${i} |\n|---|---|\n| a | b |`][i % 3]).join('\n\n')}\n`,
  },
  {
    name: 'run-in headings (一是……。) and 第一部分 parts',
    syntax: 'text',
    make: (n) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? `第${NUMERALS[i % 9]}部分 工作情况` : `（${NUMERALS[i % 9]}）强化监督。${BODY}`)).join('\n'),
  },
  {
    name: 'short body lines under one heading',
    syntax: 'text',
    make: (n) => `一、主要举措\n${Array.from({ length: n }, (_, i) => `开展普法活动${i}次。`).join('\n')}\n`,
  },
];

describe('the counted work of a lint grows linearly with the report', () => {
  it.each(SHAPES)('$name', async ({ syntax, make }) => {
    const n = 1500;
    const small = await workOf(make(n), syntax);
    const large = await workOf(make(2 * n), syntax);
    expect(small).toBeGreaterThan(n);
    // Linear: about 2. Quadratic: about 4. The margin allows for work that grows with the log of the size.
    expect(large / small).toBeLessThan(2.6);
  });
});
