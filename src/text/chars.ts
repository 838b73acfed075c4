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

/**
 * The marks a title must not end with: title-format deletes them from its end, and the model's title finder judges a
 * line as it will be once they are gone.
 */
export const TITLE_END_MARKS = '，。；：！？,;:!?';

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
  // By code unit (every mark here is one): no one-character string made per line of a report.
  let i = text.length - 1;
  while (i >= 0 && (CLOSER_CODES.has(text.charCodeAt(i)) || isSpaceOrBreakCode(text.charCodeAt(i)))) i -= 1;
  return i >= 0 && LINE_END_CODES.has(text.charCodeAt(i));
}

const CLOSER_CODES = new Set(Array.from(CLOSERS, (mark) => mark.charCodeAt(0)));
const LINE_END_CODES = new Set(Array.from(LINE_END, (mark) => mark.charCodeAt(0)));

/** What isSpace accepts, by code: SPACE's characters and the line breaks. */
const isSpaceOrBreakCode = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0a || code === 0x0d;

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

/**
 * text[start, end), as `value` itself when `value` holds exactly those characters (a text node's value is most often
 * the source there): the tree keeps `value`, and a slice of its own would keep the same characters twice.
 */
export function sourceText(text: string, start: number, end: number, value: string | undefined): string {
  return value !== undefined && value.length === end - start && text.startsWith(value, start) ? value : text.slice(start, end);
}

const WHITESPACE_RUNS = /[\s\u3000\u00a0]+/g;

/** Removes every kind of whitespace (PDF text puts spaces between Chinese characters and numbers). */
export function stripSpaces(text: string): string {
  // A RegExp made once (a literal is a new object each call); replace() starts a global one from 0 each time.
  return text.replace(WHITESPACE_RUNS, '');
}

/** stripSpaces(text).length, counted without making the stripped text. */
export function nonWhitespaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (!isWhitespaceCode(text.charCodeAt(i))) count += 1;
  return count;
}

/**
 * stripSpaces(text) when that has at most `max` characters, else undefined: a test of a short line (a heading, a
 * title) need not strip a long paragraph to find it is not one.
 */
export function stripSpacesUpTo(text: string, max: number): string | undefined {
  let kept = 0;
  for (let i = 0; i < text.length; i += 1) if (!isWhitespaceCode(text.charCodeAt(i)) && ++kept > max) return undefined;
  return stripSpaces(text);
}

/** The first `count` characters of stripSpaces(text) (fewer when it is shorter), without stripping the rest. */
export function stripSpacesHead(text: string, count: number): string {
  let kept = 0;
  let end = 0;
  while (end < text.length && kept < count) if (!isWhitespaceCode(text.charCodeAt(end++))) kept += 1;
  return stripSpaces(text.slice(0, end));
}

/** Whether a surrogate pair — one character, two code units — starts at `index` of `text`. */
export function isSurrogatePairAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
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
  // Counted first, so the runs are kept in two exact-size typed arrays: no array grown a run at a time, no piece of
  // text per run (a line of 10,000 "- " items made 30,000 of them).
  let runs = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (isWhitespaceCode(text.charCodeAt(i)) && (i === 0 || !isWhitespaceCode(text.charCodeAt(i - 1)))) runs += 1;
  }
  if (runs === 0) return { plain: text, indexOf: sameIndex };
  /** For each run of whitespace: the index in `plain` where it was, and how many characters were removed up to its end. */
  const gapAt = new Uint32Array(runs);
  const shift = new Uint32Array(runs);
  let run = 0;
  let kept = 0;
  let removed = 0;
  for (let i = 0; i < text.length; ) {
    if (!isWhitespaceCode(text.charCodeAt(i))) {
      kept += 1;
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWhitespaceCode(text.charCodeAt(j))) j += 1;
    removed += j - i;
    gapAt[run] = kept;
    shift[run] = removed;
    run += 1;
    i = j;
  }
  // isWhitespaceCode is stripSpaces's class, code unit for code unit.
  return { plain: stripSpaces(text), indexOf: gapIndex(gapAt, shift) };
}

/** indexOf of a text without whitespace: one function for all of them (a report has a unit for every heading). */
export const sameIndex = (i: number): number => i;

/**
 * indexOf over the runs of whitespace stripWhitespace removed. A function of its own, so that stripWhitespace keeps
 * no closure context for the texts that have no whitespace.
 */
function gapIndex(gapAt: Uint32Array, shift: Uint32Array): (i: number) => number {
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
