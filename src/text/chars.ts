/**
 * Character classes and keyword-matching helpers for Chinese report text. Pure functions.
 */

/** A CJK unified ideograph (basic block and extension A). */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Spaces that appear in real reports: ASCII space, tab, ideographic space U+3000, no-break space. */
export const SPACE = /[ \t\u3000\u00a0]/;

/** Characters that end a sentence (full- and half-width). */
export const SENTENCE_END = '。！？!?';

/** Characters that end a sentence or a clause that a new line may follow (。！？；：and half-width forms, …). */
export const LINE_END = '。！？!?；;：:…';

/** Closing quotes and brackets that may follow a sentence end: 。” 。） */
export const CLOSERS = '”’」』"\'）)】》';

/** True when `ch` is a CJK ideograph. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** True when the text has a letter or digit: a line of only punctuation (“。”, “……”) says nothing. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** True when `ch` is whitespace of any kind found in reports. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && (SPACE.test(ch) || ch === '\n' || ch === '\r');
}

/**
 * True when `text` ends a sentence or clause (。！？；：… or their half-width forms), allowing closing quotes
 * and brackets after it (“…。” or （…。）). "开展" and "工作，" do not.
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.includes(text[i] ?? '') || isSpace(text[i]))) i -= 1;
  return i >= 0 && LINE_END.includes(text[i] ?? '');
}

/**
 * Folds full-width ASCII (ＡＢＣ１２３（），：) to half-width and U+3000 to a space, one character for one,
 * so indexes stay valid. Use it to match keywords, never to check format.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Removes every kind of whitespace (PDF text puts spaces between Chinese characters and numbers). */
export function stripSpaces(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** True for the UTF-16 code units JavaScript's `\s` matches (spaces, tabs, line breaks, U+3000, U+00A0, BOM…). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A text with its whitespace removed, and where each remaining character was in it. */
export interface Stripped {
  plain: string;
  /** Index in the original text of character `i` of `plain` (0 ≤ i < plain.length). */
  indexOf(i: number): number;
}

/**
 * Removes every kind of whitespace, as stripSpaces does, keeping the way back to the original indexes. Built from
 * slices of the text and one entry per run of whitespace (not one per character), so a megabyte-long paragraph costs
 * little more than its own string.
 */
export function stripWhitespace(text: string): Stripped {
  const parts: string[] = [];
  /** For each run of whitespace: the index in `plain` where it was, and how many characters were removed up to its end. */
  const gapAt: number[] = [];
  const shift: number[] = [];
  let kept = 0;
  let removed = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!isWhitespaceCode(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && isWhitespaceCode(text.charCodeAt(j))) j += 1;
    if (i > from) parts.push(text.slice(from, i));
    kept += i - from;
    removed += j - i;
    gapAt.push(kept);
    shift.push(removed);
    from = j;
    i = j - 1;
  }
  if (gapAt.length === 0) return { plain: text, indexOf: sameIndex };
  parts.push(text.slice(from));
  return { plain: parts.join(''), indexOf: gapIndex(gapAt, shift) };
}

/** indexOf of a text without whitespace: one function for all of them (a report has a unit for every heading). */
export const sameIndex = (i: number): number => i;

/**
 * indexOf over the runs of whitespace stripWhitespace removed. A function of its own, so that stripWhitespace keeps
 * no closure context for the texts that have no whitespace.
 */
function gapIndex(gapAt: readonly number[], shift: readonly number[]): (i: number) => number {
  return (i) => {
    // The last run of whitespace at or before plain index i.
    let low = 0;
    let high = gapAt.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((gapAt[middle] ?? 0) <= i) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? i : i + (shift[low - 1] ?? 0);
  };
}

/**
 * `text` without the run of characters at its end that are in `set` (or whitespace, when `whitespace` is true): what
 * `text.replace(/[…]+$/, '')` does, without the regular expression, which retries from every character of a long run.
 */
export function trimEndOf(text: string, set: string, whitespace = false): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (set.includes(text.charAt(end - 1)) || (whitespace && isWhitespaceCode(code))) end -= 1;
    else break;
  }
  return text.slice(0, end);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds one RegExp that matches any of the terms, each term allowing whitespace between its characters
 * (PDF extraction inserts spaces) and treating （） and () as the same.
 */
export function termsRegExp(terms: readonly string[], flags = 'g'): RegExp {
  const parts = terms
    .filter((t) => t.length > 0)
    .map((term) =>
      [...term]
        .map((ch) => (ch === '（' || ch === '(' ? '[（(]' : ch === '）' || ch === ')' ? '[）)]' : escapeRegExp(ch)))
        .join('\\s*'),
    );
  return new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', flags);
}

/** `text` cut to its first `max` characters, with … when something was cut: for quoting text in a message. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
