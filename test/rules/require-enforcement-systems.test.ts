import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/require-enforcement-systems.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase, runRuleTests } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const ALL = '严格落实行政执法公示制度，全年公示执法信息1200余条；推行执法全过程记录制度，配备执法记录仪20台；落实重大执法决定法制审核制度，审核重大执法决定35件。';

/** The data of a finding about one system: its name in both locales. */
const PUBLICITY = { system: '行政执法公示制度', systemEn: 'the administrative law-enforcement publicity system' };
const RECORDING = { system: '执法全过程记录制度', systemEn: 'the whole-process enforcement recording system' };
const LEGAL_REVIEW = { system: '重大执法决定法制审核制度', systemEn: 'the legal review of major enforcement decisions' };

/** Each system by its stock name, to complete a report around the one under test. */
const NAMED = {
  publicity: '落实行政执法公示制度。',
  recording: '推行执法全过程记录制度。',
  legalReview: '落实重大执法决定法制审核制度。',
};
/** Each system described by what it does, without its name (issue 8, class 1). */
const DESCRIBED = {
  publicity: '行政处罚决定书按规定在信用网站公开，执法人员持证亮证执法。',
  recording: '现场执法配备音视频记录设备，调查取证、送达、执行等环节留痕可溯。',
  legalReview: '拟作出较大数额罚款、吊销许可证件等决定的，先经机关法制员审查再提交集体讨论。',
};
const work = (body: string): string => `${TITLE}\n\n一、主要举措和成效\n（二）规范行政执法。${body}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'PDF spaces inside the names', text: `${TITLE}\n一、主要举措和成效\n落实行政执法 公示制度；推行执法全过程 记录制度；落实重大执法决定 法制审核制度。\n` },
    {
      name: 'variants: 公开执法信息, 执法全过程记录, 重大执法决定合法性审核',
      text: `${TITLE}\n\n一、主要举措和成效\n及时公开行政执法信息；落实执法全过程记录；重大执法决定一律经合法性审核。\n`,
    },
    { name: 'all three in one paragraph', text: `${TITLE}\n\n一、主要举措和成效\n（一）规范行政执法。${ALL}\n` },
    {
      name: 'one by one as 1. 2. 3. sub-headings',
      text: `${TITLE}\n\n一、主要举措和成效\n(三)深化综合执法改革\n1.严格落实行政执法公示制度。在网站公开执法信息186条。\n2.全面推行执法全过程记录制度。配备执法记录仪14台。\n3.认真执行重大执法决定法制审核制度。审核9件。\n`,
    },
    {
      name: 'variants: 法治审核, 全过程音像记录, 公示执法主体',
      text: `${TITLE}\n\n一、主要举措和成效\n在网站公示执法主体、执法依据和执法结果；对现场检查实行全过程音像记录；全面推行重大执法决定法治审核制度。\n`,
    },
    {
      name: '一是…二是…三是… with 重大行政执法决定法制审核',
      text: `${TITLE}\n\n一、主要举措和成效\n一是稳步推进行政执法公示制度。二是积极推动行政执法全过程记录。三是开展重大行政执法决定法制审核。\n`,
    },
    {
      name: 'collective mention plus all three named',
      text: `${TITLE}\n\n一、主要举措和成效\n全面落实行政执法三项制度。${ALL}\n`,
    },
    { name: 'Markdown list items', filePath: 'report.md', text: `# ${TITLE}\n\n## 一、主要举措和成效\n\n1. 落实行政执法公示制度。\n2. 推行执法全过程记录制度。\n3. 执行重大执法决定法制审核制度。\n` },
    {
      name: 'PDF line breaks inside the names',
      text: `${TITLE}\n一、主要举措和成效\n（三）严格规范公正文明执法。一是全面落实行政执法公\n示制度,统一公示执法信息。二是全面推行执法全过程记\n— 2 —\n录制度。三是全面落实重大执法决定法制审核制度。\n`,
    },
    // Class 1: the systems described by what they do.
    { name: 'publicity described: 处罚决定书在信用网站公开, 亮证执法', text: work(DESCRIBED.publicity + NAMED.recording + NAMED.legalReview) },
    { name: 'recording described: 音视频记录, 环节留痕可溯', text: work(NAMED.publicity + DESCRIBED.recording + NAMED.legalReview) },
    { name: 'legal review described: 拟作出…先经法制员审查再提交集体讨论', text: work(NAMED.publicity + NAMED.recording + DESCRIBED.legalReview) },
    { name: 'all three described', text: work(DESCRIBED.publicity + DESCRIBED.recording + DESCRIBED.legalReview) },
    {
      name: 'described in other words: 挂网, 影像资料, 法规股 before the decision',
      text: work(
        '作出的行政处罚决定在区政府网站“执法信息”栏目挂网，全年上网处罚决定41件。执法记录仪全程开机，现场检查、询问、送达都有影像资料。对拟作出吊销许可证件决定的案件，先把案卷送法规股，出具书面意见后再提交局务会讨论。',
      ),
    },
    { name: 'publicity: 公示 of 执法人员 on the government-affairs site', text: work('在政务公开网站公示执法人员和执法事项清单。' + NAMED.recording + NAMED.legalReview) },
    { name: 'the name 法制审查制度', text: work(NAMED.publicity + NAMED.recording + '严格落实法制审查制度，全年审查12件。') },
    { name: 'a description inside a sub-part of the measures', text: `${TITLE}\n\n一、主要举措和成效\n（一）规范执法\n1. 执法公开。${DESCRIBED.publicity}\n2. 执法留痕。${DESCRIBED.recording}\n3. 审核把关。${DESCRIBED.legalReview}\n` },
    { name: 'extra keywords', options: { extraPublicityKeywords: ['双公示'] }, text: `${TITLE}\n\n一、主要举措和成效\n落实双公示；推行执法全过程记录制度；落实重大执法决定法制审核制度。\n` },
    // Wordings the rule does not know by itself (see the invalid cases without the options): each option counts for its system.
    { name: 'extraPublicityKeywords: 阳光执法', options: { extraPublicityKeywords: ['阳光执法'] }, text: work(`推行阳光执法。${NAMED.recording}${NAMED.legalReview}`) },
    {
      name: 'extraRecordingKeywords: 执法记录仪全程佩戴',
      options: { extraRecordingKeywords: ['执法记录仪全程佩戴'] },
      text: work(`${NAMED.publicity}执法记录仪全程佩戴，随身记录执法过程。${NAMED.legalReview}`),
    },
    { name: 'extraLegalReviewKeywords: 法制员把关', options: { extraLegalReviewKeywords: ['法制员把关'] }, text: work(`${NAMED.publicity}${NAMED.recording}重大案件一律经法制员把关。`) },
  ],
  invalid: [
    {
      name: 'only 三项制度: one diagnostic per system, at the section heading',
      text: `${TITLE}\n\n一、主要举措和成效\n（四）严格执法。严格落实行政执法“三项制度”。\n`,
      errors: [
        { messageId: 'onlyCollective', line: 4, column: 1, data: PUBLICITY },
        { messageId: 'onlyCollective', line: 4, data: RECORDING },
        { messageId: 'onlyCollective', line: 4, data: LEGAL_REVIEW },
      ],
    },
    {
      name: '三项制度 only in the plan: reported at the enforcement heading of the measures',
      text: `${TITLE}\n\n一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n（二）坚持严格规范公正文明执法\n执法工作规范有序。\n二、下一步工作计划\n坚决落实行政执法“三项制度”。\n`,
      errors: [
        { messageId: 'onlyCollective', line: 5 },
        { messageId: 'onlyCollective', line: 5 },
        { messageId: 'onlyCollective', line: 5 },
      ],
    },
    {
      name: 'nothing at all: at the enforcement heading',
      text: `${TITLE}\n\n一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n（二）规范行政执法行为。开展执法培训2次。\n`,
      errors: [
        { messageId: 'missing', line: 5, data: PUBLICITY },
        { messageId: 'missing', line: 5 },
        { messageId: 'missing', line: 5 },
      ],
    },
    {
      name: 'trap: 政务公开, 公示公告 and 村务公示 are not 执法公示',
      text: `${TITLE}\n\n一、主要举措和成效\n全面推进政务公开，公示公告86件，规范村务公示。推行执法全过程记录制度；落实重大执法决定法制审核制度。\n`,
      errors: [{ messageId: 'missing', line: 3, data: PUBLICITY }],
    },
    {
      name: 'trap: 执法记录仪 alone is not the recording system',
      text: `${TITLE}\n\n一、主要举措和成效\n落实行政执法公示制度；配备执法记录仪20台；落实重大执法决定法制审核制度。\n`,
      errors: [{ messageId: 'missing', data: RECORDING }],
    },
    {
      name: 'trap: 合法性审查 of decisions is not the legal review of enforcement decisions',
      text: `${TITLE}\n\n一、主要举措和成效\n落实行政执法公示制度；推行执法全过程记录制度；重大行政决策全部经过合法性审查。\n`,
      errors: [{ messageId: 'missing', data: LEGAL_REVIEW }],
    },
    {
      name: 'trap: a cited document title does not describe the systems',
      text: `${TITLE}\n\n一、主要举措和成效\n学习《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》。\n`,
      errors: [{ messageId: 'missing' }, { messageId: 'missing' }, { messageId: 'missing' }],
    },
    { name: 'empty file', text: '', errors: [{ messageId: 'missing' }, { messageId: 'missing' }, { messageId: 'missing' }] },
    {
      name: 'where to report: the collective mention in the year\'s work, not the one in the plans',
      text: `${TITLE}\n\n一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n（二）规范执法。落实行政执法三项制度。\n二、下一步工作打算\n深化三项制度。\n`,
      errors: [
        { messageId: 'onlyCollective', line: 5, data: PUBLICITY },
        { messageId: 'onlyCollective', line: 5, data: RECORDING },
        { messageId: 'onlyCollective', line: 5, data: LEGAL_REVIEW },
      ],
    },
    {
      name: 'where to report: the section of a system found in the year\'s work',
      text: `${TITLE}\n\n一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n（二）公开透明。${NAMED.publicity}\n二、下一步工作打算\n${NAMED.recording}\n`,
      errors: [{ messageId: 'missing', line: 5, data: LEGAL_REVIEW }],
    },
    {
      name: 'where to report: only the plans name a system, so the enforcement heading',
      text: `${TITLE}\n\n一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n（二）规范行政执法。开展培训。\n二、下一步工作打算\n${NAMED.publicity}${NAMED.recording}\n`,
      errors: [{ messageId: 'missing', line: 5, data: LEGAL_REVIEW }],
    },
    {
      name: 'extra keywords are per system',
      options: { extraRecordingKeywords: ['阳光执法'] },
      text: work(`推行阳光执法。${NAMED.recording}${NAMED.legalReview}`),
      errors: [{ messageId: 'missing', data: PUBLICITY }],
    },
    // Class 1 traps: look-alikes of each system, described by what they do.
    {
      name: 'trap: 视频监控 and 会议记录 are not the recording of enforcement',
      text: work(`${NAMED.publicity}接入视频监控探头386路，巡查发现问题1.3万件；规范党委会会议记录，专人记录、按期归档，推进档案管理电子化。${NAMED.legalReview}`),
      errors: [{ messageId: 'missing', line: 4, data: RECORDING }],
    },
    {
      name: 'trap: 合法性审查 of 规范性文件 and 重大行政决策, 合同审查',
      text: work(`${NAMED.publicity}${NAMED.recording}拟出台的行政规范性文件先经司法所合法性审查再提交党委会讨论；重大行政决策事项目录6项全部经合法性审查；法律顾问审查合同34份。`),
      errors: [{ messageId: 'missing', data: LEGAL_REVIEW }],
    },
    {
      name: 'trap: 行政复议 reviews a decision already made',
      text: work(`${NAMED.publicity}${NAMED.recording}全年办理行政复议案件12件，经审查撤销违法的处罚决定1件。`),
      errors: [{ messageId: 'missing', data: LEGAL_REVIEW }],
    },
    {
      name: 'trap: 上网办理 and 挂牌运行 are not publicity',
      text: work(`执法办案统一在省行政执法平台上网办理；执法队于5月挂牌运行。${NAMED.recording}${NAMED.legalReview}`),
      errors: [{ messageId: 'missing', data: PUBLICITY }],
    },
    {
      name: 'trap: a description only in the plans',
      text: `${TITLE}\n\n一、主要举措和成效\n${NAMED.publicity}${NAMED.legalReview}\n二、下一步工作打算\n${DESCRIBED.recording}\n`,
      errors: [{ messageId: 'missing', line: 3, data: RECORDING }],
    },
    {
      name: 'trap: a review without a decision to review (审查 of 案卷 after the fact)',
      text: work(`${NAMED.publicity}${NAMED.recording}年底组织法制员对全年案卷进行评查，审查案卷58卷。`),
      errors: [{ messageId: 'missing', data: LEGAL_REVIEW }],
    },
    {
      name: 'without the options, 执法记录仪全程佩戴 and 法制员把关 name no system',
      text: work(`${NAMED.publicity}执法记录仪全程佩戴，随身记录执法过程。重大案件一律经法制员把关。`),
      errors: [
        { messageId: 'missing', line: 4, data: RECORDING },
        { messageId: 'missing', line: 4, data: LEGAL_REVIEW },
      ],
    },
    {
      name: 'where to report: the part that names 三项制度, not a later enforcement heading',
      text: `${TITLE}\n\n一、主要举措和成效\n（一）加强组织领导。召开党组会4次，严格落实行政执法“三项制度”。\n（二）规范行政执法行为。开展执法培训2次。\n`,
      errors: [
        { messageId: 'onlyCollective', line: 4, column: 1, data: PUBLICITY },
        { messageId: 'onlyCollective', line: 4, column: 1, data: RECORDING },
        { messageId: 'onlyCollective', line: 4, column: 1, data: LEGAL_REVIEW },
      ],
    },
    {
      name: 'where to report: 三项制度 in the foreword before the first part, at its sentence',
      text: `${TITLE}\n\n今年以来，我局坚持严格规范公正文明执法，全面落实行政执法“三项制度”。现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。召开党组会4次。\n`,
      errors: [
        { messageId: 'onlyCollective', line: 3, column: 1, data: PUBLICITY },
        { messageId: 'onlyCollective', line: 3, column: 1, data: RECORDING },
        { messageId: 'onlyCollective', line: 3, column: 1, data: LEGAL_REVIEW },
      ],
    },
    {
      name: 'where to report: 依法执政 is not an enforcement heading, so the measures part',
      text: `官田镇人民政府2023年度法治政府建设情况报告\n\n一、主要举措和成效\n（一）坚持依法执政，加强组织领导。镇党委召开会议专题研究法治建设4次。\n（二）深化普法宣传。开展送法下乡活动12场。\n二、存在的问题\n普法形式单一。\n`,
      errors: [
        { messageId: 'missing', line: 3, column: 1, data: PUBLICITY },
        { messageId: 'missing', line: 3, column: 1, data: RECORDING },
        { messageId: 'missing', line: 3, column: 1, data: LEGAL_REVIEW },
      ],
    },
    {
      name: 'where to report: not the enforcement headings of the problems or the plans, but the measures part (not the first part)',
      text: `${TITLE}\n\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n局党组书记、局长认真履行第一责任人职责，主持召开党组会专题研究法治建设4次。\n二、推进法治政府建设的主要举措和成效\n（一）完善依法行政制度体系。清理规范性文件12件。\n三、存在的问题\n（一）行政执法力量薄弱。执法人员仅3名。\n四、下一步工作打算\n（一）深化行政执法改革。推进综合执法。\n`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, data: PUBLICITY },
        { messageId: 'missing', line: 5, column: 1, data: RECORDING },
        { messageId: 'missing', line: 5, column: 1, data: LEGAL_REVIEW },
      ],
    },
  ],
});

describe('require-enforcement-systems: evidence', () => {
  it('gives the sentence of each system found, labelled with its name, in the order publicity, recording, legal review', async () => {
    const text = `${TITLE}\n\n一、主要举措和成效\n（一）规范行政执法\n1. ${NAMED.legalReview}\n2. ${DESCRIBED.recording}\n3. ${NAMED.publicity}\n`;
    const { messages, checklist } = await lintCase(rule as unknown as AnyRule, { text });
    expect(messages).toEqual([]);
    expect(checklist?.[0]?.status).toBe('pass');
    expect(checklist?.[0]?.evidence.map((e) => [e.label, e.line, e.excerpt])).toEqual([
      ['行政执法公示制度', 7, '3. 落实行政执法公示制度。'],
      ['执法全过程记录制度', 6, '2. 现场执法配备音视频记录设备，调查取证、送达、执行等环节留痕可溯。'],
      ['重大执法决定法制审核制度', 5, '1. 落实重大执法决定法制审核制度。'],
    ]);
  });

  it('gives the systems found when another is missing', async () => {
    const { messages, checklist } = await lintCase(rule as unknown as AnyRule, { text: work(NAMED.publicity + NAMED.recording) });
    expect(messages.map((m) => m.messageId)).toEqual(['missing']);
    expect(checklist?.[0]?.status).toBe('fail');
    expect(checklist?.[0]?.evidence.map((e) => [e.label, e.line])).toEqual([
      ['行政执法公示制度', 4],
      ['执法全过程记录制度', 4],
    ]);
  });
});
