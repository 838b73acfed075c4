/**
 * Applying fixes: non-overlapping text edits, never inside code, link targets, URLs, HTML or front
 * matter. A fix that overlaps an earlier one waits for the next pass.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Fix } from '../types.js';

type Range = readonly [number, number];

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"'，。；）\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const UNTOUCHABLE = new Set(['code', 'inlineCode', 'yaml', 'toml', 'html', 'image', 'imageReference', 'definition']);

/** Ranges no fix may touch. */
export function protectedRanges(tree: Root, text: string): Range[] {
  const ranges: Range[] = [];
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (UNTOUCHABLE.has(node.type)) ranges.push([start, end]);
    if (node.type === 'link' || node.type === 'linkReference') {
      // The label may be fixed; the target (](url) or an autolink) may not.
      const last = node.children.at(-1)?.position?.end.offset;
      ranges.push([last ?? start, end]);
    }
  });
  for (const match of text.matchAll(URL_OR_EMAIL)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** True when the edit cuts into the guarded range; replacing the whole range (e.g. deleting a residue line with its link) is not editing inside it. */
const cutsInto = (edit: Range, guarded: Range) =>
  edit[0] < guarded[1] && guarded[0] < edit[1] && !(edit[0] <= guarded[0] && guarded[1] <= edit[1]);

/** Applies the fixes that can be applied safely; returns the new text and how many were applied. */
export function applyFixes(text: string, fixes: readonly Fix[], guarded: readonly Range[]): { output: string; applied: number } {
  const chosen: Fix[] = [];
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < lastEnd || start > end || end > text.length) continue;
    // An insertion touches no text, so only replaced characters are checked against guarded ranges.
    if (end > start && guarded.some((range) => cutsInto(fix.range, range))) continue;
    if (text.slice(start, end) === fix.text) continue;
    chosen.push(fix);
    lastEnd = Math.max(end, start + 1);
  }
  let output = text;
  for (const fix of chosen.reverse()) output = output.slice(0, fix.range[0]) + fix.text + output.slice(fix.range[1]);
  return { output, applied: chosen.length };
}
