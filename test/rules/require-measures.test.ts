import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/require-measures.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase, runRuleTests } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const WORK =
  '局党组把法治政府建设列入年度重点工作，全年召开党组会专题研究法治建设4次，制定年度工作要点，分解任务32项。严格落实行政执法公示制度，全年公示执法信息1200余条，开展案卷评查156卷。';
const PROBLEMS = '部分执法人员业务能力不强。主要原因是培训针对性不够。';
const PLAN = '加强执法培训，全年组织专题培训4期，健全考核机制。';
/** Parts that are not the year's work, each long enough (over 60 characters) to pass for it. */
const LONG_PROBLEMS =
  '部分执法人员业务能力不强，对新修订的行政处罚法掌握不够，执法程序不够规范，案卷评查合格率仅为82%。主要原因是培训针对性不够，考核机制不够健全，执法人员多为兼职。';
const LONG_PLAN =
  '2024年，我局将加强执法培训，全年组织专题培训4期，覆盖全体执法人员；健全执法考核机制，开展案卷评查2次；推进执法全过程记录，配备执法记录仪30台。';
const LONG_DUTY =
  '局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开党组会专题研究法治建设4次，带头讲法治课2次，带头述法，对重大行政执法决定法制审核亲自把关。';
/** Exactly 60 characters (the default minLength) and 59. */
const WORK_60 = '全年召开党组会专题研究法治建设4次，制定年度工作要点，分解任务32项；公示执法信息1200条，评查行政执法案卷156卷。';
const WORK_59 = '全年召开党组会专题研究法治建设4次，制定年度工作要点，分解任务32项；公示执法信息1200条，评查行政执法案卷56卷。';
/** With WORK (93 characters): exactly 180 characters (three times minLength) and 179. */
const MORE_87 = '组织执法人员培训3期，参训120人次；办理行政复议案件12件，纠错2件；开展“八五”普法宣传活动26场，发放宣传资料5000余份，群众法治意识明显增强，满意率达到98.5%。';
const MORE_86 = '组织执法人员培训3期，参训120人次；办理行政复议案件12件，纠错2件；开展“八五”普法宣传活动26场，发放宣传资料5000余份，群众法治意识明显增强，满意率达98.5%。';

runRuleTests(rule, {
  valid: [
    { name: 'heading 工作回顾', text: `${TITLE}\n\n一、2023年工作回顾\n${WORK}\n二、存在的问题\n${PROBLEMS}\n` },
    { name: 'measures heading 一、 with body', text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、存在的不足和原因\n${PROBLEMS}\n三、2024年工作安排\n${PLAN}\n` },
    { name: 'heading 工作开展情况 with run-in sub-sections （一）', text: `${TITLE}\n\n一、工作开展情况\n（一）强化组织领导。${WORK}\n二、下一步工作打算\n${PLAN}\n` },
    { name: 'half-width (一) and 1. sub-points', text: `${TITLE}\n\n一、主要工作及成效\n(一)规范执法行为\n1.严格落实公示制度。${WORK}\n` },
    { name: 'topical parts without a measures heading', text: `${TITLE}\n\n一、强化组织领导，认真抓好法治政府责任落实\n${WORK}\n二、存在的问题\n${PROBLEMS}\n` },
    { name: 'Markdown headings', filePath: 'report.md', text: `# ${TITLE}\n\n## 一、2023年度法治政府建设主要举措和成效\n\n### （一）强化组织领导\n\n${WORK}\n\n## 二、下一步工作打算\n\n${PLAN}\n` },
    { name: 'Markdown file whose headings are plain lines', filePath: 'report.md', text: `${TITLE}\n\n一、主要做法和成效\n\n${WORK}\n\n二、下一步工作打算\n\n${PLAN}\n` },
    {
      name: 'PDF text with hard breaks and page numbers',
      text: `${TITLE}\n一、推进法治政府建设的主要工作和成效\n（一）依法全面履行政府职能。局党组把法治政府建设列入年度\n重点工作，全年召开党组会专题研究法治建设4次，制定年度\n— 1 —\n工作要点，分解任务32项，开展执法案卷评查156卷，整改问题23个。\n`,
    },
    {
      name: 'web copy with breadcrumb and page meta',
      text: `您当前的位置：首页 > 政务公开\n${TITLE}\n发布时间：2024-02-06　来源：县司法局　浏览次数：97\n  一、2023年度主要工作完成情况\n  ${WORK}\n打印本页 | 关闭窗口\n`,
    },
    { name: 'no headings at all, long enough', text: `${TITLE}\n\n${WORK}${WORK}\n${WORK}\n` },
    // 其他事项 is the fifth statutory item's heading, not the year's work, unless a config says it is.
    { name: 'extraHeadingKeywords', options: { extraHeadingKeywords: ['其他事项'] }, text: `${TITLE}\n\n一、其他事项\n${WORK}\n二、存在的问题\n${PROBLEMS}\n` },
    // minLength is a lower bound that the text may meet exactly.
    { name: 'measures part of exactly minLength characters', text: `${TITLE}\n\n一、主要举措和成效\n${WORK_60}\n二、下一步工作打算\n${PLAN}\n` },
    { name: 'no headings at all, exactly three times minLength', text: `${TITLE}\n\n${WORK}\n${MORE_87}\n` },
  ],
  invalid: [
    { name: 'without extraHeadingKeywords, 其他事项 is not the measures', text: `${TITLE}\n\n一、其他事项\n${WORK}\n二、存在的问题\n${PROBLEMS}\n`, errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'only problems and plan',
      text: `${TITLE}\n\n一、存在的不足和原因\n${PROBLEMS}\n二、2024年工作安排\n${PLAN}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'measures heading without content',
      text: `${TITLE}\n\n一、主要举措和成效\n二、存在的不足和原因\n${PROBLEMS}\n三、下一步工作打算\n${PLAN}\n`,
      errors: [{ messageId: 'empty', line: 3, column: 1, data: { heading: '主要举措和成效' } }],
    },
    {
      name: 'measures heading with one slogan only',
      text: `${TITLE}\n\n一、主要举措和成效\n法治政府建设取得明显成效。\n二、下一步工作打算\n${PLAN}\n`,
      errors: [{ messageId: 'empty', line: 3 }],
    },
    {
      name: 'minLength raised',
      options: { minLength: 500 },
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n`,
      errors: [{ messageId: 'empty', line: 3 }],
    },
    {
      name: 'trap: 其他需要报告的情况 is not the year\'s work',
      text: `${TITLE}\n\n一、存在的不足和原因\n${PROBLEMS}\n二、其他需要报告的情况\n${WORK}\n`,
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'empty file', text: '', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'title only, no body', text: `${TITLE}\n`, errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'title only, minLength 0: still no measures', options: { minLength: 0 }, text: `${TITLE}\n`, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'measures part one character short of minLength',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK_59}\n二、下一步工作打算\n${PLAN}\n`,
      errors: [{ messageId: 'empty', line: 3, column: 1, data: { heading: '主要举措和成效' } }],
    },
    { name: 'no headings at all, one character short of three times minLength', text: `${TITLE}\n\n${WORK}\n${MORE_86}\n`, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    // Long parts that are not the year's work do not stand in for it (a topical report is judged by its other parts).
    {
      name: 'trap: a long problems part is not the year\'s work',
      text: `${TITLE}\n\n一、存在的不足和原因\n${LONG_PROBLEMS}\n二、2024年工作安排\n${PLAN}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'trap: a long plans part is not the year\'s work',
      text: `${TITLE}\n\n一、存在的不足和原因\n${PROBLEMS}\n二、2024年工作安排\n${LONG_PLAN}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'trap: a long part on the leaders\' duty is not the year\'s work',
      text: `${TITLE}\n\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n${LONG_DUTY}\n二、存在的不足和原因\n${PROBLEMS}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'trap: with headings, the length of the whole text does not count',
      text: `${TITLE}\n\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n${LONG_DUTY}\n二、存在的不足和原因\n${LONG_PROBLEMS}\n三、2024年工作安排\n${LONG_PLAN}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'trap: a part analysing the causes (问题产生的原因) is not the year\'s work',
      text: `${TITLE}\n\n一、存在的问题\n${PROBLEMS}\n二、问题产生的原因\n${LONG_PROBLEMS}\n三、下一步工作打算\n${LONG_PLAN}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'trap: a sub-section of 其他需要报告的情况 is not the year\'s work',
      text: `${TITLE}\n\n一、存在的不足和原因\n${PROBLEMS}\n二、其他需要报告的情况\n（一）普法宣传\n${WORK}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'trap: a full 主要工作成效 under 其他需要报告的情况 is not called empty, the measures are missing',
      text: `${TITLE}\n\n一、存在的不足和原因\n${PROBLEMS}\n二、其他需要报告的情况\n（一）主要工作成效\n${WORK}\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    // Where an empty measures heading is reported: the first top-level one, else the first sub-section.
    {
      name: 'a measures sub-heading under a topical part, too short',
      text: `${TITLE}\n\n一、强化组织领导\n（一）主要做法\n召开党组会2次。\n二、存在的问题\n${PROBLEMS}\n`,
      errors: [{ messageId: 'empty', line: 4, column: 1, data: { heading: '主要做法' } }],
    },
    {
      name: 'a top-level measures heading is reported before an earlier measures sub-heading',
      text: `${TITLE}\n\n一、强化组织领导\n（一）主要做法\n召开党组会2次。\n二、主要举措和成效\n制定年度工作要点。\n`,
      errors: [{ messageId: 'empty', line: 6, column: 1, data: { heading: '主要举措和成效' } }],
    },
  ],
});

/** The rule's evidence in the checklist (what `--why` prints): line, column and text of each piece. */
async function evidence(text: string): Promise<Array<[number, number, string]>> {
  const result = await lintCase(rule as unknown as AnyRule, { text });
  return (result.checklist?.[0]?.evidence ?? []).map((place) => [place.line, place.column, place.excerpt]);
}

describe('require-measures: the evidence it gives', () => {
  it('a measures part: its heading', async () => {
    expect(await evidence(`${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、存在的问题\n${PROBLEMS}\n`)).toEqual([[3, 1, '一、主要举措和成效']]);
  });

  it('a topical report: the top-level part, not a measures sub-heading inside it', async () => {
    expect(await evidence(`${TITLE}\n\n一、强化组织领导\n（一）主要做法和成效\n${WORK}\n二、存在的问题\n${PROBLEMS}\n`)).toEqual([[3, 1, '一、强化组织领导']]);
  });

  it('a report without headings: its first paragraph', async () => {
    expect(await evidence(`${TITLE}\n\n${WORK}\n${MORE_87}\n`)).toEqual([[3, 1, '局党组把法治政府建设列入年度重点工作，全年召开党组会专题研究法治建设4次，制定…']]);
  });
});
