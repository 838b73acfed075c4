/**
 * `xlsx`: a workbook for a county office (written with `-o` only; loaded by a dynamic import from ./index.ts, so
 * exceljs is read only when this format is used).
 *
 * - The summary sheet: one row per report as in `table` — file, unit, year, a ✓/✗/!/— cell per statutory item (as
 *   text, headed by the item's full name), errors, warnings, silenced findings, the rules with most findings and why a
 *   file could not be read; when no-copied-text found text of some report in other reports, two columns before the
 *   rules: the share found elsewhere (a number shown as a percentage) and the report it shares most with (往年报告 or
 *   同批报告) — then, after an empty row (so sorting and filtering leave it alone), the totals (how many
 *   reports pass each item, as "passed/files") and the legend. The header row is frozen with the file column, the
 *   rows have filters, and each column is as wide as its text (by display width: a Chinese character is two).
 * - The findings sheet: one row per message — file, unit, rule, severity, message, place (第N段, 第N页第M行 or
 *   line:column, as stylish writes it), excerpt — with the same frozen header, filters and widths.
 *
 * Every cell comes from `summarize` (./summary.ts) or a result's messages, so it agrees with `table`, `html` and
 * `--format json`. Text from the reports and their paths is untrusted: it is always written as a plain string (never a
 * formula or a link), with what would make the file invalid removed (control characters, unpaired surrogates,
 * U+FFFE/U+FFFF), Excel's `_xHHHH_` escapes neutralised, and cut to the 32,767 characters a cell holds.
 */
import ExcelJS from 'exceljs';
import { t } from '../messages/index.js';
import type { LintResult, Locale } from '../types.js';
import { displayPath, oneLine, originalPlace, severityOf } from './location.js';
import { copiedKind, MAX_TOP_RULES, summarize, VERDICT_MARKS, verdictMark, type Summary } from './summary.js';
import { ruleCounts } from './summary.js';
import type { FileFormatter } from './types.js';
import { displayWidth } from './width.js';

/** The most characters (UTF-16 code units) an Excel cell holds. */
export const CELL_MAX = 32_767;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Messages are long sentences: their column may be wider before it stops growing. */
const MESSAGE_MAX_WIDTH = 90;
/** A statutory item's column: the mark is one character, the item's name wraps in the header. */
const ITEM_WIDTH = 13;

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;
const MARK_COLOURS: Readonly<Record<string, string>> = {
  [VERDICT_MARKS.pass]: 'FF2E7D32',
  [VERDICT_MARKS.fail]: 'FFC62828',
  [VERDICT_MARKS.error]: 'FF8E24AA',
  [VERDICT_MARKS.none]: 'FF9E9E9E',
};

/**
 * A string Excel can hold and shows as written: characters XML 1.0 forbids removed, `_xHHHH_` (which Excel reads as
 * an escaped character) escaped, and at most CELL_MAX characters, ending with … when cut.
 */
export function cellText(value: string): string {
  let text = value
    // C0 controls but tab and line breaks, DEL, unpaired surrogates, and the non-characters U+FFFE/U+FFFF.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1');
  if (text.length > CELL_MAX) {
    let end = CELL_MAX - 1;
    // Do not split an escape or a surrogate pair.
    const escape = text.lastIndexOf('_x005F_', end);
    if (escape !== -1 && escape + 7 > end) end = escape;
    if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end -= 1;
    text = `${text.slice(0, end)}…`;
  }
  return text;
}

/** The escapes of cellText undone: the text a reader of the workbook sees (for tests and widths). */
export function shownText(value: string): string {
  return value.replace(/_x005F_/g, '_');
}

export const xlsx: FileFormatter = async (results, context) => {
  const { locale } = context;
  const summary = summarize(results, context.cwd);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'reportlint';
  summarySheet(workbook, summary, locale);
  findingsSheet(workbook, results, summary, context.cwd, locale);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
};

type Value = string | number | null;

function summarySheet(workbook: ExcelJS.Workbook, summary: Summary, locale: Locale): void {
  const sheet = workbook.addWorksheet(t('xlsx.summarySheet', locale));
  const { columns, rows, totals } = summary;
  const firstItem = 4;
  // no-copied-text found text of some report elsewhere: the share (a percentage) and the report it shares most with.
  const showCopied = rows.some((row) => row.copied !== undefined);
  const header = [
    t('table.file', locale),
    t('table.unit', locale),
    t('table.year', locale),
    ...columns.map((column) => column.item),
    t('table.errors', locale),
    t('table.warnings', locale),
    t('table.suppressed', locale),
    ...(showCopied ? [t('xlsx.copiedShare', locale), t('xlsx.copiedSource', locale)] : []),
    t('table.topRules', locale),
    t('xlsx.unreadable', locale),
  ];
  const shareColumn = firstItem + columns.length + 3;
  addRow(sheet, header);
  for (const row of rows) {
    addRow(sheet, [
      row.file,
      row.unit ?? null,
      row.year ?? null,
      ...columns.map(({ ruleId }) => verdictMark(row, ruleId)),
      row.errorCount,
      row.warningCount,
      row.suppressedCount,
      ...(showCopied
        ? [row.copied?.share ?? null, row.copied === undefined ? null : t('xlsx.copiedSourceCell', locale, { source: row.copied.source, kind: copiedKind(row.copied, locale) })]
        : []),
      ruleCounts(row.topRules, locale),
      row.unreadable ?? null,
    ]);
  }
  const lastDataRow = rows.length + 1;
  sheet.addRow([]);
  addRow(sheet, [
    t('table.total', locale),
    null,
    null,
    ...columns.map(({ ruleId }) => `${totals.passed[ruleId] ?? 0}/${totals.files}`),
    totals.errorCount,
    totals.warningCount,
    totals.suppressedCount,
    ...(showCopied ? [null, null] : []),
    ruleCounts(totals.topRules.slice(0, MAX_TOP_RULES), locale),
    null,
  ]).font = { bold: true };
  addRow(sheet, [t('table.outcome', locale, { files: totals.files, withErrors: totals.filesWithErrors, unreadable: totals.unreadable })]);
  addRow(sheet, [t('table.legendMarks', locale)]);
  if (showCopied) addRow(sheet, [t('table.legendCopied', locale)]);

  const itemColumns = columns.map((_column, index) => firstItem + index);
  finish(sheet, { columnCount: header.length, lastDataRow, caps: new Map([...itemColumns.map((index): [number, number] => [index, ITEM_WIDTH]), [header.length, MESSAGE_MAX_WIDTH]]) });
  // Marks centred and coloured; the item names wrap in the header instead of making the columns wide.
  for (const index of itemColumns) {
    sheet.getColumn(index).eachCell((cell, rowNumber) => {
      if (rowNumber === 1) return;
      cell.alignment = { horizontal: 'center' };
      if (rowNumber > lastDataRow) return;
      const colour = MARK_COLOURS[String(cell.value)];
      if (colour) cell.font = { color: { argb: colour }, bold: true };
    });
  }
  if (showCopied) {
    // A number shown as a percentage: it sorts and filters as a number.
    for (let rowNumber = 2; rowNumber <= lastDataRow; rowNumber += 1) {
      const cell = sheet.getCell(rowNumber, shareColumn);
      if (typeof cell.value === 'number') cell.numFmt = '0%';
    }
  }
  const lines = Math.max(1, ...itemColumns.map((index) => Math.ceil(displayWidth(String(sheet.getCell(1, index).value)) / (ITEM_WIDTH - 3))));
  sheet.getRow(1).height = 15 * lines + 3;
}

function findingsSheet(workbook: ExcelJS.Workbook, results: readonly LintResult[], summary: Summary, cwd: string, locale: Locale): void {
  const sheet = workbook.addWorksheet(t('xlsx.findingsSheet', locale));
  const header = [
    t('table.file', locale),
    t('table.unit', locale),
    t('xlsx.rule', locale),
    t('xlsx.severity', locale),
    t('xlsx.message', locale),
    t('xlsx.place', locale),
    t('xlsx.excerpt', locale),
  ];
  addRow(sheet, header);
  results.forEach((result, index) => {
    const unit = summary.rows[index]?.unit ?? null;
    const file = displayPath(result.filePath, cwd);
    for (const message of result.messages) {
      const severity = severityOf(message);
      const place = originalPlace(result, message, locale) ?? `${message.line}:${message.column}`;
      const excerpt = message.excerpt === undefined ? null : message.excerpt.replace(/\s+/g, ' ').trim() || null;
      const row = addRow(sheet, [file, unit, message.ruleId, t(severity === 'error' ? 'format.error' : 'format.warning', locale), oneLine(message.message), place, excerpt]);
      row.getCell(4).font = { color: { argb: severity === 'error' ? 'FFC62828' : 'FFB26A00' } };
    }
  });
  finish(sheet, { columnCount: header.length, lastDataRow: sheet.rowCount, caps: new Map([[5, MESSAGE_MAX_WIDTH]]) });
}

/** Appends a row of plain values: every string through cellText, so nothing is read as a formula or breaks the file. */
function addRow(sheet: ExcelJS.Worksheet, values: readonly Value[]): ExcelJS.Row {
  const row = sheet.addRow(values.map((value) => (typeof value === 'string' ? cellText(value) || null : value)));
  // exceljs reads an object as rich text, a formula or a link; a string stays a string, but make sure of the type.
  row.eachCell((cell) => {
    if (typeof cell.value === 'string') cell.numFmt = '@';
  });
  return row;
}

interface Layout {
  columnCount: number;
  /** Filters cover rows 1 to this one; rows below it (totals, legend) do not set the width of the first column. */
  lastDataRow: number;
  /** Column number → its widest width (default MAX_WIDTH). */
  caps: ReadonlyMap<number, number>;
}

/** Header style, frozen header and file column, filters over the data rows, widths by display width. */
function finish(sheet: ExcelJS.Worksheet, { columnCount, lastDataRow, caps }: Layout): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, lastDataRow), column: columnCount } };
  for (let index = 1; index <= columnCount; index += 1) {
    let width = 0;
    sheet.getColumn(index).eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber > lastDataRow && index === 1) return; // the outcome and legend lines overflow freely
      if (cell.value === null || cell.value === undefined) return;
      width = Math.max(width, displayWidth(shownText(String(cell.value))));
    });
    // Room for the filter button in the header.
    width = Math.max(width, displayWidth(String(header.getCell(index).value ?? '')) + 3);
    sheet.getColumn(index).width = Math.min(Math.max(width + 2, MIN_WIDTH), caps.get(index) ?? MAX_WIDTH);
  }
}
