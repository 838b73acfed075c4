/**
 * The report model on the real seed reports and on hand-written snippets of every input shape:
 * ordinal headings of every style (Markdown headings, plain lines, run into a paragraph), 一是…二是…,
 * PDF hard breaks and page numbers, web-page residue, signature blocks, header lines above the title.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import type { ReportModel, Section, TextSpan } from '../../src/model/types.js';

async function model(text: string, syntax: 'text' | 'markdown' = 'text'): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax }));
}

async function modelOf(path: string): Promise<ReportModel> {
  return model(readFileSync(path, 'utf8'), path.endsWith('.md') ? 'markdown' : 'text');
}

/** One line per section: depth, role, ordinal style, heading text, run-in flag. */
function outline(m: ReportModel): string[] {
  return m.allSections.map(
    (s) => `${'  '.repeat(s.depth - 1)}${s.role} ${s.heading.ordinal?.style ?? '-'}${s.heading.runIn ? ' run-in' : ''} ${s.heading.title}`,
  );
}

/** Every span and paragraph map of the model points at exactly its text in the source. */
function checkInvariants(m: ReportModel): void {
  const spans: TextSpan[] = [
    ...m.header,
    ...(m.title ? [m.title] : []),
    ...(m.headerIssuer ? [m.headerIssuer] : []),
    ...(m.docNumber ? [m.docNumber] : []),
    ...(m.addressee ? [m.addressee] : []),
    ...m.residue.map((r) => r.span),
    ...m.allSections.flatMap((s) => [s.heading.span, ...(s.heading.ordinal ? [s.heading.ordinal.span] : [])]),
    ...(m.closing?.signatures ?? []),
    ...[m.closing?.date?.span, m.closing?.cc, m.closing?.imprint, m.closing?.imprintDate?.span].filter((x): x is TextSpan => !!x),
  ];
  for (const span of spans) expect(m.text.slice(span.start, span.end)).toBe(span.text);
  for (const p of m.paragraphs) {
    for (let i = 0; i < p.plain.length; i += 1) expect(m.text[p.toOffset(i)]).toBe(p.plain[i]);
    expect(p.toOffset(0)).toBe(p.start);
    expect(p.toOffset(p.plain.length)).toBe(p.end);
  }
  for (const s of m.allSections) expect(s.end).toBeGreaterThanOrEqual(s.heading.span.end);
}

const SEEDS = 'fixtures/seeds';
const CORPUS = 'fixtures/corpus/reports';

describe('invariants on every fixture report', () => {
  const files = [
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => `${SEEDS}/${f}`),
    ...readdirSync(CORPUS).filter((f) => /^\d+\.(txt|md)$/.test(f)).map((f) => `${CORPUS}/${f}`),
  ];
  it.each(files)('%s', async (file) => {
    const m = await modelOf(file);
    checkInvariants(m);
    expect(m.title).toBeDefined();
    expect(m.year).toBeGreaterThan(2000);
    expect(m.sections.length).toBeGreaterThanOrEqual(2);
    // No residue and no page number ever reaches the report text.
    for (const p of m.paragraphs) expect(p.plain).not.toMatch(/— \d+ —|您当前的位置|发布时间|打印本页/);
  });
});

describe('seed reports', () => {
  it('000: PDF text, (一) and （四） mixed, paragraphs joined across page breaks', async () => {
    const m = await modelOf(`${SEEDS}/000_452fc7be030a272b.txt`);
    expect(m.title?.text).toBe('郑旗乡 2022 年度法治政府建设情况报告');
    expect(m.year).toBe(2022);
    expect(outline(m)).toEqual([
      'measures cn-dun 法治政府建设情况',
      '  measures cn-paren-half run-in 强化组织领导',
      '  measures cn-paren-half run-in 增强学法意识',
      '  measures cn-paren-half run-in 加大宣传力度',
      '  measures cn-paren run-in 严格执行“三项制度”',
      '  measures cn-paren run-in 健全矛盾防范和化解机制',
      '  measures cn-paren run-in 强化政府的社会监督',
      '  measures cn-paren run-in 积极开展督查反馈问题整改工作',
      'problems cn-dun 存在的不足和原因',
      'plan cn-dun 下一步工作打算',
      '  plan cn-paren-half run-in 提高依法行政水平',
      '  plan cn-paren-half run-in 加大行政行为监督力度',
      '  plan cn-paren-half run-in 营造出良好的法治氛围',
      '  plan cn-paren-half run-in 加大普法力度',
    ]);
    const third = m.allSections[3] as Section;
    expect(third.body[0]?.plain).toMatch(/^牢牢抓住乡村振兴工作契机，开展法治课堂，/);
    expect(m.allSections[8]?.body.map((p) => p.plain)).toEqual([
      expect.stringMatching(/^虽然/),
      '主要原因是：在法治政府建设工作推进过程中法律法规宣传力度不够，部分人员用法学法意识不强。',
    ]);
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['郑旗乡人民政府']);
    expect(m.closing?.date).toMatchObject({ year: 2023, month: 2, day: 20, style: 'arabic' });
  });

  it('001: issuer above the title, no signature or date', async () => {
    const m = await modelOf(`${SEEDS}/001_778d263dd7ed8752.txt`);
    expect(m.header.map((h) => h.text)).toEqual(['宝丰县赵庄镇人民政府']);
    expect(m.headerIssuer?.text).toBe('宝丰县赵庄镇人民政府');
    expect(m.title?.text).toBe('关于2023年法治政府建设情况的报告');
    expect(m.sections.map((s) => s.role)).toEqual(['first-responsible-person', 'measures', 'problems', 'plan']);
    expect(m.closing).toBeUndefined();
  });

  it('002: full 公文 with 版头, 发文字号, 主送, two signatures, 抄送 and 印发', async () => {
    const m = await modelOf(`${SEEDS}/002_10dd5ecf361dedb7.txt`);
    expect(m.header.map((h) => h.text)).toEqual(['中共漳平市官田乡委员会文件', '漳官委〔2023〕18号']);
    expect(m.headerIssuer?.text).toBe('中共漳平市官田乡委员会');
    expect(m.docNumber?.text).toBe('漳官委〔2023〕18号');
    expect(m.addressee?.text).toBe('中共漳平市委员会、漳平市人民政府：');
    expect(m.preamble).toHaveLength(1);
    expect(m.sections.map((s) => s.role)).toEqual(['other', 'other', 'other', 'problems', 'plan']);
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['中共官田乡委员会', '官田乡人民政府']);
    expect(m.closing?.date?.span.text).toBe('2023年11月22日');
    expect(m.closing?.cc?.text).toBe('抄送：市委依法治市办。');
    expect(m.closing?.imprint?.text).toBe('2023年11月22日印发');
    expect(m.closing?.imprintDate?.day).toBe(22);
  });

  it('003: a section that lost its ordinal, no date at the end', async () => {
    const m = await modelOf(`${SEEDS}/003_fb4fb1fb4ee4856e.txt`);
    expect(m.headerIssuer?.text).toBe('城口县左岚乡人民政府');
    const lost = m.sections[0]?.children[4];
    expect(lost?.heading).toMatchObject({ title: '有效化解社会矛盾纠纷，着力解决治安突出问题', runIn: false });
    expect(lost?.heading.ordinal).toBeUndefined();
    expect(lost?.body[0]?.plain).toMatch(/^一是深入开展矛盾纠纷排查化解工作/);
    expect(m.closing).toBeUndefined();
  });

  it('004: web copy with breadcrumb and 发布时间, signature pushed right, 抄送/印发', async () => {
    const m = await modelOf(`${SEEDS}/004_ce0fc0e530b0009c.txt`);
    expect(m.residue.map((r) => r.kind)).toEqual(['breadcrumb', 'page-meta']);
    expect(m.title?.text).toBe('醴陵市枫林镇人民政府 关于2022年度法治政府建设工作报告');
    expect(m.headerIssuer?.text).toBe('醴陵市枫林镇人民政府');
    expect(m.sections.map((s) => s.role)).toEqual(['measures', 'first-responsible-person', 'problems', 'plan']);
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['醴陵市枫林镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2023年2月28日');
    expect(m.closing?.cc?.text).toBe('抄送:醴陵市委全面依法治市委员会办公室');
    expect(m.closing?.imprintDate?.span.text).toBe('2023年2月28日');
  });
});

describe('headings of every ordinal style', () => {
  const lines = ['一、工作情况', '（一）组织领导', '1.健全机制', '（1）完善制度'];
  it('standard hierarchy as plain lines nests four levels', async () => {
    const m = await model(`标题报告\n${lines.map((l) => `${l}\n正文内容。`).join('\n')}\n`);
    expect(outline(m)).toEqual([
      'measures cn-dun 工作情况',
      '  measures cn-paren 组织领导',
      '    measures arabic-dot 健全机制',
      '      measures arabic-paren 完善制度',
    ]);
    expect(m.allSections.map((s) => s.heading.ordinal?.level)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['一. 情况', 'cn-dot', 1],
    ['一，情况', 'cn-comma', 1],
    ['(一)情况', 'cn-paren-half', 2],
    ['（一)情况', 'cn-paren-half', 2],
    ['(一)、情况', 'cn-paren-dun', 2],
    ['1、情况', 'arabic-dun', 3],
    ['1，情况', 'arabic-comma', 3],
    ['1）情况', 'arabic-rparen', 3],
    ['(1)情况', 'arabic-paren-half', 4],
  ] as const)('%s is a heading (%s, level %i)', async (line, style, level) => {
    const m = await model(`关于2023年度法治政府建设情况的报告\n${line}\n正文。\n`);
    expect(m.allSections[0]?.heading.ordinal).toMatchObject({ style, level, value: 1 });
    expect(m.allSections[0]?.heading.title).toBe('情况');
  });

  it('run-in heading: the first sentence is the heading, the rest the first paragraph', async () => {
    const text = '关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n（一）强化组织领导。根据实际情况及时调整了领导小组。\n';
    const m = await model(text);
    const sub = m.sections[0]?.children[0];
    expect(sub?.heading).toMatchObject({ title: '强化组织领导', runIn: true, span: { text: '（一）强化组织领导。' } });
    expect(sub?.body.map((p) => p.plain)).toEqual(['根据实际情况及时调整了领导小组。']);
    expect(text.slice(sub?.body[0]?.start, sub?.body[0]?.end)).toBe('根据实际情况及时调整了领导小组。');
  });

  it('run-in heading closed by a colon: a short label, then the text (二、存在的问题：执法人员…。)', async () => {
    const text = '关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n全年公示执法信息1200余条。\n二、存在的问题：执法人员业务能力不强，原因是培训不够。\n';
    const m = await model(text);
    const part = m.sections[1];
    expect(part?.heading).toMatchObject({ title: '存在的问题', runIn: true, span: { text: '二、存在的问题：' } });
    expect(part?.role).toBe('problems');
    expect(part?.body.map((p) => p.plain)).toEqual(['执法人员业务能力不强，原因是培训不够。']);
    // Two sentences after the label: the heading still ends at the colon, not at the first 。.
    const two = await model('关于2023年度法治政府建设情况的报告\n一、存在的问题：执法人员业务能力不强。原因是培训不够。\n');
    expect(two.sections[0]?.heading).toMatchObject({ title: '存在的问题', runIn: true, span: { text: '一、存在的问题：' } });
    expect(two.sections[0]?.body.map((p) => p.plain)).toEqual(['执法人员业务能力不强。原因是培训不够。']);
  });

  it('a colon after a clause, or with nothing after it, does not make a label', async () => {
    const text =
      '关于2023年度法治政府建设情况的报告\n一、存在的问题\n（一）执法能力不强，主要表现在：案卷不规范。\n三、下一步工作打算：\n加强培训。\n';
    const m = await model(text);
    expect(m.sections[0]?.children[0]?.heading).toMatchObject({ title: '执法能力不强，主要表现在：案卷不规范', runIn: false });
    expect(m.sections[1]?.heading).toMatchObject({ title: '下一步工作打算', runIn: false });
  });

  it('Markdown headings, with emphasis and an ordered list', async () => {
    const text = '---\ntitle: x\n---\n\n# 岚河县司法局2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n### **（一）强化理论武装**\n\n1. 抓好本系统学习。全年开展专题学习9次。\n2. 推动全县领导干部学法。\n\n```\ncode is skipped\n```\n\n## 二、下一步工作打算\n\n继续加强。\n';
    const m = await model(text, 'markdown');
    expect(m.title?.text).toBe('岚河县司法局2023年度法治政府建设情况报告');
    expect(outline(m)).toEqual([
      'measures cn-dun 主要举措和成效',
      '  measures cn-paren 强化理论武装',
      '    measures arabic-dot run-in 抓好本系统学习',
      '    measures arabic-dot 推动全县领导干部学法',
      'plan cn-dun 下一步工作打算',
    ]);
    expect(m.allSections.map((s) => s.heading.markdownDepth)).toEqual([2, 3, undefined, undefined, 2]);
    expect(m.allSections[1]?.heading.span.text).toBe('（一）强化理论武装');
    expect(m.paragraphs.map((p) => p.plain).join('')).not.toContain('code is skipped');
    checkInvariants(m);
  });

  it('一是…二是… inside a paragraph are not headings', async () => {
    const m = await model('关于2023年度法治政府建设情况的报告\n一、工作情况\n一是健全工作机制。二是落实第一责任人职责。\n三是完善考核评价体系。\n');
    expect(m.allSections).toHaveLength(1);
    expect(m.sections[0]?.body.map((p) => p.plain)).toEqual(['一是健全工作机制。二是落实第一责任人职责。', '三是完善考核评价体系。']);
  });

  it('a year or a decimal at the start of a line is not an ordinal', async () => {
    const m = await model('关于2023年度法治政府建设情况的报告\n一、工作情况\n2023年，我局开展工作。\n3.5万元用于执法装备。\n');
    expect(m.allSections).toHaveLength(1);
  });
});

describe('PDF text', () => {
  it('joins lines broken mid-sentence and drops page numbers', async () => {
    const text = '关于2023年法治政府建设工作的报告\n一、主要工作\n（一）依法履职。全年新登记经营主体8930户，同比\n— 1 —\n增长11.4%。二是规范涉企收费。\n第 2 页\n（二）规范执法。开展检查。\n';
    const m = await model(text);
    expect(m.residue.map((r) => [r.kind, r.span.text])).toEqual([
      ['page-number', '— 1 —'],
      ['page-number', '第 2 页'],
    ]);
    expect(m.allSections[1]?.body[0]?.plain).toBe('全年新登记经营主体8930户，同比增长11.4%。二是规范涉企收费。');
    checkInvariants(m);
  });

  it('a number line continues a sentence rather than starting a heading', async () => {
    const m = await model('关于2023年的报告\n一、工作情况\n全年开展检查共计\n12、次，整改问题3个。\n');
    expect(m.allSections).toHaveLength(1);
    expect(m.paragraphs[0]?.plain).toBe('全年开展检查共计12、次，整改问题3个。');
  });
});

describe('web pages', () => {
  it('sets breadcrumbs, page meta and page actions aside', async () => {
    const text =
      '您当前的位置：首页 > 政务公开 > 法治政府建设\n岚山县司法局2023年度法治政府建设情况报告\n发布时间：2024-02-06 09:15　　来源：岚山县司法局　　浏览次数：972　　字体：[大 中 小]\n一、主要举措和成效\n开展工作。\n岚山县司法局\n2024-01-30\n【打印本页】　【关闭窗口】\n分享到：微信 微博\n';
    const m = await model(text);
    expect(m.residue.map((r) => r.kind)).toEqual(['breadcrumb', 'page-meta', 'page-action', 'page-action']);
    expect(m.title?.text).toBe('岚山县司法局2023年度法治政府建设情况报告');
    expect(m.header).toEqual([]);
    expect(m.closing?.date?.style).toBe('iso');
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['岚山县司法局']);
  });
});

describe('header and closing', () => {
  it('a title broken over two lines', async () => {
    const m = await model('岚山县人民政府关于2023年度法治政府建设\n情况的报告\n一、工作情况\n开展工作。\n');
    expect(m.title?.text).toBe('岚山县人民政府关于2023年度法治政府建设\n情况的报告');
    expect(m.headerIssuer?.text).toBe('岚山县人民政府');
    expect(m.header).toEqual([]);
  });

  it('two issuing bodies on one signature line, a date on its own line', async () => {
    const m = await model('关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n\n    中共岚山乡委员会    岚山乡人民政府\n         2024年1月5日\n');
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['中共岚山乡委员会', '岚山乡人民政府']);
    expect(m.closing?.date?.span.text).toBe('2024年1月5日');
  });

  it('signature and date on the same line; 共印 and 此件公开发布 lines', async () => {
    const m = await model('关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n（此件公开发布）\n岚山县司法局　　2024年1月5日\n共印3份\n');
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['岚山县司法局']);
    expect(m.closing?.date?.span.text).toBe('2024年1月5日');
  });

  it('a date inside the body is not the 成文日期', async () => {
    const m = await model('关于2023年度法治政府建设情况的报告\n一、工作情况\n2023年6月26日，召开专题会议。\n');
    expect(m.closing).toBeUndefined();
  });

  it('a Chinese-numeral date', async () => {
    const m = await model('关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n岚山县司法局\n二〇二四年一月十五日\n');
    expect(m.closing?.date).toMatchObject({ year: 2024, month: 1, day: 15, style: 'chinese' });
  });

  it('CRLF line endings give the same model', async () => {
    const lf = '岚山县人民政府\n关于2023年度法治政府建设情况的报告\n一、工作情况\n（一）组织领导。开展工作，\n取得成效。\n岚山县司法局\n2024年1月5日\n';
    const a = await model(lf);
    const b = await model(lf.replace(/\n/g, '\r\n'));
    expect(outline(b)).toEqual(outline(a));
    expect(b.paragraphs.map((p) => p.plain)).toEqual(a.paragraphs.map((p) => p.plain));
    expect(b.closing?.date?.span.text).toBe('2024年1月5日');
    checkInvariants(b);
  });
});

describe('odd input', () => {
  it.each(['', '\n\n  \n', '报告', '一、', '（一）\n（二）', '2024年1月5日', '。。。'])('does not throw on %j', async (text) => {
    const m = await model(text);
    checkInvariants(m);
    const md = await model(text, 'markdown');
    checkInvariants(md);
  });
});

describe('headings written without ordinals', () => {
  it('a short line naming a statutory part is its heading', async () => {
    const m = await model(
      '岚山县司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n开展工作。\n存在的问题\n执法人员业务能力不强。\n2024年工作安排\n加强执法培训。\n',
    );
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效', 'problems - 存在的问题', 'plan - 2024年工作安排']);
    expect(m.sections[1]?.body.map((p) => p.plain)).toEqual(['执法人员业务能力不强。']);
  });

  it('a bold Markdown line is read without its marks', async () => {
    const m = await model('# 关于2023年度法治政府建设情况的报告\n\n**一、主要举措和成效**\n\n开展工作。\n\n**下一步工作打算**\n\n加强培训。\n', 'markdown');
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效', 'plan - 下一步工作打算']);
    expect(m.sections[0]?.heading.span.text).toBe('一、主要举措和成效');
  });

  it('a short sentence of the body is not a heading', async () => {
    const m = await model('关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n取得了明显成效，群众满意。\n特此报告。\n');
    expect(m.allSections).toHaveLength(1);
  });
});

describe('attachments and web metadata around the closing', () => {
  it('attachments after the date stay out of the body; the 版记 after them is read', async () => {
    const m = await model(
      '关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n附件：1.执法统计表\n岚山县司法局\n2024年1月5日\n附件1\n执法统计表\n全年办理案件32件。\n抄送：县委依法治县办\n岚山县司法局办公室　2024年1月6日印发\n',
    );
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['岚山县司法局']);
    expect(m.closing?.date?.span.text).toBe('2024年1月5日');
    expect(m.closing?.cc?.text).toBe('抄送：县委依法治县办');
    expect(m.closing?.imprintDate?.day).toBe(6);
    // The 附件说明 before the signature is body text; the attachment itself is not.
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['开展工作。', '附件：1.执法统计表']);
  });

  it('a 政府信息公开 metadata table is residue: its 成文日期 is not the report\'s', async () => {
    const m = await model(
      '索引号：11330000/2024-00123\n发布机构：岚山县司法局\n成文日期：2024-01-15\n关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n主办单位：岚山县人民政府　网站标识码：3300000001\n',
    );
    expect(m.residue.map((r) => r.kind)).toEqual(['page-meta', 'page-meta', 'page-meta', 'page-meta']);
    expect(m.title?.text).toBe('关于2023年度法治政府建设情况的报告');
    expect(m.closing).toBeUndefined();
  });
});

describe('issuer in the title', () => {
  it.each([
    ['岚山县司法局2023年度法治政府建设情况报告', '岚山县司法局'],
    ['岚山县人民政府关于2023年度法治政府建设情况的报告', '岚山县人民政府'],
    ['2023年度岚山县司法局法治政府建设情况报告', '岚山县司法局'],
    ['中共官田乡委员会 官田乡人民政府 关于 2023 年法治政府建设工作情况的报告', '中共官田乡委员会 官田乡人民政府'],
  ])('%s', async (title, issuer) => {
    const m = await model(`${title}\n一、工作情况\n开展工作。\n`);
    expect(m.headerIssuer?.text).toBe(issuer);
  });
  it.each(['郑旗乡 2022 年度法治政府建设情况报告', '关于2023年法治政府建设工作的报告', '2023年度法治政府建设情况报告'])('no issuer in %s', async (title) => {
    const m = await model(`${title}\n一、工作情况\n开展工作。\n`);
    expect(m.headerIssuer).toBeUndefined();
  });
});

describe('other Markdown blocks', () => {
  it('block quotes are read without their > marks; html and code are skipped', async () => {
    const m = await model('# 关于2023年度法治政府建设情况的报告\n\n<div>网页残留</div>\n\n> 一、工作情况\n> 全年开展检查12次，\n> 整改问题3个。\n\n    indented code\n', 'markdown');
    expect(outline(m)).toEqual(['measures cn-dun 工作情况']);
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['全年开展检查12次，整改问题3个。']);
    checkInvariants(m);
  });
});

describe('issuing bodies of every kind sign the report', () => {
  it.each(['岚山县司法局', '岚山镇综合行政执法大队', '东城街道和平社区居委会', '岚山县人民法院', '岚山镇司法所', '岚山县便民服务中心', '中共岚山县委依法治县办'])(
    '%s',
    async (name) => {
      const m = await model(`关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n${name}\n2024年1月5日\n`);
      expect(m.closing?.signatures.map((s) => s.text)).toEqual([name]);
    },
  );
});

describe('long web chrome above the title', () => {
  it('finds the title after many residue lines', async () => {
    const chrome = Array.from({ length: 20 }, (_, i) => `索引号：0000-${i}`).join('\n');
    const m = await model(`${chrome}\n关于2023年度法治政府建设情况的报告\n一、工作情况\n开展工作。\n`);
    expect(m.title?.text).toBe('关于2023年度法治政府建设情况的报告');
    expect(m.residue).toHaveLength(20);
  });
});

/** Section outline with each paragraph's own part when it differs (the plans half of a combined part). */
function parts(m: ReportModel): string[] {
  return m.allSections.map(
    (s) =>
      `${'  '.repeat(s.depth - 1)}${s.role}${s.combined ? '+plan' : ''} ${s.heading.title}` +
      s.body.map((p) => (p.role ? ` [${p.role}]` : ' [·]')).join(''),
  );
}

const T = '岚山县司法局2023年度法治政府建设情况报告\n\n';

describe('structures beyond 一、/（一） (issue 8, class 3)', () => {
  it('第一部分…第四部分 are parts above the 一、 sections', async () => {
    const m = await model(
      `${T}第一部分　主要举措和成效\n一、抓学法用法\n集中学法6次。\n二、抓依法决策\n审查文件12件。\n第二部分 党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记主持召开会议研究法治建设3次。\n第三部分：差距和不足\n执法力量不足。\n第四部分 今后打算\n加强培训。\n`,
    );
    expect(outline(m)).toEqual([
      'measures - 主要举措和成效',
      '  measures cn-dun 抓学法用法',
      '  measures cn-dun 抓依法决策',
      'first-responsible-person - 党政主要负责人履行推进法治建设第一责任人职责情况',
      'problems - 差距和不足',
      'plan - 今后打算',
    ]);
    checkInvariants(m);
  });

  it('a 第一部分 line that is a sentence is not a part', async () => {
    const m = await model(`${T}一、主要举措和成效\n第一部分工作已于3月完成，第二部分正在推进。\n`);
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效']);
  });

  it('headings without ordinals: short plain lines before indented paragraphs, nested under an empty part', async () => {
    const m = await model(
      `${T}主要工作及成效\n\n局主要负责同志抓法治建设情况\n　　局党组书记、局长主持召开党组会专题研究法治工作4次。\n\n服务市场主体，营商环境持续优化\n　　深化“放管服”改革，企业开办压缩至1个工作日。\n\n存在的薄弱环节\n　　执法力量不足。\n\n2024年努力方向\n　　加强执法培训。\n`,
    );
    expect(outline(m)).toEqual([
      'measures - 主要工作及成效',
      '  first-responsible-person - 局主要负责同志抓法治建设情况',
      '  measures - 服务市场主体，营商环境持续优化',
      'problems - 存在的薄弱环节',
      'plan - 2024年努力方向',
    ]);
    checkInvariants(m);
  });

  it('a short unpunctuated line in a numbered report stays text', async () => {
    const m = await model(`${T}一、主要举措和成效\n全年办理案件30件\n　　开展普法活动12场次。\n`);
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效']);
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['全年办理案件30件', '开展普法活动12场次。']);
  });

  it('bold Markdown lines are headings in a report that numbers no part, emphasis in one that does', async () => {
    const plain = await model(`# 岚山县司法局2023年度法治政府建设情况报告\n\n**主要做法和成效**\n\n**规范涉企执法**\n\n开展检查12次。\n\n**困难和问题**\n\n执法力量不足。\n`, 'markdown');
    expect(outline(plain)).toEqual(['measures - 主要做法和成效', '  measures - 规范涉企执法', 'problems - 困难和问题']);
    const numbered = await model(`# 岚山县司法局2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n**全年未发生行政复议纠错案件**\n\n开展检查12次。\n`, 'markdown');
    expect(outline(numbered)).toEqual(['measures cn-dun 主要举措和成效']);
  });

  it('a heading that names problems then plans is one combined part; its plans half starts at 下一步', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、存在问题及今后打算\n执法力量不足。究其原因，编制少。\n下一步，我局将加强执法培训。\n2024年，我局将开展案卷评查。\n`);
    expect(parts(m)).toEqual(['measures 主要举措和成效 [·]', 'problems+plan 存在问题及今后打算 [·] [plan] [plan]']);
  });

  it('in a combined part, sub-parts take their own roles, and those after the plans start inherit the plans', async () => {
    const m = await model(
      `${T}一、主要举措和成效\n开展检查12次。\n二、工作中的短板和下一阶段重点任务\n（一）工作中的短板\n执法力量不足。\n（二）下一阶段重点任务\n1. 加强执法培训，每季度一次。\n2. 开展案卷评查，全年不少于50卷。\n`,
    );
    expect(parts(m)).toEqual([
      'measures 主要举措和成效 [·]',
      'problems+plan 工作中的短板和下一阶段重点任务',
      '  problems 工作中的短板 [·]',
      '  plan 下一阶段重点任务',
      '    plan 加强执法培训，每季度一次',
      '    plan 开展案卷评查，全年不少于50卷',
    ]);
  });

  it('a combined part whose sub-points after 针对上述问题 are plans', async () => {
    const m = await model(`${T}一、主要举措和成效\n开展检查12次。\n二、存在的不足及下步打算\n执法力量不足。\n针对上述问题，我们将重点做好以下工作：\n（一）加强培训。每季度一次。\n（二）健全考核。纳入年度考核。\n`);
    expect(parts(m)).toEqual([
      'measures 主要举措和成效 [·]',
      'problems+plan 存在的不足及下步打算 [·] [plan]',
      '  plan 加强培训 [·]',
      '  plan 健全考核 [·]',
    ]);
  });
});

describe('a lost ordinal needs a gap for it', () => {
  it('a short concluding sentence after two-clause （一）（二） headings stays a paragraph', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）完善决策机制，提高依法决策水平\n全年审查文件12件。\n（二）严格规范执法，提升执法效能\n全年办理案件30件。\n全面推进依法行政，不断提升治理水平。\n全年开展普法活动30场次。\n`);
    expect(outline(m)).toEqual(['measures cn-dun 主要举措和成效', '  measures cn-paren 完善决策机制，提高依法决策水平', '  measures cn-paren 严格规范执法，提升执法效能']);
  });

  it('the same line followed by （四） takes the place of （三）', async () => {
    const m = await model(`${T}一、主要举措和成效\n（一）完善决策机制，提高依法决策水平\n全年审查文件12件。\n（二）严格规范执法，提升执法效能\n全年办理案件30件。\n全面推进依法行政，不断提升治理水平。\n全年开展普法活动30场次。\n（四）化解矛盾纠纷，维护社会稳定\n调解纠纷36件。\n`);
    expect(outline(m)).toContain('  measures - 全面推进依法行政，不断提升治理水平');
  });
});
