/**
 * Output formats: `stylish` (default, for people), `unix` (for editors' quickfix), `json` and `json-with-metadata`
 * (ESLint-compatible, for tools), `table` (one row per report, for a county office reading a folder), and the file
 * format `xlsx` (a workbook; see FILE_FORMATTERS below).
 *
 * Every formatter returns the text to write as is: '' when there is nothing to print (unix with no messages, stylish
 * with no results), otherwise text ending with a newline; stylish says how many files it checked when none had a
 * problem. The modules are small and import nothing heavy (display width
 * is computed in ./width.ts, not with string-width), so loading all of them statically costs well under a millisecond.
 */
import { UsageError } from '../errors.js';
import { list, t } from '../messages/index.js';
import type { LintResult, Locale } from '../types.js';
import { html } from './html.js';
import { json, jsonWithMetadata } from './json.js';
import { stylish } from './stylish.js';
import { table } from './table.js';
import type { FileFormatter, Formatter, FormatterContext, RuleMetaSummary } from './types.js';
import { unix } from './unix.js';

export type { FileFormatter, Formatter, FormatterContext, RuleMetaSummary } from './types.js';

const FORMATTERS = {
  stylish,
  json,
  'json-with-metadata': jsonWithMetadata,
  unix,
  table,
  html,
} satisfies Record<string, Formatter>;

/**
 * Formats whose output is a file, not text: binary, built asynchronously, written only with `-o` (a usage error
 * otherwise, checked before linting by assertOutputFile). Each is loaded with a dynamic import when it is used, so
 * its library (exceljs takes about half a second to load) costs the other formats nothing.
 */
const FILE_FORMATTERS = {
  xlsx: async () => (await import('./xlsx.js')).xlsx,
} satisfies Record<string, () => Promise<FileFormatter>>;

export type FormatterName = keyof typeof FORMATTERS | keyof typeof FILE_FORMATTERS;

/** The names `-f/--format` accepts, default first, the file formats last. */
export const FORMATTER_NAMES: readonly FormatterName[] = [...Object.keys(FORMATTERS), ...Object.keys(FILE_FORMATTERS)] as FormatterName[];

export const DEFAULT_FORMATTER: FormatterName = 'stylish';

export interface FormatOptions {
  format: string;
  locale: Locale;
  color: boolean;
  cwd: string;
  rulesMeta?: Readonly<Record<string, RuleMetaSummary>>;
  /** --quiet hid the warnings (stylish then says "no errors", not "no problems", for a clean run). */
  quiet?: boolean;
}

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(FORMATTERS, name) || isFileFormat(name);
}

/** Whether `name` is a format whose output is a file (written with `-o` only). */
export function isFileFormat(name: string): name is keyof typeof FILE_FORMATTERS {
  return Object.hasOwn(FILE_FORMATTERS, name);
}

/** Throws a UsageError (exit code 2) when a file format (xlsx) would go to the terminal: it needs `-o`. */
export function assertOutputFile(name: string, outputFile: string | undefined, locale: Locale): void {
  if (isFileFormat(name) && !outputFile) throw new UsageError(t('xlsx.needsOutputFile', locale, { format: name }));
}

/** Throws a UsageError (exit code 2) naming an unknown format; the CLI calls it before linting anything. */
export function assertFormatterName(name: string, locale: Locale): asserts name is FormatterName {
  if (isFormatterName(name)) return;
  throw new UsageError(t('usage.unknownFormat', locale, { name, list: list(FORMATTER_NAMES, locale) }));
}

/**
 * Renders `results` in the text format `options.format`; throws a UsageError (exit code 2) naming an unknown format.
 * A file format (xlsx) is not text: it throws a UsageError saying so; use renderResults.
 */
export function formatResults(results: readonly LintResult[], options: FormatOptions): string {
  assertFormatterName(options.format, options.locale);
  if (isFileFormat(options.format)) throw new UsageError(t('xlsx.needsOutputFile', options.locale, { format: options.format }));
  return FORMATTERS[options.format](results, contextOf(options));
}

/**
 * Renders `results` in any format: the text of a text format, the bytes of a file format (loaded only now). What the
 * CLI awaits; it writes bytes with `-o` only (assertOutputFile).
 */
export async function renderResults(results: readonly LintResult[], options: FormatOptions): Promise<string | Uint8Array> {
  assertFormatterName(options.format, options.locale);
  if (!isFileFormat(options.format)) return formatResults(results, options);
  const formatter = await FILE_FORMATTERS[options.format]();
  return formatter(results, contextOf(options));
}

function contextOf(options: FormatOptions): FormatterContext & { quiet?: boolean } {
  const { locale, color, cwd, rulesMeta, quiet } = options;
  return { locale, color, cwd, ...(rulesMeta ? { rulesMeta } : {}), ...(quiet === true ? { quiet } : {}) };
}
