import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/require-problems-and-causes.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase, runRuleTests } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const WORK = '一、主要举措和成效\n全年召开党组会专题研究法治建设4次，公示执法信息1200余条。\n';
const PLAN = '三、下一步工作打算\n加强执法培训。\n';

runRuleTests(rule, {
  valid: [
    { name: 'heading 工作中的不足, causes 客观上…主观上…', text: `${TITLE}\n\n${WORK}二、工作中的不足\n执法规范化水平不高。客观上执法力量不足，主观上学法不够经常。\n${PLAN}` },
    { name: 'causes 问题产生的根源', text: `${TITLE}\n\n${WORK}二、存在的短板和差距\n普法针对性不强，问题产生的根源是对群众需求调研不够。\n${PLAN}` },
    { name: 'causes as 客观因素…主观因素 (no word 原因)', text: `${TITLE}\n\n${WORK}二、存在的不足和原因\n一是基层法律服务力量薄弱；二是执法监督覆盖面不够。产生这些问题，既有编制紧张的客观因素，也有监督机制不健全的主观因素。\n${PLAN}` },
    { name: 'problems and 主要原因是', text: `${TITLE}\n\n${WORK}二、存在的不足和原因\n部分执法人员业务能力不强。主要原因是培训针对性不够。\n${PLAN}` },
    { name: 'causes in a sub-section （二）原因分析', text: `${TITLE}\n\n${WORK}二、问题短板和原因剖析\n（一）主要问题\n执法队伍专业能力与监管任务不相适应。\n（二）原因分析\n一是编制不足，二是培训不够。\n${PLAN}` },
    { name: 'causes with 由于 in a run-in item 1、', text: `${TITLE}\n\n${WORK}二、存在的问题\n1、执法力量不足。由于编制所限，执法人员多为兼职。\n${PLAN}` },
    { name: 'causes in a one-sentence item', text: `${TITLE}\n\n${WORK}二、存在的问题\n1、部分干部法治意识不强，究其根源在于学习培训不够经常。\n${PLAN}` },
    { name: 'causes with 导致', text: `${TITLE}\n\n${WORK}二、推进法治政府建设存在的问题与不足\n基层执法力量薄弱，人员流动频繁，导致执法规范化水平不高。\n${PLAN}` },
    { name: 'a separate 原因分析 part', text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高。\n三、原因分析\n培训机制不健全，考核不够有力。\n` },
    { name: 'problems introduced in a paragraph, causes after', text: `${TITLE}\n\n一、工作情况\n全年公示执法信息1200余条。但也还存在一些问题和不足，主要表现在：执法人员业务能力不强。产生问题的原因是培训不够。\n` },
    { name: 'Markdown', filePath: 'report.md', text: `# ${TITLE}\n\n## 一、主要举措和成效\n\n公示执法信息1200余条。\n\n## 二、当前存在的问题和原因分析\n\n1. 执法督察整改还不够彻底。\n2. 普法精准性不高。\n\n产生上述问题的原因，一是重视程度层层递减，二是培训不足。\n` },
    { name: 'extraCauseKeywords', options: { extraCauseKeywords: ['归咎于'] }, text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高，归咎于培训机制不健全。\n` },
    { name: 'extraHeadingKeywords', options: { extraHeadingKeywords: ['自查发现'] }, text: `${TITLE}\n\n${WORK}二、自查发现\n执法规范化水平不高，原因是培训不够。\n` },
    // Class 3: problem headings in the wordings writers choose.
    ...['不足之处', '问题与挑战', '工作中的短板', '短板和弱项', '问题不足', '需要改进的方面', '存在的薄弱环节', '差距和不足', '困难和问题'].map((heading) => ({
      name: `problems heading ${heading}`,
      text: `${TITLE}\n\n${WORK}二、${heading}\n执法规范化水平不高，原因是培训不够。\n${PLAN}`,
    })),
    { name: 'a part 第三部分 差距和不足', text: `${TITLE}\n\n第一部分 主要举措和成效\n全年召开党组会专题研究法治建设4次。\n第二部分 差距和不足\n执法规范化水平不高，原因是培训不够。\n` },
    // Class 4: one part holds problems and plans; causes in the problems half.
    {
      name: 'one part for problems and plans, causes in the problems half',
      text: `${TITLE}\n\n${WORK}二、存在问题及今后打算\n执法规范化水平不高。究其原因，培训不够经常。\n下一步，我局将加强执法培训。\n`,
    },
    { name: 'no problems heading: introduction and causes in one paragraph', text: `${TITLE}\n\n一、工作情况\n但还存在一些问题和不足，主要表现在：执法人员业务能力不强，原因是培训少。\n` },
    { name: 'no problems heading: causes in the next paragraph of the same section', text: `${TITLE}\n\n一、工作情况\n还存在一些问题和不足，主要表现在：执法人员业务能力不强。\n究其原因，是培训少。\n` },
    { name: 'a sub-heading that is a sentence with a cause', text: `${TITLE}\n\n${WORK}二、存在的问题\n（一）部分执法人员能力不强，主要原因是培训针对性不够\n加强培训。\n` },
    { name: 'a part of its own for the causes', text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高。\n三、原因分析\n培训机制不健全，考核不够有力。\n` },
    // Class 5: causes explained without a cause word.
    ...[
      '这与执法人员配备不足、业务培训偏少有很大关系。',
      '说到底还是重视程度不够。',
      '归根结底，是学法用法的自觉性不强。',
      '问题出在日常监督跟不上。',
      '根本在于考核的刚性不足。',
      '一方面执法力量不足，另一方面培训投入偏少。',
      '这些问题反映出我们对基层执法的指导还不够到位。',
    ].map((why) => ({ name: `causes without a cause word: ${why}`, text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高，案卷合格率仅为82%。${why}\n${PLAN}` })),
    // Class 6: every word of a causes heading counts, wherever it stands in the heading.
    { name: 'a part of its own 问题成因, text without a cause word', text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高。\n三、问题成因\n执法编制少，业务培训不足，考核激励不够。\n` },
    { name: 'a part of its own 问题根源剖析, text without a cause word', text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高。\n三、问题根源剖析\n执法编制少，业务培训不足，考核激励不够。\n` },
    {
      name: 'a sub-part （二）症结所在 with text',
      text: `${TITLE}\n\n${WORK}二、存在的问题\n（一）主要问题\n执法规范化水平不高，案卷合格率仅为82%。\n（二）症结所在\n执法编制少，业务培训不足。\n${PLAN}`,
    },
    {
      name: 'a sub-part （二）深层次原因: the cause word need not open the heading',
      text: `${TITLE}\n\n${WORK}二、存在的问题\n（一）主要问题\n执法规范化水平不高，案卷合格率仅为82%。\n（二）深层次原因\n执法编制少，业务培训不足。\n${PLAN}`,
    },
    // Class 7: no problems heading; the text after the introducing sentence, and only that, is masked.
    {
      name: 'no problems heading: introduction late in its paragraph, causes open the next one',
      text: `${TITLE}\n\n一、工作情况\n全年公示执法信息1200余条，办理行政复议案件12件。但也还存在一些问题和不足，主要表现在：执法人员业务能力不强。\n原因是培训少、考核不严。\n`,
    },
    {
      name: 'no problems heading: extraCauseKeywords after the introducing sentence',
      options: { extraCauseKeywords: ['归咎于'] },
      text: `${TITLE}\n\n一、工作情况\n全年公示执法信息1200余条。但还存在一些问题和不足，主要表现在：执法规范化水平不高，归咎于培训机制不健全。\n`,
    },
    // A run-in problems heading closed by a colon: the text after it states the problems and their cause.
    { name: 'run-in heading 二、存在的问题：… with the cause in the same sentence', text: `${TITLE}\n\n${WORK}二、存在的问题：执法人员业务能力不强，原因是培训不够。\n${PLAN}` },
  ],
  invalid: [
    { name: 'no problems part', text: `${TITLE}\n\n${WORK}二、下一步工作打算\n加强执法培训。\n`, errors: [{ messageId: 'missingProblems', line: 1, column: 1 }] },
    { name: 'problems without causes', text: `${TITLE}\n\n${WORK}二、存在的问题\n（一）法治意识有待进一步提高。部分干部对法治政府建设的重要性认识不足。\n（二）行政执法水平有待进一步提升。\n${PLAN}`, errors: [{ messageId: 'missingCauses', line: 5, column: 1 }] },
    { name: 'trap: the heading says 原因, the body gives none', text: `${TITLE}\n\n${WORK}二、存在的不足、原因和问题整改情况\n一是法治理念未普遍树立。二是依法决策仍存在短板。\n${PLAN}`, errors: [{ messageId: 'missingCauses', line: 5 }] },
    { name: 'trap: 原因 and 由于 only in the measures', text: `${TITLE}\n\n一、主要举措和成效\n由于疫情，培训改为线上；演出因天气原因顺延。\n二、存在的主要问题\n1.机关干部法治素养有待提升。\n2.普法宣传形式比较单一。\n${PLAN}`, errors: [{ messageId: 'missingCauses', line: 5 }] },
    { name: 'a problems part of only punctuation states no problems', text: `${TITLE}\n\n${WORK}二、存在的问题\n……。\n${PLAN}`, errors: [{ messageId: 'missingProblems', line: 5, column: 1 }] },
    { name: 'trap: a sub-heading 原因分析 over only punctuation', text: `${TITLE}\n\n${WORK}二、存在的问题\n（一）主要问题\n执法规范化水平不高。\n（二）原因分析\n。\n${PLAN}`, errors: [{ messageId: 'missingCauses', line: 5 }] },
    { name: 'trap: a sub-heading 原因分析 without text', text: `${TITLE}\n\n${WORK}二、存在的问题\n（一）主要问题\n执法规范化水平不高。\n（二）原因分析\n${PLAN}`, errors: [{ messageId: 'missingCauses', line: 5 }] },
    { name: 'half-width (一) and PDF breaks', text: `${TITLE}\n\n${WORK}二、存在的不足及原因\n一是执法队伍专业化水平有待提升,部分执法人员对新\n— 3 —\n修订法律法规掌握不够。二是普法针对性不强。\n`, errors: [{ messageId: 'missingCauses', line: 5 }] },
    {
      name: 'without extraHeadingKeywords, 自查发现 names no problems',
      text: `${TITLE}\n\n${WORK}二、自查发现\n执法规范化水平不高，原因是培训不够。\n`,
      errors: [{ messageId: 'missingProblems', line: 1 }],
    },
    {
      name: 'without extraCauseKeywords, 归咎于 is not a cause word',
      text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高，归咎于培训机制不健全。\n`,
      errors: [{ messageId: 'missingCauses', line: 5 }],
    },
    {
      name: 'no problems heading: a cause before the introducing sentence is not an analysis of the problems',
      text: `${TITLE}\n\n一、工作情况\n由于编制少，今年新招录执法人员3名。但还存在一些问题和不足，主要表现在：执法人员业务能力不强。\n`,
      errors: [{ messageId: 'missingCauses', line: 4, column: 21 }],
    },
    {
      name: 'no problems heading: an introducing sentence in the plans does not state the problems',
      text: `${TITLE}\n\n一、工作情况\n全年公示执法信息1200余条。\n二、下一步工作打算\n针对存在的问题，主要有：加强培训。\n`,
      errors: [{ messageId: 'missingProblems', line: 1 }],
    },
    {
      name: 'no problems heading: causes in another section after the introduction do not count',
      text: `${TITLE}\n\n一、工作情况\n还存在一些问题和不足，主要表现在：执法人员业务能力不强。\n二、其他情况\n由于疫情，培训改为线上。\n`,
      errors: [{ messageId: 'missingCauses', line: 4 }],
    },
    {
      name: 'a problems heading with nothing under it states no problems',
      text: `${TITLE}\n\n${WORK}二、存在的问题\n三、下一步工作打算\n加强执法培训。\n`,
      errors: [{ messageId: 'missingProblems', line: 5 }],
    },
    // Class 4 traps: cause words only in the plans half of a combined part.
    {
      name: 'trap: 从根源上解决 and 针对原因 in the plans half',
      text: `${TITLE}\n\n${WORK}二、存在问题及今后打算\n执法规范化水平不高，案卷合格率仅为82%。\n下一步，我局将针对问题产生的原因，从根源上解决案卷质量问题。\n`,
      errors: [{ messageId: 'missingCauses', line: 5 }],
    },
    {
      name: 'trap: cause words in the plans sub-part of a combined part',
      text: `${TITLE}\n\n${WORK}二、工作中的短板和下一阶段重点任务\n（一）工作中的短板\n执法规范化水平不高。\n（二）下一阶段重点任务\n深挖原因，从根源上解决问题。\n`,
      errors: [{ messageId: 'missingCauses', line: 5 }],
    },
    // Class 5 trap: problems with figures, nothing explains them.
    {
      name: 'trap: problems told with figures only',
      text: `${TITLE}\n\n${WORK}二、存在的不足\n一是案卷合格率仅为82%；二是4个所只有1名工作人员；三是村民知晓率仅67%。\n${PLAN}`,
      errors: [{ messageId: 'missingCauses', line: 5 }],
    },
    { name: 'problems in a paragraph without causes', text: `${TITLE}\n\n一、工作情况\n全年公示执法信息1200余条。但还存在一些问题和不足，主要表现在：执法人员业务能力不强。\n`, errors: [{ messageId: 'missingCauses', line: 4 }] },
    { name: 'empty file', text: '', errors: [{ messageId: 'missingProblems' }] },
    // Class 6 traps: headings that name causes without analysing them.
    {
      name: 'trap: a plans heading with 根源 is not a causes part',
      text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高，案卷合格率仅为82%。\n三、下一步工作打算：从根源上抓好整改\n加强执法培训，全年组织专题培训4期。\n`,
      errors: [{ messageId: 'missingCauses', line: 5, column: 1 }],
    },
    {
      name: 'trap: a long problems heading that promises 原因 is not an analysis',
      text: `${TITLE}\n\n${WORK}二、本年度推进法治政府建设存在的不足和原因\n一是法治理念未普遍树立。二是依法决策仍存在短板。\n${PLAN}`,
      errors: [{ messageId: 'missingCauses', line: 5, column: 1 }],
    },
    {
      name: 'trap: a causes part with a long heading and nothing under it',
      text: `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高。\n三、对照检查发现问题产生的深层次原因分析\n四、下一步工作打算\n加强执法培训。\n`,
      errors: [{ messageId: 'missingCauses', line: 5, column: 1 }],
    },
    // Class 7 traps: causes outside the text that follows the introducing sentence.
    {
      name: 'no problems heading: a cause in the paragraph before the introduction does not count',
      text: `${TITLE}\n\n一、工作情况\n今年由于编制少，新招录执法人员3名。\n但还存在一些问题和不足，主要表现在：执法人员业务能力不强。\n`,
      errors: [{ messageId: 'missingCauses', line: 5, column: 3 }],
    },
    {
      name: 'no problems heading: a cause in the next topical part does not count',
      text: `${TITLE}\n\n一、强化组织领导\n还存在一些问题和不足，主要表现在：执法人员业务能力不强。\n二、规范行政执法\n由于编制有限，执法人员多为兼职。\n`,
      errors: [{ messageId: 'missingCauses', line: 4, column: 2 }],
    },
  ],
});

/** The rule's evidence in the checklist (what `--why` prints): label, line, column and text of each piece. */
async function evidence(text: string, options?: Readonly<Record<string, unknown>>): Promise<Array<[string | undefined, number, number, string]>> {
  const result = await lintCase(rule as unknown as AnyRule, { text, ...(options ? { options } : {}) });
  return (result.checklist?.[0]?.evidence ?? []).map((place) => [place.label, place.line, place.column, place.excerpt]);
}

describe('require-problems-and-causes: the evidence it gives', () => {
  it('a problems part: the first sentence for 问题, the sentence with the cause for 原因', async () => {
    const text = `${TITLE}\n\n${WORK}二、存在的不足和原因\n部分执法人员业务能力不强，执法程序不够规范。究其原因，一是培训针对性不强，二是考核机制不够健全。\n${PLAN}`;
    expect(await evidence(text)).toEqual([
      ['问题', 6, 1, '部分执法人员业务能力不强，执法程序不够规范。'],
      ['原因', 6, 23, '究其原因，一是培训针对性不强，二是考核机制不够健全。'],
    ]);
  });

  it('a sub-part labelled as the causes: its heading for 原因', async () => {
    const text = `${TITLE}\n\n${WORK}二、问题短板和原因剖析\n（一）主要问题\n执法队伍专业能力与监管任务不相适应。\n（二）原因分析\n一是编制不足，二是培训不够。\n${PLAN}`;
    expect(await evidence(text)).toEqual([
      ['问题', 7, 1, '执法队伍专业能力与监管任务不相适应。'],
      ['原因', 8, 1, '（二）原因分析'],
    ]);
  });

  it('a causes part of its own: the sentence with the cause in it, not its heading', async () => {
    const text = `${TITLE}\n\n${WORK}二、存在的问题\n执法规范化水平不高。\n三、原因分析\n执法人员少，主要原因是编制紧张。\n`;
    expect(await evidence(text)).toEqual([
      ['问题', 6, 1, '执法规范化水平不高。'],
      ['原因', 8, 1, '执法人员少，主要原因是编制紧张。'],
    ]);
  });

  it('no problems heading: the introducing words for 问题, the cause sentence after them for 原因', async () => {
    const text = `${TITLE}\n\n一、工作情况\n全年公示执法信息1200余条。但也还存在一些问题和不足，主要表现在：执法人员业务能力不强。产生问题的原因是培训不够。\n`;
    expect(await evidence(text)).toEqual([
      ['问题', 4, 19, '存在一些问题和不足，主要表现在'],
      ['原因', 4, 46, '产生问题的原因是培训不够。'],
    ]);
  });

  it('no problems heading, the cause in the introducing sentence: the evidence starts with that sentence, not the paragraph', async () => {
    const text = `${TITLE}\n\n一、工作情况\n全年公示执法信息1200余条。我局还存在一些问题，主要表现在：执法人员业务能力不强，原因是培训不够。\n`;
    expect(await evidence(text)).toEqual([
      ['问题', 4, 19, '存在一些问题，主要表现在：'],
      ['原因', 4, 16, '我局还存在一些问题，主要表现在：执法人员业务能力不强，原因是培训不够。'],
    ]);
  });

  it('characters outside the BMP before the problems: the cause evidence still starts with the introducing sentence', async () => {
    const text = `${TITLE}\n\n一、工作情况\n全年办结𠮷𠮷村执法案件12件。我局还存在一些问题，主要表现在：执法人员业务能力不强，原因是培训不够。\n`;
    expect((await evidence(text))[1]).toEqual(['原因', 4, 18, '我局还存在一些问题，主要表现在：执法人员业务能力不强，原因是培训不够。']);
  });

  it('a problems part holding only punctuation (an unfilled template): no problems stated, reported at its heading, no crash', async () => {
    const text = `${TITLE}\n\n${WORK}二、存在的问题\n？？？\n${PLAN}`;
    const { messages, checklist } = await lintCase(rule as unknown as AnyRule, { text });
    expect(messages.map((m) => [m.fatal ?? false, m.messageId, m.line, m.column])).toEqual([[false, 'missingProblems', 5, 1]]);
    expect(checklist?.[0]?.status).toBe('fail');
  });
});
