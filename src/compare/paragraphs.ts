/**
 * The paragraphs two reports are compared by (no-copied-text, issue 13), found in the text alone so the index of
 * other files needs no parse: lines, with a line that was broken mid-sentence (a page break, a PDF line, a soft
 * break in Markdown) joined to the next one. A paragraph far longer than any real one (a report whose line breaks
 * were lost) is cut at sentence ends, so that copying is judged per passage, not against a whole report.
 */
import { endsSentence } from '../text/chars.js';
import { lineStarts } from '../engine/position.js';

export interface TextParagraph {
  /** Offsets in the text: first and after the last non-space character. */
  start: number;
  end: number;
}

/** A line shorter than this that does not end a sentence is a heading or a label, never half a paragraph. */
const MIN_BROKEN_LINE = 20;
/** A line this long that does not end a sentence is broken, whatever it holds. */
const SURELY_BROKEN_LINE = 40;
/** A passage of more Han characters than this is cut at a sentence end. */
const MAX_PASSAGE = 400;
/** Where a heading or a list item starts a line: 一、 （一） 1. 1、 第一 # - * >. */
const STARTS_BLOCK = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[、.．)）]|第[一二三四五六七八九十\d]{1,3}[部章节条]|[#>*+-]\s)/;

const isSpaceCode = (code: number): boolean => code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 10 || code === 13 || code === 0xfeff;

/**
 * Whether a line that does not end a sentence goes on in the next line. A heading does not: it is short, or has no
 * clause punctuation, or starts with an ordinal and holds no sentence end ("（四）强化行政权力监督，依法行政自觉性增强").
 */
function brokenLine(line: string): boolean {
  if (line.length < MIN_BROKEN_LINE) return false;
  if (STARTS_BLOCK.test(line)) return /[。；;]/.test(line);
  return line.length >= SURELY_BROKEN_LINE || /[，,、；;。]/.test(line);
}

export function splitParagraphs(text: string): TextParagraph[] {
  const starts = lineStarts(text);
  const paragraphs: TextParagraph[] = [];
  let open: TextParagraph | undefined;
  for (let i = 0; i < starts.length; i += 1) {
    let start = starts[i]!;
    let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start += 1;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
    if (start === end) {
      if (open) paragraphs.push(open);
      open = undefined;
      continue;
    }
    const line = text.slice(start, Math.min(end, start + 12));
    if (open && !STARTS_BLOCK.test(line)) {
      open.end = end;
    } else {
      if (open) paragraphs.push(open);
      open = { start, end };
    }
    const content = text.slice(start, end);
    if (endsSentence(content) || !brokenLine(content)) {
      paragraphs.push(open);
      open = undefined;
    }
  }
  if (open) paragraphs.push(open);
  return paragraphs.flatMap((paragraph) => cutLong(text, paragraph));
}

/** Cuts a passage of more than MAX_PASSAGE Han characters after a sentence end (。！？；) once it is that long. */
function cutLong(text: string, paragraph: TextParagraph): TextParagraph[] {
  if (paragraph.end - paragraph.start <= MAX_PASSAGE) return [paragraph];
  const pieces: TextParagraph[] = [];
  let start = paragraph.start;
  let han = 0;
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) han += 1;
    const atSentenceEnd = code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b;
    if (han >= MAX_PASSAGE / 2 && (atSentenceEnd || han >= MAX_PASSAGE * 2)) {
      pieces.push({ start, end: i + 1 });
      start = i + 1;
      while (start < paragraph.end && isSpaceCode(text.charCodeAt(start))) start += 1;
      han = 0;
    }
  }
  if (start < paragraph.end) {
    // A short tail joins the piece before it.
    const last = pieces.at(-1);
    if (last && han < MAX_PASSAGE / 4) last.end = paragraph.end;
    else pieces.push({ start, end: paragraph.end });
  }
  return pieces;
}
