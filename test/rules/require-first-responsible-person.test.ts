import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/require-first-responsible-person.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase, runRuleTests } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const WORK = '全年召开党组会专题研究法治建设4次，公示执法信息1200余条。';
const DUTY = '局党组书记、局长切实履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问。';

runRuleTests(rule, {
  valid: [
    { name: 'a section of its own (一、)', text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n${DUTY}\n` },
    { name: 'section heading 第一责任职责 (without 人)', text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、党政主要负责人履行推进法治建设第一责任职责情况\n镇党委书记、镇长认真学习贯彻习近平法治思想，专题研究法治建设3次。\n` },
    { name: 'section heading on 主要负责同志履职 without 第一责任人', text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、局主要负责同志履行法治建设职责情况\n局长主持召开局务会专题学法4次。\n` },
    { name: 'in a paragraph of the measures', text: `${TITLE}\n\n一、主要举措和成效\n${WORK}${DUTY}\n` },
    { name: 'run-in sub-point 二是落实第一责任人职责', text: `${TITLE}\n\n一、工作开展情况\n（一）强化组织领导。一是健全工作机制。二是落实第一责任人职责。乡党委书记认真履行法治政府建设第一责任人职责，定期听取工作汇报。\n` },
    { name: 'undomained duty with leaders in the same sentence', text: `${TITLE}\n\n一、主要举措和成效\n党政主要领导严格落实履行第一责任人职责，对法治建设重要工作亲自部署。\n` },
    { name: 'domain after the mention', text: `${TITLE}\n\n一、主要举措和成效\n落实主要负责人为第一责任人的法治政府建设领导协调机制。\n` },
    { name: 'Markdown heading ##', filePath: 'report.md', text: `# ${TITLE}\n\n## 一、主要举措和成效\n\n${WORK}\n\n## 二、局党组书记、局长履行推进法治建设第一责任人职责情况\n\n${DUTY}\n` },
    { name: 'PDF break inside the phrase', text: `${TITLE}\n一、主要举措和成效\n区政府主要负责人切实履行推进法治建设第一责\n— 2 —\n任人职责,把法治政府建设摆在全局工作的重要位置。\n` },
    { name: 'requireSection with a section', options: { requireSection: true }, text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n（二）履行推进法治建设第一责任人职责情况\n${DUTY}\n` },
    { name: 'extraLeaderTerms', options: { extraLeaderTerms: ['社区负责人'] }, text: `${TITLE}\n\n一、主要举措和成效\n社区负责人认真落实第一责任人职责，带头学法。\n` },
    // Class 2: the duty reported without the word 第一责任人.
    { name: 'lead actions: 主要负责同志亲自研究部署依法行政工作', text: `${TITLE}\n\n一、主要举措和成效\n镇党委主要负责同志亲自研究部署依法行政工作，带头参加专题法治讲座。\n` },
    { name: '述法: 主要领导作专题述法', text: `${TITLE}\n\n一、主要举措和成效\n主要领导在年度考核中就履行法治建设职责情况作专题述法。\n` },
    { name: '局长主持召开局务会专题研究法治政府建设', text: `${TITLE}\n\n一、主要举措和成效\n局长主持召开局务会专题研究法治政府建设工作3次。\n` },
    { name: 'the object after a chain of acts: 亲自部署、亲自过问…依法行政工作', text: `${TITLE}\n\n一、主要举措和成效\n县长亲自部署、亲自过问、亲自督办依法行政重点工作。\n` },
    { name: 'extraLeaderTerms in a lead action', options: { extraLeaderTerms: ['社区负责人'] }, text: `${TITLE}\n\n一、主要举措和成效\n社区负责人带头学法4次。\n` },
    { name: 'a section of its own headed 主要负责同志述法情况', text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、主要负责同志述法情况\n2023年12月，街道党工委书记向区委依法治区办书面述法。\n` },
    {
      // A top-level part has no parent to inherit from, so its heading need not say 履职 or 职责.
      name: 'requireSection: a top-level part 主要领导带头抓法治建设情况',
      options: { requireSection: true },
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、主要领导带头抓法治建设情况\n镇党委书记带头学法，全年专题研究法治建设4次。\n`,
    },
    // requireSection: a sub-section counts when its own heading names the duty, not when it only inherits the part.
    {
      name: 'requireSection: a sub-section of the measures headed 主要负责同志述法情况',
      options: { requireSection: true },
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n（三）主要负责同志述法情况\n2023年12月，局长在局务会上专题述法。\n二、存在的问题\n执法力量不足。\n`,
    },
    ...[
      ['履职', '（二）主要负责人法治建设履职情况'],
      ['职责', '（二）法治建设职责落实情况'],
      ['第一责任人', '（二）当好法治建设第一责任人'],
    ].map(([word, heading]) => ({
      name: `requireSection: in a part for another domain too, a sub-section whose heading names ${word}`,
      options: { requireSection: true, extraOtherDomains: ['禁毒'] },
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、履行禁毒和法治建设第一责任人职责情况\n（一）禁毒宣传\n全年开展禁毒宣传12场。\n${heading}\n局长主持召开局务会专题学法4次。\n`,
    })),
  ],
  invalid: [
    { name: 'nothing about the duty', text: `${TITLE}\n\n一、主要举措和成效\n成立了以党委书记为组长的法治政府建设工作领导小组。\n`, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'trap: 安全生产第一责任人', text: `${TITLE}\n\n一、主要举措和成效\n乡长作为全乡安全生产第一责任人，带队开展安全生产大检查3次。\n`, errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'trap: 党风廉政建设第一责任人', text: `${TITLE}\n\n一、主要举措和成效\n局党组书记切实履行党风廉政建设第一责任人职责，层层签订责任书。\n`, errors: [{ messageId: 'missing' }] },
    { name: 'trap: 意识形态工作第一责任人', text: `${TITLE}\n\n一、主要举措和成效\n局党组书记认真履行意识形态工作第一责任人职责，定期研判。\n`, errors: [{ messageId: 'missing' }] },
    { name: 'trap: only the title of the regulation is cited', text: `${TITLE}\n\n一、主要举措和成效\n组织学习《党政主要负责人履行推进法治建设第一责任人职责规定》。\n`, errors: [{ messageId: 'missing' }] },
    { name: 'trap: a section heading for another domain', text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、落实安全生产第一责任人职责情况\n局长带队检查企业12家。\n`, errors: [{ messageId: 'missing' }] },
    { name: 'requireSection: only a paragraph', options: { requireSection: true }, text: `${TITLE}\n\n一、主要举措和成效\n${WORK}${DUTY}\n`, errors: [{ messageId: 'notSection', line: 4 }] },
    { name: 'extraOtherDomains', options: { extraOtherDomains: ['禁毒'] }, text: `${TITLE}\n\n一、主要举措和成效\n书记作为禁毒工作第一责任人，带队宣传。\n`, errors: [{ messageId: 'missing' }] },
    {
      name: 'trap: only a plan to fulfil the duty next year',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、下一步工作打算\n压实党政主要负责人履行推进法治建设第一责任人职责。\n`,
      errors: [{ messageId: 'missing' }],
    },
    { name: 'empty file', text: '', errors: [{ messageId: 'missing' }] },
    {
      name: 'an empty section of its own (the heading is not an account)',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n三、存在的问题\n执法力量不足。\n`,
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a section of its own whose body is only punctuation (a stray 。 is not an account)',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n。\n三、存在的问题\n执法力量不足。\n`,
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'extraOtherDomains: a section for that domain, and its sub-sections, do not count',
      options: { extraOtherDomains: ['禁毒'] },
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、履行禁毒第一责任人职责情况\n（一）宣传教育\n全年开展禁毒宣传12场。\n`,
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'requireSection: a sub-section that only inherits the part is not a section of its own',
      options: { requireSection: true, extraOtherDomains: ['禁毒'] },
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}${DUTY}\n二、履行禁毒第一责任人职责情况\n（一）宣传教育\n全年开展禁毒宣传12场。\n`,
      errors: [{ messageId: 'notSection', line: 4 }],
    },
    // Class 2 traps.
    {
      name: 'trap: a promise in the plans (lead actions, 述法)',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、下一步工作打算\n镇党委书记将亲自部署依法行政工作，带头述法。\n`,
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'trap: a promise in the year\'s text (将, 拟)',
      text: `${TITLE}\n\n一、主要举措和成效\n主要负责同志将带头开展述法，拟主持召开法治建设专题会议。\n`,
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'trap: leaders leading other work (防汛, 招商引资)',
      text: `${TITLE}\n\n一、主要举措和成效\n镇党委书记亲自部署防汛工作，镇长主持召开招商引资推进会4次。\n`,
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'trap: a deputy, a village head, an office head',
      text: `${TITLE}\n\n一、主要举措和成效\n分管副镇长主持召开会议专题研究依法行政工作；村党支部书记带头学法；办公室主任带头参加法治讲座。\n`,
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'trap: a meeting named after a leader, a body rather than a person',
      text: `${TITLE}\n\n一、主要举措和成效\n坚持主任办公会会前学法制度，全年学法10次；镇党委专题研究法治建设工作2次。\n`,
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'trap: a shortcoming in the duty',
      text: `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、存在的问题\n主要负责同志带头学法不够经常。\n`,
      errors: [{ messageId: 'missing' }],
    },
  ],
});

describe('require-first-responsible-person: evidence', () => {
  const evidenceOf = async (text: string) => {
    const { messages, checklist } = await lintCase(rule as unknown as AnyRule, { text });
    expect(messages).toEqual([]);
    expect(checklist?.[0]?.status).toBe('pass');
    return checklist?.[0]?.evidence.map((e) => [e.line, e.column, e.excerpt]);
  };

  it('a section of its own: the first sentence under its heading, not the heading', async () => {
    const text = `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n${DUTY}\n`;
    expect(await evidenceOf(text)).toEqual([[6, 1, '局党组书记、局长切实履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署…']]);
  });

  it('a sentence of the measures: that sentence', async () => {
    const text = `${TITLE}\n\n一、主要举措和成效\n${WORK}${DUTY}\n`;
    expect(await evidenceOf(text)).toEqual([[4, 32, '局党组书记、局长切实履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署…']]);
  });

  it('does not crash on a part whose body is only a stray 。 (no sentence to give as evidence)', async () => {
    const text = `${TITLE}\n\n一、主要举措和成效\n${WORK}\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n。\n三、存在的问题\n执法力量不足。\n`;
    const { messages } = await lintCase(rule as unknown as AnyRule, { text });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });
});
