/** What every formatter receives besides the results. */
import type { LintResult, Locale } from '../types.js';

export interface RuleMetaSummary {
  description: string;
  url?: string;
  /**
   * The legal basis: the items of the `## 依据` section of the rule's page (rules/<id>.md). The CLI reads the pages
   * only for the `html` format (the other formats never show it), so it is absent otherwise.
   */
  basis?: readonly string[];
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

/**
 * A format whose output is a file, not text (`xlsx`): asynchronous, returns the bytes to write. The CLI writes them
 * with `-o` only (see ON_DEMAND in ./index.ts).
 */
export type FileFormatter = (results: readonly LintResult[], context: FormatterContext) => Promise<Uint8Array>;
