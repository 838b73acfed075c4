/**
 * Step 3 of the model: finds the title, the header lines above it (版头, 发文字号, issuer) and the
 * 主送 line that may follow it.
 */
import { endsSentence, stripSpaces, TITLE_END_MARKS, trimEndOf } from '../text/chars.js';
import { parseOrdinal } from '../text/ordinals.js';
import type { ReportModel, TextSpan } from './types.js';
import { lineSpan, spanOf, type Line } from './lines.js';
import { isOrganLine } from './organs.js';
import { residueKind } from './residue.js';

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}\s*[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*(?:第\s*)?\d{1,4}\s*号/;

/** The 版头 of a 公文 ("某某县司法局文件"): a header line, never part of the title. */
const MASTHEAD = /文件$/;

const TITLE_WORDS = /(报告|总结|汇报|情况|报 告)$/;

/**
 * A line that is web residue but for the marks at its end ("打印本页，"): never the title. Taken for one, title-format
 * would delete those marks, the line would become residue, the next line the title, and --fix would eat the page a
 * line per pass.
 */
function residueButForEndMarks(chars: string): boolean {
  const trimmed = trimEndOf(chars, TITLE_END_MARKS, true);
  return trimmed.length < chars.trimEnd().length && residueKind(trimmed) !== undefined;
}

function looksLikeTitle(line: Line): boolean {
  if (residueButForEndMarks(line.chars)) return false;
  const t = stripSpaces(line.chars);
  if (t.length < 4 || t.length > 90) return false;
  if (parseOrdinal(t)) return false;
  if (endsSentence(t)) return false;
  if (/^(现将|根据|按照|为了|今年|一年来)/.test(t)) return false;
  return TITLE_WORDS.test(t) || (/法治/.test(t) && /(报告|总结)/.test(t));
}

interface TitleResult {
  titleStart?: number; // line index
  titleEnd?: number; // inclusive line index
}

function findTitle(lines: Line[], residue: Set<number>): TitleResult {
  // The first 12 lines of report text (web-page residue above the title does not count).
  const content: number[] = [];
  for (let i = 0; i < lines.length && content.length < 12; i += 1) if (!residue.has(i)) content.push(i);
  // A level-1 Markdown heading near the top is the title.
  for (const i of content.slice(0, 6)) {
    const line = lines[i];
    if (line?.mdDepth === 1 && !parseOrdinal(line.chars)) return { titleStart: i, titleEnd: i };
  }
  for (let k = 0; k < content.length; k += 1) {
    const i = content[k] ?? 0;
    const line = lines[i];
    if (!line) continue;
    if (looksLikeTitle(line)) {
      let start = i;
      // A title broken over two lines: "XX关于2023年度法治政府建设" + "情况的报告".
      const prevIndex = content[k - 1];
      const prev = prevIndex === undefined ? undefined : lines[prevIndex];
      if (prev && prevIndex !== undefined && stripSpaces(line.chars).length <= 12 && !endsSentence(prev.chars) && !isOrganLine(prev.chars) && !DOC_NUMBER.test(prev.chars) && !MASTHEAD.test(prev.chars) && /关于|法治|\d{4}|年/.test(prev.chars)) {
        start = prevIndex;
      }
      return { titleStart: start, titleEnd: i };
    }
    // Stop looking once the body has clearly begun.
    if (parseOrdinal(line.chars) || (endsSentence(line.chars) && stripSpaces(line.chars).length > 40)) break;
  }
  // No title-like line: take the first short line that is not a header line.
  for (const i of content.slice(0, 4)) {
    const line = lines[i];
    if (!line) continue;
    const t = stripSpaces(line.chars);
    if (t.length <= 50 && !endsSentence(t) && !residueButForEndMarks(line.chars) && !parseOrdinal(t) && !DOC_NUMBER.test(t) && !isOrganLine(t) && !MASTHEAD.test(t)) {
      return { titleStart: i, titleEnd: i };
    }
    if (parseOrdinal(t) || t.length > 50) break;
  }
  return {};
}

/** The issuing body at the start of a title: "XX人民政府关于…", "XX司法局2023年度…". */
function issuerInTitle(text: string, title: TextSpan): TextSpan | undefined {
  const t = title.text;
  // "关于某某县司法局2024年度…的报告": the body follows the 关于.
  const from = t.startsWith('关于') ? 2 : 0;
  const cut = (() => {
    const about = t.indexOf('关于', from);
    if (about > from) return about;
    const year = /[12]\d{3}\s*年|[〇○零一二三四五六七八九]{4}年/.exec(t.slice(from));
    return year && year.index > 0 ? from + year.index : -1;
  })();
  if (cut <= from) {
    // "2023年度岚山县司法局法治政府建设情况报告" (or 二〇二三年度…): the body after the year, before 法治/关于.
    // The name starts at a non-space and its trailing spaces are cut after the match (no `\s*` between the name and
    // 关于: the two would share spaces, quadratic in a long title).
    const m = /^(?:[12]\d{3}|[〇○零一二三四五六七八九]{4})\s*年度?\s*(\S.*?)(关于|法治|依法)/d.exec(t);
    const name = m?.[1]?.trimEnd();
    const at = m?.indices?.[1];
    if (!name || !at || !isOrganLine(name)) return undefined;
    return spanOf(text, title.start + at[0], title.start + at[0] + name.length);
  }
  const prefix = t.slice(0, cut).trimEnd();
  const lead = Math.max(from, prefix.length - prefix.trimStart().length);
  if (!isOrganLine(prefix.slice(lead))) return undefined;
  return spanOf(text, title.start + lead, title.start + prefix.length);
}

/**
 * Fills in the model's title, header lines, 发文字号, header issuer and 主送 from `all` (residue
 * lines skipped). Returns the index of the first line after them: where the body may begin.
 */
export function readHeader(text: string, all: Line[], residueIdx: Set<number>, model: ReportModel): number {
  const { titleStart, titleEnd } = findTitle(all, residueIdx);
  let bodyFrom = 0;
  if (titleStart !== undefined && titleEnd !== undefined) {
    const a = all[titleStart];
    const b = all[titleEnd];
    if (a && b) model.title = spanOf(text, a.start, b.end);
    for (let i = 0; i < titleStart; i += 1) {
      const line = all[i];
      if (line && !residueIdx.has(i)) model.header.push(lineSpan(text, line));
    }
    bodyFrom = titleEnd + 1;
  }
  for (let i = 0; i < (titleStart ?? 0); i += 1) {
    const line = all[i];
    if (!line || residueIdx.has(i)) continue;
    const m = DOC_NUMBER.exec(line.chars);
    if (m && !model.docNumber) model.docNumber = lineSpan(text, line, m.index, m.index + m[0].length);
    const name = line.chars.replace(/文件$/, '');
    if (!model.headerIssuer && isOrganLine(name)) model.headerIssuer = lineSpan(text, line, 0, name.trimEnd().length);
  }
  if (!model.headerIssuer && model.title) {
    const fromTitle = issuerInTitle(text, model.title);
    if (fromTitle) model.headerIssuer = fromTitle;
  }

  // 主送: the first line after the title, short and ending with a colon.
  const firstBody = (() => {
    for (let i = bodyFrom; i < all.length; i += 1) if (!residueIdx.has(i)) return i;
    return all.length;
  })();
  const maybeAddressee = all[firstBody];
  if (maybeAddressee && model.title) {
    const t = stripSpaces(maybeAddressee.chars);
    if (/[:：]$/.test(t) && t.length <= 60 && !/如下|[。，,]/.test(t) && !parseOrdinal(t)) {
      model.addressee = lineSpan(text, maybeAddressee);
      bodyFrom = firstBody + 1;
    }
  }
  return bodyFrom;
}
