import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, FIXED_TERMS, LEGITIMATE_NEAR_MISSES, nearMisses, rule } from '../../rules/terminology.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n';
const body = (line: string) => `${TITLE}${line}\n`;

runRuleTests(rule, {
  valid: [
    { name: '规范用语', text: body('深入学习贯彻习近平法治思想，党政主要负责人切实履行推进法治建设第一责任人职责。') },
    { name: '“法制”在法制审核、法制机构、法制宣传中没有错', text: body('落实重大执法决定法制审核制度，健全法制机构，加强法制宣传教育。') },
    { name: '执法全过程记录和执法记录仪', text: body('推行执法全过程记录制度，配备执法记录仪20台，实行全程音像记录。') },
    { name: '依法治国和依法执政都可以', text: body('坚持依法治国、依法执政、依法行政共同推进。') },
    { name: '代码中的词不检查', filePath: 'report.md', text: '# 报告\n\n字段名为`法制政府`。\n' },
    { name: '用空字符串关闭一条内置词条', text: body('推进法治审核工作。'), options: { terms: { 法治审核: '' } } },
    {
      name: '“第一责任”单用是词组，“第一责任人责任”也没有错',
      text: body('压实党委主体责任和书记第一责任，落实第一责任人责任，履行推进法治建设第一责任人职责。'),
    },
    {
      name: '像漏字或多字、其实是别的词的写法',
      text: body('推行执法公示制度，建成行政执法示范点，选出第一任人大代表，开展符合性审查，对执法全过程录音录像。'),
    },
    { name: '用空字符串关闭一条漏字词条', text: body('履行第一责任职责。'), options: { terms: { 第一责任职责: '' } } },
  ],
  invalid: [
    {
      name: '法制政府',
      text: body('扎实推进法制政府建设。'),
      output: body('扎实推进法治政府建设。'),
      errors: [{ messageId: 'wrongTerm', line: 3, column: 5, data: { wrong: '法制政府', right: '法治政府' } }],
    },
    {
      name: '习近平法制思想',
      text: body('深入学习贯彻习近平法制思想。'),
      output: body('深入学习贯彻习近平法治思想。'),
      errors: [{ messageId: 'wrongTerm', data: { wrong: '习近平法制思想', right: '习近平法治思想' } }],
    },
    {
      name: '第责任人（漏字）',
      text: body('切实履行推进法治建设第责任人职责。'),
      output: body('切实履行推进法治建设第一责任人职责。'),
      errors: [{ messageId: 'wrongTerm', column: 11, data: { wrong: '第责任人', right: '第一责任人' } }],
    },
    {
      name: '三项制度的名称',
      text: body('落实重大执法决定法治审核制度，推行执法全程记录制度。'),
      output: body('落实重大执法决定法制审核制度，推行执法全过程记录制度。'),
      errors: [
        { messageId: 'wrongTerm', data: { wrong: '法治审核', right: '法制审核' } },
        { messageId: 'wrongTerm', data: { wrong: '执法全程记录制度', right: '执法全过程记录制度' } },
      ],
    },
    {
      name: '第一责任职责（漏“人”，种子报告 004 的写法）',
      text: body('二、党政主要负责人履行推进法治建设第一责任职责情况'),
      output: body('二、党政主要负责人履行推进法治建设第一责任人职责情况'),
      errors: [{ messageId: 'wrongTerm', line: 3, column: 18, data: { wrong: '第一责任职责', right: '第一责任人职责' } }],
    },
    {
      name: '固定用语中漏字或多字',
      text: body('深入学习习近平法治治思想，主要负责人是第一责人，落实行政执法法公示、执法全过记录和重大执法决定法审核制度，配备执法记仪。'),
      output: body('深入学习习近平法治思想，主要负责人是第一责任人，落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，配备执法记录仪。'),
      errors: [
        { messageId: 'wrongTerm', data: { wrong: '习近平法治治思想', right: '习近平法治思想' } },
        { messageId: 'wrongTerm', data: { wrong: '第一责人', right: '第一责任人' } },
        { messageId: 'wrongTerm', data: { wrong: '行政执法法公示', right: '行政执法公示' } },
        { messageId: 'wrongTerm', data: { wrong: '执法全过记录', right: '执法全过程记录' } },
        { messageId: 'wrongTerm', data: { wrong: '重大执法决定法审核', right: '重大执法决定法制审核' } },
        { messageId: 'wrongTerm', data: { wrong: '执法记仪', right: '执法记录仪' } },
      ],
    },
    {
      name: '多写一个字',
      text: body('党政主要负责人是第一责责任人，推进法治政政府建设，做好行政复复议工作。'),
      output: body('党政主要负责人是第一责任人，推进法治政府建设，做好行政复议工作。'),
      errors: [
        { messageId: 'wrongTerm', data: { wrong: '第一责责任人', right: '第一责任人' } },
        { messageId: 'wrongTerm', data: { wrong: '法治政政府', right: '法治政府' } },
        { messageId: 'wrongTerm', data: { wrong: '行政复复议', right: '行政复议' } },
      ],
    },
    {
      name: 'PDF 断行处的漏字（不自动修复）',
      text: `${TITLE}一、主要举措\n2024年，党政主要负责人切实履行推进法治建设第一\n责任职责，带头尊法学法。\n`,
      errors: [{ messageId: 'wrongTerm', line: 4, column: 24, data: { wrong: '第一责任职责', right: '第一责任人职责' } }],
    },
    {
      name: 'PDF 断行处的错误用语（不自动修复）',
      text: `${TITLE}一、主要举措\n要由本机关法治\n审核机构进行审核。\n`,
      errors: [{ messageId: 'wrongTerm', line: 4, column: 6 }],
    },
    {
      name: '用 terms 选项补充词条',
      text: body('推进依法治县委员会工作。'),
      options: { terms: { 依法治县委员会: '全面依法治县委员会' } },
      output: body('推进全面依法治县委员会工作。'),
      errors: [{ messageId: 'wrongTerm', data: { wrong: '依法治县委员会', right: '全面依法治县委员会' } }],
    },
  ],
});

describe('terminology on real reports', () => {
  it('finds 第责任人 in seed 001', async () => {
    const messages = await lintFile('fixtures/seeds/001_778d263dd7ed8752.txt', rule);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(['7:56 用语不规范：“第责任人”应为“第一责任人”']);
  });

  it('reports nothing on seed 003', async () => {
    expect(await lintFile('fixtures/seeds/003_fb4fb1fb4ee4856e.txt', rule)).toEqual([]);
  });

  it('finds 第一责任职责 (人 dropped) in the heading of seed 004', async () => {
    const messages = await lintFile('fixtures/seeds/004_ce0fc0e530b0009c.txt', rule);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message} ${JSON.stringify(m.fix)}`)).toEqual([
      `27:20 用语不规范：“第一责任职责”应为“第一责任人职责” ${JSON.stringify(messages[0]?.fix)}`,
    ]);
    expect(messages[0]?.fix?.text).toBe('第一责任人职责');
  });
});

describe('near-misses of the fixed terms', () => {
  const misses = nearMisses();

  it('are one character dropped or doubled inside a fixed term, and fix to it', () => {
    for (const [wrong, right] of Object.entries(misses)) {
      expect(FIXED_TERMS, wrong).toContain(right);
      const [w, r] = [Array.from(wrong), Array.from(right)];
      const dropped = w.length === r.length - 1 && r.some((_, i) => i > 0 && i < r.length - 1 && [...r.slice(0, i), ...r.slice(i + 1)].join('') === wrong);
      const doubled = w.length === r.length + 1 && r.some((c, i) => i > 0 && i < r.length - 1 && [...r.slice(0, i), c, ...r.slice(i)].join('') === wrong);
      expect(dropped || doubled, wrong).toBe(true);
    }
  });

  it('never flag right text: no near-miss is a legitimate word, part of a right form, or covered by another entry', () => {
    const rights = [...FIXED_TERMS, ...Object.values(DEFAULT_TERMS)];
    const wrongs = [...Object.keys(misses), ...Object.keys(DEFAULT_TERMS)];
    for (const wrong of Object.keys(misses)) {
      expect(LEGITIMATE_NEAR_MISSES, wrong).not.toHaveProperty(wrong);
      expect(rights.filter((right) => right.includes(wrong)), wrong).toEqual([]);
      expect(wrongs.filter((other) => other !== wrong && wrong.includes(other)), wrong).toEqual([]);
    }
    // The legitimate readings are what they claim to be: each exception stands in its example.
    for (const [near, example] of Object.entries(LEGITIMATE_NEAR_MISSES)) expect(example, near).toContain(near);
  });

  it('include the forms of the issue and leave out the words', () => {
    expect(misses).toMatchObject({ 第一责任职责: '第一责任人职责', 第一责人: '第一责任人', 第一一责任人: '第一责任人', 习近平法治治思想: '习近平法治思想' });
    for (const word of ['第一责任', '第一任人', '第一责任人责', '行执法公示', '行政执法示', '合法审查', '法政府', '法治府', '依法审核', '全程记录']) {
      expect(misses, word).not.toHaveProperty(word);
    }
  });
});
