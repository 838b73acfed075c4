/**
 * Edge cases of the small model helpers: which lines name an issuing body (organs.ts), which lines are
 * web-page or PDF residue (residue.ts), the unit and year a summary row shows (identity.ts), and the
 * body range and year of the model (build.ts) — each on the kind of text real reports contain.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { reportIdentity } from '../../src/model/identity.js';
import { isOrganLine, organThenDate } from '../../src/model/organs.js';
import { residueKind } from '../../src/model/residue.js';
import type { ReportModel } from '../../src/model/types.js';
import { stripSpaces } from '../../src/text/chars.js';

async function model(text: string): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax: 'text' }));
}

const BODY = '一、主要举措和成效\n今年我们完善了制度。\n二、存在的问题\n问题是培训不够，原因是重视不够。\n';

describe('isOrganLine', () => {
  it('accepts a three-character organ name such as 县政府 or 司法所', () => {
    // Three characters is the shortest real name of an issuing body; the lower bound must let it through.
    expect(isOrganLine('县政府')).toBe(true);
    expect(isOrganLine('司法所')).toBe(true);
  });

  it('rejects the one- or two-character tail of a word broken across PDF lines (局, 分局)', () => {
    // "县司法\n局": the tail line ends with an organ suffix but names no body.
    expect(isOrganLine('局')).toBe(false);
    expect(isOrganLine('分局')).toBe(false);
  });

  it('accepts a joint signature line of exactly 40 characters, and rejects running text over 40 that ends with 人民政府', () => {
    // 40 characters (spaces of alignment not counted) is the longest line taken for names of issuing bodies.
    const joint = '中共某某省某某市某某区委全面依法治区委员会办公室    某某省某某市某某区人民政府办公室';
    expect(stripSpaces(joint).length).toBe(40);
    expect(isOrganLine(joint)).toBe(true);
    // A PDF line broken mid-sentence, without a comma, that happens to end with an organ suffix.
    const running = '全面贯彻落实党中央国务院关于法治政府建设的决策部署和省委省政府市委市政府以及县委县人民政府';
    expect(running.length).toBeGreaterThan(40);
    expect(isOrganLine(running)).toBe(false);
  });

  it('rejects a line of running text with a comma or colon even when it ends with 县政府 or 办公室', () => {
    // "一年来，在县委、县政府" is a PDF-broken sentence, "抄送：…办公室" a 抄送 line: punctuation means not a bare name.
    expect(isOrganLine('一年来，在县委、县政府')).toBe(false);
    expect(isOrganLine('抄送：县委办公室，县人大常委会办公室')).toBe(false);
  });

  it('rejects a section heading with an ordinal that ends with an organ suffix (（二）成立行政复议委员会)', () => {
    // A heading such as "（二）成立行政复议委员会" ends with 委员会 but is a heading, not a signature.
    expect(isOrganLine('（二）成立行政复议委员会')).toBe(false);
    expect(isOrganLine('三、充分发挥县委依法治县办')).toBe(false);
  });

  it('accepts a joint signature line where each body carries its own （盖章） mark', () => {
    // Only the trailing seal mark is cut; what remains must still end with an organ suffix.
    expect(isOrganLine('中共某某乡委员会（盖章）    某某乡人民政府（盖章）')).toBe(true);
  });

  it('reads both bodies of a joint signature line with seal marks as the closing signatures', async () => {
    // The line must be recognised as a closing line, else the two names stay in the body and the unit is lost.
    const text = `某某乡2024年度法治政府建设情况报告\n${BODY}\n中共某某乡委员会（盖章）    某某乡人民政府（盖章）\n2025年1月10日\n`;
    const m = await model(text);
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['中共某某乡委员会（盖章）', '某某乡人民政府（盖章）']);
    expect(reportIdentity(m)).toEqual({ unit: '中共某某乡委员会、某某乡人民政府', year: 2024 });
  });
});

describe('organThenDate', () => {
  it('finds the date after an organ name on one line, also with trailing spaces after the date', () => {
    // Word and PDF copies often leave spaces after the 成文日期; they must not hide the date.
    const line = '某某镇人民政府    2024年1月5日   ';
    expect(organThenDate(line)).toBe(line.indexOf('2024'));
  });

  it('does not split a 印发 line, where text follows the date', () => {
    // "XX办公室 2024年1月5日印发" is the imprint (版记), not a signature and 成文日期.
    expect(organThenDate('某某县人民政府办公室        2024年1月5日印发')).toBeUndefined();
  });

  it('does not split a line whose text before the date is not an organ name', () => {
    // A web page's 发布时间 line or a sentence ending with a date is not a signature.
    expect(organThenDate('发布时间：2024年1月5日')).toBeUndefined();
    expect(organThenDate('本报告统计时间截至2024年12月31日')).toBeUndefined();
  });

  it('does not split a line carrying two dates (two signature columns run together) as one organ and one date', () => {
    // "中共官田乡委员会 2024年1月5日 官田乡人民政府 2024年1月5日": only a single date makes an "organ then date" line.
    expect(organThenDate('中共官田乡委员会  2024年1月5日  官田乡人民政府  2024年1月5日')).toBeUndefined();
  });
});

describe('residueKind', () => {
  it('recognises an indented PDF page number such as "        — 3 —"', () => {
    // PDF extraction keeps the centring spaces of a page number; they must not hide it.
    expect(residueKind('                — 3 —   ')).toBe('page-number');
    expect(residueKind('  第 3 页 共 8 页')).toBe('page-number');
  });

  it('takes a page-action line of up to 60 characters as residue, and keeps longer report text mentioning 分享到', () => {
    // 60 characters is the longest 打印本页/关闭窗口/分享到 line taken for page chrome.
    const action = '【打印本页】 【关闭窗口】 分享到：微信 微博 QQ空间 【收藏本页】 【返回顶部】 扫一扫在手机上查看本页面二维码图片';
    expect(action.length).toBe(60);
    expect(residueKind(action)).toBe('page-action');
    // A PDF line of report text (no 。 since the sentence goes on) that speaks of sharing content.
    const text = '积极运用政务微博微信等新媒体平台开展普法宣传，将典型案例以案释法短视频分享到群众手机上，全年累计推送法治宣传信息三百余条，覆盖群众';
    expect(text.length).toBeGreaterThan(60);
    expect(residueKind(text)).toBeUndefined();
  });

  it('takes a site footer with 版权所有 and one key as page metadata, up to 120 characters', () => {
    // "版权所有 © 某某县人民政府" alone is a footer line: one key, but 版权所有 marks it as page chrome.
    expect(residueKind('版权所有 © 某某县人民政府')).toBe('page-meta');
    const footer = '版权所有 某某县人民政府办公室 地址 某某县人民路1号 邮政编码 000000 建议使用1024×768分辨率 IE9以上浏览器浏览本站';
    const long = footer.padEnd(120, '站');
    expect(long.length).toBe(120);
    expect(residueKind(long)).toBe('page-meta');
  });

  it('keeps a report paragraph over 120 characters that mentions ICP备案 as report text', () => {
    // Reports on 政府网站 management speak of ICP备案 and 网站标识码; a long paragraph is not a footer.
    const paragraph =
      '加强政府网站和政务新媒体管理，全面开展政府网站ICP备案信息核查，对全县二十三个部门网站进行集约化整合，' +
      '统一标注网站标识码和党政机关标识，及时更新政策文件、行政执法信息和办事指南，全年共发布政务信息二千余条，' +
      '回应群众关切事项一百余件，政府网站年度考核成绩位列全市前列。';
    expect(paragraph.length).toBeGreaterThan(120);
    expect(residueKind(paragraph)).toBeUndefined();
  });

  it('takes a short line that starts with one metadata key (信息来源：…) as page metadata, up to 40 characters', () => {
    // "信息来源：某某县司法局" is the single-key metadata line of a web page.
    const line = '信息来源：某某县司法局'.padEnd(40, '局');
    expect(line.length).toBe(40);
    expect(residueKind(line)).toBe('page-meta');
  });

  it('keeps a line over 40 characters that starts with 来源： as report text (a note under a table)', () => {
    // One key at the start of a long line is a data-source note of the report, not page chrome.
    const note = '来源：县司法局行政执法监督平台统计数据，包括全县二十三个行政执法部门和十五个乡镇的行政处罚、行政许可、行政检查案件';
    expect(note.length).toBeGreaterThan(40);
    expect(residueKind(note)).toBeUndefined();
  });
});

describe('reportIdentity', () => {
  it('leaves the year out (no year key) when neither the title nor the body names a year', async () => {
    // A summary row shows no year rather than an empty one; the identity holds only what the report says.
    const id = reportIdentity(await model(`某某县司法局关于法治政府建设情况的报告\n${BODY}`));
    expect(id).toStrictEqual({ unit: '某某县司法局' });
    expect(Object.keys(id)).toEqual(['unit']);
  });
});

describe('buildModel', () => {
  it('starts the body at the first line after the title, not at the end of the title line or at 0', async () => {
    // Rules report "missing part" findings at body.start: it must point at the body's first line.
    const text = `某某县人民政府\n某某县2024年度法治政府建设情况报告\n${BODY}`;
    const m = await model(text);
    expect(m.body.start).toBe(text.indexOf('一、主要举措'));
  });

  it('reads the year from the first three body lines only when the title has none', async () => {
    // A year far into the body ("2019年出台的…") is not the year reported on.
    const text =
      '某某县司法局法治政府建设情况报告\n一、主要举措和成效\n今年我们完善了制度。\n加强执法监督。\n按照2019年出台的规定开展复议工作。\n二、存在的问题\n培训不够。\n';
    const m = await model(text);
    expect(m.year).toBeUndefined();
    expect(Object.hasOwn(m, 'year')).toBe(false);
  });

  it('reads a year broken across two PDF lines in the first body lines ("…20" + "24年…")', async () => {
    // PDF extraction may cut a line inside a number; the first body lines are joined without a separator.
    const text = '某某县司法局法治政府建设情况报告\n今年以来，我局在20\n24年全面推进依法行政工作。\n一、主要举措和成效\n完善了制度。\n';
    const m = await model(text);
    expect(m.year).toBe(2024);
  });
});
