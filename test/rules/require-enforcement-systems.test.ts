import { rule } from '../../rules/require-enforcement-systems.js';
import { runRuleTests } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const ALL = '严格落实行政执法公示制度，全年公示执法信息1200余条；推行执法全过程记录制度，配备执法记录仪20台；落实重大执法决定法制审核制度，审核重大执法决定35件。';

/** The data of a finding about one system: its name in both locales. */
const PUBLICITY = { system: '行政执法公示制度', systemEn: 'the administrative law-enforcement publicity system' };
const RECORDING = { system: '执法全过程记录制度', systemEn: 'the whole-process enforcement recording system' };
const LEGAL_REVIEW = { system: '重大执法决定法制审核制度', systemEn: 'the legal review of major enforcement decisions' };

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
    { name: 'extra keywords', options: { extraPublicityKeywords: ['双公示'] }, text: `${TITLE}\n\n一、主要举措和成效\n落实双公示；推行执法全过程记录制度；落实重大执法决定法制审核制度。\n` },
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
  ],
});
