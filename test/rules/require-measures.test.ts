import { rule } from '../../rules/require-measures.js';
import { runRuleTests } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const WORK =
  '局党组把法治政府建设列入年度重点工作，全年召开党组会专题研究法治建设4次，制定年度工作要点，分解任务32项。严格落实行政执法公示制度，全年公示执法信息1200余条，开展案卷评查156卷。';
const PROBLEMS = '部分执法人员业务能力不强。主要原因是培训针对性不够。';
const PLAN = '加强执法培训，全年组织专题培训4期，健全考核机制。';

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
  ],
});
