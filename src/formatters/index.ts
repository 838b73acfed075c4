/**
 * Output formats: `stylish` (default, for people), `unix` (for editors' quickfix), `json` and `json-with-metadata`
 * (ESLint-compatible, for tools), and the county summaries: `table` (one row per report, for a county office reading a
 * folder), `html` (the review report) and the file format `xlsx` (a workbook).
 *
 * Every text formatter returns the text to write as is: '' when there is nothing to print (unix with no messages,
 * stylish with no results), otherwise text ending with a newline; stylish says how many files it checked when none had
 * a problem. `formatResults` renders the formats loaded with this module; `renderResults` (what the CLI awaits) renders
 * every format, loading a summary's module first.
 */
import { UsageError } from '../errors.js';
import { list, t } from '../messages/index.js';
import type { LintResult, Locale } from '../types.js';
import { json, jsonPieces, jsonWithMetadata, jsonWithMetadataPieces } from './json.js';
import { stylish, stylishPieces } from './stylish.js';
import type { FileFormatter, Formatter, FormatterContext, RuleMetaSummary } from './types.js';
import { unix, unixPieces } from './unix.js';

export type { FileFormatter, Formatter, FormatterContext, RuleMetaSummary } from './types.js';

/** Loaded with this module: small, nothing heavy imported, and what editors and tools ask for on every save. */
const FORMATTERS = {
  stylish,
  json,
  'json-with-metadata': jsonWithMetadata,
  unix,
} satisfies Record<string, Formatter>;

/**
 * The summaries, each loaded with a dynamic import when it is chosen, so that a run in another format loads none of
 * their modules (./summary.ts, the html page's styles and script, exceljs, which takes about half a second). `file`:
 * the output is a file, not text — binary, built asynchronously, written only with `-o` (a usage error otherwise,
 * checked before linting by assertOutputFile).
 */
const ON_DEMAND = {
  table: { file: false, load: async () => (await import('./table.js')).table },
  html: { file: false, load: async () => (await import('./html.js')).html },
  xlsx: { file: true, load: async () => (await import('./xlsx.js')).xlsx },
} as const satisfies Record<string, { file: boolean; load: () => Promise<Formatter | FileFormatter> }>;

type OnDemandName = keyof typeof ON_DEMAND;
type FileFormatName = { [K in OnDemandName]: (typeof ON_DEMAND)[K]['file'] extends true ? K : never }[OnDemandName];
export type FormatterName = keyof typeof FORMATTERS | OnDemandName;

/** The names `-f/--format` accepts, default first, the file formats last. */
export const FORMATTER_NAMES: readonly FormatterName[] = [...Object.keys(FORMATTERS), ...Object.keys(ON_DEMAND)] as FormatterName[];

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
  return isLoaded(name) || Object.hasOwn(ON_DEMAND, name);
}

/** Whether `name` is a format whose output is a file (written with `-o` only). */
export function isFileFormat(name: string): name is FileFormatName {
  return Object.hasOwn(ON_DEMAND, name) && ON_DEMAND[name as OnDemandName].file;
}

function isLoaded(name: string): name is keyof typeof FORMATTERS {
  return Object.hasOwn(FORMATTERS, name);
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
 * Renders `results` in `options.format`, one of the formats loaded with this module (stylish, json,
 * json-with-metadata, unix); throws a UsageError (exit code 2) naming an unknown format. A file format (xlsx) is not
 * text: it throws a UsageError saying so. For the summaries (table, html, xlsx) use renderResults.
 */
export function formatResults(results: readonly LintResult[], options: FormatOptions): string {
  assertFormatterName(options.format, options.locale);
  if (isFileFormat(options.format)) throw new UsageError(t('xlsx.needsOutputFile', options.locale, { format: options.format }));
  if (!isLoaded(options.format)) throw new Error(`the ${options.format} format is loaded when it is used: call renderResults`);
  return FORMATTERS[options.format](results, contextOf(options));
}

/**
 * Renders `results` in any format: the text of a text format, the bytes of a file format, loading a summary's module
 * first. What the CLI awaits; it writes bytes with `-o` only (assertOutputFile).
 */
export async function renderResults(results: readonly LintResult[], options: FormatOptions): Promise<string | Uint8Array> {
  assertFormatterName(options.format, options.locale);
  if (isLoaded(options.format)) return FORMATTERS[options.format](results, contextOf(options));
  const formatter = await ON_DEMAND[options.format].load();
  return formatter(results, contextOf(options));
}

/** The formats whose text can be written piece by piece as it is made (see jsonPieces). */
const IN_PIECES = {
  stylish: stylishPieces,
  json: jsonPieces,
  'json-with-metadata': jsonWithMetadataPieces,
  unix: unixPieces,
} satisfies Partial<Record<FormatterName, (results: readonly LintResult[], context: FormatterContext) => Iterable<string>>>;

/**
 * The text of `options.format` in pieces, when the format can give it so (stylish, json, json-with-metadata, unix):
 * the CLI writes each piece as it is made instead of holding the whole text. Joined, the pieces are what
 * renderResults returns. undefined for the other formats.
 */
export function renderResultsInPieces(results: readonly LintResult[], options: FormatOptions): Iterable<string> | undefined {
  if (!Object.hasOwn(IN_PIECES, options.format)) return undefined;
  return IN_PIECES[options.format as keyof typeof IN_PIECES](results, contextOf(options));
}

function contextOf(options: FormatOptions): FormatterContext & { quiet?: boolean } {
  const { locale, color, cwd, rulesMeta, quiet } = options;
  return { locale, color, cwd, ...(rulesMeta ? { rulesMeta } : {}), ...(quiet === true ? { quiet } : {}) };
}
