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
