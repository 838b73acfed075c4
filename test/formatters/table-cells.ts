/**
 * Reads the `table` formatter's text back into cells, by display columns: the dashed rule under the header gives each
 * column's span (a run of dashes), so a cell is what lies in its span, wherever a Chinese character put it in the
 * string. The last column runs to the end of the line.
 */
import { displayWidth } from '../../src/formatters/width.js';

export interface ParsedTable {
  header: string[];
  rows: string[][];
  total: string[];
  /** The lines after the totals row (outcome and legend), as printed. */
  after: string[];
  /** Each column's [start, end) in display columns. */
  spans: Array<[number, number]>;
  /** Every line of the table proper: header, rules, rows, totals. */
  lines: string[];
}

/** The text in display columns [start, end) of `line`, trimmed (a wide character that straddles `start` is left out). */
export function sliceColumns(line: string, start: number, end: number): string {
  let column = 0;
  let text = '';
  for (const char of line) {
    const width = displayWidth(char);
    if (column >= start && column + width <= end) text += char;
    column += width;
  }
  return text.trim();
}

export function parseTable(output: string): ParsedTable {
  const lines = output.split('\n');
  const ruleIndexes = lines.flatMap((line, index) => (/^-+( {2}-+)*$/.test(line) ? [index] : []));
  if (ruleIndexes.length !== 2) throw new Error(`expected two rule lines, found ${ruleIndexes.length}:\n${output}`);
  const [first, second] = ruleIndexes as [number, number];
  const spans: Array<[number, number]> = [];
  for (const match of lines[first]!.matchAll(/-+/g)) spans.push([match.index, match.index + match[0].length]);
  spans[spans.length - 1]![1] = Number.POSITIVE_INFINITY;
  const cells = (line: string) => spans.map(([start, end]) => sliceColumns(line, start, end));
  return {
    header: cells(lines[first - 1]!),
    rows: lines.slice(first + 1, second).map(cells),
    total: cells(lines[second + 1]!),
    after: lines.slice(second + 2).filter((line) => line !== ''),
    spans,
    lines: lines.slice(first - 1, second + 2),
  };
}
