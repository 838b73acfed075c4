/** What --fix-dry-run prints: the changed lines of a file, old (-) and new (+), with line numbers. */
import type { Locale } from '../types.js';

export function lineDiff(filePath: string, before: string, after: string, locale: Locale): string {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  // Longest common subsequence of lines; reports are a few hundred lines, so O(n·m) is fine.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+${String(j + 1).padStart(5)} | ${b[j]}`);
      j += 1;
    } else {
      out.push(`-${String(i + 1).padStart(5)} | ${a[i]}`);
      i += 1;
    }
  }
  const title = locale === 'zh' ? `--fix 将修改 ${filePath}：` : `--fix would change ${filePath}:`;
  return `${title}\n${out.join('\n')}\n\n`;
}
