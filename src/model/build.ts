/**
 * Builds the report model (src/model/types.ts) from the linted text and its mdast.
 *
 * The model is built from *lines*, not from mdast paragraphs, because real reports do not respect
 * Markdown's idea of a paragraph: PDF text breaks lines mid-sentence (with or without blank lines
 * between them), Word and web copies put one paragraph per line, and Markdown files often write
 * headings as plain lines. Steps, one module each:
 *
 * 1. lines (lines.ts) — every block of the tree (headings, paragraphs, list items, table cells;
 *    never yaml, code or html) is cut into source lines; Markdown syntax (#, **, link brackets) is
 *    left out of the line's characters, which keep a map back to source offsets.
 * 2. residue (residue.ts) — web-page chrome (breadcrumbs, 发布时间/访问量/字体, 打印本页/关闭窗口/
 *    分享到) and PDF page numbers (— 3 —) are set aside.
 * 3. header and title (header.ts) — lines above the title are the header (版头, 发文字号, issuer);
 *    a 主送 line may follow the title.
 * 4. closing (closing.ts) — the run of short lines at the end: signatures, 成文日期, 抄送, 印发,
 *    共印N份.
 * 5. body (body.ts) — the lines between are joined back into paragraphs (a line that does not end
 *    a sentence continues on the next one), headings are recognised by their ordinal (一、 （一）
 *    1. （1） and the usual mistakes), as Markdown headings, as plain lines or run into a
 *    paragraph's first sentence, and the sections are nested by ordinal level.
 *
 * Names of issuing bodies, used by the header and the closing, are recognised in organs.ts.
 */
import type { Root } from 'mdast';
import { findYears } from '../text/dates.js';
import type { ReportModel } from './types.js';
import { parseBody } from './body.js';
import { findClosing } from './closing.js';
import { readHeader } from './header.js';
import { collectLines } from './lines.js';
import { findResidue } from './residue.js';

export { ORGAN_SUFFIX, isOrganLine } from './organs.js';
export { residueKind } from './residue.js';

/**
 * Builds the report model of `text`. `tree` is its mdast (for plain text, one paragraph per
 * non-blank line). Never throws on odd input: an empty text gives an empty model.
 */
export function buildModel(text: string, tree: Root): ReportModel {
  const all = collectLines(text, tree);
  const { residue, residueIdx } = findResidue(text, all);

  const model: ReportModel = {
    text,
    header: [],
    preamble: [],
    sections: [],
    allSections: [],
    paragraphs: [],
    body: { start: 0, end: 0 },
    residue,
  };

  // 3. Title and header.
  const bodyFrom = readHeader(text, all, residueIdx, model);

  // 4. Closing.
  const { closing, closingFrom } = findClosing(text, all, residueIdx, bodyFrom);
  model.closing = closing;

  // 5. Body.
  // One copy of the body's lines (most reports have no residue between them to leave out).
  const between = all.slice(bodyFrom, closingFrom);
  const bodyLines = residueIdx.size === 0 ? between : between.filter((_, k) => !residueIdx.has(bodyFrom + k));
  const titleYear = model.title ? findYears(model.title.text)[0] : undefined;
  const firstYear = findYears(bodyLines.slice(0, 3).map((l) => l.chars).join(''))[0];
  const year = titleYear ?? firstYear;
  if (year !== undefined) model.year = year;
  const body = parseBody(text, bodyLines, year);
  model.sections = body.sections;
  model.allSections = body.allSections;
  model.preamble = body.preamble;
  model.paragraphs = body.paragraphs;
  const firstLine = bodyLines[0];
  const lastLine = bodyLines.at(-1);
  model.body = {
    start: firstLine?.start ?? model.title?.end ?? 0,
    end: lastLine?.end ?? model.title?.end ?? 0,
  };

  return model;
}
