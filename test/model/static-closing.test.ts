/**
 * The module-level patterns of the model that tell the lines of a report apart: the 版记 lines of the closing block
 * (抄送 / 报送 / 分送, 印发, 共印N份, the 附注, the contact line) and the 附件 line (src/model/closing.ts), the 发文字号
 * and the title words (src/model/header.ts), the unit a title starts with (src/model/identity.ts). Each row is a line
 * as it is printed in a report — often with the spaces Word alignment or PDF extraction puts between characters — or
 * a body sentence that only looks like one of those lines and must stay in the body.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { reportIdentity } from '../../src/model/identity.js';
import type { ReportModel } from '../../src/model/types.js';

async function model(text: string): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax: 'text' }));
}

const TITLE = '某某镇2024年度法治政府建设情况报告\n';
const BODY = '一、主要举措和成效\n今年我们完善了制度。\n二、存在的问题\n问题是培训不够。\n';
const SIGNED = '某某镇人民政府\n2025年1月10日';

/** The source text of the model's body. */
const bodyText = (m: ReportModel): string => m.text.slice(m.body.start, m.body.end);
/** The source text of the closing block, or undefined when the model has none. */
const closingText = (m: ReportModel): string | undefined => (m.closing ? m.text.slice(m.closing.start, m.closing.end) : undefined);

/**
 * A report signed and dated, with `line` as its last line (a line of the 版记). The model must read it as part of the
 * closing block: a last line that is not a closing line leaves the report with no closing block at all.
 */
async function signedThen(line: string): Promise<ReportModel> {
  const m = await model(`${TITLE}${BODY}${SIGNED}\n${line}\n`);
  expect(closingText(m)).toBe(`${SIGNED}\n${line}`);
  expect(m.closing?.signatures.map((s) => s.text)).toEqual(['某某镇人民政府']);
  expect(m.closing?.date?.span.text).toBe('2025年1月10日');
  expect(bodyText(m)).toBe(BODY.trimEnd());
  return m;
}

/** A report whose body ends with `lastLines`, then signed and dated: the lines stay in the body. */
async function expectInBody(lastLines: string): Promise<void> {
  const m = await model(`${TITLE}${BODY}${lastLines}\n${SIGNED}\n`);
  expect(bodyText(m)).toBe(`${BODY}${lastLines}`);
  expect(closingText(m)).toBe(SIGNED);
  expect(m.closing?.signatures.map((s) => s.text)).toEqual(['某某镇人民政府']);
}

describe('the 抄送 line (CC_LINE)', () => {
  it.each([
    ['抄送：县委办公室，县人大常委会办公室，县政协办公室。', 'the usual 抄送'],
    // 抄\s*送: a space between the two characters; and so for 抄报, 报送, 分送.
    ['抄　送：县委办公室，县司法局。', '抄送 spaced out for alignment'],
    ['抄报：县人民政府办公室。', '抄报 written without a space'],
    ['抄　报：县人民政府办公室。', '抄报 spaced out'],
    ['报送：县委全面依法治县委员会办公室。', '报送 written without a space'],
    ['报　送：县委全面依法治县委员会办公室。', '报送 spaced out'],
    ['分送：各村（社区），镇属各单位。', '分送 written without a space'],
    ['分　送：各村（社区），镇属各单位。', '分送 spaced out'],
    // \s*[:：]: a space before the colon too.
    ['抄 送 ：县委办公室，县司法局。', 'a PDF copy: spaces between the characters and before the colon'],
  ])('reads %s as the 抄送 line (%s)', async (line) => {
    const m = await signedThen(line);
    expect(m.closing?.cc?.text).toBe(line);
  });

  it('keeps in the body a sentence that says the report was also 报送 somewhere: only a line that starts with 报送 is one', async () => {
    // ^: 报送： in the middle of the last body sentence.
    await expectInBody('三、其他事项\n本报告经镇党委会议审议通过，同时报送：县委全面依法治县委员会办公室。');
  });
});

describe('the 印发 line (IMPRINT_END)', () => {
  it('reads a 印发 line whose 印发 is spaced out for alignment', async () => {
    // 印\s*发: a space between the two characters.
    const line = '某某镇党政办公室　　2025年1月12日印　发';
    const m = await signedThen(`抄送：县司法局。\n${line}`);
    expect(m.closing?.imprint?.text).toBe(line);
    expect(m.closing?.imprintDate?.span.text).toBe('2025年1月12日');
  });

  it.each([
    ['某某镇党政办公室　2025年1月12日印发　共印20份', 'the count after a space'],
    ['某某镇党政办公室　2025年1月12日印发（共印20份）', 'the count in brackets'],
    ['某某镇党政办公室　2025年1月12日印发　共印 20 份', 'the number spaced'],
  ])('reads a 印发 line that also gives the print count: %s (%s)', async (line) => {
    const m = await signedThen(line);
    expect(m.closing?.imprint?.text).toBe(line);
    expect(m.closing?.imprintDate?.span.text).toBe('2025年1月12日');
  });

  it('keeps in the body a sentence in which an office 印发 a document: 印发 must end the line', async () => {
    // 发\s*$: the office before 印发 would make the line a 印发 line, were the rest of the sentence allowed after it.
    await expectInBody('三、下一步工作打算\n县政府办公室印发《某某县2025年法治政府建设工作要点》。');
  });
});

describe('the 共印N份 line (PRINT_COUNT)', () => {
  it.each([
    // [（(]? and [)）]?: the brackets; \d+: a count of more than one digit.
    ['（共印20份）', 'full-width brackets and a count of two digits'],
    ['(共印20份)', 'half-width brackets'],
    ['共印20份', 'no brackets'],
    // 共印\s*\d+\s*份: spaces around the count.
    ['（共印 20 份）', 'spaces around the count, as Word alignment or a PDF copy leaves them'],
  ])('reads %s as a line of the closing block (%s)', async (line) => {
    await signedThen(line);
  });

  it.each([
    // $: a PDF copy breaks lines where the page ends, so a line may start with 共印N份 and go on with the sentence.
    ['三、普法宣传\n全年组织编印《民法典》学习读本，\n共印3000份，发放至各村（社区）。', 'a wrapped line that starts with 共印N份'],
    // ^: the last paragraph lacks its full stop; it ends in 共印N份 but says more before it.
    ['三、普法宣传\n全年编印《民法典》宣传册共印3000份', 'a body line that ends in 共印N份'],
  ])('keeps a body line about printed leaflets in the body (%#: %s)', async (lines) => {
    await expectInBody(lines);
  });
});

describe('the 附注 line (PUBLIC_NOTE)', () => {
  it.each([
    // [（(] … [)）] around 此件/本件 and up to 20 characters that are not a closing bracket.
    ['（此件公开发布）', 'the usual 附注 under the date'],
    ['（此件依申请公开）', 'another disclosure'],
    ['(本件不公开)', 'half-width brackets'],
    // A web copy's note that the attachments are left out: it was not a closing line, and the whole closing block
    // (signature and date) became body text.
    ['（附件略）', 'the attachments left out'],
  ])('reads %s as a line of the closing block (%s)', async (line) => {
    await signedThen(line);
  });

  it('reads the date with its 附注 on the same line: 2025年1月10日（此件公开发布）', async () => {
    const m = await model(`${TITLE}${BODY}某某镇人民政府\n2025年1月10日（此件公开发布）\n`);
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['某某镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(bodyText(m)).toBe(BODY.trimEnd());
  });
});

describe('the contact line (CONTACT)', () => {
  it.each([
    // \s*[:：]: the label right before its colon …
    ['联系人：王某某，联系电话：0371-65123456', 'contact person and telephone on one line'],
    ['联系电话：0371-65123456', 'telephone only'],
    // … or a space before it.
    ['联系人 ：王某某', 'a space before the colon'],
    // Labels spaced for alignment, and the label 联系人及电话.
    ['联 系 人：王某某', 'a label spaced for alignment'],
    ['联系人及电话：王某某 0371-65123456', 'the label 联系人及电话'],
  ])('reads %s as a line of the closing block (%s)', async (line) => {
    await signedThen(line);
  });

  it.each([
    // ^: 电话： in the middle of the last body sentence.
    ['三、法律服务\n镇公共法律服务站全年开放，咨询电话：0371-65123456。', 'a telephone number inside a body sentence'],
    // \s*[:：]: 电话 must be the label, right before the colon, not the start of 电话回访.
    ['三、案件回访\n电话回访：全年对办结案件当事人电话回访126人次。', 'a body line that starts with 电话 but is no contact line'],
  ])('keeps a body line that mentions a telephone in the body (%#: %s)', async (lines) => {
    await expectInBody(lines);
  });
});

describe('the 附件 line after the date (ATTACHMENT)', () => {
  it('ends the closing block at the date when the attachment heading is spaced out (附 件：)', async () => {
    // 附\s*件: a space between the two characters.
    const text = `${TITLE}${BODY}${SIGNED}\n附 件：2024年度行政执法统计表\n全年办理行政处罚案件32件。\n`;
    const m = await model(text);
    expect(bodyText(m)).toBe(BODY.trimEnd());
    expect(closingText(m)).toBe(SIGNED);
  });

  it('does not take a body line that refers to an attachment, under a lead unit on its own line, for an attachment', async () => {
    // ^: only a line that starts with 附件 begins the attachments; one that mentions 附件 further on is running text.
    const body = '一、主要举措和成效\n今年我们完善了制度。\n牵头单位：\n某某县司法局\n责任分工详见附件2。\n二、存在的问题\n问题是培训不够。\n';
    const text = `${TITLE}${body}${SIGNED}\n附件1：2024年度行政执法统计表\n全年办理行政处罚案件32件。\n`;
    const m = await model(text);
    expect(bodyText(m)).toBe(body.trimEnd());
    expect(m.sections.map((s) => s.heading.title)).toEqual(['主要举措和成效', '存在的问题']);
    expect(closingText(m)).toBe(SIGNED);
    expect(m.closing?.signatures.map((s) => s.text)).toEqual(['某某镇人民政府']);
  });
});

describe('the 发文字号 in the header (DOC_NUMBER)', () => {
  const report = (docNumber: string): string =>
    `某某县人民政府文件\n${docNumber}\n某某县人民政府关于2024年度法治政府建设情况的报告\n市人民政府：\n${BODY}`;

  it.each([
    ['某府发〔2024〕18号', 'the standard form'],
    // Each \s* of the pattern in turn, as a PDF copy or Word alignment leaves a space there.
    ['某府发 〔2024〕18号', 'a space between the issuer code and the bracket'],
    ['某府发〔 2024〕18号', 'a space after the opening bracket'],
    ['某府发〔2024 〕18号', 'a space before the closing bracket'],
    ['某府发〔2024〕 18号', 'a space between the bracket and the number'],
    // (?:第\s*)?: the number written with 第, with or without a space after it.
    ['某府发〔2024〕第18号', 'the number written with 第'],
    ['某府发〔2024〕第 18号', 'a space after 第'],
    ['某府发〔2024〕18 号', 'a space before 号'],
  ])('finds %s (%s)', async (docNumber) => {
    const text = report(docNumber);
    const m = await model(text);
    expect(m.docNumber).toEqual({ text: docNumber, start: text.indexOf(docNumber), end: text.indexOf(docNumber) + docNumber.length });
    expect(m.title?.text).toBe('某某县人民政府关于2024年度法治政府建设情况的报告');
  });
});

describe('the title words (TITLE_WORDS)', () => {
  it('joins a title broken after "情况和2024年": a title word inside the first line does not make it the whole title', async () => {
    // $: the first line holds 情况 but ends in 2024年; only the second line ends in a title word (报告).
    const title = '某某县人民政府关于2023年度法治政府建设情况和2024年\n工作安排的报告';
    const m = await model(`${title}\n市人民政府：\n${BODY}`);
    expect(m.title?.text).toBe(title);
    expect(m.addressee?.text).toBe('市人民政府：');
    expect(m.year).toBe(2023);
  });
});

describe('the unit a title starts with (TITLE_UNIT, PLACE_SUFFIX)', () => {
  const identity = async (text: string) => reportIdentity(await model(text));

  it('names no unit when what comes before the year is a topic that merely names a city (某某市法治政府建设)', async () => {
    // PLACE_SUFFIX's $: the words before the year hold 市 but end in 建设, not in a place or organ.
    expect(await identity(`某某市法治政府建设2024年度报告\n${BODY}`)).toEqual({ year: 2024 });
  });

  it('names the unit of an unsigned title that reports on a span of years: 某某镇2023—2024年度…', async () => {
    expect((await identity(`某某镇2023—2024年度法治政府建设情况报告\n${BODY}`)).unit).toBe('某某镇');
    expect((await identity(`某某县2021-2025年法治政府建设规划中期评估报告\n${BODY}`)).unit).toBe('某某县');
  });

  it('names no unit when the title opens with a long motto: the unit is looked for at the start only', async () => {
    // TITLE_UNIT's ^: a web copy joined the motto and the subtitle on one line; the 34 characters before the year are
    // no unit name, and neither are the last 30 of them ("…——某某县").
    const title = '深入学习贯彻习近平法治思想　全面推进依法行政　加快建设法治政府——某某县2024年度法治政府建设情况报告';
    expect(await identity(`${title}\n${BODY}`)).toEqual({ year: 2024 });
  });
});

describe('the issuer a title starts with', () => {
  it('a title that starts with 关于: the body after it, not 关于某某县司法局', async () => {
    const m = await model('关于某某县司法局2024年度法治政府建设情况的报告\n一、主要举措和成效\n今年我们完善了制度。\n');
    expect(m.headerIssuer?.text).toBe('某某县司法局');
  });
});
