/**
 * The closing block of the report model (src/model/closing.ts): which lines at the end are the signatures, the
 * 成文日期, the 抄送 and 印发 lines (版记), where the body ends, and how attachments after the date are kept out of
 * the body — each on a short report of the kind townships publish.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import type { ReportModel, TextSpan } from '../../src/model/types.js';

async function model(text: string): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax: 'text' }));
}

const TITLE = '某某镇2024年度法治政府建设情况报告\n';
const BODY = '一、主要举措和成效\n今年我们完善了制度。\n二、存在的问题\n问题是培训不够。\n';

/** The source text of the model's body. */
const bodyText = (m: ReportModel): string => m.text.slice(m.body.start, m.body.end);
/** The source text of the closing block, or undefined when the model has none. */
const closingText = (m: ReportModel): string | undefined => (m.closing ? m.text.slice(m.closing.start, m.closing.end) : undefined);
const texts = (spans: readonly TextSpan[] | undefined): string[] | undefined => spans?.map((s) => s.text);

describe('signatures and the 成文日期', () => {
  it('takes the date of the first dated signature as the 成文日期 when two bodies sign on separate lines', async () => {
    // Guards line 56 (`!after && !closing.date`): a later date line must not replace the 成文日期 already read.
    const text = `${TITLE}${BODY}中共某某镇委员会\n2025年1月10日\n某某镇人民政府\n2025年1月12日\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['中共某某镇委员会', '某某镇人民政府']);
    expect(m.closing?.date?.span).toEqual({ start: text.indexOf('2025年1月10日'), end: text.indexOf('2025年1月10日') + 10, text: '2025年1月10日' });
    expect(m.closing?.date?.day).toBe(10);
    expect(closingText(m)).toBe('中共某某镇委员会\n2025年1月10日\n某某镇人民政府\n2025年1月12日');
  });

  it('takes the first date as the 成文日期 when each body signs with its date on the same line', async () => {
    // Guards line 63 (`d && !closing.date`): the date of the second "organ    date" line must not replace the first.
    const text = `${TITLE}${BODY}中共某某镇委员会    2025年1月10日\n某某镇人民政府    2025年1月12日\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['中共某某镇委员会', '某某镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(m.closing?.date?.span.start).toBe(text.indexOf('2025年1月10日'));
    expect(m.closing?.date?.day).toBe(10);
  });

  it('does not take a date line after the 抄送 line as the 成文日期', async () => {
    // Guards line 56 (`!after && …`): a date in the 版记 is not the date the report was signed.
    const text = `${TITLE}${BODY}某某镇人民政府\n2025年1月10日\n抄送：县委办公室。\n2025年1月12日\n`;
    const m = await model(text);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(m.closing?.date?.day).toBe(10);
    expect(m.closing?.cc?.text).toBe('抄送：县委办公室。');
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
  });

  it('reads a signature spaced out for alignment (某某县 司法局) as one name, not two', async () => {
    // Guards line 80 (`parts.every(…)`): only a line whose every space-separated piece names a body is split.
    const text = `${TITLE}${BODY}某某县 司法局\n2025年1月10日\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['某某县 司法局']);
    expect(m.closing?.signatures[0]?.start).toBe(text.indexOf('某某县 司法局'));
    expect(m.closing?.signatures[0]?.end).toBe(text.indexOf('某某县 司法局') + 7);
  });

  it('does not read the bodies on a 抄送 line wrapped onto a second line as signatures', async () => {
    // Guards line 38 (`after = true` on the 抄送 line): organ names after 抄送 are recipients, not signers.
    const text = `${TITLE}${BODY}某某镇人民政府\n2025年1月10日\n抄送：县委办公室，县人大常委会办公室，县政协办公室，\n县人民法院、县人民检察院\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(m.closing?.cc?.text).toBe('抄送：县委办公室，县人大常委会办公室，县政协办公室，');
    expect(closingText(m)).toBe(
      '某某镇人民政府\n2025年1月10日\n抄送：县委办公室，县人大常委会办公室，县政协办公室，\n县人民法院、县人民检察院',
    );
    expect(bodyText(m)).toBe(BODY.trimEnd());
  });
});

describe('the 印发 line and the printing office above it', () => {
  it('keeps the printing office on its own line above the 印发 line out of the signatures', async () => {
    // Guards lines 50–53 (the printing-office branch): "某某镇党政办公室" before "…印发" belongs to the imprint.
    const text = `${TITLE}${BODY}某某镇人民政府\n2025年1月10日\n某某镇党政办公室\n2025年1月12日印发\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(m.closing?.imprint?.text).toBe('2025年1月12日印发');
    expect(m.closing?.imprintDate?.span).toEqual({ start: text.indexOf('2025年1月12日印发'), end: text.indexOf('2025年1月12日印发') + 10, text: '2025年1月12日' });
    expect(closingText(m)).toBe('某某镇人民政府\n2025年1月10日\n某某镇党政办公室\n2025年1月12日印发');
  });

  it('keeps the printing office out of the signatures when the report is signed but not dated', async () => {
    // Guards line 50 (`closing.signatures.length > 0 || …`): a signature alone is enough to tell the office apart.
    const text = `${TITLE}${BODY}某某镇人民政府\n某某镇党政办公室\n2025年1月12日印发\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(m.closing?.date).toBeUndefined();
    expect(m.closing?.imprintDate?.span.text).toBe('2025年1月12日');
  });

  it('keeps the printing office out of the signatures when the report is dated but not signed', async () => {
    // Guards line 50 (`… || closing.date`): a 成文日期 alone is enough to tell the office apart.
    const text = `${TITLE}${BODY}2025年1月10日\n某某镇党政办公室\n2025年1月12日印发\n`;
    const m = await model(text);
    expect(m.closing?.signatures).toEqual([]);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(m.closing?.imprint?.text).toBe('2025年1月12日印发');
    expect(closingText(m)).toBe('2025年1月10日\n某某镇党政办公室\n2025年1月12日印发');
  });

  it('reads a 印发 line padded with alignment spaces to exactly 60 characters as the imprint', async () => {
    // Guards line 21 (`t.length <= 60`): 60 characters is the longest line still taken as a 印发 line.
    const office = '某某市某某区人民政府办公室';
    const tail = '2025年1月12日印发';
    const imprint = office + ' '.repeat(60 - office.length - tail.length) + tail;
    expect(imprint.length).toBe(60);
    const text = `${TITLE}${BODY}某某镇人民政府\n2025年1月10日\n${imprint}\n`;
    const m = await model(text);
    expect(m.closing?.imprint?.text).toBe(imprint);
    expect(m.closing?.imprintDate?.span.text).toBe('2025年1月12日');
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(closingText(m)).toBe(`某某镇人民政府\n2025年1月10日\n${imprint}`);
    expect(bodyText(m)).toBe(BODY.trimEnd());
  });

  it('keeps a body sentence over 60 characters that ends with 印发 in the body, above the signature', async () => {
    // Guards line 21 (`t.length <= 60`): a long line ending with 印发 is running text, not the imprint.
    const last =
      '2025年，我镇将把《某某镇法治政府建设实施方案》《某某镇重大行政决策程序规定》《某某镇行政规范性文件管理办法》等六项制度汇编成册并统一印发';
    expect(last.length).toBeGreaterThan(60);
    const text = `${TITLE}${BODY}三、下一步工作计划\n${last}\n某某镇人民政府\n2025年1月10日\n`;
    const m = await model(text);
    expect(bodyText(m)).toBe(`${BODY}三、下一步工作计划\n${last}`);
    expect(m.closing?.imprint).toBeUndefined();
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(closingText(m)).toBe('某某镇人民政府\n2025年1月10日');
    expect(m.closing?.start).toBe(text.indexOf('某某镇人民政府\n2025'));
  });
});

describe('attachments after the 成文日期', () => {
  const ATTACHMENT = '附件：2024年度行政执法统计表\n全年办理行政处罚案件32件。\n';

  it('ends the body at the signature and the closing at the date when an attachment follows the date', async () => {
    // Guards line 99 (a signature or date line before 附件 makes it an attachment): the attachment is neither body nor closing.
    const text = `${TITLE}${BODY}某某镇人民政府\n2025年1月10日\n${ATTACHMENT}`;
    const m = await model(text);
    expect(bodyText(m)).toBe(BODY.trimEnd());
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['今年我们完善了制度。', '问题是培训不够。']);
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(m.closing?.start).toBe(text.indexOf('某某镇人民政府\n2025'));
    expect(m.closing?.end).toBe(text.indexOf('2025年1月10日') + 10);
  });

  it('ends the body at the signature when the attachment follows a signature and date on one line', async () => {
    // Guards line 99 (`organThenDate(prev.chars) !== undefined`): "某某镇人民政府    2025年1月10日" before 附件 counts too.
    const text = `${TITLE}${BODY}某某镇人民政府    2025年1月10日\n${ATTACHMENT}`;
    const m = await model(text);
    expect(bodyText(m)).toBe(BODY.trimEnd());
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(closingText(m)).toBe('某某镇人民政府    2025年1月10日');
  });

  it('finds the attachment when a PDF page number stands between the date and 附件', async () => {
    // Guards line 97 (residue lines before the 附件 line are skipped, going back): the page number hides no date.
    const text = `${TITLE}${BODY}某某镇人民政府\n2025年1月10日\n— 3 —\n${ATTACHMENT}`;
    const m = await model(text);
    expect(m.residue.map((r) => `${r.kind}:${r.span.text}`)).toEqual(['page-number:— 3 —']);
    expect(bodyText(m)).toBe(BODY.trimEnd());
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2025年1月10日');
    expect(closingText(m)).toBe('某某镇人民政府\n2025年1月10日');
  });

  it('does not take a title that starts with 附件： below an issuer line for an attachment', async () => {
    // Guards line 93 (the search starts after the first body line): the title and header are never attachments.
    const text = `某某县司法局\n附件：某某县司法局2024年度法治政府建设情况报告\n${BODY}某某县司法局\n2025年1月10日\n`;
    const m = await model(text);
    expect(m.title?.text).toBe('附件：某某县司法局2024年度法治政府建设情况报告');
    expect(bodyText(m)).toBe(BODY.trimEnd());
    expect(m.sections.map((s) => s.heading.title)).toEqual(['主要举措和成效', '存在的问题']);
    expect(texts(m.closing?.signatures)).toEqual(['某某县司法局']);
    expect(closingText(m)).toBe('某某县司法局\n2025年1月10日');
  });

  it('does not read a copyright footer naming a government, between the title and a 附件 line, as a signature', async () => {
    // Guards line 97 (`j >= from`): going back from 附件 skips residue down to the title, so the footer is not "prev".
    const text = `${TITLE}版权所有 © 某某县人民政府\n附件：某某镇2024年度法治政府建设情况报告\n${BODY}某某镇人民政府\n2025年1月10日\n`;
    const m = await model(text);
    expect(m.residue.map((r) => `${r.kind}:${r.span.text}`)).toEqual(['page-meta:版权所有 © 某某县人民政府']);
    expect(m.sections.map((s) => s.heading.title)).toEqual(['主要举措和成效', '存在的问题']);
    expect(m.body.end).toBe(text.indexOf('问题是培训不够。') + 8);
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(closingText(m)).toBe('某某镇人民政府\n2025年1月10日');
  });

  it('does not cut the body at a web-page action row that starts with 附件 (residue)', async () => {
    // Guards line 95 (`residue.has(i)`): page chrome such as "附件：【打印本页】" is never an attachment heading.
    const body =
      '一、主要举措和成效\n今年我们完善了制度。\n牵头单位：\n某某县司法局\n附件：【打印本页】【关闭窗口】\n二、存在的问题\n问题是培训不够。\n';
    const text = `${TITLE}${body}某某镇人民政府\n2025年1月10日\n`;
    const m = await model(text);
    expect(m.residue.map((r) => r.kind)).toEqual(['page-action']);
    expect(bodyText(m)).toBe(body.trimEnd());
    expect(m.paragraphs.map((p) => p.plain)).toEqual(['今年我们完善了制度。', '牵头单位：', '某某县司法局', '问题是培训不够。']);
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(closingText(m)).toBe('某某镇人民政府\n2025年1月10日');
  });
});

describe('a body sentence that ends in 印发', () => {
  it('keeps a short last body line ending in 印发 in the body: only a date or a printing office before 印发 makes the 印发 line', async () => {
    const text = `${TITLE}${BODY}三、下一步工作打算\n将六项制度汇编成册并统一印发\n某某镇人民政府\n2025年1月12日\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    expect(m.closing?.date?.span.text).toBe('2025年1月12日');
    expect(m.closing?.imprint).toBeUndefined();
    expect(bodyText(m)).toBe(`${BODY}三、下一步工作打算\n将六项制度汇编成册并统一印发`);
  });

  it('still reads "printing office + date + 印发" and "printing office + 印发" as the 印发 line', async () => {
    for (const imprint of ['某某镇党政办公室    2025年1月15日印发', '2025年1月15日印发', '某某镇党政办公室印发']) {
      const text = `${TITLE}${BODY}某某镇人民政府\n2025年1月12日\n抄送：县司法局。\n${imprint}\n`;
      const m = await model(text);
      expect(m.closing?.imprint?.text).toBe(imprint);
      expect(texts(m.closing?.signatures)).toEqual(['某某镇人民政府']);
    }
  });
});

describe('two bodies signing on one line', () => {
  it('reads a joint signature whose names are set apart only by their seal marks as two signatures', async () => {
    const text = `${TITLE}${BODY}中共某某乡委员会（盖章）某某乡人民政府（盖章）\n2025年1月12日\n`;
    const m = await model(text);
    expect(texts(m.closing?.signatures)).toEqual(['中共某某乡委员会（盖章）', '某某乡人民政府（盖章）']);
  });
});

