/**
 * Step 4 of the model: the closing block — the run of short lines at the end (signatures, 成文日期,
 * 抄送, 印发, 共印N份), also when attachments follow the signature.
 */
import { stripSpaces } from '../text/chars.js';
import { findDates, parseDateLine } from '../text/dates.js';
import type { ClosingBlock, DateMention } from './types.js';
import { lineSpan, spanOf, type Line } from './lines.js';
import { isOrganLine, organThenDate } from './organs.js';
import { matchesOf } from '../text/matches.js';

const CC_LINE = /^(抄\s*送|抄\s*报|报\s*送|分\s*送)\s*[:：]/;
/** 印发 at the end of the line, or before the print count on the same line ("…2025年1月12日印发　共印20份"). */
const IMPRINT_END = /印\s*发\s*([（(]?共印\s*\d+\s*份[)）]?)?$/;
const PRINT_COUNT = /^[（(]?共印\s*\d+\s*份[)）]?$/;
/** The 附注 ("（此件公开发布）") and a note that the attachments are left out ("（附件略）"). */
const PUBLIC_NOTE = /^[（(](此件|本件|附件)[^）)]{0,20}[)）]$/;
/** A 附注 after the date on the date's line: "2025年1月10日（此件公开发布）". */
const TRAILING_NOTE = /[（(](此件|本件)[^）)]{0,20}[)）]$/;
/** Contact lines, their labels often spaced for alignment ("联 系 人："): tested with the spaces removed. */
const CONTACT = /^(联系人(及电话|及联系电话)?|联系电话|联系方式|电话|传真|邮编|地址)[:：]/;

/** The line's date when the line is a date, with a 附注 after it or not. */
function dateLine(t: string) {
  return parseDateLine(t) ?? parseDateLine(t.replace(TRAILING_NOTE, '').trimEnd());
}

/**
 * The 印发 line of the 版记: "某某镇党政办公室    2025年1月12日印发", "2025年1月12日印发" or "县政府办公室印发". What
 * comes before 印发 is a date, a printing office, or both: a short body sentence that ends in 印发 ("……汇编成册并统一
 * 印发") is not one, and taking it for one would move the signature and date after it into the 版记.
 */
function isImprintLine(t: string): boolean {
  const end = IMPRINT_END.exec(t);
  if (!end || t.length > 60) return false;
  const before = t.slice(0, end.index).trimEnd();
  return parseDateLine(before) !== undefined || organThenDate(before) !== undefined || isOrganLine(before);
}

function isClosingLine(chars: string): boolean {
  const t = chars.trim();
  if (dateLine(t)) return true;
  if (isOrganLine(t)) return true;
  if (CC_LINE.test(t) || PRINT_COUNT.test(t) || PUBLIC_NOTE.test(t) || CONTACT.test(stripSpaces(t))) return true;
  if (isImprintLine(t)) return true;
  if (organThenDate(t)) return true;
  return false;
}

function buildClosing(text: string, lines: Line[]): ClosingBlock | undefined {
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return undefined;
  const closing: ClosingBlock = { start: first.start, end: last.end, signatures: [] };
  let after = false; // after 抄送 or 印发: organ lines are the printing office, not signatures
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const t = line.chars;
    if (CC_LINE.test(t)) {
      closing.cc = lineSpan(text, line);
      after = true;
      continue;
    }
    if (isImprintLine(t)) {
      closing.imprint = lineSpan(text, line);
      const d = findDates(t)[0];
      if (d) closing.imprintDate = shiftDate(text, d, line);
      after = true;
      continue;
    }
    // A printing office on its own line right before the 印发 line belongs to the imprint.
    const next = lines[i + 1];
    if (isOrganLine(t) && next && isImprintLine(next.chars) && (closing.signatures.length > 0 || closing.date)) {
      after = true;
      continue;
    }
    const date = dateLine(t);
    if (date) {
      if (!after && !closing.date) closing.date = shiftDate(text, date, line);
      continue;
    }
    const split = organThenDate(t);
    if (split !== undefined && !after) {
      for (const [a, b] of organParts(t.slice(0, split).trimEnd())) closing.signatures.push(lineSpan(text, line, a, b));
      const d = findDates(t.slice(split))[0];
      if (d && !closing.date) closing.date = shiftDate(text, { ...d, span: { ...d.span, start: d.span.start + split, end: d.span.end + split } }, line);
      continue;
    }
    if (!after && isOrganLine(t)) {
      for (const [a, b] of organParts(t)) closing.signatures.push(lineSpan(text, line, a, b));
    }
  }
  return closing;
}

/**
 * Two issuing bodies signed on one line, set apart by spaces ("中共××乡委员会    ××乡人民政府") or only by their seal
 * marks ("中共××乡委员会（盖章）××乡人民政府（盖章）"): the char ranges of each name; one range when the line names one body.
 */
function organParts(chars: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  for (const m of matchesOf(/[^\s（(]*[（(](?:盖章|印章|章)[)）]|\S+/g, chars)) parts.push([m.index, m.index + m[0].length]);
  if (parts.length > 1 && parts.every(([a, b]) => isOrganLine(chars.slice(a, b)))) return parts;
  return [[0, chars.length]];
}

/** 附件：… / 附件1 / 附件一 at the start of a line. */
const ATTACHMENT = /^附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?/;

/**
 * Index of the first attachment line that follows a signature or date line (the attachments of a
 * 公文 come after its 成文日期); all.length when there is none. An 附件 line before the signature is
 * the 附件说明 and stays in the body.
 */
function findAttachments(all: readonly Line[], residue: ReadonlySet<number>, from: number): number {
  for (let i = from + 1; i < all.length; i += 1) {
    const line = all[i];
    if (!line || residue.has(i) || !ATTACHMENT.test(line.chars)) continue;
    let j = i - 1;
    while (j >= from && residue.has(j)) j -= 1;
    const prev = all[j];
    if (prev && (parseDateLine(prev.chars) || isOrganLine(prev.chars) || organThenDate(prev.chars) !== undefined)) return i;
  }
  return all.length;
}

/** Maps a date found in `line.chars` (offsets relative to chars) to source offsets. */
function shiftDate(text: string, date: DateMention, line: Line): DateMention {
  const start = line.map.at(date.span.start) ?? line.start;
  const end = (line.map.at(date.span.end - 1) ?? start) + 1;
  return { ...date, span: spanOf(text, start, end) };
}

/**
 * The closing block of `all`, searched after line `bodyFrom` (residue lines skipped): the run of
 * closing lines at the end — or before attachments that follow the signature ("附件：…" after the
 * date), whose 版记 (抄送, 印发) may still come last. `closingFrom` is the index where the body ends.
 */
export function findClosing(
  text: string,
  all: Line[],
  residueIdx: Set<number>,
  bodyFrom: number,
): { closing: ClosingBlock | undefined; closingFrom: number } {
  const attachmentsFrom = findAttachments(all, residueIdx, bodyFrom);
  const closingRun = (from: number, downTo: number): number => {
    let start = from + 1;
    for (let i = from; i >= downTo; i -= 1) {
      if (residueIdx.has(i)) continue;
      const line = all[i];
      if (!line || !isClosingLine(line.chars)) break;
      start = i;
    }
    return start;
  };
  const closingFrom = closingRun(attachmentsFrom - 1, bodyFrom);
  const trailerFrom = attachmentsFrom < all.length ? closingRun(all.length - 1, attachmentsFrom) : all.length;
  const keep = (from: number, to: number): Line[] => all.slice(from, to).filter((_, k) => !residueIdx.has(from + k));
  const closingLines = [...keep(closingFrom, attachmentsFrom), ...keep(trailerFrom, all.length)];
  return { closing: buildClosing(text, closingLines), closingFrom };
}
