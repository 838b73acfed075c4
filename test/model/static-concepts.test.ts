/**
 * The module-level constants of src/model/concepts.ts that the static mutation run left alive, pinned through
 * what the model finds: the look-alikes masked before an enforcement system is looked for, and OTHER_MATTERS.
 *
 * Since the look-alikes got a reach (`lookAlikeReach`: the recording look-alikes the whole sentence, the legal-review
 * look-alikes their clause; 村务公开 / 党务公示 masked with their act), a look-alike that holds no word of the system
 * still decides: each sentence below is counted as the system when its look-alike is not masked (checked by hand
 * with each term removed from `notObject`), and is not the system. Terms that another term of the same list always
 * covers (录像 covers 录音录像, 审查 covers 合法性审查, 复议 covers 行政复议…) cannot decide anything and are not here.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { reportPart } from '../../src/model/parts.js';
import { documentUnits } from '../../src/model/query.js';
import { findSystem, type SystemKey } from '../../src/model/statements.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';

const model = async (text: string) => buildModel(text, await parseDocument({ text, syntax: 'text' }));

/** A sentence in the year's work, with a paragraph after it (a last short line could be read as a signature). */
const work = (sentence: string) => `${TITLE}\n\n一、主要举措和成效\n${sentence}\n全年开展普法活动12场次。\n`;

/** How findSystem finds `key` in a report whose work holds `sentence`: by name or by function, or not at all. */
const system = async (key: SystemKey, sentence: string) => {
  const found = findSystem(documentUnits(await model(work(sentence))), key);
  return found ? { by: found.by, text: found.sentence.text } : undefined;
};

describe('ENFORCEMENT_SYSTEMS.publicity: 村务公开 and 党务公开 are masked with their act', () => {
  it.each([
    // 村务(?:公开|公示)?: the village board's 公开 is not an act of enforcement publicity, whatever it posts.
    ['村务公开', '村务公开栏同步张贴宅基地审批等行政许可事项。'],
    // 党务(?:公开|公示)?: the same for the Party's own openness.
    ['党务公开', '党务公开事项涵盖党员受行政处罚后的组织处理。'],
  ])('not 执法公示 (%s): %s', async (_term, sentence) => {
    expect(await system('publicity', sentence)).toBeUndefined();
  });
});

describe('ENFORCEMENT_SYSTEMS.recording: a look-alike reaches its sentence', () => {
  it.each([
    // 监控探头: the cameras' 录像, not the enforcement's, although 执法 is in the sentence.
    ['监控探头', '在城区主要路段和执法场所新装监控探头46个，全天候录像。'],
    // 会议纪要: the minutes are what is 记录在案, not the 案件 discussed.
    ['会议纪要', '重大案件集体讨论均形成会议纪要，讨论情况全部记录在案。'],
    // 档案 on its own (档案管理 is another term): the archive makes the files traceable, not the enforcement.
    ['档案', '执法案卷全部归入档案，做到可追溯。'],
    // 短视频: the 影像 kept is the video's, not a record of the 行政处罚.
    ['短视频', '围绕行政处罚典型案例拍摄短视频6部，留存影像资料。'],
  ])('not 全过程记录 (%s): %s', async (_term, sentence) => {
    expect(await system('recording', sentence)).toBeUndefined();
  });
});

describe('ENFORCEMENT_SYSTEMS.legalReview: a look-alike reaches its clause', () => {
  it.each([
    // 规范性文件: the 吊销 is the document's subject; its review is the documents' 合法性审查.
    ['规范性文件', '行政规范性文件涉及吊销许可证件的，一律先经合法性审查再提交集体讨论。'],
    // 行政决策 (重大行政决策, which 重大决策 does not cover): the 较大数额 is the decision's money.
    ['行政决策', '重大行政决策涉及较大数额财政资金的，先经法律顾问审查再提交常务会议讨论。'],
    // 重大决策: the same, as a Party committee writes it.
    ['重大决策', '重大决策涉及较大数额资金的，先经法律顾问审查再提交党委会讨论。'],
    // 合同: a contract of a large sum reviewed before it is signed.
    ['合同', '政府合同标的数额较大的，一律先经法律顾问审查后再签订。'],
    // 协议: the same for an agreement.
    ['协议', '招商引资协议涉及数额较大资金的，先经法律顾问审查后再签订。'],
    // 复议 on its own (行政复议 is another term): reconsideration reviews a decision already made.
    ['复议', '办理复议案件时，对吊销许可证件的原决定，先经法制机构审查再作出复议决定。'],
  ])('not 重大执法决定法制审核 (%s): %s', async (_term, sentence) => {
    expect(await system('legalReview', sentence)).toBeUndefined();
  });
});

describe('OTHER_MATTERS: which top-level heading is the fifth item rather than the year\'s work', () => {
  /** The headings whose units are the measures of a report that gives its work topic by topic. */
  const measuresHeadings = async (heading: string, body: string) => {
    const text = `${TITLE}\n\n一、强化组织领导\n全年召开常务会议专题研究法治政府建设4次，制定年度工作要点，明确责任分工，推动各项任务落实落细。\n二、${heading}\n${body}\n`;
    return [...new Set(reportPart(await model(text), 'measures').units.map((u) => u.section?.heading.title))];
  };

  it.each([
    // 的? : the item named without its 的.
    ['其他需要报告情况', '本年度无需要特别说明的事项。'],
    ['其他需要说明事项', '本年度无需要特别说明的事项。'],
    // The item's words in another order, or with 说明 after it.
    ['需要报告的其他事项', '本年度无需要特别说明的事项。'],
    ['其他情况说明', '本年度无需要特别说明的事项。'],
  ])('the fifth item is not work: %s', async (heading, body) => {
    expect(await measuresHeadings(heading, body)).toEqual(['强化组织领导']);
  });

  it('a topic that ends with 其他事项 is work (^其他(情况|事项)$ is the bare heading only): 行政复议应诉及其他事项', async () => {
    expect(await measuresHeadings('行政复议应诉及其他事项', '全年办理行政复议案件12件，纠错2件；出庭应诉8次。')).toEqual([
      '强化组织领导',
      '行政复议应诉及其他事项',
    ]);
  });
});
