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
import type { LintMessage, LintResult, Locale } from '../types.js';
import { displayPath, oneLine, originalPlace, quotedExcerpt, severityOf } from './location.js';
import type { Formatter, FormatterContext } from './types.js';
import { displayWidth, padEnd, padStart } from './width.js';

interface Row {
  /** `line` and `column` separately, so the colon lines up; or a 第N段-style place in `line` alone. */
  line: string;
  column: string | undefined;
  severity: 'error' | 'warning';
  message: string;
  excerpt: string;
  ruleId: string;
}


/** Messages wider than this (display columns) are not padded to; shorter ones stay aligned. */
const MESSAGE_ALIGN_LIMIT = 72;

/** What stylish reads besides the common context: whether --quiet hid the warnings. */
export type StylishContext = FormatterContext & { quiet?: boolean };

export const stylish: Formatter = (results, context: StylishContext) => [...stylishPieces(results, context)].join('');

/**
 * stylish's text in pieces, in order: a file's heading, then a row per message, then the summary. The CLI writes each
 * as it is made, so a report with tens of thousands of problems is never held as one string (on 50,000 headings the
 * whole text added about 20 MB to the peak).
 */
export function* stylishPieces(results: readonly LintResult[], context: StylishContext): Generator<string> {
  const c = createColors(context.color);
  const words: Record<Row['severity'], string> = { error: t('format.error', context.locale), warning: t('format.warning', context.locale) };
  let printed = false;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    // Two passes over the messages, the second making each row again: the column widths need every row, and keeping
    // the rows of a large report would cost what the pieces save.
    const row = (message: LintMessage): Row => rowOf(result, message, context.locale);
    let lineWidth = 0;
    let columnWidth = 0;
    let unnumberedWidth = 0;
    let severityWidth = 0;
    let messageWidth = 0;
    let excerptWidth = 0;
    for (const message of result.messages) {
      const { line, column, severity, message: text, excerpt } = row(message);
      if (column === undefined) unnumberedWidth = Math.max(unnumberedWidth, displayWidth(line));
      else {
        lineWidth = Math.max(lineWidth, displayWidth(line));
        columnWidth = Math.max(columnWidth, displayWidth(column));
      }
      severityWidth = Math.max(severityWidth, displayWidth(words[severity]));
      // A very long message would push every other row's excerpt and rule id far right: it overflows instead.
      const width = displayWidth(text);
      if (width <= MESSAGE_ALIGN_LIMIT) messageWidth = Math.max(messageWidth, width);
      excerptWidth = Math.max(excerptWidth, displayWidth(excerpt));
    }
    // A numbered place is its line padded to the widest line, a colon and its column.
    const placeWidth = Math.max(lineWidth + 1 + columnWidth, unnumberedWidth);

    yield `${printed ? '' : '\n'}${c.underline(displayPath(result.filePath, context.cwd))}\n`;
    printed = true;
    for (const message of result.messages) {
      const { line, column, severity, message: text, excerpt, ruleId } = row(message);
      const place = column === undefined ? line : `${padStart(line, lineWidth)}:${column}`;
      const paint = severity === 'error' ? c.red : c.yellow;
      const cells = [c.dim(padEnd(place, placeWidth)), paint(padEnd(words[severity], severityWidth)), padEnd(text, messageWidth)];
      if (excerptWidth > 0) cells.push(padEnd(excerpt, excerptWidth));
      cells.push(c.dim(ruleId));
      yield `  ${cells.join('  ').trimEnd()}\n`;
    }
    yield '\n';
  }

  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
  }
  if (!printed) {
    if (results.length > 0) yield `${c.green(clean(context.locale, results.length, context.quiet === true))}\n`;
    return;
  }
  const total = errors + warnings;
  if (total > 0) {
    const paint = errors > 0 ? c.red : c.yellow;
    yield `${c.bold(paint(summary(context.locale, total, errors, warnings)))}\n`;
    if (fixableErrors + fixableWarnings > 0) {
      yield `${c.bold(paint(fixableSummary(context.locale, fixableErrors, fixableWarnings)))}\n`;
    }
  }
}

/**
 * A message's row. Its fields are written out, not spread from a place object: in this V8 an object made by spreading
 * another and then given fields of its own gets a hidden class of its own, and this runs twice for every message.
 */
function rowOf(result: LintResult, message: LintMessage, locale: Locale): Row {
  const place = originalPlace(result, message, locale);
  const severity = severityOf(message);
  const text = oneLine(message.message);
  const excerpt = quotedExcerpt(message, locale) ?? '';
  const ruleId = message.ruleId ?? '';
  if (place !== undefined) return { line: place, column: undefined, severity, message: text, excerpt, ruleId };
  return { line: String(message.line), column: String(message.column), severity, message: text, excerpt, ruleId };
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

