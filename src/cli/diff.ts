/**
 * What --fix-dry-run prints: the changed lines of a file, old (-) and new (+), numbered by the lines of the file on
 * disk, which a dry run leaves as it is; and `originalOffsets`, which takes a place in the fixed text back to the
 * file, so the problems that remain are shown where the writer finds them. The lines shown have their personal
 * numbers masked (src/text/personal-info.ts), as every other output does.
 */
import { t } from '../messages/index.js';
import { personalInfoMasker } from '../text/personal-info.js';
import type { Locale } from '../types.js';

interface Line {
  /** The line without its line break. */
  text: string;
  /** Offset of its first character in the whole text. */
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start });
  return lines;
}

/** One change in the line-by-line alignment of two texts: lines removed from `before`, lines added in `after`. */
interface Hunk {
  /** Removed lines of `before`: [from, to). */
  beforeFrom: number;
  beforeTo: number;
  /** Added lines of `after`: [from, to). */
  afterFrom: number;
  afterTo: number;
  /**
   * For each added line, the line of `before` whose place it takes on disk: the removed line it replaces (the most
   * alike, in order), or for a line added beyond those, the index of the line it comes before (`inserted`).
   */
  at: number[];
  inserted: boolean[];
}

function alignLines(a: readonly string[], b: readonly string[]): Hunk[] {
  // Equal head and tail first (a fix changes a few lines of a long report), then the longest common subsequence
  // of what is left; reports are a few hundred lines, so O(n·m) on the middle is fine.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[head + i] === b[head + j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let open: Hunk | undefined;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      open = undefined;
      i += 1;
      j += 1;
      continue;
    }
    if (!open) {
      open = { beforeFrom: head + i, beforeTo: head + i, afterFrom: head + j, afterTo: head + j, at: [], inserted: [] };
      hunks.push(open);
    }
    if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      i += 1;
      open.beforeTo = head + i;
    } else {
      j += 1;
      open.afterTo = head + j;
    }
  }
  for (const hunk of hunks) pairHunk(hunk, a, b);
  return hunks;
}

/** Characters two lines share at their start and end: a fix changes a line in a few places. */
function likeness(x: string, y: string): number {
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head += 1;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail += 1;
  return head + tail;
}

/** Pairs the added lines of a hunk with the removed lines they replace: as many pairs as possible, the most alike. */
function pairHunk(hunk: Hunk, a: readonly string[], b: readonly string[]): void {
  const r = hunk.beforeTo - hunk.beforeFrom;
  const s = hunk.afterTo - hunk.afterFrom;
  const pairOf = new Int32Array(s).fill(-1);
  if (r > 0 && s > 0 && r * s <= 250_000) {
    // best[i][j]: the best score pairing removed[i..] with added[j..]; a pair scores 1 + its likeness.
    const best: Float64Array[] = Array.from({ length: r + 1 }, () => new Float64Array(s + 1));
    const score = (i: number, j: number) => 1 + likeness(a[hunk.beforeFrom + i]!, b[hunk.afterFrom + j]!) / 1e6;
    for (let i = r - 1; i >= 0; i -= 1) {
      for (let j = s - 1; j >= 0; j -= 1) {
        best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, score(i, j) + best[i + 1]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < r && j < s) {
      if (best[i]![j] === score(i, j) + best[i + 1]![j + 1]!) {
        pairOf[j] = i;
        i += 1;
        j += 1;
      } else if (best[i]![j] === best[i + 1]![j]) i += 1;
      else j += 1;
    }
  } else {
    for (let k = 0; k < Math.min(r, s); k += 1) pairOf[k] = k;
  }
  let next = hunk.beforeFrom; // the line of `before` an unpaired line comes before
  for (let k = 0; k < s; k += 1) {
    const paired = pairOf[k]!;
    if (paired >= 0) {
      hunk.at.push(hunk.beforeFrom + paired);
      hunk.inserted.push(false);
      next = hunk.beforeFrom + paired + 1;
    } else {
      hunk.at.push(next);
      hunk.inserted.push(true);
    }
  }
}

export function lineDiff(filePath: string, before: string, after: string, locale: Locale): string {
  const a = splitLines(before).map((line) => line.text);
  const b = splitLines(after).map((line) => line.text);
  const number = (index: number) => String(index + 1).padStart(5);
  const mask = personalInfoMasker(`${before}\n${after}`);
  const out: string[] = [];
  for (const hunk of alignLines(a, b)) {
    for (let i = hunk.beforeFrom; i < hunk.beforeTo; i += 1) out.push(`-${number(i)} | ${mask(a[i]!)}`);
    // Numbered by the line on disk it replaces, or, for a line added, by the line it comes before.
    for (let j = hunk.afterFrom; j < hunk.afterTo; j += 1) out.push(`+${number(hunk.at[j - hunk.afterFrom]!)} | ${mask(b[j]!)}`);
  }
  const title = t('cli.fixDiffTitle', locale, { file: filePath });
  return `${title}\n${out.join('\n')}\n\n`;
}

/**
 * Maps an offset in `after` (the fixed text) to the offset of the same character in `before` (the file). A place
 * inside text a fix inserted maps to where that fix starts in `before`. Lines are aligned first, then the characters
 * of each changed line with the line it replaced.
 */
export function originalOffsets(before: string, after: string): (offset: number) => number {
  if (before === after) return (offset) => offset;
  const a = splitLines(before);
  const b = splitLines(after);
  /** For each line of `after`: the line of `before` it maps to, and how its columns map (undefined: unchanged). */
  const lineOf = new Int32Array(b.length);
  const columnMaps: Array<((column: number) => number) | undefined> = new Array(b.length);
  const hunks = alignLines(
    a.map((line) => line.text),
    b.map((line) => line.text),
  );
  let ai = 0;
  let bj = 0;
  const same = (to: number) => {
    for (; bj < to; bj += 1, ai += 1) lineOf[bj] = ai;
  };
  for (const hunk of hunks) {
    same(hunk.afterFrom);
    ai = hunk.beforeTo;
    for (let j = hunk.afterFrom; j < hunk.afterTo; j += 1) {
      const at = hunk.at[j - hunk.afterFrom]!;
      if (!hunk.inserted[j - hunk.afterFrom]) {
        lineOf[j] = at;
        columnMaps[j] = columnMap(a[at]!.text, b[j]!.text);
      } else if (at < a.length) {
        // A line a fix added: its places go to the start of the line it comes before…
        lineOf[j] = at;
        columnMaps[j] = () => 0;
      } else {
        // …or to the end of the text.
        lineOf[j] = a.length - 1;
        const end = a[a.length - 1]!.text.length;
        columnMaps[j] = () => end;
      }
    }
    bj = hunk.afterTo;
  }
  same(b.length);

  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, after.length));
    // The line of `after` holding the offset (a line break belongs to the line it ends).
    let low = 0;
    let high = b.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (b[middle]!.start <= clamped) low = middle;
      else high = middle - 1;
    }
    const line = b[low]!;
    const target = a[lineOf[low]!]!;
    const column = clamped - line.start;
    if (column > line.text.length) {
      // On the line break: the break of the line it maps to.
      return target.start + target.text.length + (column - line.text.length);
    }
    const map = columnMaps[low];
    return target.start + (map ? map(column) : column);
  };
}

/**
 * Columns of line `y` (fixed) → columns of line `x` (original), by the longest common subsequence of their
 * characters: a kept character maps to itself; an inserted one to where the replaced text started.
 */
function columnMap(x: string, y: string): (column: number) => number {
  // Common prefix and suffix need no table; the middle of a report line is short (a fix touches a few characters).
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head += 1;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail += 1;
  const n = x.length - head - tail;
  const m = y.length - head - tail;
  const mapped = new Int32Array(m + 1);
  if (n * m <= 4_000_000) {
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lcs[i]![j] = x[head + i] === y[head + j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    let anchor = 0; // where in x the current run of inserted characters starts
    while (j < m) {
      if (i < n && x[head + i] === y[head + j]) {
        mapped[j] = i;
        i += 1;
        j += 1;
        anchor = i;
      } else if (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
        i += 1;
      } else {
        mapped[j] = anchor;
        j += 1;
      }
    }
    mapped[m] = n;
  } else {
    // A huge changed middle: everything in it goes to its start.
    mapped.fill(0);
    mapped[m] = n;
  }
  return (column) => {
    if (column < head) return column;
    if (column >= head + m) return column - m + n;
    return head + mapped[column - head]!;
  };
}
