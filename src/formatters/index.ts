/**
 * Output formats: `stylish` (default, for people), `unix` (for editors' quickfix), `json` and `json-with-metadata`
 * (ESLint-compatible, for tools).
 *
 * Every formatter returns the text to write as is: '' when there is nothing to print (unix with no messages, stylish
 * with no results), otherwise text ending with a newline; stylish says how many files it checked when none had a
 * problem. The modules are small and import nothing heavy (display width
 * is computed in ./width.ts, not with string-width), so loading all of them statically costs well under a millisecond.
 */
import { UsageError } from '../errors.js';
import { list, t } from '../messages/index.js';
import type { LintResult, Locale } from '../types.js';
import { json, jsonWithMetadata } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter, RuleMetaSummary } from './types.js';
import { unix } from './unix.js';

export type { Formatter, FormatterContext, RuleMetaSummary } from './types.js';

const FORMATTERS = {
  stylish,
  json,
  'json-with-metadata': jsonWithMetadata,
  unix,
} satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof FORMATTERS;

/** The names `-f/--format` accepts, default first. */
export const FORMATTER_NAMES: readonly FormatterName[] = Object.keys(FORMATTERS) as FormatterName[];

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
  return Object.hasOwn(FORMATTERS, name);
}

/** Throws a UsageError (exit code 2) naming an unknown format; the CLI calls it before linting anything. */
export function assertFormatterName(name: string, locale: Locale): asserts name is FormatterName {
  if (isFormatterName(name)) return;
  throw new UsageError(t('usage.unknownFormat', locale, { name, list: list(FORMATTER_NAMES, locale) }));
}

/** Renders `results` in `options.format`; throws a UsageError (exit code 2) naming an unknown format. */
export function formatResults(results: readonly LintResult[], options: FormatOptions): string {
  assertFormatterName(options.format, options.locale);
  const { locale, color, cwd, rulesMeta, quiet } = options;
  const context = { locale, color, cwd, ...(rulesMeta ? { rulesMeta } : {}), ...(quiet === true ? { quiet } : {}) };
  return FORMATTERS[options.format](results, context);
}
