/**
 * The read-only queries rules run over the report model (src/model/query.ts): text units and their map back to
 * source offsets, keyword search, the places to report something missing, and the section and part helpers.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import {
  alternation,
  configuredReportYear,
  documentUnits,
  endRange,
  findInUnits,
  headingUnit,
  maskBookTitles,
  outermost,
  parentsOf,
  partHeads,
  partUnits,
  sectionHasWords,
  sectionUnits,
  titleRange,
  type TextUnit,
} from '../../src/model/query.js';
import type { Heading, ReportModel, Section } from '../../src/model/types.js';

async function model(text: string): Promise<ReportModel> {
  return buildModel(text, await parseDocument({ text, syntax: 'text' }));
}

const TITLE = '岚山县司法局2023年度法治政府建设情况报告\n\n';

/** The section whose heading title is `title`. */
function section(m: ReportModel, title: string): Section {
  const found = m.allSections.find((s) => s.heading.title === title);
  if (!found) throw new Error(`no section ${title}`);
  return found;
}

/** What each unit is, as "kind:plain", for comparing lists of units. */
const describeUnits = (units: readonly TextUnit[]): string[] => units.map((u) => `${u.kind}:${u.plain}`);

/** A report with a preamble, a measures part, an untyped part with a sub-section, a problems part and another untyped part. */
const PARTS =
  `${TITLE}今年以来，我局坚持依法行政。\n` +
  '一、主要举措和成效\n全年开展普法活动12场次。\n' +
  '二、党的建设工作\n（一）强化组织领导\n召开党组会议8次。\n' +
  '三、存在的问题\n问题较多。\n' +
  '四、其他事项\n其他内容。\n';

describe('titleRange', () => {
  it('is the title when the report has one, even below header lines', async () => {
    const text = `岚山县人民政府文件\n岚府发〔2024〕3号\n\n${TITLE}一、主要举措和成效\n全年开展普法活动12场次。\n`;
    const m = await model(text);
    const range = titleRange(m);
    // Not the first line of text (the 版头): the title itself.
    expect(text.slice(...range)).toBe('岚山县司法局2023年度法治政府建设情况报告');
  });

  it('of a report without a title is its first non-blank line, leading blank lines and indentation skipped', async () => {
    const text = '\n\n  一、主要举措和成效\n全年开展普法活动12场次。\n二、存在的问题\n问题较多。\n';
    const m = await model(text);
    expect(m.title).toBeUndefined();
    expect(titleRange(m)).toEqual([4, 13]);
    expect(text.slice(...titleRange(m))).toBe('一、主要举措和成效');
  });

  it('of a one-line report without a title or line break runs to the end of the text', async () => {
    const text = '全年开展普法活动12场次。';
    const m = await model(text);
    expect(m.title).toBeUndefined();
    expect(titleRange(m)).toEqual([0, text.length]);
  });

  it('of a blank text is the empty range at 0', async () => {
    expect(titleRange(await model('   \n  '))).toEqual([0, 0]);
  });
});

describe('endRange', () => {
  it('is the end of the body, not of page residue after it', async () => {
    // No title: the end comes from the body alone, and the web-page residue after it is not report text.
    const text = '\n\n  一、主要举措和成效\n全年开展普法活动12场次。\n二、存在的问题\n问题较多。\n打印本页 关闭窗口\n';
    const m = await model(text);
    expect(m.title).toBeUndefined();
    const [start, end] = endRange(m);
    expect(start).toBe(end);
    expect(text.slice(0, end).endsWith('问题较多。')).toBe(true);
  });

  it('of a text with no body, title or closing is the end of its last non-blank character', async () => {
    const text = '打印本页 关闭窗口\n';
    const m = await model(text);
    expect(m.body.end).toBe(0);
    expect(endRange(m)).toEqual([9, 9]);
  });
});

describe('text units and their offsets', () => {
  const TEXT = `${TITLE}一、主要举措和成效\n全年开展 普法活动12场次。\n（一） 强化 组织领导\n内容。\n二、存在的问题\n问题较多。\n`;

  it('findInUnits maps a match in a paragraph with spaces back to its source characters', async () => {
    const m = await model(TEXT);
    const [match, ...rest] = findInUnits(documentUnits(m), /普法/);
    expect(rest).toEqual([]);
    expect(match?.text).toBe('普法');
    // The space in the source is before the match: the range must skip it.
    expect(TEXT.slice(...(match?.range ?? [0, 0]))).toBe('普法');
  });

  it('findInUnits maps a match in a heading with spaces back to its source characters', async () => {
    const m = await model(TEXT);
    const matches = findInUnits(documentUnits(m), /强化组织领导/);
    expect(matches.map((f) => f.text)).toEqual(['强化组织领导']);
    expect(TEXT.slice(...(matches[0]?.range ?? [0, 0]))).toBe('强化 组织领导');
  });

  it('findInUnits gives the matched text only, from the unmasked plain, and skips empty matches', async () => {
    const m = await model(`${TITLE}一、主要举措和成效\n依据《法治政府建设条例》和条例开展工作。\n`);
    // An optional group can match the empty string at every index: only the real matches count.
    const matches = findInUnits(documentUnits(m), /(?:条例)?/, maskBookTitles);
    expect(matches.map((f) => [f.text, f.index, f.end])).toEqual([['条例', 13, 15]]);
  });

  it('heading unit offsets: every plain character maps to itself in the source, out-of-range indexes clamp to the span', async () => {
    const m = await model(TEXT);
    for (const title of ['主要举措和成效', '强化 组织领导']) {
      const s = m.allSections.find((x) => x.heading.title === title) as Section;
      const unit = headingUnit(s.heading, s);
      for (let i = 0; i < unit.plain.length; i += 1) expect(TEXT[unit.toOffset(i)]).toBe(unit.plain[i]);
      expect(unit.toOffset(-1)).toBe(unit.start);
      expect(unit.toOffset(unit.plain.length)).toBe(unit.end);
      expect(unit.toOffset(unit.plain.length + 3)).toBe(unit.end);
    }
  });

  it('a heading unit whose span starts with blanks maps index 0 to its first character, a blank span to its start', () => {
    // headingUnit is exported: a heading built by hand may keep the indentation in its span.
    const source = '\n  一、 强化组织领导';
    const heading: Heading = { span: { text: source.slice(1), start: 1, end: source.length }, title: '强化组织领导', runIn: false };
    const unit = headingUnit(heading);
    expect(unit.plain).toBe('一、强化组织领导');
    expect(unit.toOffset(0)).toBe(3);
    expect(unit.toOffset(-2)).toBe(3);
    expect(source[unit.toOffset(2)]).toBe('强');
    const blank = headingUnit({ span: { text: '   ', start: 5, end: 8 }, title: '', runIn: false });
    expect(blank.toOffset(0)).toBe(5);
  });

  it('paragraph unit offsets clamp to the paragraph', async () => {
    const m = await model(TEXT);
    const unit = documentUnits(m).find((u) => u.plain === '全年开展普法活动12场次。') as TextUnit;
    expect(unit.toOffset(-1)).toBe(unit.start);
    expect(unit.toOffset(unit.plain.length + 5)).toBe(unit.end);
  });

  it('documentUnits are built once per model', async () => {
    const m = await model(TEXT);
    expect(documentUnits(m)).toBe(documentUnits(m));
  });
});

describe('maskBookTitles', () => {
  it('blanks a cited title with as many spaces, so indexes stay valid', () => {
    expect(maskBookTitles('依据《条例》开展')).toBe('依据    开展');
  });
});

describe('sectionUnits', () => {
  it('includes the section heading unless asked not to, then the body and sub-sections in document order', async () => {
    const m = await model(PARTS);
    const s = section(m, '党的建设工作');
    expect(describeUnits(sectionUnits(s))).toEqual(['heading:二、党的建设工作', 'heading:（一）强化组织领导', 'paragraph:召开党组会议8次。']);
    expect(describeUnits(sectionUnits(s, { heading: false }))).toEqual(['heading:（一）强化组织领导', 'paragraph:召开党组会议8次。']);
  });
});

describe('sectionHasWords', () => {
  it('counts a sub-section heading with words even when no body has text', async () => {
    const m = await model(`${TITLE}一、主要举措和成效\n（一）强化组织领导\n二、存在的问题\n问题较多。\n`);
    const s = section(m, '主要举措和成效');
    expect(s.body).toEqual([]);
    expect(sectionHasWords(s)).toBe(true);
  });

  it('is false when the only sub-section is a bare ordinal without words', async () => {
    const m = await model(`${TITLE}一、主要举措和成效\n（一）\n二、存在的问题\n问题较多。\n`);
    const s = section(m, '主要举措和成效');
    expect(s.children).toHaveLength(1);
    expect(sectionHasWords(s)).toBe(false);
  });
});

describe('alternation', () => {
  it('escapes the terms and leaves out empty ones (an empty alternative would match everywhere)', () => {
    expect(alternation(['司法', '', 'a.b'])).toBe('司法|a\\.b');
  });
});

describe('outermost', () => {
  it('leaves out the sections whose parent is in the list', async () => {
    const m = await model(PARTS);
    expect(outermost(m.allSections)).toEqual(m.sections);
    expect(outermost(m.allSections)).not.toBe(m.allSections);
  });
});

describe('configuredReportYear', () => {
  it('is the number in settings.reportYear, and undefined for anything else', () => {
    expect(configuredReportYear({ reportYear: 2023 })).toBe(2023);
    expect(configuredReportYear({ reportYear: '2023' })).toBeUndefined();
    expect(configuredReportYear({})).toBeUndefined();
  });
});

describe('parentsOf', () => {
  it('maps a sub-section to its parent, built once per model', async () => {
    const m = await model(PARTS);
    expect(parentsOf(m).get(section(m, '强化组织领导'))).toBe(section(m, '党的建设工作'));
    expect(parentsOf(m)).toBe(parentsOf(m));
  });
});

describe('partUnits and partHeads', () => {
  it('without extra keywords: exactly the units of the role, whatever the other headings say', async () => {
    const m = await model(PARTS);
    expect(describeUnits(partUnits(m, 'measures'))).toEqual(['heading:一、主要举措和成效', 'paragraph:全年开展普法活动12场次。']);
  });

  it('with extra keywords: also the sections whose heading or an ancestor heading holds one, and no other', async () => {
    const m = await model(PARTS);
    const units = partUnits(m, 'measures', ['党的建设']);
    // The sub-section is in through its parent's heading; the problems part and the preamble stay out.
    expect(describeUnits(units)).toEqual([
      'heading:一、主要举措和成效',
      'paragraph:全年开展普法活动12场次。',
      'heading:二、党的建设工作',
      'heading:（一）强化组织领导',
      'paragraph:召开党组会议8次。',
    ]);
    expect(partHeads(units, m)).toEqual([section(m, '主要举措和成效'), section(m, '党的建设工作')]);
  });

  it('partHeads of units that include the preamble are the top-level sections', async () => {
    const m = await model(PARTS);
    expect(documentUnits(m)[0]?.role).toBe('preamble');
    expect(partHeads(documentUnits(m), m)).toEqual(m.sections);
  });
});
