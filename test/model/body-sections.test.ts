/**
 * The body model's second half (src/model/body.ts from makeParagraph on): how the grouped blocks become
 * paragraphs (trimmed, with a map back to the source: toOffset), heading titles and spans, the level of each
 * heading (ordinal level, 第一部分 parts above 一、, Markdown `#` depth relative to the shallowest heading and
 * clamped to four levels, bold headings, a part heading with nothing under it taking the next unnumbered heading
 * as its child), how sections nest and what role each takes from its heading and its parent, where a run-in
 * heading ends (colon label, first sentence end, first comma, whole text), where each section ends, and how a part
 * that names both the problems and the plans ("四、存在问题及下一步打算") hands everything from its first plan
 * opening on to the plans.
 *
 * Every case is a short report snippet driven through the public model (parseDocument + buildModel); spans and
 * offsets are checked as slices of the source text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import type { Paragraph, ReportModel, Section } from '../../src/model/types.js';

async function model(text: string, syntax: 'text' | 'markdown' = 'text'): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax }));
}

/** One line per section: indented by depth, role (+plan when combined), ordinal style, run-in flag, title. */
function outline(m: ReportModel): string[] {
  return m.allSections.map(
    (s) =>
      `${'  '.repeat(s.depth - 1)}${s.role}${s.combined ? '+plan' : ''} ${s.heading.ordinal?.style ?? '-'}${s.heading.runIn ? ' run-in' : ''} ${s.heading.title}`,
  );
}

/** Each section's paragraphs with their own role when they have one: "执法力量不足。" or "[plan] 下一步，…". */
function bodies(m: ReportModel): string[][] {
  return m.allSections.map((s) => s.body.map((p) => (p.role ? `[${p.role}] ${p.plain}` : p.plain)));
}

/** The source text a paragraph or section covers. */
const slice = (m: ReportModel, x: Paragraph | Section | undefined): string => (x ? m.text.slice(x.start, x.end) : '<none>');

const T = '岚山县司法局2023年度法治政府建设情况报告\n';
const MD_T = '# 岚山县司法局2023年度法治政府建设情况报告\n\n';

describe('paragraphs and their map back to the source', () => {
  it('text before the first heading is the preamble: listed with the paragraphs, in no section', async () => {
    const text = `${T}根据要求，现将我局2023年法治政府建设情况报告如下。\n一、主要举措和成效\n全年办理案件30件。\n`;
    const m = await model(text);
    expect(m.preamble.map((p) => p.plain)).toEqual(['根据要求，现将我局2023年法治政府建设情况报告如下。']);
    expect(slice(m, m.preamble[0])).toBe('根据要求，现将我局2023年法治政府建设情况报告如下。');
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['根据要求，现将我局2023年法治政府建设情况报告如下。', '全年办理案件30件。']);
    expect(bodies(m)).toEqual([['全年办理案件30件。']]);
  });

  it('a sentence broken over two lines is one paragraph whose offsets jump over the line break', async () => {
    const text = `${T}一、主要举措和成效\n全年新登记经营主体8930户，同比\n增长11.4%。\n`;
    const m = await model(text);
    const p = m.sections[0]?.body[0] as Paragraph;
    expect(p.plain).toBe('全年新登记经营主体8930户，同比增长11.4%。');
    expect(slice(m, p)).toBe('全年新登记经营主体8930户，同比\n增长11.4%。');
    const first = text.indexOf('全年');
    const grow = text.indexOf('增长');
    expect(p.start).toBe(first);
    expect(p.end).toBe(text.indexOf('。', grow) + 1);
    expect(p.toOffset(0)).toBe(first);
    expect(p.toOffset(p.plain.indexOf('同比'))).toBe(text.indexOf('同比'));
    expect(p.toOffset(p.plain.indexOf('增长'))).toBe(grow);
    expect(p.toOffset(p.plain.length - 1)).toBe(p.end - 1);
    // At and past the end: the end of the paragraph; before the start: its start.
    expect(p.toOffset(p.plain.length)).toBe(p.end);
    expect(p.toOffset(p.plain.length + 5)).toBe(p.end);
    expect(p.toOffset(-1)).toBe(first);
  });

  it('Markdown emphasis inside a paragraph: the plain text has no marks, toOffset skips them', async () => {
    const text = `${MD_T}## 一、主要举措和成效\n\n全年办理**行政复议**案件12件。\n`;
    const m = await model(text, 'markdown');
    const p = m.sections[0]?.body[0] as Paragraph;
    expect(p.plain).toBe('全年办理行政复议案件12件。');
    expect(slice(m, p)).toBe('全年办理**行政复议**案件12件。');
    expect(p.toOffset(0)).toBe(text.indexOf('全年'));
    expect(p.toOffset(4)).toBe(text.indexOf('行政复议'));
    expect(p.toOffset(8)).toBe(text.indexOf('案件'));
    expect(p.toOffset(p.plain.length - 1)).toBe(text.lastIndexOf('。'));
    expect(p.toOffset(p.plain.length)).toBe(text.lastIndexOf('。') + 1);
  });

  it('the text after a run-in heading starts at its first character, not at the spaces after the 。', async () => {
    const text = `${T}一、主要举措和成效\n（一）强化组织领导。　 根据实际情况及时调整了领导小组。\n`;
    const m = await model(text);
    const p = m.sections[0]?.children[0]?.body[0] as Paragraph;
    expect(p.plain).toBe('根据实际情况及时调整了领导小组。');
    expect(p.start).toBe(text.indexOf('根据'));
    expect(p.toOffset(0)).toBe(text.indexOf('根据'));
    expect(p.toOffset(2)).toBe(text.indexOf('实际'));
    expect(p.end).toBe(text.lastIndexOf('。') + 1);
  });

  it('a run-in heading that takes its whole line leaves no empty paragraph behind', async () => {
    // Longer than a heading line (60 characters after the ordinal), one sentence: all heading, nothing after it.
    const line = '（一）严格落实行政执法公示制度执法全过程记录制度和重大执法决定法制审核制度确保全局行政执法行为全面规范公正文明并主动接受社会监督。';
    const m = await model(`${T}一、主要举措和成效\n${line}\n（二）规范行政执法\n开展检查12次。\n`);
    const sub = m.sections[0]?.children[0];
    expect(sub?.heading.runIn).toBe(true);
    expect(sub?.heading.span.text).toBe(line);
    expect(sub?.body).toEqual([]);
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['开展检查12次。']);
  });

  it('a heading with nothing under it has no paragraphs and no children', async () => {
    const m = await model(`${T}一、主要举措和成效\n二、存在的问题\n执法力量不足。\n`);
    expect(m.sections[0]?.body).toEqual([]);
    expect(m.sections[0]?.children).toEqual([]);
    expect(m.sections[1]?.children).toEqual([]);
    expect(bodies(m)).toEqual([[], ['执法力量不足。']]);
  });
});

describe('heading titles and spans', () => {
  it('a heading line: the span is the whole line, the title leaves out the ordinal and the spaces after it', async () => {
    const text = `${T}一、　主要举措和成效\n全年办理案件30件。\n`;
    const m = await model(text);
    const h = m.sections[0]?.heading;
    expect(h?.span).toEqual({ text: '一、　主要举措和成效', start: text.indexOf('一、'), end: text.indexOf('\n全年') });
    expect(h?.ordinal?.span.text).toBe('一、');
    expect(h?.title).toBe('主要举措和成效');
    expect(h?.runIn).toBe(false);
  });

  it('a title keeps the space between its two phrases and loses its closing punctuation', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）强化组织领导 健全工作机制\n全年召开会议4次。\n（二）推进政务公开。\n二、下一步工作打算：\n加强执法培训。\n`);
    expect(m.allSections.map((s) => s.heading.title)).toEqual(['主要举措和成效', '强化组织领导 健全工作机制', '推进政务公开', '下一步工作打算']);
    expect(m.allSections.map((s) => s.heading.span.text)).toEqual(['一、主要举措和成效', '（一）强化组织领导 健全工作机制', '（二）推进政务公开。', '二、下一步工作打算：']);
  });

  it('in a plain-text file, "##存在的问题" and "## 今后打算" are the headings 存在的问题 and 今后打算', async () => {
    const text = `${T}##存在的问题\n执法力量不足。\n## 今后打算\n加强执法培训。\n`;
    const m = await model(text);
    expect(outline(m)).toEqual(['problems - 存在的问题', 'plan - 今后打算']);
    expect(m.allSections.map((s) => s.heading.span.text)).toEqual(['##存在的问题', '## 今后打算']);
  });

  it('a # inside a title (a #话题# tag) is part of the title', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）开展#宪法宣传周#网络话题活动\n阅读量达12万次。\n`);
    expect(m.allSections[1]?.heading.title).toBe('开展#宪法宣传周#网络话题活动');
  });

  it('a 第一部分 part: the title leaves out the part marker and the spaces after it', async () => {
    const m = await model(`${T}第一部分　主要举措和成效\n一、抓学法用法\n集中学法6次。\n第二部分：存在的问题\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['measures - 主要举措和成效', '  measures cn-dun 抓学法用法', 'problems - 存在的问题']);
    expect(m.sections.map((s) => s.heading.span.text)).toEqual(['第一部分　主要举措和成效', '第二部分：存在的问题']);
    expect(m.sections.map((s) => s.heading.ordinal)).toEqual([undefined, undefined]);
  });

  it('a Markdown heading: its span leaves out the # marks, it keeps its ordinal and its # count', async () => {
    const text = `${MD_T}## 一、主要举措和成效\n\n全年办理案件30件。\n\n### 规范行政执法\n\n开展检查12次。\n`;
    const m = await model(text, 'markdown');
    expect(m.allSections.map((s) => [s.heading.span.text, s.heading.title, s.heading.ordinal?.span.text, s.heading.markdownDepth])).toEqual([
      ['一、主要举措和成效', '主要举措和成效', '一、', 2],
      ['规范行政执法', '规范行政执法', undefined, 3],
    ]);
    expect(m.sections[0]?.heading.span.start).toBe(text.indexOf('一、'));
  });

  it('the spaces after an ordinal do not count toward a run-in label\'s thirty characters', async () => {
    // A 30-character label after "二、 ": still a label, so the heading ends at its colon, not at the first 。.
    const label = '在落实行政执法三项制度方面存在的主要问题和薄弱环节及具体表现';
    expect(label.length).toBe(30);
    const text = `${T}一、主要举措和成效\n全年办理案件30件。\n二、 ${label}：执法人员业务能力不强。原因是培训不够。\n`;
    const m = await model(text);
    expect(m.sections[1]?.heading).toMatchObject({ title: label, runIn: true, span: { text: `二、 ${label}：` } });
    expect(bodies(m)[1]).toEqual(['执法人员业务能力不强。原因是培训不够。']);
  });
});

describe('the role of each section', () => {
  const REPORT =
    `${T}一、主要举措和成效\n（一）党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持召开专题会议3次。\n（二）规范行政执法\n开展检查12次。\n` +
    `二、存在的问题\n（一）执法队伍建设有待加强\n执法人员仅5人。\n（二）法治宣传成效不够明显\n群众知晓率不高。\n（三）下一步改进方向\n加强培训。\n` +
    `三、下一步工作打算\n（一）存在的不足\n学法不够系统。\n（二）压实主要负责人履行推进法治建设第一责任人职责\n每季度专题研究一次。\n（三）巩固提升执法规范化成效\n开展案卷评查。\n（四）加强执法队伍建设\n开展培训。\n` +
    `四、其他需要报告的情况\n（一）行政复议应诉\n全年应诉5件。\n（二）存在的困难\n经费不足。\n`;

  it('a top-level part takes the role its heading names, or other', async () => {
    const m = await model(REPORT);
    expect(m.sections.map((s) => `${s.role} ${s.heading.title}`)).toEqual([
      'measures 主要举措和成效',
      'problems 存在的问题',
      'plan 下一步工作打算',
      'other 其他需要报告的情况',
    ]);
  });

  it('inside the measures, a 第一责任人 sub-part keeps its own role and a plain sub-heading belongs to the measures', async () => {
    const m = await model(REPORT);
    expect(m.sections[0]?.children.map((s) => `${s.role} ${s.heading.title}`)).toEqual([
      'first-responsible-person 党政主要负责人履行推进法治建设第一责任人职责情况',
      'measures 规范行政执法',
    ]);
  });

  it('inside the problems, sub-headings belong to the problems, even one that mentions 成效, except a plan', async () => {
    const m = await model(REPORT);
    expect(m.sections[1]?.children.map((s) => `${s.role} ${s.heading.title}`)).toEqual([
      'problems 执法队伍建设有待加强',
      'problems 法治宣传成效不够明显',
      'plan 下一步改进方向',
    ]);
  });

  it('inside the plans, sub-headings belong to the plans, even about the 第一责任人 or 成效, except the problems', async () => {
    const m = await model(REPORT);
    expect(m.sections[2]?.children.map((s) => `${s.role} ${s.heading.title}`)).toEqual([
      'problems 存在的不足',
      'plan 压实主要负责人履行推进法治建设第一责任人职责',
      'plan 巩固提升执法规范化成效',
      'plan 加强执法队伍建设',
    ]);
  });

  it('inside an untyped part, a sub-heading that names a part takes its role, others stay other', async () => {
    const m = await model(REPORT);
    expect(m.sections[3]?.children.map((s) => `${s.role} ${s.heading.title}`)).toEqual(['other 行政复议应诉', 'problems 存在的困难']);
  });

  it('a problems-and-plans sub-heading inside the 第一责任人 part belongs to that part and is not split', async () => {
    const m = await model(
      `${T}一、党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持召开专题会议3次。\n（一）存在的不足和下一步打算\n学法不够系统。\n下一步，将加强学习。\n`,
    );
    expect(outline(m)).toEqual(['first-responsible-person cn-dun 党政主要负责人履行推进法治建设第一责任人职责情况', '  first-responsible-person cn-paren 存在的不足和下一步打算']);
    expect(bodies(m)[1]).toEqual(['学法不够系统。', '下一步，将加强学习。']);
  });

  it('a plans sub-heading inside the 第一责任人 part belongs to that part', async () => {
    const m = await model(`${T}一、党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持召开专题会议3次。\n（一）下一步工作打算\n每季度专题研究一次法治工作。\n`);
    expect(outline(m)).toEqual(['first-responsible-person cn-dun 党政主要负责人履行推进法治建设第一责任人职责情况', '  first-responsible-person cn-paren 下一步工作打算']);
  });
});

describe('a part that names the problems and then the plans', () => {
  const HEAD = `${T}一、主要举措和成效\n开展检查12次。\n`;

  it('its paragraphs from the first that opens a plan on belong to the plans, the ones before to the problems', async () => {
    const m = await model(
      `${HEAD}二、存在问题及下一步打算\n执法力量不足，难以适应今后工作需要。\n针对性培训不够。\n下一步，我局将加强执法培训。\n同时开展案卷评查。\n`,
    );
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效', 'problems+plan cn-dun 存在问题及下一步打算']);
    expect(bodies(m)[1]).toEqual(['执法力量不足，难以适应今后工作需要。', '针对性培训不够。', '[plan] 下一步，我局将加强执法培训。', '[plan] 同时开展案卷评查。']);
  });

  it('the year after the report year opens the plans; the report year itself does not, even written "2024 年"', async () => {
    const m = await model(`${HEAD}二、存在问题及下一步打算\n执法力量不足。\n2023年，我局执法人员减少3人。\n2024 年，我局将开展案卷评查。\n`);
    expect(m.year).toBe(2023);
    expect(bodies(m)[1]).toEqual(['执法力量不足。', '2023年，我局执法人员减少3人。', '[plan] 2024 年，我局将开展案卷评查。']);
  });

  it('in a report without a year, a paragraph opening with any year opens the plans', async () => {
    const m = await model(`岚山县司法局法治政府建设情况报告\n一、主要举措和成效\n开展检查12次。\n二、存在问题及下一步打算\n执法力量不足。\n编制较少。\n2024年，我们将开展案卷评查。\n`);
    expect(m.year).toBeUndefined();
    expect(bodies(m)[1]).toEqual(['执法力量不足。', '编制较少。', '[plan] 2024年，我们将开展案卷评查。']);
  });

  it('sub-parts from the one whose heading opens the plans on become plans, with their own sub-parts; one that names problems stays', async () => {
    const m = await model(
      `${HEAD}二、存在的问题和下一步工作打算\n（一）执法力量薄弱\n执法人员仅5人。\n（二）针对上述问题，重点抓好以下工作\n（三）加强执法培训\n1.开展全员轮训\n每季度培训一次。\n（四）存在的困难\n经费不足。\n`,
    );
    expect(outline(m)).toEqual([
      'measures cn-dun 主要举措和成效',
      'problems+plan cn-dun 存在的问题和下一步工作打算',
      '  problems cn-paren 执法力量薄弱',
      '  plan cn-paren 针对上述问题，重点抓好以下工作',
      '  plan cn-paren 加强执法培训',
      '    plan arabic-dot 开展全员轮训',
      '  problems cn-paren 存在的困难',
    ]);
  });

  it('a plans sub-part whose heading does not open like a plan (工作打算) still starts the plans for the sub-parts after it', async () => {
    const m = await model(`${HEAD}二、存在问题及工作打算\n（一）存在问题\n执法人员仅5人。\n（二）工作打算\n开展全员轮训。\n（三）强化执法监督\n开展案卷评查。\n`);
    expect(outline(m)).toEqual([
      'measures cn-dun 主要举措和成效',
      'problems+plan cn-dun 存在问题及工作打算',
      '  problems cn-paren 存在问题',
      '  plan cn-paren 工作打算',
      '  plan cn-paren 强化执法监督',
    ]);
  });

  it('a part that names only the problems is not split: a paragraph opening with 针对上述问题 stays in the problems', async () => {
    const m = await model(`${HEAD}二、存在的问题\n执法力量不足。\n针对上述问题，我局已制定整改方案。\n三、下一步工作打算\n下一步，我局将加强执法培训。\n`);
    expect(m.sections.map((s) => s.combined)).toEqual([undefined, undefined, undefined]);
    expect(bodies(m)).toEqual([['开展检查12次。'], ['执法力量不足。', '针对上述问题，我局已制定整改方案。'], ['下一步，我局将加强执法培训。']]);
  });
});

describe('heading levels and how sections nest', () => {
  it('一、（一）1.（1） nest four deep; a heading closes every open section of its level or below', async () => {
    const m = await model(
      `${T}一、主要举措和成效\n（一）加强组织领导\n1.健全工作机制\n（1）完善议事规则\n每季度召开会议一次。\n（2）落实考核制度\n纳入年度考核。\n2.强化督促检查\n开展督查2次。\n（二）规范行政执法\n开展检查12次。\n二、存在的问题\n执法力量不足。\n`,
    );
    expect(outline(m)).toEqual([
      'measures cn-dun 主要举措和成效',
      '  measures cn-paren 加强组织领导',
      '    measures arabic-dot 健全工作机制',
      '      measures arabic-paren 完善议事规则',
      '      measures arabic-paren 落实考核制度',
      '    measures arabic-dot 强化督促检查',
      '  measures cn-paren 规范行政执法',
      'problems cn-dun 存在的问题',
    ]);
    expect(m.sections.map((s) => s.children.length)).toEqual([2, 0]);
    expect(m.allSections.map((s) => s.depth)).toEqual([1, 2, 3, 4, 4, 3, 2, 1]);
  });

  it('a sub-heading whose parent level is missing sits right under the open section (一、 then 1.)', async () => {
    const m = await model(`${T}一、主要举措和成效\n1.健全工作机制\n每季度召开会议一次。\n（一）规范行政执法\n开展检查12次。\n`);
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效', '  measures arabic-dot 健全工作机制', '  measures cn-paren 规范行政执法']);
  });

  it('Markdown heading levels count from the shallowest # in the body, so ## is a part and ### its sub-part', async () => {
    const text = `${MD_T}## 主要举措和成效\n\n全年办理案件30件。\n\n（一）**强化组织领导**。根据实际情况及时调整了领导小组。\n\n### 规范行政执法\n\n开展检查12次。\n\n## 存在的问题\n\n执法力量不足。\n`;
    const m = await model(text, 'markdown');
    expect(outline(m)).toEqual([
      'measures - 主要举措和成效',
      '  measures cn-paren run-in 强化组织领导',
      '  measures - 规范行政执法',
      'problems - 存在的问题',
    ]);
  });

  it('a Markdown heading deeper than the fourth level is still at the fourth level', async () => {
    const m = await model(`${MD_T}## 主要举措和成效\n\n### 加强组织领导\n\n#### 健全工作机制\n\n##### 完善议事规则\n\n会议每季度一次。\n\n###### 落实考核制度\n\n纳入年度考核。\n`, 'markdown');
    expect(outline(m)).toEqual([
      'measures - 主要举措和成效',
      '  measures - 加强组织领导',
      '    measures - 健全工作机制',
      '      measures - 完善议事规则',
      '      measures - 落实考核制度',
    ]);
  });

  it('第一部分…第二部分 are parts above the 一、 sections, and two parts in a row are siblings', async () => {
    const m = await model(`${T}第一部分 工作概况\n第二部分 主要举措和成效\n一、抓学法用法\n集中学法6次。\n二、抓依法决策\n审查文件12件。\n第三部分 存在的问题\n一、执法力量不足\n执法人员仅5人。\n`);
    expect(outline(m)).toEqual([
      'other - 工作概况',
      'measures - 主要举措和成效',
      '  measures cn-dun 抓学法用法',
      '  measures cn-dun 抓依法决策',
      'problems - 存在的问题',
      '  problems cn-dun 执法力量不足',
    ]);
  });

  it('in Markdown, a "## 第一部分" heading is a part above the 一、 sections too, its title without the marker', async () => {
    const m = await model(
      `${MD_T}## 第一部分 主要举措和成效\n\n一、抓学法用法\n\n集中学法6次。\n\n## 第二部分 存在的问题\n\n一、执法力量不足\n\n执法人员仅5人。\n`,
      'markdown',
    );
    expect(outline(m)).toEqual([
      'measures - 主要举措和成效',
      '  measures cn-dun 抓学法用法',
      'problems - 存在的问题',
      '  problems cn-dun 执法力量不足',
    ]);
    expect(m.allSections[0]?.heading).toMatchObject({ markdownDepth: 2, span: { text: '第一部分 主要举措和成效' } });
  });

  it('bold headings without ordinals: the first is a part, each later one a sub-heading of the open part', async () => {
    const m = await model(
      `${MD_T}**依法履职情况**\n\n开展检查12次。\n\n**规范涉企执法**\n\n**优化营商环境**\n\n压缩审批时限。\n\n**强化执法监督**\n\n开展评查。\n`,
      'markdown',
    );
    expect(outline(m)).toEqual(['other - 依法履职情况', '  other - 规范涉企执法', '  other - 优化营商环境', '  other - 强化执法监督']);
    expect(m.allSections[1]?.heading.span.text).toBe('规范涉企执法');
  });
});

describe('a part heading without ordinal that has nothing under it', () => {
  it('takes the next heading without ordinal as its first sub-heading', async () => {
    const m = await model(`${T}主要工作及成效\n履行推进法治建设第一责任人职责情况\n局长主持召开专题会议3次。\n存在的问题\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['measures - 主要工作及成效', '  first-responsible-person - 履行推进法治建设第一责任人职责情况', 'problems - 存在的问题']);
  });

  it('once a paragraph follows it, the next such heading is its sibling', async () => {
    const m = await model(`${T}主要工作及成效\n全年办理案件30件。\n存在的问题\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['measures - 主要工作及成效', 'problems - 存在的问题']);
  });

  it('a Markdown heading after it keeps its own level', async () => {
    const m = await model(`${MD_T}**依法履职情况**\n\n## 存在的问题\n\n执法力量不足。\n`, 'markdown');
    expect(outline(m)).toEqual(['other - 依法履职情况', 'problems - 存在的问题']);
  });

  it('a run-in heading under it that is its whole paragraph fills it: the next heading without ordinal is its sibling', async () => {
    const m = await model(
      `${T}主要工作及成效\n（一）严格落实行政执法公示制度执法全过程记录制度和重大执法决定法制审核制度确保全局行政执法行为全面规范公正文明并主动接受社会监督。\n存在的问题\n执法力量不足。\n`,
    );
    expect(outline(m)).toEqual([
      'measures - 主要工作及成效',
      '  measures cn-paren run-in 严格落实行政执法公示制度执法全过程记录制度和重大执法决定法制审核制度确保全局行政执法行为全面规范公正文明并主动接受社会监督',
      'problems - 存在的问题',
    ]);
  });

  it('a numbered part with nothing under it does not take a heading without ordinal as its child', async () => {
    const m = await model(`${T}一、主要举措和成效\n党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持召开专题会议3次。\n`);
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效', 'first-responsible-person - 党政主要负责人履行推进法治建设第一责任人职责情况']);
  });
});

describe('where each section starts and ends', () => {
  it('from its heading to the end of its last paragraph or sub-section', async () => {
    const text = `${T}一、主要举措和成效\n（一）加强组织领导\n1.健全工作机制\n每季度召开会议一次。\n（二）规范行政执法\n开展检查12次。\n同时开展案卷评查。\n二、存在的问题\n`;
    const m = await model(text);
    expect(m.allSections.map((s) => slice(m, s))).toEqual([
      '一、主要举措和成效\n（一）加强组织领导\n1.健全工作机制\n每季度召开会议一次。\n（二）规范行政执法\n开展检查12次。\n同时开展案卷评查。',
      '（一）加强组织领导\n1.健全工作机制\n每季度召开会议一次。',
      '1.健全工作机制\n每季度召开会议一次。',
      '（二）规范行政执法\n开展检查12次。\n同时开展案卷评查。',
      '二、存在的问题',
    ]);
  });

  it('a run-in heading\'s section starts at its ordinal and ends with the rest of its paragraph', async () => {
    const text = `${T}一、主要举措和成效\n（一）强化组织领导。根据实际情况及时调整了领导小组。\n`;
    const m = await model(text);
    const sub = m.allSections[1] as Section;
    expect(sub.start).toBe(text.indexOf('（一）'));
    expect(slice(m, sub)).toBe('（一）强化组织领导。根据实际情况及时调整了领导小组。');
    expect(slice(m, m.allSections[0])).toBe('一、主要举措和成效\n（一）强化组织领导。根据实际情况及时调整了领导小组。');
  });
});

describe('where a run-in heading ends', () => {
  it('at its first sentence end: the heading span keeps the 。, the title does not, the rest is the first paragraph', async () => {
    const text = `${T}一、主要举措和成效\n（一）强化组织领导。根据实际情况及时调整了领导小组，全年召开会议4次。\n`;
    const m = await model(text);
    const sub = m.allSections[1] as Section;
    expect(sub.heading).toMatchObject({ title: '强化组织领导', runIn: true, span: { text: '（一）强化组织领导。', start: text.indexOf('（一）') } });
    expect(sub.heading.ordinal?.span.text).toBe('（一）');
    expect(bodies(m)[1]).toEqual(['根据实际情况及时调整了领导小组，全年召开会议4次。']);
    expect(sub.body[0]?.start).toBe(text.indexOf('根据'));
  });

  it('at a short label\'s colon, before any sentence end', async () => {
    const m = await model(`${T}一、主要举措和成效\n全年办理案件30件。\n二、存在的问题：执法人员业务能力不强。原因是培训不够。\n`);
    expect(m.sections[1]?.heading).toMatchObject({ title: '存在的问题', runIn: true, span: { text: '二、存在的问题：' } });
    expect(bodies(m)[1]).toEqual(['执法人员业务能力不强。原因是培训不够。']);
  });

  it('with no sentence end in its paragraph, at the first comma', async () => {
    const line = '（一）强化组织领导，成立了以局长为组长、分管领导为副组长、各科室负责人为成员的全局法治政府建设工作领导小组统筹推进全局各项法治建设工作';
    const text = `${T}一、主要举措和成效\n${line}\n（二）规范行政执法\n开展检查12次。\n`;
    const m = await model(text);
    const sub = m.allSections[1] as Section;
    expect(sub.heading).toMatchObject({ title: '强化组织领导', runIn: true, span: { text: '（一）强化组织领导' } });
    expect(sub.body).toHaveLength(1);
    expect(sub.body[0]?.end).toBe(text.indexOf(line) + line.length);
    expect(slice(m, sub)).toBe(line);
  });

  it('with neither sentence end nor comma, at the end of its text', async () => {
    const line = '（一）严格落实行政执法公示制度执法全过程记录制度和重大执法决定法制审核制度确保全局行政执法行为全面规范公正文明并接受社会各界的广泛监督';
    const m = await model(`${T}一、主要举措和成效\n${line}\n（二）规范行政执法\n开展检查12次。\n`);
    const sub = m.allSections[1] as Section;
    expect(sub.heading).toMatchObject({ title: line.slice(3), runIn: true, span: { text: line } });
    expect(sub.body).toEqual([]);
  });

  it('in Markdown, the heading span covers the emphasis marks and the paragraph map skips them', async () => {
    const text = `${MD_T}## 一、主要举措和成效\n\n（一）**强化组织领导**。根据实际情况及时调整了*领导小组*。\n`;
    const m = await model(text, 'markdown');
    const sub = m.allSections[1] as Section;
    expect(sub.heading).toMatchObject({ title: '强化组织领导', runIn: true, span: { text: '（一）**强化组织领导**。' } });
    const p = sub.body[0] as Paragraph;
    expect(p.plain).toBe('根据实际情况及时调整了领导小组。');
    expect(slice(m, p)).toBe('根据实际情况及时调整了*领导小组*。');
    expect(p.toOffset(11)).toBe(text.indexOf('领导小组'));
    expect(p.toOffset(p.plain.length - 1)).toBe(text.lastIndexOf('。'));
  });

  it('a paragraph broken over lines after a run-in heading: the rest joins the lines', async () => {
    const text = `${T}一、主要举措和成效\n（一）强化组织领导。根据实际情况及时调整了领导\n小组成员。\n`;
    const m = await model(text);
    const p = m.allSections[1]?.body[0] as Paragraph;
    expect(p.plain).toBe('根据实际情况及时调整了领导小组成员。');
    expect(p.toOffset(p.plain.indexOf('小组'))).toBe(text.indexOf('小组'));
    expect(slice(m, p)).toBe('根据实际情况及时调整了领导\n小组成员。');
  });
});
