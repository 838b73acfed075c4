import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/require-next-year-plan.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase, runRuleTests } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const WORK = '全年召开党组会专题研究法治建设4次，公示执法信息1200余条。';
const PROBLEMS = '部分执法人员业务能力不强。主要原因是培训针对性不够。';
const head = `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、存在的不足和原因\n${PROBLEMS}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'heading 工作计划 alone', text: `${head}三、工作计划\n加强执法培训，全年组织专题培训4期。\n` },
    { name: 'heading 努力方向', text: `${head}三、今后的努力方向\n加强执法培训，全年组织专题培训4期。\n` },
    { name: '下一步工作打算 with body', text: `${head}三、下一步工作打算\n加强执法培训，全年组织专题培训4期。\n` },
    { name: '下一年度主要安排 with （一） sub-headings', text: `${head}三、下一年度主要安排\n（一）加强执法培训，提升执法能力\n（二）健全考核机制，压实工作责任\n` },
    { name: 'year after the report year: 2024年工作思路', text: `${head}三、2024年工作思路\n1.深化学法用法。把习近平法治思想纳入学习计划。\n` },
    { name: '新一年工作思路和举措', text: `${head}三、新一年工作思路和举措\n(一)加强法治学习。组织专题学习6次。\n` },
    { name: '今后工作打算, half-width (1)', text: `${head}三、今后工作打算\n(1)加强执法培训。\n(2)健全考核机制。\n` },
    { name: 'plan as a sentence without heading', text: `${TITLE}\n\n${WORK}\n下一步，我局将继续加强执法培训，健全考核机制，推动法治政府建设再上新台阶。\n` },
    { name: 'plan as "2024年，我局将…" sentence', text: `${TITLE}\n\n一、工作情况\n${WORK}2024年，我局将继续加强执法培训，健全考核机制。\n` },
    { name: 'Markdown heading', filePath: 'report.md', text: `# ${TITLE}\n\n## 一、主要举措和成效\n\n${WORK}\n\n## 二、下一步工作计划\n\n1. 加强执法培训。\n2. 健全考核机制。\n` },
    { name: 'extraHeadingKeywords', options: { extraHeadingKeywords: ['远景规划'] }, text: `${head}三、远景规划\n加强执法培训，全年组织专题培训4期。\n` },
    // Class 3: plan headings in the wordings writers choose; the docs page's 今后工作 and 明年工作.
    ...['今后打算', '明年工作重点', '今后工作', '明年工作', '下一阶段重点任务', '来年打算', '下步思路', '新一年工作谋划', '工作展望'].map((heading) => ({
      name: `plan heading ${heading}`,
      text: `${head}三、${heading}\n加强执法培训，全年组织专题培训4期。\n`,
    })),
    { name: 'a part 第四部分 今后打算', text: `${TITLE}\n\n第一部分 主要举措和成效\n${WORK}\n第二部分 存在的不足和原因\n${PROBLEMS}\n第三部分 今后打算\n加强执法培训，全年组织专题培训4期。\n` },
    // Class 4: one part holds problems and plans.
    {
      name: 'one part for problems and plans, the plans after 下一步',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、存在问题及今后打算\n${PROBLEMS}\n下一步，我局将加强执法培训，全年组织专题培训4期。\n`,
    },
    {
      name: 'one part with sub-parts （一）问题 （二）打算',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、工作中的短板和下一阶段重点任务\n（一）工作中的短板\n${PROBLEMS}\n（二）下一阶段重点任务\n1. 加强执法培训，全年组织专题培训4期。\n`,
    },
    // minLength: the body of the part is counted, up to and including minLength.
    { name: 'minLength: a body of exactly minLength characters', options: { minLength: 14 }, text: `${head}三、下一步工作打算\n加强执法培训，健全考核机制。\n` },
    { name: 'a run-in plan heading is part of the body (三、下一步工作打算。加强执法培训。)', text: `${head}三、下一步工作打算。加强执法培训。\n` },
    // Plan sentences without a heading, in each wording the rule knows (no comma, 打算 without 工作, 下一年 without 度).
    { name: 'plan sentence 下一步我局将… without a comma', text: `${TITLE}\n\n一、工作情况\n${WORK}下一步我局将继续加强执法培训，健全考核机制。\n` },
    { name: 'plan sentence 下一步打算：…', text: `${TITLE}\n\n一、工作情况\n${WORK}\n下一步打算：一是持续加强执法培训；二是健全考核机制。\n` },
    { name: 'plan sentence 下一年，我局将…', text: `${TITLE}\n\n一、工作情况\n${WORK}下一年，我局将继续加强执法培训，健全考核机制。\n` },
    { name: 'plan sentence 明年我局将… without a comma', text: `${TITLE}\n\n一、工作情况\n${WORK}明年我局将继续加强执法培训，健全考核机制。\n` },
    { name: 'plan sentence 2024年我局将… without a comma', text: `${TITLE}\n\n一、工作情况\n${WORK}2024年我局将继续加强执法培训，健全考核机制。\n` },
  ],
  invalid: [
    {
      name: 'a plan heading over a body shorter than minLength: the heading line is not counted',
      text: `${head}三、下一步工作打算\n加强培训。\n`,
      errors: [{ messageId: 'empty', line: 7, column: 1, data: { heading: '下一步工作打算' } }],
    },
    {
      name: 'trap: 下一步工作计划 in the middle of a sentence is not a plan',
      text: `${TITLE}\n\n一、工作情况\n${WORK}群众反映的执法不规范问题已纳入下一步工作计划。\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    { name: 'no plan at all', text: head, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'plan heading without content',
      text: `${head}三、下一步工作打算\n`,
      errors: [{ messageId: 'empty', line: 7, column: 1, data: { heading: '下一步工作打算' } }],
    },
    {
      name: 'trap: 下一步 in passing inside the measures',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}为下一步工作打下坚实基础。\n`,
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'trap: a heading with the report year itself is not a plan',
      text: `${TITLE}\n\n一、2023年主要工作\n${WORK}\n`,
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'empty file', text: '', errors: [{ messageId: 'missing' }] },
    { name: 'without extraHeadingKeywords, 远景规划 names no plan', text: `${head}三、远景规划\n加强执法培训，全年组织专题培训4期。\n`, errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'an empty plan heading without ordinal at the end (the heading is not a plan sentence)',
      text: `${head}下一步工作打算\n`,
      errors: [{ messageId: 'empty', line: 7, data: { heading: '下一步工作打算' } }],
    },
    {
      name: 'one part for problems and plans whose plans half is missing',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、存在问题及今后打算\n${PROBLEMS}\n`,
      errors: [{ messageId: 'empty', line: 5, data: { heading: '存在问题及今后打算' } }],
    },
  ],
});

describe('require-next-year-plan: evidence', () => {
  const evidenceOf = async (text: string, options?: Readonly<Record<string, unknown>>) => {
    const { messages, checklist } = await lintCase(rule as unknown as AnyRule, { text, ...(options ? { options } : {}) });
    expect(messages).toEqual([]);
    expect(checklist?.[0]?.status).toBe('pass');
    return checklist?.[0]?.evidence.map((e) => [e.line, e.column, e.excerpt]);
  };

  it('a plan part: the first sentence of its body', async () => {
    expect(await evidenceOf(`${head}三、下一步工作打算\n加强执法培训。健全考核机制。\n`)).toEqual([[8, 1, '加强执法培训。']]);
  });

  it('a plan sentence without a heading: its opening', async () => {
    expect(await evidenceOf(`${TITLE}\n\n一、工作情况\n${WORK}2024年，我局将继续加强执法培训，健全考核机制。\n`)).toEqual([[4, 32, '2024年，我局将']]);
  });

  it('minLength 1: a body that is only a stray 。 has no sentence, so the paragraph itself is the evidence', async () => {
    expect(await evidenceOf(`${head}三、下一步工作打算\n。\n`, { minLength: 1 })).toEqual([[8, 1, '。']]);
  });

  it('minLength 0: a plan heading with nothing under it is enough, and the heading is the evidence', async () => {
    expect(await evidenceOf(`${head}三、下一步工作打算\n`, { minLength: 0 })).toEqual([[7, 1, '三、下一步工作打算']]);
  });
});

describe('require-next-year-plan: minLength 0 without any plan part', () => {
  it('reports the missing plan (before, the rule crashed looking for the first unit of an empty part)', async () => {
    const { messages } = await lintCase(rule as unknown as AnyRule, { text: head, options: { minLength: 0 } });
    expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([['missing', 1, 1]]);
  });
});
