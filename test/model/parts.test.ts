/**
 * The parts of a report a custom rule names with `in` (src/model/parts.ts): which text units each part holds, in what
 * order, where each unit lies in the source, and where a rule reports about the part as a whole.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { reportPart, spanUnit } from '../../src/model/parts.js';
import type { TextUnit } from '../../src/model/query.js';
import type { ReportModel } from '../../src/model/types.js';

async function model(text: string): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax: 'text' }));
}

const plains = (units: readonly TextUnit[]): string[] => units.map((u) => u.plain);

/**
 * A report copied from a county web page: a 版头 line, a breadcrumb and a 发布时间 line (residue), a title with the
 * spaces PDF and web pages put around numbers, a 主送 line after the title, and an indented closing block with a line of
 * blanks between the signature and the date.
 */
const WEB_PAGE =
  '岚山县人民政府办公室\n' +
  '您当前的位置：首页 > 政务公开 > 通知公告\n' +
  '发布时间：2024-01-05 来源：岚山县司法局\n' +
  '岚山县司法局 2023 年度法治政府建设情况报告\n' +
  '岚山县人民政府：\n' +
  '今年以来，我局坚持依法行政。\n' +
  '一、主要举措和成效\n' +
  '全年开展普法活动12场次。\n' +
  '\n' +
  '　　　　岚山县司法局\n' +
  '  　\n' +
  '　　　　2024年1月5日\n';

describe('reportPart: any', () => {
  it('of a web-page report is header, title, 主送, body and closing lines in document order, the page residue left out', async () => {
    // The 主送 line is collected before the title but stands below it: the units must come back in source order.
    const m = await model(WEB_PAGE);
    const any = reportPart(m, 'any');
    expect(any.found).toBe(true);
    expect(plains(any.units)).toEqual([
      '岚山县人民政府办公室',
      '岚山县司法局2023年度法治政府建设情况报告',
      '岚山县人民政府：',
      '今年以来，我局坚持依法行政。',
      '一、主要举措和成效',
      '全年开展普法活动12场次。',
      '岚山县司法局',
      '2024年1月5日',
    ]);
  });

  it('of a report without header lines still holds the 主送 line, right after the title', async () => {
    // No header line can already hold the 主送: it is added on its own.
    const text = '岚山县司法局2023年度法治政府建设情况报告\n岚山县人民政府：\n一、主要举措和成效\n全年开展普法活动12场次。\n';
    const m = await model(text);
    expect(m.header).toEqual([]);
    expect(plains(reportPart(m, 'any').units).slice(0, 3)).toEqual(['岚山县司法局2023年度法治政府建设情况报告', '岚山县人民政府：', '一、主要举措和成效']);
  });

  it('leaves out a title broken over two lines by a web page 发布时间 line: the page text is not report text', async () => {
    // The only span of the report that can take in a residue line is a title whose two halves the page split apart.
    const text =
      '岚山县司法局关于2023年度法治政府建设\n发布时间：2024-01-05 来源：岚山县司法局\n情况的报告\n今年以来，我局坚持依法行政。\n一、主要举措和成效\n全年开展普法活动12场次。\n';
    const m = await model(text);
    expect(m.residue.map((r) => r.kind)).toEqual(['page-meta']);
    expect(plains(reportPart(m, 'any').units)).toEqual(['今年以来，我局坚持依法行政。', '一、主要举措和成效', '全年开展普法活动12场次。']);
  });
});

describe('reportPart: title', () => {
  it('is found, its spaces removed, and a match inside it maps back to the source characters', async () => {
    // "2023 年度" as the page wrote it must still match 2023年度, and a custom rule reports on the written characters.
    const m = await model(WEB_PAGE);
    const title = reportPart(m, 'title');
    expect(title.found).toBe(true);
    expect(title.anchor).toEqual([m.title!.start, m.title!.end]);
    expect(plains(title.units)).toEqual(['岚山县司法局2023年度法治政府建设情况报告']);
    const unit = title.units[0]!;
    const at = unit.plain.indexOf('2023年度');
    const range = [unit.toOffset(at), unit.toOffset(at + '2023年度'.length - 1) + 1] as const;
    expect(WEB_PAGE.slice(...range)).toBe('2023 年度');
    expect(WEB_PAGE[unit.toOffset(unit.plain.indexOf('法治'))]).toBe('法');
    // Out-of-range indexes clamp to the title, as for every other unit.
    expect(unit.toOffset(-1)).toBe(unit.start);
    expect(unit.toOffset(unit.plain.length + 2)).toBe(unit.end);
  });

  it('is a heading-kind unit outside every section (role preamble), like the other one-line spans', async () => {
    // Helpers that take units by role must not count the title in a section's part.
    const m = await model(WEB_PAGE);
    const unit = reportPart(m, 'title').units[0]!;
    expect([unit.kind, unit.role, unit.section]).toEqual(['heading', 'preamble', undefined]);
  });
});

describe('reportPart: closing', () => {
  it('is the indented closing lines, each trimmed to its own characters, blank lines skipped, anchored at the signature', async () => {
    // 落款 and 成文日期 are indented with 全角空格; a line of blanks between them is no closing line.
    const m = await model(WEB_PAGE);
    const closing = reportPart(m, 'closing');
    expect(closing.found).toBe(true);
    expect(plains(closing.units)).toEqual(['岚山县司法局', '2024年1月5日']);
    expect(closing.units.map((u) => WEB_PAGE.slice(u.start, u.end))).toEqual(['岚山县司法局', '2024年1月5日']);
    expect(WEB_PAGE.slice(...closing.anchor)).toBe('岚山县司法局');
  });
});

describe('reportPart: measures', () => {
  it('of a report without headings is all its paragraphs, anchored at the first one', async () => {
    // A report that does not divide its text into parts is all work of the year; no heading to point at.
    const text = '岚山县司法局2023年度法治政府建设情况报告\n今年以来，我局坚持依法行政。\n全年开展普法活动12场次。\n';
    const m = await model(text);
    const measures = reportPart(m, 'measures');
    expect(measures.found).toBe(true);
    expect(plains(measures.units)).toEqual(['今年以来，我局坚持依法行政。', '全年开展普法活动12场次。']);
    expect(text.slice(...measures.anchor)).toBe('今年以来，我局坚持依法行政。');
  });

  it('of a topic-by-topic report is its topics, without a topic\'s plans or the parts under 其他需要报告的情况', async () => {
    // "一、强化组织领导" is work of the year; its "（一）下一步打算" is the plan; "二、其他需要报告的情况" is not work,
    // nor is its sub-section "（一）党建工作", although that heading alone would read as a topic.
    const text =
      '岚山县司法局2023年度法治政府建设情况报告\n' +
      '一、强化组织领导\n召开党组会议8次。\n' +
      '（一）下一步打算\n继续加强组织领导。\n' +
      '二、其他需要报告的情况\n（一）党建工作\n全年开展党建活动6次。\n';
    const m = await model(text);
    const measures = reportPart(m, 'measures');
    expect(plains(measures.units)).toEqual(['一、强化组织领导', '召开党组会议8次。']);
    expect(text.slice(...measures.anchor)).toBe('一、强化组织领导');
    expect(plains(reportPart(m, 'plan').units)).toEqual(['（一）下一步打算', '继续加强组织领导。']);
  });
});

describe('spanUnit', () => {
  it('maps offsets like a heading unit: a span built with leading blanks starts at its first character, a blank span at its start', () => {
    // spanUnit is exported: a span built by hand may keep the indentation the model trims, and must clamp as
    // headingUnit does.
    const source = '\n　 岚山县司法局';
    const unit = spanUnit({ text: source.slice(1), start: 1, end: source.length });
    expect(unit.plain).toBe('岚山县司法局');
    expect(unit.toOffset(0)).toBe(3);
    expect(unit.toOffset(-2)).toBe(3);
    expect(source[unit.toOffset(3)]).toBe('司');
    const blank = spanUnit({ text: '　　 ', start: 5, end: 8 });
    expect(blank.plain).toBe('');
    expect(blank.toOffset(0)).toBe(5);
  });
});
