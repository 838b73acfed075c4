/**
 * src/model/residue.ts, its module-level patterns one by one: the breadcrumb (BREADCRUMB), the metadata keys
 * (META_KEY, META_LINE_START) and the page actions (PAGE_ACTION) of a government web page copied into a report.
 * Each row is a line as a web page or a report really writes it, in the place it stands (breadcrumbs above the title,
 * metadata under it, page actions after the signature, report text in the body), and says which residue kind the model
 * sets it aside as — or that it stays report text. The comment of a row says which variant of the pattern it pins
 * (the spacing inside 【 打印 】, a missing 的 in 您当前位置, a colon at the end of 相关链接 …).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import type { ReportModel, ResidueKind } from '../../src/model/types.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';
const BODY = '一、主要举措和成效\n今年我局完善了行政执法制度。\n二、存在的问题\n执法人员培训不够，原因是重视不够。\n';
const CLOSING = '岚山县司法局\n2024年1月30日\n';

const model = async (text: string): Promise<ReportModel> => buildModel(text, await parseDocument({ text, syntax: 'text' }));

/** The residue of a report as [kind, line] pairs. */
const residueOf = (m: ReportModel) => m.residue.map((r) => [r.kind, r.span.text]);

/** Whether `line` is read as report text: a heading title or a paragraph of the body holds it. */
const inReport = (m: ReportModel, line: string) =>
  m.allSections.some((s) => s.heading.title.length > 0 && line.includes(s.heading.title)) ||
  m.paragraphs.some((p) => p.plain.includes(line));

describe('breadcrumbs above the title', () => {
  const rows: [line: string, kind: ResidueKind, pins: string][] = [
    ['您的位置：首页 > 政务公开 > 法治政府建设', 'breadcrumb', '您的位置: 当前 is optional after 您'],
    ['您当前位置：首页 > 信息公开 > 部门文件', 'breadcrumb', '您当前位置: 的 is optional after 您当前'],
    ['当前位置 : 首页 > 政务公开 > 法治政府建设', 'breadcrumb', 'spaces between 当前位置 and its colon'],
    ['首页>政务公开>法治政府建设', 'breadcrumb', '首页> with no space before the arrow'],
    ['首页  »  信息公开  »  部门信息', 'breadcrumb', '首页 followed by several spaces, then the arrow'],
    ['网站首页 > 政务公开 > 法治政府建设', 'breadcrumb', '网站首页 > as the first step'],
    ['当前栏目：首页 > 信息公开 > 部门文件', 'breadcrumb', '当前栏目：首页'],
    ['位置：首页 > 政务公开', 'breadcrumb', '位置：首页'],
    ['当前栏目 ：首页 > 信息公开', 'breadcrumb', 'a space before the colon'],
    ['位置： 首页 > 政务公开', 'breadcrumb', 'a space after the colon'],
  ];
  it.each(rows)('%s is a %s', async (line, kind) => {
    const m = await model(`${line}\n${TITLE}\n${BODY}${CLOSING}`);
    expect(residueOf(m)).toEqual([[kind, line]]);
    expect(m.title?.text).toBe(TITLE);
  });
});

describe('metadata lines under the title', () => {
  const rows: [line: string, kind: ResidueKind, pins: string][] = [
    // A site footer's 主办单位 is one key at the start of a short line (the third part of META_KEY).
    ['主办单位：岚山县人民政府办公室', 'page-meta', '主办单位 is a metadata key'],
    ['承办单位：岚山县政务服务和大数据中心', 'page-meta', '承办单位 is a metadata key'],
    // Three keys, one of them the 【大 中 小】 font switch not alone on its line: page metadata, not a page action.
    ['【大 中 小】　发布时间：2024-02-06　来源：岚山县司法局', 'page-meta', '【大 中 小】 is a page action only alone on its line'],
  ];
  it.each(rows)('%s is %s', async (line, kind) => {
    const m = await model(`${TITLE}\n${line}\n${BODY}${CLOSING}`);
    expect(residueOf(m)).toEqual([[kind, line]]);
  });
});

describe('page actions after the signature', () => {
  const rows: [line: string, pins: string][] = [
    ['【打印】', '【打印】 without spaces'],
    ['【 打印 】', '【 打印 】 with a space on each side'],
    ['【关闭】', '【关闭】 without spaces'],
    ['【 关闭 】', '【 关闭 】 with a space on each side'],
    ['[打印]', '[打印] without spaces'],
    ['[ 打印 ]', '[ 打印 ] with a space on each side'],
    ['[关闭]', '[关闭] without spaces'],
    ['[ 关闭 ]', '[ 关闭 ] with a space on each side'],
    ['上一篇：岚山县司法局2022年度法治政府建设情况报告', '上一篇 followed by its colon'],
    ['下一篇：岚山县司法局关于开展行政执法案卷评查工作的通知', '下一篇 followed by its colon'],
    ['相关链接', '相关链接 alone, no colon'],
    ['相关链接：', '相关链接 with its colon at the end of the line'],
    ['【大中小】', 'the font switch without spaces'],
    ['【 大 中 小 】', 'the font switch with a space between each character'],
    ['【字体：大 中 小】', 'the font switch with its label, alone on its line'],
    ['【字号：大 中 小】', 'the font switch labelled 字号'],
    ['【字体大中小】', 'the label without its colon'],
    ['【字体： 大 中 小】', 'a space after the label'],
  ];
  it.each(rows)('%s is a page action', async (line) => {
    const m = await model(`${TITLE}\n${BODY}${CLOSING}${line}\n`);
    expect(residueOf(m)).toEqual([['page-action', line]]);
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['岚山县司法局']);
  });
});

describe('report text that looks like page chrome stays in the report', () => {
  const rows: [line: string, pins: string][] = [
    // 所在位置： is a breadcrumb only at the start of a line.
    ['依托执法监管平台实时掌握执法人员所在位置：城区巡查、乡镇驻点、专项检查三类任务一屏调度。', 'BREADCRUMB: 所在位置： only at the start'],
    // 首页> is a breadcrumb only at the start of a line: here the report says where it is published.
    ['本报告已在县政府门户网站首页>政务公开>法治政府建设专栏向社会公开。', 'BREADCRUMB: 首页> only at the start'],
    // A table caption with two colons, none of them after a metadata key.
    ['表1：2023年行政执法案件统计（单位：件）', 'META_KEY: only its keys before a colon count'],
    // A short source note under a table: 来源： is a metadata line only at the start of the line.
    ['数据来源：县行政执法监督平台', 'META_LINE_START: one key counts only at the start of the line'],
    // A heading of the year's work on the county's web site: 相关链接 is a page action only at the end of its line.
    ['（一）规范政府网站相关链接管理', 'PAGE_ACTION: 相关链接 only at the end of the line'],
    // A line of a report copied out of a PDF (about 28 characters, no 。) that holds 分享到: report text, since it
    // holds a comma; page chrome never does. It was taken for a page action and deleted by --fix.
    ['案例以案释法短视频分享到各村（社区）微信群，全', 'PAGE_ACTION: not a line with sentence punctuation'],
    ['普法宣传片在窗口单位循环播放、关闭窗口期间', 'PAGE_ACTION: not a line with 、'],
  ];
  it.each(rows)('%s', async (line) => {
    const m = await model(`${TITLE}\n一、主要举措和成效\n${line}\n今年我局完善了行政执法制度。\n二、存在的问题\n执法人员培训不够，原因是重视不够。\n${CLOSING}`);
    expect(residueOf(m)).toEqual([]);
    expect(inReport(m, line)).toBe(true);
  });
});
