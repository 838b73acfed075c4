/**
 * Display width of a string in a terminal: CJK ideographs, kana, Hangul, full-width forms and emoji take two
 * columns; combining marks, control and default-ignorable characters none; everything else one.
 *
 * It follows string-width 7 (East Asian Wide/Fullwidth = 2, Ambiguous = 1), which the tests compare it with, but is
 * written out here because importing string-width (Intl.Segmenter, emoji-regex, get-east-asian-width) costs ~25 ms
 * at start-up — a real share of a CLI call that editors make on every save.
 */

/** East Asian Wide (W) and Fullwidth (F) ranges that are not emoji, inclusive, sorted. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2329, 0x232a], // 〈 〉
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (、。〈〉《》「」【】〔〕)
  [0x3041, 0x3247], // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed CJK
  [0x3250, 0x4dbf], // enclosed CJK, CJK compatibility, CJK extension A
  [0x4e00, 0xa4cf], // CJK unified ideographs, Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // full-width ASCII forms (，：；！？（）０-９Ａ-Ｚ)
  [0xffe0, 0xffe6], // full-width signs (￥ ￡)
  [0x16fe0, 0x16fe4],
  [0x16ff0, 0x16ff1],
  [0x17000, 0x18cd5], // Tangut, Khitan
  [0x18d00, 0x18d08],
  [0x1aff0, 0x1b2fb], // Kana supplement and extensions, Nüshu
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x2fffd], // CJK extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G–H
];

const ZERO_WIDTH = /^[\p{M}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cs}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
const EMOJI_ANY = /^\p{Extended_Pictographic}$/u;
const ANSI = /\u001b\[[0-9;]*m/g;

function isWide(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  let low = 0;
  let high = WIDE_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = WIDE_RANGES[middle]!;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}

/** Columns `text` takes in a terminal. ANSI color codes count for nothing. */
export function displayWidth(text: string): number {
  if (text.includes('\u001b')) text = text.replace(ANSI, '');
  let width = 0;
  let joinNext = false; // after a zero-width joiner, the next pictograph belongs to the same emoji
  let previousRegional = false; // two regional indicators make one flag
  let previousPictograph = false;
  let lastAdded = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    // Fast path: printable ASCII.
    if (codePoint >= 0x20 && codePoint < 0x7f) {
      width += 1;
      lastAdded = 1;
      joinNext = previousRegional = previousPictograph = false;
      continue;
    }
    if (codePoint === 0x200d) {
      joinNext = previousPictograph;
      continue;
    }
    if (codePoint === 0xfe0f) {
      // Emoji presentation selector: a text-style pictograph (e.g. ❤) becomes a two-column emoji.
      if (previousPictograph && !joinNext && lastAdded === 1) {
        width += 1;
        lastAdded = 2;
      }
      continue;
    }
    if (ZERO_WIDTH.test(character)) continue;
    if (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff && previousPictograph) continue; // skin tone modifier
    const regional = codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
    if (regional && previousRegional) {
      previousRegional = false;
      continue;
    }
    const pictograph = EMOJI_ANY.test(character);
    if (!(joinNext && pictograph)) {
      lastAdded = isWide(codePoint) || EMOJI.test(character) ? 2 : 1;
      width += lastAdded;
    }
    joinNext = false;
    previousRegional = regional;
    previousPictograph = pictograph;
  }
  return width;
}

/** Pads `text` with spaces on the right (or the left) to `width` display columns. */
export function padEnd(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

export function padStart(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? ' '.repeat(missing) + text : text;
}
