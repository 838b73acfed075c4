/**
 * Shared by the Word, HTML and PDF readers: builds the text the rules see while remembering, for every
 * UTF-16 code unit, where it came from in the original file (an "origin": a number whose meaning is the
 * reader's — a source offset for HTML, a paragraph or line index for Word and PDF). Characters the reader
 * made up (block separators, `# `, Markdown escapes) have no origin and borrow their neighbour's.
 */

const NONE = -1;

export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly origins: number[] = [];

  /** Appends text that stands for nothing in the original (separators, markup). */
  synthetic(text: string): void {
    this.push(text, () => NONE);
  }

  /** Appends text whose every code unit comes from `origin` (or from `origin(i)` for the i-th unit). */
  push(text: string, origin: number | ((index: number) => number)): void {
    if (text === '') return;
    this.parts.push(text);
    for (let index = 0; index < text.length; index += 1) {
      this.origins.push(typeof origin === 'number' ? origin : origin(index));
    }
  }

  /** Appends `text` escaped as Markdown (escapeMarkdown): `origin(i)` is the origin of `text[i]`; added backslashes have none. */
  pushEscaped(text: string, origin: (index: number) => number): void {
    for (const piece of escapeMarkdown(text)) {
      const from = piece.from;
      if (from === undefined) this.synthetic(piece.text);
      else this.push(piece.text, (index) => origin(from + index));
    }
  }

  /**
   * Appends a one-line paragraph that is bold in the original as Markdown `**…**` (the model reads a bold
   * line as a heading without ordinal); text of several lines is pushed as it is.
   */
  pushBold(text: string, origin: (index: number) => number): void {
    const start = text.search(/[^\s\u00a0\u3000]/);
    const end = text.replace(/[\s\u00a0\u3000]+$/, '').length;
    if (start === -1 || text.includes('\n')) {
      this.pushEscaped(text, origin);
      return;
    }
    this.synthetic('**');
    this.pushEscaped(text.slice(start, end), (index) => origin(start + index));
    this.synthetic('**');
  }

  /** Starts a new block (paragraph): a blank line after the previous one. */
  startBlock(): void {
    if (this.origins.length > 0) this.synthetic('\n\n');
  }

  /**
   * Returns the text, with a final line feed when it is not empty, and the origin of each of its code units plus
   * one slot for the end offset (the final line feed and the end have none).
   */
  finish(): { text: string; origins: Int32Array } {
    let text = this.parts.join('');
    if (text.length > 0) text += '\n';
    const origins = new Int32Array(text.length + 1).fill(NONE);
    origins.set(this.origins);
    return { text, origins };
  }
}

/**
 * The origin of the code unit at `offset`, or of the nearest one that has an origin: first looking back
 * within the same line (so a range's end-exclusive offset maps just after its last character), then
 * forward, then back across lines. `after` tells whether the origin was borrowed from the left; `index` is
 * the code unit it was taken from.
 */
export function originAt(
  origins: Int32Array,
  text: string,
  offset: number,
): { origin: number; after: boolean; index: number } | undefined {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const own = origins[clamped];
  if (own !== undefined && own !== NONE) return { origin: own, after: false, index: clamped };
  for (let index = clamped - 1; index >= 0 && text[index] !== '\n'; index -= 1) {
    const value = origins[index]!;
    if (value !== NONE) return { origin: value, after: true, index };
  }
  for (let index = clamped + 1; index < origins.length; index += 1) {
    const value = origins[index]!;
    if (value !== NONE) return { origin: value, after: false, index };
  }
  for (let index = clamped - 1; index >= 0; index -= 1) {
    const value = origins[index]!;
    if (value !== NONE) return { origin: value, after: true, index };
  }
  return undefined;
}

/**
 * Escapes what CommonMark would read as markup, so a paragraph of report text stays one paragraph of the
 * same text: line-start block markers (#, >, -, +, *, 1. …, fences, HTML) and inline markers
 * (* _ ` [ ] backslash <tag &entity;). Leading spaces and tabs of each line are dropped (they would make an indented
 * code block). Returns pieces with the index in `text` each one starts at (`from`), absent for added backslashes.
 */
export function escapeMarkdown(text: string): Array<{ text: string; from?: number }> {
  const out: Array<{ text: string; from?: number }> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (lineStart > 0) out.push({ text: '\n', from: lineStart - 1 });
    const leading = /^[ \t]*/.exec(line)![0].length;
    const body = line.slice(leading);
    const base = lineStart + leading;
    let chunkStart = 0;
    const ordered = /^\d{1,9}(?=[.)](\s|$))/.exec(body);
    if (ordered) {
      // "1. " would start a list; a backslash only escapes punctuation, so it goes before the dot: "1\. ".
      out.push({ text: ordered[0], from: base });
      out.push({ text: '\\' });
      chunkStart = ordered[0].length;
    } else if (/^(#{1,6}(\s|$)|>|[-+*](\s|$)|`{3}|~{3}|<[a-zA-Z/!?]|[=-]+\s*$)/.test(body)) {
      out.push({ text: '\\' });
    }
    for (let position = chunkStart; position < body.length; position += 1) {
      const char = body[position]!;
      const needs =
        char === '\\' ||
        char === '*' ||
        char === '_' ||
        char === '`' ||
        char === '[' ||
        char === ']' ||
        (char === '<' && /[a-zA-Z/!?]/.test(body[position + 1] ?? '')) ||
        (char === '&' && /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(body.slice(position, position + 12)));
      if (needs) {
        if (position > chunkStart) out.push({ text: body.slice(chunkStart, position), from: base + chunkStart });
        out.push({ text: '\\' });
        chunkStart = position;
      }
    }
    if (body.length > chunkStart) out.push({ text: body.slice(chunkStart), from: base + chunkStart });
    lineStart += line.length + 1;
  }
  return out;
}
