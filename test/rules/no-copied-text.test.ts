import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/no-copied-text.js';
import { lintCase, lintCaseWithData, runRuleTests } from '../rule-tester.js';

const report = (unit: string, year: number, body: string) =>
  `${unit}人民政府关于${year}年度法治政府建设情况的报告\n\n一、主要举措和成效\n${body}\n\n${unit}人民政府\n${year + 1}年2月20日\n`;

// Last year's paragraph (line 4 of the reference) and what writers make of it.
const OLD = '2023年，我镇坚持把普法宣传作为基础性工作，全年开展送法下乡活动12次，在全镇11个行政村设立法治宣传栏，组织村“两委”干部和法律明白人集中培训2期，群众的法治意识明显增强。';
const LAST_YEAR = { path: '2023/赵庄镇.txt', text: report('赵庄镇', 2023, OLD), reference: true };
const RENAMED = '2024年，我乡坚持把普法宣传作为基础性工作，全年开展送法下乡活动15次，在全乡8个行政村设立法治宣传栏，组织村“两委”干部和法律明白人集中培训3期，群众的法治意识明显增强。';
const NEW = '今年我乡把行政执法规范化作为重点，组织执法人员到县综合执法局跟班学习两周，针对农村建房审批中群众反映较多的材料重复提交问题，梳理出统一的申请清单并在各村便民服务站公开。';
const EXPECTED_DATA = (percent: number, kind: 'reference' | 'run', source: string, extra: Record<string, number> = {}) => ({
  source,
  place: '第4行',
  percent,
  share: percent / 100,
  sourceKind: kind,
  sourceLine: 4,
  sourceStart: LAST_YEAR.text.indexOf(OLD),
  sourceEnd: LAST_YEAR.text.indexOf(OLD) + OLD.length,
  ...extra,
});

runRuleTests(rule, {
  valid: [
    { name: '没有其他报告可比（单独检查一份报告）', text: report('郑旗乡', 2024, RENAMED) },
    { name: '新写的段落', text: report('郑旗乡', 2024, NEW), others: [LAST_YEAR] },
    {
      name: '只是共用套话（政策表述、书名、法定部分标题）',
      text: report('郑旗乡', 2024, '乡党委书记、乡长深入学习贯彻习近平法治思想，严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》，对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。'),
      others: [{ path: '2023/赵庄镇.txt', text: report('赵庄镇', 2023, '镇党委书记、镇长深入学习贯彻习近平法治思想，认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》，对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。'), reference: true }],
    },
    { name: '段落太短（少于 minLength 个汉字）', text: report('郑旗乡', 2024, '全年开展送法下乡活动15次，群众的法治意识明显增强。'), others: [{ path: 'b.txt', text: report('赵庄镇', 2023, '全年开展送法下乡活动12次，群众的法治意识明显增强。') }] },
    { name: '本报告内重复的段落不算照搬', text: report('郑旗乡', 2024, `${RENAMED}\n${RENAMED}`) },
    {
      name: 'minShare 为 1（只报告整段相同）：加了一句的段落不再报告',
      text: report('郑旗乡', 2024, RENAMED.replace('群众的法治意识明显增强。', '我们还在集市日设立了法律咨询台，由司法所干部轮流值守解答群众问题。群众的法治意识明显增强。')),
      options: { minShare: 1 },
      others: [LAST_YEAR],
    },
  ],
  invalid: [
    {
      name: '原样照搬往年报告',
      text: report('赵庄镇', 2024, OLD),
      others: [LAST_YEAR],
      errors: [{ messageId: 'copiedFromReference', line: 4, column: 1, data: { ...EXPECTED_DATA(100, 'reference', '2023/赵庄镇.txt'), matchedChars: 65, documentChars: 105 } }],
    },
    {
      name: '换了单位名称、年份和数字',
      text: report('郑旗乡', 2024, RENAMED),
      others: [LAST_YEAR],
      errors: [{ messageId: 'copiedFromReference', line: 4, column: 1, data: { ...EXPECTED_DATA(100, 'reference', '2023/赵庄镇.txt'), matchedChars: 65, documentChars: 105 } }],
    },
    {
      name: '照搬同批另一个单位的报告',
      text: report('郑旗乡', 2024, RENAMED),
      others: [{ path: '赵庄镇.txt', text: report('赵庄镇', 2023, OLD) }],
      errors: [{ messageId: 'copiedFromRun', line: 4, column: 1, data: { ...EXPECTED_DATA(100, 'run', '赵庄镇.txt'), matchedChars: 65, documentChars: 105 } }],
    },
    {
      name: '调换句子顺序、加一句',
      text: report('郑旗乡', 2024, '全年开展送法下乡活动15次，在全乡8个行政村设立法治宣传栏。我们还在集市日设立了法律咨询台，由司法所干部轮流值守解答群众问题。2024年，我乡坚持把普法宣传作为基础性工作，组织村“两委”干部和法律明白人集中培训3期，群众的法治意识明显增强。'),
      others: [LAST_YEAR],
      errors: [{ messageId: 'copiedFromReference', line: 4, column: 1 }],
    },
  ],
});

describe('no-copied-text', () => {
  it('finds the copied paragraph in Markdown, and names the paragraph of the other report', async () => {
    const messages = await lintCaseWithData(rule, { filePath: 'report.md', text: `# 郑旗乡人民政府关于2024年度法治政府建设情况的报告\n\n## 一、主要举措和成效\n\n${NEW}\n\n${RENAMED}\n`, others: [LAST_YEAR] });
    expect(messages.map((m) => [m.line, m.messageId, m.data?.['sourceLine']])).toEqual([[7, 'copiedFromReference', 4]]);
  });

  it('a paragraph broken over lines (a page break) is compared as one', async () => {
    const broken = `${RENAMED.slice(0, 40)}\n${RENAMED.slice(40)}`;
    const messages = await lintCaseWithData(rule, { text: report('郑旗乡', 2024, broken), others: [LAST_YEAR] });
    expect(messages.map((m) => [m.line, m.endLine, m.data?.['percent']])).toEqual([[4, 5, 100]]);
  });

  it('a real report: last year\'s report with the unit, the year and the figures changed is found paragraph by paragraph', async () => {
    const seed = readFileSync('fixtures/seeds/001_778d263dd7ed8752.txt', 'utf8');
    const thisYear = seed.replace(/\d+/g, (n) => String(Number(n) + 1));
    const { messages } = await lintCase(rule, { text: thisYear, others: [{ path: 'last-year.txt', text: seed, reference: true }] });
    const own = await lintCase(rule, { text: seed, others: [{ path: 'other.txt', text: readFileSync('fixtures/seeds/003_fb4fb1fb4ee4856e.txt', 'utf8') }] });
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expect(messages.every((m) => m.ruleId === 'no-copied-text' && m.message.includes('往年报告“last-year.txt”'))).toBe(true);
    // Two reports written separately share stock wording, not paragraphs.
    expect(own.messages).toEqual([]);
  });
});
