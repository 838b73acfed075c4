/**
 * How the body of a report is cut into headings and paragraphs (src/model/body.ts, first half): which ordinal
 * lines are whole heading lines and which are run-in headings (length, sentence ends, a short label closed by a
 * colon), numbers that continue a broken sentence, the two-character 公文 indent that starts a paragraph,
 * 第一部分-style parts, statutory part names written without ordinal, bold Markdown headings, short plain
 * headings in a report that numbers no part, and headings that lost their ordinal between their siblings.
 * Everything goes through the public model; each test pins the exact outline and paragraph texts.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import type { ReportModel } from '../../src/model/types.js';

async function model(text: string, syntax: 'text' | 'markdown' = 'text'): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax }));
}

/** One line per section: indent by depth, ordinal style (- for none), run-in flag, title. */
function outline(m: ReportModel): string[] {
  return m.allSections.map((s) => `${'  '.repeat(s.depth - 1)}${s.heading.ordinal?.style ?? '-'}${s.heading.runIn ? ' run-in' : ''} ${s.heading.title}`);
}

const texts = (m: ReportModel): string[] => m.paragraphs.map((p) => p.plain);
const len = (s: string): number => [...s].length;

const T = '岚山县司法局2023年度法治政府建设情况报告\n';
const MD_T = '# 岚山县司法局2023年度法治政府建设情况报告\n\n';

describe('an ordinal line: a heading line or a run-in heading', () => {
  const h60 = '全年共办理行政复议案件32件，其中维持28件，撤销2件，确认违法1件，责令履行1件，调解结案5件，终止审理3件，其他3件';
  const h61 = '全年共办理行政复议案件32件，其中维持28件，撤销2件，确认违法1件，责令履行1件，调解结案5件，终止审理3件，其他13件';

  it('a line of 60 characters after its ordinal, with no sentence end, is a whole heading line', async () => {
    expect(len(h60)).toBe(60);
    const m = await model(`${T}一、主要举措和成效\n（一）${h60}\n复议纠错率同比下降。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', `  cn-paren ${h60}`]);
    expect(texts(m)).toEqual(['复议纠错率同比下降。']);
  });

  it('a line of more than 60 characters after its ordinal is a run-in heading: the first clause heads, the rest is text', async () => {
    expect(len(h61)).toBe(61);
    const m = await model(`${T}一、主要举措和成效\n（一）${h61}\n　　复议纠错率同比下降。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '  cn-paren run-in 全年共办理行政复议案件32件']);
    expect(texts(m)).toEqual([h61.slice(h61.indexOf('，')), '复议纠错率同比下降。']);
  });

  it('spaces after the ordinal do not count towards the 60 characters', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）　${h60}\n复议纠错率同比下降。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', `  cn-paren ${h60}`]);
  });

  it('a heading line that ends in 。 is still a heading line, the next line its text', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）强化组织领导。\n根据人事变动及时调整了领导小组。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '  cn-paren 强化组织领导']);
    expect(texts(m)).toEqual(['根据人事变动及时调整了领导小组。']);
  });

  it('a sentence end inside the line makes a run-in heading: the first sentence heads, the rest is text', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）强化组织领导。根据人事变动及时调整了领导小组。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '  cn-paren run-in 强化组织领导']);
    expect(texts(m)).toEqual(['根据人事变动及时调整了领导小组。']);
  });

  it('a heading of two clauses without sentence end is one heading line', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）完善决策机制，提高依法决策水平\n全年审查规范性文件12件。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '  cn-paren 完善决策机制，提高依法决策水平']);
    expect(texts(m)).toEqual(['全年审查规范性文件12件。']);
  });

  it('a short label closed by a colon, with text after it, is a run-in heading', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、存在的问题：执法人员业务能力不强，原因是培训不够。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', 'cn-dun run-in 存在的问题']);
    expect(m.sections[1]?.body.map((p) => p.plain)).toEqual(['执法人员业务能力不强，原因是培训不够。']);
  });

  it('a statutory part name of 24 characters closed by a colon is a label: the sentence after it is the part’s text', async () => {
    const label = '党政主要负责人履行推进法治建设第一责任人职责情况';
    expect(len(label)).toBe(24);
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、${label}：县长主持召开常务会议研究法治工作3次。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', `cn-dun run-in ${label}`]);
    expect(m.sections[1]?.role).toBe('first-responsible-person');
    expect(m.sections[1]?.body.map((p) => p.plain)).toEqual(['县长主持召开常务会议研究法治工作3次。']);
  });

  it('a label may be 30 characters long, not 31', async () => {
    const label = '党政主要负责人履行推进法治建设第一责任人职责及有关工作开展情况';
    expect(len(label)).toBe(31);
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、${label}：县长主持召开常务会议研究法治工作3次。\n`);
    expect(m.sections[1]?.heading.runIn).toBe(false);
    expect(m.sections[1]?.body).toEqual([]);
    const thirty = label.slice(1);
    const m30 = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、${thirty}：县长主持召开常务会议研究法治工作3次。\n`);
    expect(outline(m30)).toEqual(['cn-dun 主要举措和成效', `cn-dun run-in ${thirty}`]);
    expect(m30.sections[1]?.body.map((p) => p.plain)).toEqual(['县长主持召开常务会议研究法治工作3次。']);
  });

  it('a colon after a clause does not make a label: the line is one heading line', async () => {
    const m = await model(`${T}一、存在的问题\n（一）执法能力不强，主要表现在：案卷不规范。\n部分执法人员未持证上岗。\n`);
    expect(outline(m)).toEqual(['cn-dun 存在的问题', '  cn-paren 执法能力不强，主要表现在：案卷不规范']);
    expect(texts(m)).toEqual(['部分执法人员未持证上岗。']);
  });

  it('a label with nothing after its colon is a heading line, its text on the next line', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、下一步工作打算：\n加强执法培训。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', 'cn-dun 下一步工作打算']);
    expect(m.sections[1]?.body.map((p) => p.plain)).toEqual(['加强执法培训。']);
  });

  it('the last line of the body can be a run-in heading', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、下一步工作打算。加强执法培训。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', 'cn-dun run-in 下一步工作打算']);
    expect(texts(m)).toEqual(['开展检查12次。', '加强执法培训。']);
  });
});

describe('a number at the start of a line after an unfinished sentence', () => {
  it('an Arabic number (12、) continues the sentence', async () => {
    const m = await model(`${T}一、主要举措和成效\n全年开展执法检查共计\n12、次，整改问题3个。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['全年开展执法检查共计12、次，整改问题3个。']);
  });

  it('a Chinese number with a comma (一，) continues the sentence', async () => {
    const m = await model(`${T}（一）主要举措和成效\n全年分别在第\n一，二季度开展集中执法检查。\n`);
    expect(outline(m)).toEqual(['cn-paren 主要举措和成效']);
    expect(texts(m)).toEqual(['全年分别在第一，二季度开展集中执法检查。']);
  });

  it('（二） after an unfinished sentence still starts a heading', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）规范执法\n全年开展执法检查\n（二）加强普法\n开展普法活动20场次。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '  cn-paren 规范执法', '  cn-paren 加强普法']);
    expect(texts(m)).toEqual(['全年开展执法检查', '开展普法活动20场次。']);
  });

  it('a number after a finished sentence starts a heading', async () => {
    const m = await model(`${T}一、主要举措和成效\n全年开展执法检查12次。\n1.健全依法决策机制\n全年审查文件12件。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '  arabic-dot 健全依法决策机制']);
  });
});

describe('lines joined into paragraphs, and the 公文 indent', () => {
  it('a line after a finished sentence starts a new paragraph; one after an unfinished sentence joins it', async () => {
    const m = await model(`${T}一、主要举措和成效\n全年办理行政处罚案件30件，\n同比增长12%。\n全年审查规范性文件12件。\n`);
    expect(texts(m)).toEqual(['全年办理行政处罚案件30件，同比增长12%。', '全年审查规范性文件12件。']);
  });

  it('a line indented two characters deeper than the line before starts a paragraph, even mid-sentence', async () => {
    const m = await model(`${T}一、主要举措和成效\n我局紧紧围绕年度目标扎实推进各项工作，主要做法如下\n　　全年审查规范性文件12件。\n`);
    expect(texts(m)).toEqual(['我局紧紧围绕年度目标扎实推进各项工作，主要做法如下', '全年审查规范性文件12件。']);
  });

  it('a line indented by one space continues the sentence', async () => {
    const m = await model(`${T}一、主要举措和成效\n全年办理行政处罚案件30件，\n 同比增长12%。\n`);
    expect(texts(m)).toEqual(['全年办理行政处罚案件30件，同比增长12%。']);
  });

  it('a line indented as deep as the line before continues its sentence', async () => {
    const m = await model(`${T}一、主要举措和成效\n　　全年审查规范性文件12件，\n　　同比增长5%。\n`);
    expect(texts(m)).toEqual(['全年审查规范性文件12件，同比增长5%。']);
  });

  it('a line indented deeper than an indented line before it starts a paragraph', async () => {
    const m = await model(`${T}一、主要举措和成效\n　　全年审查规范性文件12件，主要做法如下\n　　　　严格落实合法性审查制度。\n`);
    expect(texts(m)).toEqual(['全年审查规范性文件12件，主要做法如下', '严格落实合法性审查制度。']);
  });

  it('the indent is measured on the line in the source, whatever came on the lines before', async () => {
    const m = await model(`${T}　　2023年，我局坚持以习近平法治思想为指导，\n全面推进法治政府建设。\n一、主要举措和成效\n全年办理行政处罚案件30件，\n同比增长12%。\n`);
    expect(m.preamble.map((p) => p.plain)).toEqual(['2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设。']);
    expect(texts(m)).toEqual(['2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设。', '全年办理行政处罚案件30件，同比增长12%。']);
  });

  it('with old Mac line endings (CR only) the indent is measured the same way', async () => {
    const m = await model(`${T}一、主要举措和成效\r　　全年审查规范性文件12件，\r　　同比增长5%。\r`.replace('\n', '\r'));
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['全年审查规范性文件12件，同比增长5%。']);
  });

  it('an indented first line of the body is an ordinary paragraph', async () => {
    const m = await model(`${T}　　2023年，我局坚持以习近平法治思想为指导。\n一、主要举措和成效\n开展检查12次。\n`);
    expect(m.preamble.map((p) => p.plain)).toEqual(['2023年，我局坚持以习近平法治思想为指导。']);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
  });
});

describe('第一部分-style parts', () => {
  it('第一部分 and 第二部分 are parts above the 一、 sections, their titles after the marker', async () => {
    const m = await model(`${T}第一部分　主要举措和成效\n一、抓学法用法\n集中学法6次。\n二、抓依法决策\n审查文件12件。\n第二部分：存在的问题\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['- 主要举措和成效', '  cn-dun 抓学法用法', '  cn-dun 抓依法决策', '- 存在的问题']);
    expect(m.allSections.map((s) => s.heading.span.text)).toEqual(['第一部分　主要举措和成效', '一、抓学法用法', '二、抓依法决策', '第二部分：存在的问题']);
  });

  it('a part marker needs no separator before its title', async () => {
    const m = await model(`${T}第一部分主要举措和成效\n一、抓学法用法\n集中学法6次。\n`);
    expect(outline(m)).toEqual(['- 主要举措和成效', '  cn-dun 抓学法用法']);
  });

  it('a part numbered with two Chinese digits (第十一部分) is a part', async () => {
    const m = await model(`${T}第十一部分 其他工作情况\n一、抓学法用法\n集中学法6次。\n`);
    expect(outline(m)).toEqual(['- 其他工作情况', '  cn-dun 抓学法用法']);
  });

  it('a part line of 60 characters is a part', async () => {
    const line = '第一部分　党政主要负责人履行推进法治建设第一责任人职责情况和全面推进依法行政各项主要举措及取得的工作成效与典型的经验做法';
    expect(len(line)).toBe(60);
    const m = await model(`${T}${line}\n一、抓学法用法\n集中学法6次。\n`);
    expect(outline(m)).toEqual([`- ${line.slice(5)}`, '  cn-dun 抓学法用法']);
  });

  it('a part line of more than 60 characters is text', async () => {
    const line = '第一部分　党政主要负责人履行推进法治建设第一责任人职责情况和全面推进依法行政各项主要举措及取得的工作成效与典型的经验和做法';
    expect(len(line)).toBe(61);
    const m = await model(`${T}${line}\n一、抓学法用法\n集中学法6次。\n`);
    expect(outline(m)).toEqual(['cn-dun 抓学法用法']);
    expect(m.preamble.map((p) => p.plain)).toEqual([line]);
  });

  it('a sentence that starts with 第一部分 is text', async () => {
    const m = await model(`${T}一、主要举措和成效\n第一部分工作已于3月完成，第二部分正在推进。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['第一部分工作已于3月完成，第二部分正在推进。']);
  });

  it('a line that names 第二部分 in its middle is text', async () => {
    const m = await model(`${T}一、主要举措和成效\n对照实施方案第二部分逐项抓好落实\n全年完成任务32项。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['对照实施方案第二部分逐项抓好落实全年完成任务32项。']);
  });
});

describe('a statutory part named without its ordinal', () => {
  const frp = '党政主要负责人履行推进法治建设第一责任人职责情况';

  it('a line of four characters naming a part is its heading (存在问题)', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n存在问题\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '- 存在问题']);
    expect(m.sections[1]?.role).toBe('problems');
    expect(m.sections[1]?.body.map((p) => p.plain)).toEqual(['执法力量不足。']);
  });

  it('a line of two characters is not a heading even when it names a part (问题)', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n问题\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', '问题执法力量不足。']);
  });

  it('a line of three characters is not a heading either (下一步 starting a sentence)', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n下一步\n我局将加强执法培训。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', '下一步我局将加强执法培训。']);
  });

  it('a part name of 24 characters is a heading; one of 25 is text', async () => {
    expect(len(frp)).toBe(24);
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n${frp}\n县长主持召开常务会议3次。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', `- ${frp}`]);
    const longer = '党政主要负责人履行推进法治建设第一责任人职责的情况';
    expect(len(longer)).toBe(25);
    const n = await model(`${T}一、主要举措和成效\n开展检查12次。\n${longer}\n县长主持召开常务会议3次。\n`);
    expect(outline(n)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(n)).toEqual(['开展检查12次。', `${longer}县长主持召开常务会议3次。`]);
  });

  it('a short part name ending in 。 is a heading (存在的问题。)', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n存在的问题。\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '- 存在的问题']);
  });

  it('a short title ending in 。 that only matches with the 。 removed is a heading (主要问题。)', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n主要问题。\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '- 主要问题']);
  });

  it('a title of 12 characters ending in 。 is a heading', async () => {
    const t = '存在的问题和不足及原因。';
    expect(len(t)).toBe(12);
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n${t}\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效', '- 存在的问题和不足及原因']);
  });

  it('a line of 13 characters ending in 。 is a sentence', async () => {
    const t = '存在的问题和不足及其原因。';
    expect(len(t)).toBe(13);
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n${t}\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', t, '执法力量不足。']);
  });

  it('a longer line ending in 。 is a sentence, even when it names a part', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n乡党委书记认真履行第一责任人职责。\n全年主持召开专题会议3次。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', '乡党委书记认真履行第一责任人职责。', '全年主持召开专题会议3次。']);
  });

  it('a short sentence ending in 。 that names a part in passing is text: a title ends with the part’s name', async () => {
    for (const sentence of ['全年工作成效明显。', '县长带头依法行政。', '存在问题已全部整改。']) {
      const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n${sentence}\n执法力量不足。\n`);
      expect(outline(m), sentence).toEqual(['cn-dun 主要举措和成效']);
      expect(texts(m), sentence).toEqual(['开展检查12次。', sentence, '执法力量不足。']);
    }
    for (const [title, role] of [
      ['下一步工作打算。', 'plan'],
      ['主要工作成效。', 'measures'],
      ['履行第一责任人职责情况。', 'first-responsible-person'],
    ] as const) {
      const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n${title}\n加强执法培训。\n`);
      expect(outline(m), title).toEqual(['cn-dun 主要举措和成效', `- ${title.slice(0, -1)}`]);
      expect(m.sections[1]?.role, title).toBe(role);
    }
  });

  it('a lead-in ending in a colon is text (存在的问题：)', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n存在的问题：\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', '存在的问题：', '执法力量不足。']);
  });

  it('a part name with a comma inside is text', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n存在的问题，执法力量不足\n　　全年仅有执法人员3名。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', '存在的问题，执法力量不足', '全年仅有执法人员3名。']);
  });

  it('a short line that names no part stays text in a numbered report', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n全年办理案件30件\n　　开展普法活动12场次。\n`);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', '全年办理案件30件', '开展普法活动12场次。']);
  });
});

describe('bold Markdown lines', () => {
  const b40 = '坚持以习近平法治思想为指导全面推进法治政府建设不断提升各级依法行政能力和治理水平';
  const b41 = '坚持以习近平法治思想为指导全面推进法治政府建设不断提升全县各级依法行政的能力和水平';

  it('in a report that numbers no part, a bold line of 40 characters is a heading', async () => {
    expect(len(b40)).toBe(40);
    const m = await model(`${MD_T}**${b40}**\n\n开展检查12次。\n`, 'markdown');
    expect(outline(m)).toEqual([`- ${b40}`]);
    expect(texts(m)).toEqual(['开展检查12次。']);
  });

  it('a bold line of 41 characters is text', async () => {
    expect(len(b41)).toBe(41);
    const m = await model(`${MD_T}**${b41}**\n\n## 存在的问题\n\n执法力量不足。\n`, 'markdown');
    expect(outline(m)).toEqual(['- 存在的问题']);
    expect(texts(m)).toEqual([b41, '执法力量不足。']);
  });

  it('a bold heading may end in 。', async () => {
    const m = await model(`${MD_T}**主要做法和成效**\n\n**规范涉企执法检查。**\n\n开展检查12次。\n`, 'markdown');
    expect(outline(m)).toEqual(['- 主要做法和成效', '  - 规范涉企执法检查']);
  });

  it('a bold line with a sentence end inside is text', async () => {
    const m = await model(`${MD_T}**主要做法和成效**\n\n**全年未发生行政复议纠错案件。开展检查12次。**\n\n执法力量不足。\n`, 'markdown');
    expect(outline(m)).toEqual(['- 主要做法和成效']);
    expect(texts(m)).toEqual(['全年未发生行政复议纠错案件。开展检查12次。', '执法力量不足。']);
  });

  it('in a report numbered with 一、 a bold line is emphasis, not a heading', async () => {
    const m = await model(`${MD_T}一、主要举措和成效\n\n**全年未发生行政复议纠错案件。**\n\n开展检查12次。\n`, 'markdown');
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
    expect(texts(m)).toEqual(['全年未发生行政复议纠错案件。', '开展检查12次。']);
  });

  it('a short sentence that is not bold is not a heading in a report that numbers no part', async () => {
    const m = await model(`${T}主要做法和成效\n开展检查12次。\n执法力量不足。\n`);
    expect(outline(m)).toEqual(['- 主要做法和成效']);
    expect(texts(m)).toEqual(['开展检查12次。', '执法力量不足。']);
  });

  it('a Markdown heading without ordinal keeps its # depth', async () => {
    const m = await model(`${MD_T}## 主要做法和成效\n\n### 加强学法用法\n\n#### 领导干部带头学法\n\n开展集中学法6次。\n`, 'markdown');
    expect(outline(m)).toEqual(['- 主要做法和成效', '  - 加强学法用法', '    - 领导干部带头学法']);
    expect(m.allSections.map((s) => s.heading.markdownDepth)).toEqual([2, 3, 4]);
  });
});

describe('short plain lines as headings in a report that numbers no part', () => {
  it('a short line before an indented paragraph is a heading, nested in the open part', async () => {
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n服务市场主体，营商环境持续优化\n　　深化放管服改革，企业开办压缩至1个工作日。\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效', '  - 服务市场主体，营商环境持续优化']);
    expect(texts(m)).toEqual(['全年开展检查12次。', '深化放管服改革，企业开办压缩至1个工作日。']);
  });

  it.each([
    ['依法行政', true],
    ['抓党建', false],
  ])('length 4 is the shortest plain heading: %s → %s', async (line, heading) => {
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n${line}\n　　全年审查规范性文件12件。\n`);
    expect(outline(m)).toEqual(heading ? ['- 主要工作及成效', `  - ${line}`] : ['- 主要工作及成效']);
  });

  it('a plain heading may be 30 characters long, not 31', async () => {
    const p30 = '持续深化放管服改革全面优化法治化营商环境切实服务各类市场主体';
    const p31 = '持续深化放管服改革全面优化法治化营商环境切实服务好各类市场主体';
    expect([len(p30), len(p31)]).toEqual([30, 31]);
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n${p30}\n　　全年审查规范性文件12件。\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效', `  - ${p30}`]);
    const n = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n${p31}\n　　全年审查规范性文件12件。\n`);
    expect(outline(n)).toEqual(['- 主要工作及成效']);
    expect(texts(n)).toEqual(['全年开展检查12次。', p31, '全年审查规范性文件12件。']);
  });

  it('a short line with quotation marks is text', async () => {
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n深化“放管服”改革\n　　企业开办压缩至1个工作日。\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效']);
    expect(texts(m)).toEqual(['全年开展检查12次。', '深化“放管服”改革', '企业开办压缩至1个工作日。']);
  });

  it('a short line that does not end in a Chinese character is text (a figure)', async () => {
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n执法人员持证率达到100%\n　　全年组织执法培训6期。\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效']);
    expect(texts(m)).toEqual(['全年开展检查12次。', '执法人员持证率达到100%', '全年组织执法培训6期。']);
  });

  it('a short line that ends in a comma is text', async () => {
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n服务市场主体，\n　　深化放管服改革。\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效']);
    expect(texts(m)).toEqual(['全年开展检查12次。', '服务市场主体，', '深化放管服改革。']);
  });

  it('a short line followed by a heading is text', async () => {
    const m = await model(`${T}第一部分　主要工作及成效\n　　全年开展检查12次。\n全年工作稳步推进\n第二部分　存在的问题\n　　执法力量不足。\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效', '- 存在的问题']);
    expect(texts(m)).toEqual(['全年开展检查12次。', '全年工作稳步推进', '执法力量不足。']);
  });

  it('a phrase broken over two lines is one paragraph, not a heading', async () => {
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n服务市场主体\n营商环境持续优化\n　　深化放管服改革。\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效']);
    expect(texts(m)).toEqual(['全年开展检查12次。', '服务市场主体营商环境持续优化', '深化放管服改革。']);
  });

  it('a report that numbers no part may end with a short line', async () => {
    const m = await model(`${T}主要工作及成效\n　　全年开展检查12次。\n　　全年办理案件30件\n`);
    expect(outline(m)).toEqual(['- 主要工作及成效']);
    expect(texts(m)).toEqual(['全年开展检查12次。', '全年办理案件30件']);
  });
});

/** Two sibling headings of two clauses under 一、, each followed by a paragraph. */
const HEAD = `${T}一、主要举措和成效\n`;
const S1 = '（一）完善决策机制，提高依法决策水平\n全年审查规范性文件12件。\n';
const S2 = '（二）严格规范执法，提升执法效能\n全年办理行政处罚案件30件。\n';
const CAND = '化解矛盾纠纷，维护社会和谐稳定。';
const AFTER = '全年调解各类纠纷36件。\n';
const S4 = '（四）加强普法宣传，营造良好法治氛围\n开展普法活动20场次。\n';
const LOST = [
  'cn-dun 主要举措和成效',
  '  cn-paren 完善决策机制，提高依法决策水平',
  '  cn-paren 严格规范执法，提升执法效能',
  '  - 化解矛盾纠纷，维护社会和谐稳定',
  '  cn-paren 加强普法宣传，营造良好法治氛围',
];
const NOT_LOST = LOST.filter((l) => !l.includes('化解'));

describe('a heading that lost its ordinal', () => {
  it('a line shaped like its siblings, with the next sibling skipping one number, is the missing （三）', async () => {
    const m = await model(`${HEAD}${S1}${S2}${CAND}\n${AFTER}${S4}`);
    expect(outline(m)).toEqual(LOST);
    expect(m.allSections[3]?.body.map((p) => p.plain)).toEqual(['全年调解各类纠纷36件。']);
  });

  it('the same line followed by （三） is a concluding sentence, not a heading', async () => {
    const m = await model(`${HEAD}${S1}${S2}${CAND}\n${AFTER}（三）加强普法宣传，营造良好法治氛围\n开展普法活动20场次。\n`);
    expect(outline(m)).toEqual([...NOT_LOST.slice(0, 3), '  cn-paren 加强普法宣传，营造良好法治氛围']);
    expect(texts(m)).toContain(CAND);
  });

  it('the line is text when nothing follows at its level, and the texts do not open alike', async () => {
    const m = await model(`${HEAD}${S1}${S2}${CAND}\n${AFTER}`);
    expect(outline(m)).toEqual(NOT_LOST.slice(0, 3));
    expect(texts(m)).toEqual(['全年审查规范性文件12件。', '全年办理行政处罚案件30件。', CAND, '全年调解各类纠纷36件。']);
  });

  it('the numbered items of the lost heading do not hide the next sibling (（四） after 1. 2.)', async () => {
    const m = await model(`${HEAD}${S1}${S2}${CAND}\n${AFTER}1.推进人民调解。全年调解纠纷20件。\n2.推进行政调解。全年调解纠纷16件。\n${S4}`);
    expect(outline(m)).toEqual([
      ...LOST.slice(0, 4),
      '    arabic-dot run-in 推进人民调解',
      '    arabic-dot run-in 推进行政调解',
      LOST[4],
    ]);
  });

  describe('when the text after every sibling opens an enumeration the same way', () => {
    const A1 = '（一）完善决策机制，提高依法决策水平\n一是严格落实合法性审查，二是推行法律顾问制度。\n';
    const A2 = '（二）严格规范执法，提升执法效能\n一是全面落实三项制度，二是开展案卷评查。\n';

    it('a line whose text opens the same way (一是…) is a lost heading, with no later sibling needed', async () => {
      const m = await model(`${HEAD}${A1}${A2}${CAND}\n一是完善调解组织，二是健全诉调对接机制。\n`);
      expect(outline(m)).toEqual([...LOST.slice(0, 4)]);
      expect(m.allSections[3]?.body.map((p) => p.plain)).toEqual(['一是完善调解组织，二是健全诉调对接机制。']);
    });

    it('a line whose text opens differently stays text', async () => {
      const m = await model(`${HEAD}${A1}${A2}${CAND}\n${AFTER}`);
      expect(outline(m)).toEqual(NOT_LOST.slice(0, 3));
    });

    it('texts that open with 首先 count too', async () => {
      const F1 = '（一）完善决策机制，提高依法决策水平\n首先，严格落实合法性审查。\n';
      const F2 = '（二）严格规范执法，提升执法效能\n首先，全面落实三项制度。\n';
      const m = await model(`${HEAD}${F1}${F2}${CAND}\n首先，完善调解组织。\n`);
      expect(outline(m)).toEqual([...LOST.slice(0, 4)]);
    });

    it('texts that open with 第一， count too', async () => {
      const F1 = '（一）完善决策机制，提高依法决策水平\n第一，严格落实合法性审查。\n';
      const F2 = '（二）严格规范执法，提升执法效能\n第一，全面落实三项制度。\n';
      const m = await model(`${HEAD}${F1}${F2}${CAND}\n第一，完善调解组织。\n`);
      expect(outline(m)).toEqual([...LOST.slice(0, 4)]);
    });

    it('一是 later in the text is not an opening: the line stays text', async () => {
      const L1 = '（一）完善决策机制，提高依法决策水平\n全年重点抓了两项工作，一是严格落实合法性审查，二是推行法律顾问制度。\n';
      const L2 = '（二）严格规范执法，提升执法效能\n全年重点抓了两项工作，一是全面落实三项制度，二是开展案卷评查。\n';
      const m = await model(`${HEAD}${L1}${L2}${CAND}\n全年重点抓了两项工作，一是完善调解组织，二是健全诉调对接机制。\n`);
      expect(outline(m)).toEqual(NOT_LOST.slice(0, 3));
    });

    it('首先 later in the text is not an opening: the line stays text', async () => {
      const L1 = '（一）完善决策机制，提高依法决策水平\n我局坚持把合法性审查摆在首位，首先严格落实审查制度。\n';
      const L2 = '（二）严格规范执法，提升执法效能\n我局坚持把规范执法摆在首位，首先全面落实三项制度。\n';
      const m = await model(`${HEAD}${L1}${L2}${CAND}\n我局坚持把调解摆在首位，首先完善调解组织。\n`);
      expect(outline(m)).toEqual(NOT_LOST.slice(0, 3));
    });

    it('when only one sibling’s text opens that way, the line stays text', async () => {
      const m = await model(`${HEAD}${A1}${S2}${CAND}\n一是完善调解组织，二是健全诉调对接机制。\n`);
      expect(outline(m)).toEqual(NOT_LOST.slice(0, 3));
    });

    it('when the siblings’ texts do not open with 一是, a line whose text does stays text', async () => {
      const m = await model(`${HEAD}${S1}${S2}${CAND}\n一是完善调解组织，二是健全诉调对接机制。\n`);
      expect(outline(m)).toEqual(NOT_LOST.slice(0, 3));
    });

    it('the first line under a part heading is text even when it reads like the sub-headings before it', async () => {
      const m = await model(`${HEAD}${A1}${A2}存在的问题\n执法力量不足，培训覆盖不够。\n一是执法人员偏少，二是培训经费不足。\n`);
      expect(outline(m)).toEqual([...NOT_LOST.slice(0, 3), '- 存在的问题']);
      expect(m.sections[1]?.body.map((p) => p.plain)).toEqual(['执法力量不足，培训覆盖不够。', '一是执法人员偏少，二是培训经费不足。']);
    });
  });

  it('one sibling is not enough', async () => {
    const m = await model(`${HEAD}${S1}${CAND}\n${AFTER}（三）加强普法宣传，营造良好法治氛围\n开展普法活动20场次。\n`);
    expect(outline(m)).toEqual([NOT_LOST[0], NOT_LOST[1], '  cn-paren 加强普法宣传，营造良好法治氛围']);
  });

  it('siblings are counted from the last heading above them: one （一） under 二、 is not enough', async () => {
    const m = await model(
      `${HEAD}${S1}${S2}二、党政主要负责人履行第一责任人职责情况\n（一）带头学法用法，提升法治素养\n全年集中学法6次。\n带头依法决策，提升决策水平。\n${AFTER}（三）带头推动普法，营造法治氛围\n开展普法活动20场次。\n`,
    );
    expect(outline(m)).toEqual([
      ...NOT_LOST.slice(0, 3),
      'cn-dun 党政主要负责人履行第一责任人职责情况',
      '  cn-paren 带头学法用法，提升法治素养',
      '  cn-paren 带头推动普法，营造法治氛围',
    ]);
  });

  it('top-level parts are never recovered this way (一、 二、 … 四、)', async () => {
    const m = await model(
      `${T}一、完善决策机制，提高依法决策水平\n全年审查规范性文件12件。\n二、严格规范执法，提升执法效能\n全年办理行政处罚案件30件。\n${CAND}\n${AFTER}四、加强普法宣传，营造良好法治氛围\n开展普法活动20场次。\n`,
    );
    expect(outline(m)).toEqual(['cn-dun 完善决策机制，提高依法决策水平', 'cn-dun 严格规范执法，提升执法效能', 'cn-dun 加强普法宣传，营造良好法治氛围']);
  });

  it('a higher-level heading numbered two on (四、 after （二）) is not the sibling that proves a gap', async () => {
    const m = await model(`${T}三、存在的问题\n${S1}${S2}${CAND}\n${AFTER}四、下一步工作打算\n加强执法培训。\n`);
    expect(outline(m)).toEqual(['cn-dun 存在的问题', NOT_LOST[1], NOT_LOST[2], 'cn-dun 下一步工作打算']);
  });

  it('siblings of different shapes give no evidence of the shape: the line stays text', async () => {
    const m = await model(`${HEAD}${S1}（二）严格规范执法\n全年办理行政处罚案件30件。\n${CAND}\n${AFTER}${S4}`);
    expect(outline(m)).toEqual([NOT_LOST[0], NOT_LOST[1], '  cn-paren 严格规范执法', NOT_LOST[3]]);
  });

  it('siblings of three clauses: no line is taken for a lost heading', async () => {
    const m = await model(
      `${HEAD}（一）强化组织领导，压实工作责任，完善工作机制\n全年召开专题会议3次。\n（二）严格规范执法，提升执法效能，强化执法监督\n全年办理行政处罚案件30件。\n化解矛盾纠纷，维护社会稳定，促进社会和谐。\n${AFTER}（四）加强普法宣传，营造法治氛围，提升法治素养\n开展普法活动20场次。\n`,
    );
    expect(m.allSections).toHaveLength(4);
    expect(texts(m)).toContain('化解矛盾纠纷，维护社会稳定，促进社会和谐。');
  });

  it('a line of one clause between two-clause siblings stays text', async () => {
    const m = await model(`${HEAD}${S1}${S2}化解矛盾纠纷。\n${AFTER}${S4}`);
    expect(outline(m)).toEqual(NOT_LOST);
    expect(texts(m)).toContain('化解矛盾纠纷。全年调解各类纠纷36件。'.slice(0, 7));
  });

  it('a clause with figures makes the line text', async () => {
    const m = await model(`${HEAD}${S1}${S2}化解矛盾纠纷，全年调解纠纷36件。\n${AFTER}${S4}`);
    expect(outline(m)).toEqual(NOT_LOST);
    expect(texts(m)).toContain('化解矛盾纠纷，全年调解纠纷36件。');
  });

  it('clauses may be 16 characters long, not 17', async () => {
    const c16 = '全面推进矛盾纠纷多元化解机制建设';
    const c17 = '全面推进矛盾纠纷多元化解机制的建设';
    expect([len(c16), len(c17)]).toEqual([16, 17]);
    const m = await model(`${HEAD}${S1}${S2}维护社会稳定，${c16}。\n${AFTER}${S4}`);
    expect(outline(m)).toEqual([...LOST.slice(0, 3), `  - 维护社会稳定，${c16}`, LOST[4]]);
    const n = await model(`${HEAD}${S1}${S2}维护社会稳定，${c17}。\n${AFTER}${S4}`);
    expect(outline(n)).toEqual(NOT_LOST);
  });

  it('a concluding sentence (综上所述，…) is never a lost heading', async () => {
    const m = await model(`${HEAD}${S1}${S2}综上所述，全年工作成效明显。\n${AFTER}${S4}`);
    expect(outline(m)).toEqual(NOT_LOST);
  });

  it('以上 inside a line (以上率下) does not make it a concluding sentence', async () => {
    const m = await model(`${HEAD}${S1}${S2}坚持以上率下，压实主体责任。\n${AFTER}${S4}`);
    expect(outline(m)).toEqual([...LOST.slice(0, 3), '  - 坚持以上率下，压实主体责任', LOST[4]]);
  });

  it('a line right after a run-in sibling is that sibling’s text', async () => {
    const m = await model(`${HEAD}${S1}（二）严格规范执法，提升执法效能。全年办理行政处罚案件30件。\n${CAND}\n${AFTER}${S4}`);
    expect(outline(m)).toEqual([NOT_LOST[0], NOT_LOST[1], '  cn-paren run-in 严格规范执法，提升执法效能', NOT_LOST[3]]);
  });

  it('a line followed directly by the next sibling is text: a heading needs text under it', async () => {
    const m = await model(`${HEAD}${S1}${S2}${AFTER}${CAND}\n（四）加强普法宣传，营造良好法治氛围。开展普法活动20场次。\n`);
    expect(outline(m)).toEqual([...NOT_LOST.slice(0, 3), '  cn-paren run-in 加强普法宣传，营造良好法治氛围']);
  });

  it('a line joined to the next one (no sentence end) is a paragraph, not a lost heading', async () => {
    const m = await model(`${HEAD}${S1}${S2}化解矛盾纠纷，维护社会和谐稳定\n${AFTER}开展矛盾纠纷排查4次。\n${S4}`);
    expect(outline(m)).toEqual(NOT_LOST);
    expect(m.allSections[2]?.body.map((p) => p.plain)).toEqual([
      '全年办理行政处罚案件30件。',
      '化解矛盾纠纷，维护社会和谐稳定全年调解各类纠纷36件。',
      '开展矛盾纠纷排查4次。',
    ]);
  });

  it('a Markdown heading between siblings keeps its # level', async () => {
    const text = `${MD_T}## 一、主要举措和成效\n\n${S1.replace('\n', '\n\n')}\n${S2.replace('\n', '\n\n')}\n#### 化解矛盾纠纷，维护社会和谐稳定\n\n${AFTER}\n${S4.replace('\n', '\n\n')}`;
    const m = await model(text, 'markdown');
    expect(outline(m)).toEqual([...LOST.slice(0, 3), '    - 化解矛盾纠纷，维护社会和谐稳定', LOST[4]]);
  });

  it('1， siblings: the ordinal’s comma is not a clause', async () => {
    const m = await model(
      `${HEAD}（一）规范执法\n1，加强执法培训\n全年培训6期。\n2，开展案卷评查\n评查案卷50卷。\n推进执法公示。\n公示执法信息1200条。\n4，落实法制审核\n审核决定30件。\n`,
    );
    expect(outline(m)).toEqual([
      'cn-dun 主要举措和成效',
      '  cn-paren 规范执法',
      '    arabic-comma 加强执法培训',
      '    arabic-comma 开展案卷评查',
      '    - 推进执法公示',
      '    arabic-comma 落实法制审核',
    ]);
  });

  it('one-line paragraphs before the first heading are never lost headings', async () => {
    const m = await model(`${T}2023年，我局坚持以习近平法治思想为指导。\n现将有关情况报告如下。\n各项工作有序推进。\n一、主要举措和成效\n开展检查12次。\n执法力量不足。\n`);
    expect(m.preamble.map((p) => p.plain)).toEqual(['2023年，我局坚持以习近平法治思想为指导。', '现将有关情况报告如下。', '各项工作有序推进。']);
    expect(outline(m)).toEqual(['cn-dun 主要举措和成效']);
  });
});
