/**
 * The default formatter, after ESLint's `stylish`: messages grouped by file, one aligned row each
 *
 *   12:5   错误  未说明存在问题的原因：…  require-problem-causes
 *
 * then a summary line. Columns are aligned by display width, so rows of Chinese text line up in a terminal. For Word
 * documents the place is 第N段 and for PDFs 第N页第M行, followed by the text around the problem in quotes.
 *
 * When no file has a problem it says so, with the number of files checked ("✔ 检查了 3 个文件，没有发现问题"), so a
 * reviewer can tell a clean run from one that checked nothing; with --quiet (`context.quiet`) warnings were hidden,
 * so it says no error was found. Nothing is printed for no results at all.
 */
import { createColors } from 'picocolors';
import { t } from '../messages/index.js';
import type { Locale } from '../types.js';
import { displayPath, oneLine, originalPlace, quotedExcerpt, severityOf } from './location.js';
import type { Formatter, FormatterContext } from './types.js';
import { displayWidth, padEnd, padStart } from './width.js';

interface Row {
  /** `line` and `column` separately, so the colon lines up; or a 第N段-style place in `line` alone. */
  line: string;
  column?: string;
  severity: 'error' | 'warning';
  message: string;
  excerpt: string;
  ruleId: string;
}


/** Messages wider than this (display columns) are not padded to; shorter ones stay aligned. */
const MESSAGE_ALIGN_LIMIT = 72;

/** What stylish reads besides the common context: whether --quiet hid the warnings. */
export type StylishContext = FormatterContext & { quiet?: boolean };

export const stylish: Formatter = (results, context: StylishContext) => {
  const c = createColors(context.color);
  const words: Record<Row['severity'], string> = { error: t('format.error', context.locale), warning: t('format.warning', context.locale) };
  let output = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    if (result.messages.length === 0) continue;

    const rows = result.messages.map((message): Row => {
      const place = originalPlace(result, message, context.locale);
      return {
        ...(place === undefined
          ? { line: String(message.line), column: String(message.column) }
          : { line: place }),
        severity: severityOf(message),
        message: oneLine(message.message),
        excerpt: quotedExcerpt(message, context.locale) ?? '',
        ruleId: message.ruleId ?? '',
      };
    });

    const lineWidth = max(rows.filter((row) => row.column !== undefined).map((row) => displayWidth(row.line)));
    const columnWidth = max(rows.map((row) => (row.column === undefined ? 0 : displayWidth(row.column))));
    const places = rows.map((row) =>
      row.column === undefined ? row.line : `${padStart(row.line, lineWidth)}:${row.column}`,
    );
    const placeWidth = Math.max(lineWidth + 1 + columnWidth, max(places.map(displayWidth)));
    const severityWidth = max(rows.map((row) => displayWidth(words[row.severity])));
    // A very long message would push every other row's excerpt and rule id far right: it overflows instead.
    const messageWidth = max(rows.map((row) => displayWidth(row.message)).filter((w) => w <= MESSAGE_ALIGN_LIMIT));
    const excerptWidth = max(rows.map((row) => displayWidth(row.excerpt)));

    output += `${c.underline(displayPath(result.filePath, context.cwd))}\n`;
    rows.forEach((row, index) => {
      const paint = row.severity === 'error' ? c.red : c.yellow;
      const cells = [
        c.dim(padEnd(places[index]!, placeWidth)),
        paint(padEnd(words[row.severity], severityWidth)),
        padEnd(row.message, messageWidth),
      ];
      if (excerptWidth > 0) cells.push(padEnd(row.excerpt, excerptWidth));
      cells.push(c.dim(row.ruleId));
      output += `  ${cells.join('  ').trimEnd()}\n`;
    });
    output += '\n';
  }

  if (output === '') {
    if (results.length === 0) return '';
    return `${c.green(clean(context.locale, results.length, context.quiet === true))}\n`;
  }
  const total = errors + warnings;
  if (total > 0) {
    const paint = errors > 0 ? c.red : c.yellow;
    output += `${c.bold(paint(summary(context.locale, total, errors, warnings)))}\n`;
    if (fixableErrors + fixableWarnings > 0) {
      output += `${c.bold(paint(fixableSummary(context.locale, fixableErrors, fixableWarnings)))}\n`;
    }
  }
  return `\n${output}`;
};

function max(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

function clean(locale: Locale, files: number, quiet: boolean): string {
  return t(quiet ? 'format.cleanQuiet' : 'format.clean', locale, { files });
}

function summary(locale: Locale, total: number, errors: number, warnings: number): string {
  return t('format.summary', locale, { total, errors, warnings });
}

function fixableSummary(locale: Locale, errors: number, warnings: number): string {
  return t('format.fixable', locale, { errors, warnings });
}

