/**
 * `table`: a folder of submissions at a glance, for the terminal. One row per report — file, the unit and year read
 * from the report, a mark per statutory item, the error and warning counts, the rules with most findings (or why the
 * file could not be read) — then a totals row, the outcome and a legend:
 *
 *   文件                                     报送单位              年度  三项制度  责任人  落款  举措  安排  问题原因  错误  警告  问题最多的规则
 *   ---------------------------------------  --------------------  ----  --------  ------  ----  ----  ----  --------  ----  ----  ----------------------
 *   fixtures/seeds/003_fb4fb1fb4ee4856e.txt  城口县左岚乡人民政府  2024     ✓        ✓      ✗     ✓     ✓       ✗         3     0  heading-numbering（1）、…
 *   ---------------------------------------  --------------------  ----  --------  ------  ----  ----  ----  --------  ----  ----  ----------------------
 *   合计                                                                   1/1      1/1    0/1   1/1   1/1     0/1        3     0  heading-numbering（1）、…
 *
 * The items are in the order the 督察工作规定 lists them (summary.ts), with short headers that the legend names in
 * full; ✓ pass, ✗ fail, ! the rule crashed, — not checked (the file could not be read, or the rule is off for it). The totals give
 * how many files pass each item out of all files. When no-copied-text found text of a report in other reports, a
 * 照搬 column gives the share of the report found elsewhere and the report it shares most with (`35%（赵庄镇.txt）`,
 * — for the others), and the legend says so.
 *
 * Every cell comes from `summarize` (./summary.ts), as in `xlsx` and `html`, so the three agree with each other and
 * with `--format json`. Columns are aligned by display width (a Chinese character takes two columns); colours only
 * when `context.color` (a terminal). Text read from the files (paths, units, reasons) is put on one line and its control
 * characters shown as `?`, so a file cannot move the cursor or colour the terminal.
 */
import { createColors } from 'picocolors';
import { list, t } from '../messages/index.js';
import { oneLine } from './location.js';
import { copiedPercent, MAX_TOP_RULES, ruleCounts, shortHeader, summarize, VERDICT_MARKS, verdictMark, type SummaryRow } from './summary.js';
import type { Formatter } from './types.js';
import { displayWidth, padEnd, padStart } from './width.js';

/** A unit wider than this (display columns) is shortened with …; the xlsx keeps it whole. */
export const UNIT_MAX_WIDTH = 32;
/** The report a copied one shares most with: a longer path is shortened by shortPath. */
export const COPIED_SOURCE_MAX_WIDTH = 32;


/** Text from a file (a path, a unit, a reason) on one line, with control characters made visible. */
export function safeText(text: string): string {
  return oneLine(text.replace(/\t/g, ' ')).replace(/\p{Cc}/gu, '?');
}

/**
 * A path in at most `width` display columns: whole when it fits; else its folders left out (`…/赵庄镇.txt`); a file
 * name still too wide loses its middle, keeping the start (the unit, in most names) and the end (the extension).
 */
export function shortPath(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
  const name = slash === -1 ? text : `…/${text.slice(slash + 1)}`;
  if (displayWidth(name) <= width) return name;
  const chars = [...(slash === -1 ? text : text.slice(slash + 1))];
  let head = '';
  let tail = '';
  // Characters taken from both ends in turn, while they fit with the … between them.
  for (let i = 0, j = chars.length - 1; i <= j; ) {
    const takeHead = displayWidth(head) <= displayWidth(tail);
    const next = takeHead ? chars[i]! : chars[j]!;
    if (displayWidth(head + tail + next) > width - 1) break;
    if (takeHead) {
      head += next;
      i += 1;
    } else {
      tail = next + tail;
      j -= 1;
    }
  }
  return `${head}…${tail}`;
}

/** `text` cut to `width` display columns, ending with … when cut. */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (displayWidth(kept + char) > width - 1) break;
    kept += char;
  }
  return `${kept}…`;
}

type Align = 'left' | 'right' | 'center';

interface Cell {
  text: string;
  /** Colour applied after padding is computed (ANSI codes have no width). */
  paint?: (text: string) => string;
}

/** A column of the table: its header, how its cells align. The last column is never padded. */
interface Column {
  header: string;
  align: Align;
}

export const table: Formatter = (results, context) => {
  if (results.length === 0) return '';
  const { locale } = context;
  const c = createColors(context.color);
  const summary = summarize(results, context.cwd);
  const { totals } = summary;
  const showSuppressed = totals.suppressedCount > 0;
  // no-copied-text found text of some report in another one: how much, and which report it shares most with.
  const showCopied = summary.rows.some((row) => row.copied !== undefined);
  const markPaint: Readonly<Record<string, (text: string) => string>> = {
    [VERDICT_MARKS.pass]: c.green,
    [VERDICT_MARKS.fail]: c.red,
    [VERDICT_MARKS.error]: c.magenta,
    [VERDICT_MARKS.none]: c.dim,
  };
  const count = (value: number, paint: (text: string) => string): Cell => ({ text: String(value), ...(value > 0 ? { paint } : {}) });
  const copiedCell = (copied: SummaryRow['copied']): Cell =>
    copied === undefined
      ? { text: VERDICT_MARKS.none, paint: c.dim }
      : { text: t('table.copiedCell', locale, { percent: copiedPercent(copied), source: shortPath(safeText(copied.source), COPIED_SOURCE_MAX_WIDTH) }), paint: c.yellow };

  const columns: Column[] = [
    { header: t('table.file', locale), align: 'left' },
    { header: t('table.unit', locale), align: 'left' },
    { header: t('table.year', locale), align: 'left' },
    ...summary.columns.map((column, index): Column => ({ header: shortHeader(column, index, locale), align: 'center' })),
    { header: t('table.errors', locale), align: 'right' },
    { header: t('table.warnings', locale), align: 'right' },
    ...(showSuppressed ? [{ header: t('table.suppressed', locale), align: 'right' } as const] : []),
    ...(showCopied ? [{ header: t('table.copied', locale), align: 'left' } as const] : []),
    { header: t('table.topRules', locale), align: 'left' },
  ];

  const rows: Cell[][] = summary.rows.map((row) => [
    { text: safeText(row.file) },
    { text: truncateWidth(safeText(row.unit ?? ''), UNIT_MAX_WIDTH) },
    { text: row.year === undefined ? '' : String(row.year) },
    ...summary.columns.map(({ ruleId }): Cell => {
      const mark = verdictMark(row, ruleId);
      return { text: mark, ...(markPaint[mark] ? { paint: markPaint[mark] } : {}) };
    }),
    count(row.errorCount, c.red),
    count(row.warningCount, c.yellow),
    ...(showSuppressed ? [count(row.suppressedCount, c.cyan)] : []),
    ...(showCopied ? [copiedCell(row.copied)] : []),
    row.unreadable === undefined ? { text: ruleCounts(row.topRules, locale) } : { text: safeText(row.unreadable), paint: c.red },
  ]);

  const totalRow: Cell[] = [
    { text: t('table.total', locale) },
    { text: '' },
    { text: '' },
    ...summary.columns.map(({ ruleId }): Cell => ({ text: `${totals.passed[ruleId] ?? 0}/${totals.files}` })),
    count(totals.errorCount, c.red),
    count(totals.warningCount, c.yellow),
    ...(showSuppressed ? [count(totals.suppressedCount, c.cyan)] : []),
    ...(showCopied ? [{ text: '' }] : []),
    { text: ruleCounts(totals.topRules.slice(0, MAX_TOP_RULES), locale) },
  ];

  const widths = columns.map((column, index) =>
    // A fold, not Math.max(...): a folder of many thousand reports is as many rows.
    [...rows, totalRow].reduce((widest, row) => Math.max(widest, displayWidth(row[index]!.text)), displayWidth(column.header)),
  );
  const last = columns.length - 1;
  const line = (cells: readonly Cell[], emphasis: (text: string) => string = (text) => text) => {
    const padded = cells.map((cell, index) => {
      // Padding first, on the plain text; a trailing empty cell leaves no spaces behind.
      const text = index === last ? cell.text : align(cell.text, widths[index]!, columns[index]!.align);
      return cell.paint && cell.text !== '' ? text.replace(cell.text, cell.paint(cell.text)) : text;
    });
    return `${emphasis(padded.join('  ').trimEnd())}\n`;
  };
  const rule = `${c.dim(widths.map((width, index) => '-'.repeat(index === last ? Math.min(width, displayWidth(columns[last]!.header) + 8) : width)).join('  '))}\n`;

  let output = line(columns.map((column) => ({ text: column.header })), c.bold);
  output += rule;
  for (const row of rows) output += line(row);
  output += rule;
  output += line(totalRow, c.bold);
  output += '\n';
  const outcome = t('table.outcome', locale, { files: totals.files, withErrors: totals.filesWithErrors, unreadable: totals.unreadable });
  output += `${(totals.filesWithErrors > 0 ? c.red : c.green)(outcome)}\n`;
  if (summary.columns.length > 0) {
    const items = summary.columns.map((column, index) => t('table.legendItem', locale, { short: shortHeader(column, index, locale), item: column.item }));
    output += `${c.dim(t('table.legendItems', locale, { items: list(items, locale) }))}\n`;
  }
  output += `${c.dim(t('table.legendMarks', locale))}\n`;
  if (showCopied) output += `${c.dim(t('table.legendCopied', locale))}\n`;
  return output;
};

function align(text: string, width: number, how: Align): string {
  if (how === 'left') return padEnd(text, width);
  if (how === 'right') return padStart(text, width);
  const missing = Math.max(0, width - displayWidth(text));
  return ' '.repeat(missing >> 1) + text + ' '.repeat(missing - (missing >> 1));
}
