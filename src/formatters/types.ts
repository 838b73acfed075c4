/** What every formatter receives besides the results. */
import type { LintResult, Locale } from '../types.js';

export interface RuleMetaSummary {
  description: string;
  url?: string;
}

export interface FormatterContext {
  locale: Locale;
  /** ANSI colors (the CLI turns them on for a TTY only). */
  color: boolean;
  /** Paths are shown relative to this directory. */
  cwd: string;
  /** Meta of the rules that ran, by id (for `url` fallbacks and json-with-metadata). */
  rulesMeta?: Readonly<Record<string, RuleMetaSummary>>;
}

/** Returns the text to print: '' when there is nothing to say, else text ending with a newline. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
