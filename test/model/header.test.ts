/**
 * The header of a report (src/model/header.ts): which line is the title (also when it is broken over two lines, or
 * when no line looks like one), the issuer named above the title or at its start, and the 主送 line after it — on
 * plain-text reports as copied from government sites and PDF files.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import type { ReportModel } from '../../src/model/types.js';
import { stripSpaces } from '../../src/text/chars.js';

async function model(text: string): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax: 'text' }));
}

/** The first line of the body: where the model says the report text after the header begins. */
function firstBodyLine(m: ReportModel): string {
  return m.text.slice(m.body.start).split('\n')[0] ?? '';
}

const BODY = '一、主要举措和成效\n全年开展普法活动12场次。\n二、存在的问题\n问题是培训不够，原因是重视不够。\n';

/** A first body paragraph of more than 50 characters, on one line as in Word and web copies. */
const LONG_PREAMBLE = '今年以来，我局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设。';

/** A title that no title word ends (计划), so only the fallback for reports without a title-like line finds it. */
const PLAN_TITLE = '某某县司法局2025年度依法行政工作总结和2026年工作计划';

describe('a title broken over two lines', () => {
  it('joins a second title line of exactly 12 characters to the first line that holds 关于 and the year', async () => {
    // Guards line 47: `stripSpaces(line.chars).length <= 12` — 12 characters is still a title's tail.
    const text = `某某镇人民政府关于2025年度\n法治政府建设工作情况报告\n现将我镇2025年度法治政府建设工作情况报告如下。\n${BODY}`;
    expect(stripSpaces('法治政府建设工作情况报告').length).toBe(12);
    const m = await model(text);
    expect(m.title).toEqual({ text: '某某镇人民政府关于2025年度\n法治政府建设工作情况报告', start: 0, end: 28 });
    expect(m.header).toEqual([]);
    expect(m.headerIssuer).toEqual({ text: '某某镇人民政府', start: 0, end: 7 });
    expect(firstBodyLine(m)).toBe('现将我镇2025年度法治政府建设工作情况报告如下。');
  });

  it('does not join an issue-number line such as 第3期 (digits, but no year) to a short title below it', async () => {
    // Guards line 47: `/关于|法治|\d{4}|年/` — a lone digit is not a year; 第3期 stays a header line.
    const text = `依法治县工作简报\n第3期\n法治政府建设情况汇报\n现将有关情况汇报如下。\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: '法治政府建设情况汇报', start: 13, end: 23 });
    expect(m.header.map((h) => h.text)).toEqual(['依法治县工作简报', '第3期']);
  });

  it('does not join a 版头 line ending in 文件 to a short title below it, and takes the issuer from the 版头', async () => {
    // Guards line 47: `/关于|法治|\d{4}|年/` — a 版头 line with no year, 关于 or 法治 is not the first half of the title.
    const text = `某某县司法局文件\n法治政府建设工作总结\n一年来，我局坚持依法行政。\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: '法治政府建设工作总结', start: 9, end: 19 });
    expect(m.header.map((h) => h.text)).toEqual(['某某县司法局文件']);
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: 0, end: 6 });
  });

  it('does not join a 版头 line ending in 文件 to the title even when it holds 法治 (…全面依法治县委员会文件)', async () => {
    // 依法治县 holds 法治, and a name ending in 文件 is no organ line: the 版头 must still stay out of the title.
    const text = `中共某某县委全面依法治县委员会文件\n法治政府建设工作总结\n一年来，我县坚持依法行政。\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: '法治政府建设工作总结', start: 18, end: 28 });
    expect(m.header.map((h) => h.text)).toEqual(['中共某某县委全面依法治县委员会文件']);
  });
});

describe('where the search for a title-like line stops', () => {
  it('does not take a first body sentence broken before 如下 (现将…情况报告) for the title', async () => {
    // Guards line 20: `return false` for lines opening with 现将/根据/按照/为了/今年/一年来, even when they end with 报告.
    const text = `某某县2025年度法治政府建设工作\n现将我县2025年度法治政府建设情况报告\n如下：\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: '某某县2025年度法治政府建设工作', start: 0, end: 17 });
    expect(m.header).toEqual([]);
    expect(firstBodyLine(m)).toBe('现将我县2025年度法治政府建设情况报告');
  });

  it('stops after a long first body sentence, so a section heading ending in 情况 further down is not the title', async () => {
    // Guards line 53: `endsSentence(line.chars) && stripSpaces(line.chars).length > 40` — the body has begun.
    const heading = '党政主要负责人履行推进法治建设第一责任人职责情况';
    const text = `${LONG_PREAMBLE}\n${heading}\n县政府主要负责人认真履行第一责任人职责。\n${BODY}`;
    expect(LONG_PREAMBLE.length).toBeGreaterThan(50);
    const m = await model(text);
    expect(m.title).toBeUndefined();
    expect(m.header).toEqual([]);
    expect(firstBodyLine(m)).toBe(LONG_PREAMBLE);
  });

  it('reads past a publication note of exactly 40 characters above a title broken over two lines', async () => {
    // Guards line 53: a sentence of 40 characters or fewer (`> 40`) does not end the search, so both title lines are found.
    const note = '根据政府信息公开工作有关规定，现将我镇2025年度法治政府建设情况全文予以公开。';
    expect(note.length).toBe(40);
    const text = `${note}\n某某镇人民政府关于2025年度\n法治政府建设情况的报告\n${BODY}`;
    const m = await model(text);
    expect(m.title?.text).toBe('某某镇人民政府关于2025年度\n法治政府建设情况的报告');
    expect(m.title?.start).toBe(note.length + 1);
    expect(m.header.map((h) => h.text)).toEqual([note]);
    expect(m.headerIssuer?.text).toBe('某某镇人民政府');
    expect(firstBodyLine(m)).toBe('一、主要举措和成效');
  });
});

describe('a report where no line looks like a title', () => {
  it('takes a title only from the first four lines, not a short heading on the fifth', async () => {
    // Guards line 56: `content.slice(0, 4)` — a short line further down is a heading of the body, not the title.
    const text =
      '今年以来，我局坚持依法行政。\n全年办理行政复议案件12件。\n组织执法人员培训3次。\n开展普法活动20场次。\n' +
      '存在的主要问题\n培训不够，重视不够。\n';
    const m = await model(text);
    expect(m.title).toBeUndefined();
    expect(m.header).toEqual([]);
    expect(firstBodyLine(m)).toBe('今年以来，我局坚持依法行政。');
  });

  it('does not take a first body line longer than 50 characters, broken mid-sentence in a PDF, for the title', async () => {
    // Guards line 60: `t.length <= 50` — a line over 50 characters is running text even without a full stop.
    const broken = '一年来，在县委、县政府的坚强领导下，我局深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要》，';
    expect(broken.length).toBe(51);
    const text = `${broken}\n扎实推进法治政府建设，取得了明显成效。\n${BODY}`;
    const m = await model(text);
    expect(m.title).toBeUndefined();
    expect(firstBodyLine(m)).toBe(broken);
  });

  it('takes a 50-character title that no title word ends', async () => {
    // Guards line 60: `t.length <= 50` — exactly 50 characters is still a title.
    const title = '某某省某某市某某区人民政府办公室2025年度依法行政工作总结暨2026年度依法行政工作计划（公开版）';
    expect(title.length).toBe(50);
    const text = `${title}\n${LONG_PREAMBLE}\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: title, start: 0, end: 50 });
    expect(m.headerIssuer).toEqual({ text: '某某省某某市某某区人民政府办公室', start: 0, end: 16 });
    expect(firstBodyLine(m)).toBe(LONG_PREAMBLE);
  });

  it('takes a title that mentions 规范性文件 in the middle: only a line ending in 文件 is a 版头', async () => {
    // Guards line 60: `/文件$/` — 文件 inside a title does not make it a 版头 line.
    const title = '某某县司法局2025年度行政规范性文件备案审查工作总结和2026年工作计划';
    const text = `${title}\n${LONG_PREAMBLE}\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: title, start: 0, end: title.length });
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: 0, end: 6 });
  });

  it('skips an issuer line above the title and takes the next line as the title', async () => {
    // Guards line 63: only an ordinal or a line over 50 characters ends the search; a short organ line does not.
    const text = `某某县司法局\n${PLAN_TITLE}\n${LONG_PREAMBLE}\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: PLAN_TITLE, start: 7, end: 7 + PLAN_TITLE.length });
    expect(m.header.map((h) => h.text)).toEqual(['某某县司法局']);
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: 0, end: 6 });
    expect(firstBodyLine(m)).toBe(LONG_PREAMBLE);
  });

  it('reads past a publication note of exactly 50 characters to the title below it', async () => {
    // Guards line 63: `t.length > 50` — a sentence of 50 characters is skipped, not the end of the search.
    const note = '根据政府信息公开工作有关规定，现将我局2025年度依法行政工作总结和2026年工作计划全文予以公开。';
    expect(note.length).toBe(50);
    const text = `${note}\n${PLAN_TITLE}\n${BODY}`;
    const m = await model(text);
    expect(m.title).toEqual({ text: PLAN_TITLE, start: 51, end: 51 + PLAN_TITLE.length });
    expect(m.header.map((h) => h.text)).toEqual([note]);
    expect(firstBodyLine(m)).toBe('一、主要举措和成效');
  });

  it('finds no title in a report that opens with a section heading, even when a broken line follows it', async () => {
    // Guards line 63: `parseOrdinal(t) || …` — a first line with an ordinal means the body has begun.
    const text = '一、主要举措和成效\n全年共办理行政复议案件12件，依法纠错\n3件。\n二、存在的问题\n问题是培训不够，原因是重视不够。\n';
    const m = await model(text);
    expect(m.title).toBeUndefined();
    expect(m.header).toEqual([]);
    expect(m.allSections.map((s) => s.heading.title)).toEqual(['主要举措和成效', '存在的问题']);
  });

  it('keeps PDF page-number lines out of the paragraphs of a report without a title', async () => {
    // Guards line 100: without a title the body starts at line 0 (not NaN), so residue lines are still skipped.
    const text = '一、主要举措和成效\n今年我们完善了制度。\n— 2 —\n二、存在的问题\n问题是培训不够，原因是重视不够。\n';
    const m = await model(text);
    expect(m.title).toBeUndefined();
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['今年我们完善了制度。', '问题是培训不够，原因是重视不够。']);
    expect(m.residue.map((r) => [r.kind, r.span.text])).toEqual([['page-number', '— 2 —']]);
  });
});

describe('the issuer at the start of a title that begins with the year', () => {
  it('reads the issuer after 年 without 度 (2025年某某县司法局…)', async () => {
    // Guards line 81: `年度?` — 度 is optional.
    const m = await model(`2025年某某县司法局法治政府建设工作报告\n${BODY}`);
    expect(m.title?.text).toBe('2025年某某县司法局法治政府建设工作报告');
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: 5, end: 11 });
  });

  it('reads the issuer when a space stands between the year and 年 (2025 年度…), as PDF text often has', async () => {
    // Guards line 81: `\d{3}\s*年` — spaces, not other characters, may stand before 年.
    const m = await model(`2025 年度某某县司法局法治政府建设工作报告\n${BODY}`);
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: 7, end: 13 });
  });

  it('reads the issuer after a year written in Chinese numerals (二〇二五年度某某县司法局…)', async () => {
    const m = await model(`二〇二五年度某某县司法局法治政府建设情况报告\n${BODY}`);
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: 6, end: 12 });
  });

  it('cuts the spaces between the issuer and the rest of the title off the issuer', async () => {
    // Guards line 82: `trimEnd()` — the issuer's span ends at its last character, not after the spaces.
    const m = await model(`2025年度某某县司法局  法治政府建设工作报告\n${BODY}`);
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: 6, end: 12 });
  });
});

describe('web-page residue around the header', () => {
  it('does not take a breadcrumb ending in an organ name above the title for the header issuer', async () => {
    // Guards line 112: residue lines above the title are skipped when looking for the 发文字号 and the issuer.
    const crumb = '首页 > 部门信息公开 > 某某县司法局';
    const text = `${crumb}\n某某县司法局2025年度法治政府建设工作报告\n一年来，我局坚持依法行政。\n${BODY}`;
    const m = await model(text);
    expect(m.residue.map((r) => r.kind)).toEqual(['breadcrumb']);
    expect(m.header).toEqual([]);
    expect(m.docNumber).toBeUndefined();
    // The issuer comes from the title, not from the breadcrumb.
    expect(m.headerIssuer).toEqual({ text: '某某县司法局', start: crumb.length + 1, end: crumb.length + 7 });
  });

  it('finds the 主送 line below a page-metadata line that follows the title', async () => {
    // Guards line 125: the search for the first line after the title moves forward past residue lines.
    const meta = '发布时间：2026-01-05  来源：某某县司法局  浏览次数：35';
    const text = `某某县司法局2025年度法治政府建设工作报告\n${meta}\n县委、县人大常委会：\n现将我局2025年度法治政府建设情况报告如下。\n${BODY}`;
    const m = await model(text);
    expect(m.residue.map((r) => r.kind)).toEqual(['page-meta']);
    expect(m.addressee).toEqual({ text: '县委、县人大常委会：', start: 23 + meta.length + 1, end: 23 + meta.length + 11 });
    expect(firstBodyLine(m)).toBe('现将我局2025年度法治政府建设情况报告如下。');
  });

  it('never takes a line that is page chrome but for the mark at its end for the title', async () => {
    // "打印本页，" is not residue (a clause mark makes a line text), but title-format would delete the ，and make it so.
    const text = `打印本页，\n某某县司法局2025年度法治政府建设工作报告\n一年来，我局坚持依法行政。\n${BODY}`;
    const m = await model(text);
    expect(m.residue).toEqual([]);
    expect(m.title?.text).toBe('某某县司法局2025年度法治政府建设工作报告');
    // With no title-like line, the fallback (the first short line) passes over it too.
    const untitled = await model(`第3页，\n今年以来，我局坚持依法行政。\n${BODY}`);
    expect(untitled.title).toBeUndefined();
  });
});
