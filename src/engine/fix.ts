/**
 * Applying fixes: non-overlapping text edits, never inside code, link targets, URLs, HTML or front
 * matter. A fix that overlaps an earlier one waits for the next pass.
 */
import type { Root } from 'mdast';
import { walk } from './walk.js';
import type { Fix, LintMessage } from '../types.js';
import { matchesOf } from '../text/matches.js';
import { endOffsetOf, startOffsetOf } from './position.js';

type Range = readonly [number, number];

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"'，。；）\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const UNTOUCHABLE = new Set(['code', 'inlineCode', 'yaml', 'toml', 'html', 'image', 'imageReference', 'definition']);

/** Ranges no fix may touch. */
export function protectedRanges(tree: Root, text: string): Range[] {
  const ranges: Range[] = [];
  walk(tree, (node) => {
    const start = startOffsetOf(node);
    const end = endOffsetOf(node);
    if (start === undefined || end === undefined) return;
    if (UNTOUCHABLE.has(node.type)) ranges.push([start, end]);
    if (node.type === 'link' || node.type === 'linkReference') {
      // The label may be fixed; the target (](url) or an autolink) may not.
      const last = node.children.at(-1)?.position?.end.offset;
      ranges.push([last ?? start, end]);
    }
  });
  for (const match of matchesOf(URL_OR_EMAIL, text)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/**
 * Whether an edit cuts into a guarded range; replacing a whole range (e.g. deleting a residue line with its link) is
 * not editing inside it. An edit [s, e) cuts into [a, b) exactly when a < s < b or a < e < b: so the question is
 * whether s or e lies strictly inside some guarded range, which the ranges sorted by start and the running maximum of
 * their ends answer by binary search (a pass over every range for every fix would be quadratic).
 */
function cutChecker(guarded: readonly Range[]): (edit: Range) => boolean {
  const sorted = [...guarded].sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  let running = -Infinity;
  for (const range of sorted) maxEnd.push((running = Math.max(running, range[1])));
  /** A guarded range starts before `point` and ends after it. */
  const strictlyInside = (point: number): boolean => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.[0] ?? 0) < point) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (maxEnd[low - 1] ?? -Infinity) > point;
  };
  return (edit) => strictlyInside(edit[0]) || strictlyInside(edit[1]);
}

/** Applies the fixes that can be applied safely; returns the new text and how many were applied. */
export function applyFixes(text: string, fixes: readonly Fix[], guarded: readonly Range[]): { output: string; applied: number } {
  const chosen: Fix[] = [];
  const cutsIntoGuarded = cutChecker(guarded);
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < lastEnd || start > end || end > text.length) continue;
    // An insertion touches no text, so only replaced characters are checked against guarded ranges.
    if (end > start && cutsIntoGuarded(fix.range)) continue;
    if (text.slice(start, end) === fix.text) continue;
    chosen.push(fix);
    lastEnd = Math.max(end, start + 1);
  }
  // Pieces joined once: splicing each fix into the whole text would copy it once per fix.
  const pieces: string[] = [];
  let at = 0;
  for (const fix of chosen) {
    pieces.push(text.slice(at, fix.range[0]), fix.text);
    at = fix.range[1];
  }
  pieces.push(text.slice(at));
  return { output: pieces.join(''), applied: chosen.length };
}

/**
 * Makes the fixes of one result apart: where two messages offer edits that overlap (two rules wanting the same
 * character, such as a half-width comma at the end of a title that one rule would make full-width and another would
 * delete), the later one (by where the edit starts, then by the messages' order) loses its fix. The message stays;
 * --fix lints again after applying, and a rule whose problem remains offers its fix then. The same edit offered by
 * several messages is one edit and stays with each. Changes `messages` in place.
 */
export function keepFixesApart(messages: LintMessage[]): void {
  const order = messages
    .map((message, index) => ({ message, index }))
    .filter(({ message }) => message.fix !== undefined)
    .sort((a, b) => a.message.fix!.range[0] - b.message.fix!.range[0] || a.message.fix!.range[1] - b.message.fix!.range[1] || a.index - b.index);
  let last: Fix | undefined;
  for (const { message, index } of order) {
    const fix = message.fix as Fix;
    if (last !== undefined) {
      const same = fix.range[0] === last.range[0] && fix.range[1] === last.range[1] && fix.text === last.text;
      const bothInsertAt = fix.range[0] === fix.range[1] && last.range[0] === last.range[1] && fix.range[0] === last.range[0];
      if (!same && (fix.range[0] < last.range[1] || bothInsertAt)) {
        const { fix: _dropped, ...rest } = message;
        messages[index] = rest;
        continue;
      }
    }
    if (last === undefined || fix.range[1] >= last.range[1]) last = fix;
  }
}
