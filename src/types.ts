/**
 * The contract between the engine, the rules and the formatters.
 *
 * Positions: every offset is a 0-based index in UTF-16 code units into the text the rules see
 * (`LintDocument.text`); ranges are end-exclusive. Lines and columns are 1-based and only appear in
 * `LintMessage`, converted in one place (src/engine/position.ts).
 */
import type { Root } from 'mdast';
import type { ReportModel } from './model/types.js';

/** 'off' = 0, 'warn' = 1, 'error' = 2, as in ESLint. */
export type SeverityLevel = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';
export type Locale = 'zh' | 'en';

/** A message template in both locales. `{name}` placeholders are filled from `data`. */
export interface MessageTemplate {
  zh: string;
  en: string;
}

/** One option of a rule: a small schema with its default (validated by src/config/options.ts). */
export type OptionSchema =
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'number'; default: number; description: string; minimum?: number; maximum?: number }
  | {
      type: 'string';
      default: string;
      description: string;
      enum?: readonly string[];
      /** A RegExp source the value must match (the default is not checked), with an example for the error message. */
      pattern?: { source: string; example: string };
    }
  | { type: 'string[]'; default: readonly string[]; description: string }
  /** A map of string → string (e.g. wrong term → right term). */
  | { type: 'record'; default: Readonly<Record<string, string>>; description: string };

export type OptionsSchema = Readonly<Record<string, OptionSchema>>;

/** Turns a schema into the type of the validated, defaulted options a rule receives. */
export type OptionsOf<S extends OptionsSchema> = {
  readonly [K in keyof S]: S[K] extends { type: 'boolean' }
    ? boolean
    : S[K] extends { type: 'number' }
      ? number
      : S[K] extends { type: 'string' }
        ? string
        : S[K] extends { type: 'string[]' }
          ? readonly string[]
          : Readonly<Record<string, string>>;
};

export type RuleCategory = 'content' | 'structure' | 'format' | 'punctuation' | 'wording' | 'hygiene';

export interface RuleMeta<M extends string = string, S extends OptionsSchema = OptionsSchema> {
  /** kebab-case; equals the file name in rules/ and the docs page name. Plugins get `plugin/` in front. */
  id: string;
  /** One Chinese sentence, no trailing 。 */
  description: string;
  /** The same in English, for --locale en. */
  descriptionEn: string;
  category: RuleCategory;
  /** Severity when a config turns the rule on without naming one, and in reportlint:recommended. */
  severity: Exclude<SeverityName, 'off'>;
  messages: Readonly<Record<M, MessageTemplate>>;
  options?: S;
  fixable?: boolean;
  /** Overrides the built-in docs URL (plugins). */
  docsUrl?: string;
  /**
   * Present on the rules that check an item the 督察工作规定 requires a report to contain: the item's short name in
   * both locales (e.g. { zh: '第一责任人履职情况', en: "leaders' rule-of-law duty" }). Only these rules get a
   * checklist item (`LintResult.checklist`) and can be asked about with `--why`.
   */
  statutory?: MessageTemplate;
  /**
   * The rule compares the report with others (no-copied-text): it gets `RuleContext.textIndex`, and the CLI builds
   * the index of the run's files and the reference reports only when some enabled rule says this.
   */
  crossFile?: boolean;
  /**
   * The `data` of this rule's messages goes into the output (`LintMessage.data`, --format json), for editors and
   * scripts to act on. Only for rules whose data repeats no text of the report (other rules' data may hold what
   * no-personal-info masks).
   */
  publicData?: boolean;
  /**
   * Present on a rule a config defines in `customRules` (src/config/custom-rules.ts): the definition as written.
   * Such a rule has no docs page; --explain prints this, --test-rules runs its examples.
   */
  custom?: CustomRuleInfo;
}

/** A rule defined in a config's `customRules`, as written there (see src/config/custom-rules.ts). */
export interface CustomRuleInfo {
  kind: 'require' | 'forbid' | 'substitute' | 'length';
  /** The config file that defines it, and its key there (`customRules[2]`). */
  file: string;
  key: string;
  /** The part of the report it looks at (`any` when the definition names none). */
  in: string;
  /** require, forbid: the patterns as written. */
  patterns?: readonly string[];
  /** substitute: wrong form (a pattern as written) → right form. */
  substitutions?: Readonly<Record<string, string>>;
  /** require: how many of the patterns must occur. */
  minCount?: number;
  /** length: bounds in Chinese characters. */
  min?: number;
  max?: number;
  /** `message` and `messageEn` as written (`en` is the Chinese message when there is no messageEn). */
  message: MessageTemplate;
  docs?: string;
  examples: { valid: readonly string[]; invalid: readonly string[] };
}

export type { TextIndexView, SourceMatch, SourcePlace } from './compare/text-index.js';
import type { TextIndexView } from './compare/text-index.js';

/** A text edit: replace [range[0], range[1]) with `text`. */
export interface Fix {
  range: readonly [number, number];
  text: string;
}

export interface ProblemReport<M extends string = string> {
  messageId: M;
  data?: Readonly<Record<string, string | number>>;
  /** Where the writer must act. Defaults to the start of the document. */
  range?: readonly [number, number];
  fix?: Fix;
  /**
   * What Word and PDF diagnostics show as the text at the problem (they cite an excerpt because their
   * line numbers mean little). Default: the text at `range`. Rules that find sensitive data pass a masked form.
   */
  excerpt?: string;
}

/**
 * Where a report satisfies a statutory item, or the part `label` of it (e.g. '行政执法公示'): the sentence or heading
 * that shows it. Offsets into `RuleContext.text`, end-exclusive, validated like a report's range.
 */
export interface Evidence {
  range: readonly [number, number];
  label?: string;
}

export interface RuleContext<M extends string = string, O = Readonly<Record<string, unknown>>> {
  readonly filePath: string;
  /** The text the rules see (decoded, BOM removed). All offsets refer to it. */
  readonly text: string;
  /** mdast of `text`; for plain text, one paragraph per non-blank line. */
  readonly tree: Root;
  /** The report model, built once per file and shared by every rule. */
  readonly model: ReportModel;
  /** Validated and defaulted options. */
  readonly options: O;
  /** Shared facts from the config's `settings` (e.g. reportYear, level). */
  readonly settings: Readonly<Record<string, unknown>>;
  report(problem: ProblemReport<M>): void;
  /**
   * "The report satisfies this item (or the part `evidence.label` of it) here." A statutory rule calls it once per
   * part it found; the places become the evidence of its checklist item. Ignored for rules without `meta.statutory`.
   */
  satisfied(evidence: Evidence): void;
  /**
   * The other reports of the run and the reference reports (settings.referenceReports), for a rule with
   * `meta.crossFile`; undefined for other rules and when the caller gave no index (one file, an editor).
   */
  readonly textIndex?: TextIndexView;
}

export interface Rule<M extends string = string, S extends OptionsSchema = OptionsSchema> {
  meta: RuleMeta<M, S>;
  /** Runs once per file. Must not touch the file system, the clock or `process`. */
  check(context: RuleContext<M, OptionsOf<S>>): void;
}

/** A rule with its schema types erased, as the engine and registries hold it. */
export type AnyRule = Rule<string, OptionsSchema>;

/** A rule's effective setting after config resolution. */
export interface RuleSetting {
  severity: SeverityLevel;
  options: Readonly<Record<string, unknown>>;
}

/** Everything the engine needs to lint one file: rules and their settings. */
export interface ResolvedConfig {
  rules: ReadonlyMap<string, { rule: AnyRule; setting: RuleSetting }>;
  settings: Readonly<Record<string, unknown>>;
  /** Files the config came from, outermost first (for --print-config). */
  sources: readonly string[];
  /** Every rule id a directive may name: built-in and plugin rules, on or off. Default: the keys of `rules`. */
  knownRuleIds?: readonly string[];
  /** The same rules with their definitions (so `--why` can tell a statutory rule that is off). Default: `rules`. */
  knownRules?: ReadonlyMap<string, AnyRule>;
  /** Rules a config enforces (`enforce`, issue 11) and the attempts to lower them; absent when nothing is enforced. */
  enforcement?: Enforcement;
  /** The files the config's plugins were loaded from (for --cache: a changed plugin changes the results). */
  pluginFiles?: readonly string[];
}

/**
 * Enforced rules (a county config's `enforce`): configs below it and reportlint-disable comments cannot turn them off
 * or lower them; each attempt is reported as an error of its own.
 */
export interface Enforcement {
  /** rule id → the config file that enforces it, as shown to the user. */
  rules: ReadonlyMap<string, string>;
  /** Config entries (or `--rule`) that would have turned an enforced rule off, lowered it or changed its options. */
  attempts: readonly EnforcementAttempt[];
}

export interface EnforcementAttempt {
  ruleId: string;
  /** The config file (as shown) or the command line, and the key of the entry. */
  file: string;
  key: string;
  /** off: turned off; lower: a lower severity; options: other options. */
  kind: 'off' | 'lower' | 'options';
  /** The config that enforces the rule, as shown. */
  by: string;
}

/** Where a position lies in the original file when it was not plain text (Word, PDF, HTML). */
export interface OriginalLocation {
  line: number;
  column: number;
  /** Word: 1-based paragraph number (第N段). */
  paragraph?: number;
  /** PDF: 1-based page number. */
  page?: number;
  /** PDF: 1-based line on that page. */
  pageLine?: number;
}

/** What the engine lints: the text the rules see, and how to point back into the original file. */
export interface LintDocument {
  filePath: string;
  text: string;
  /** How `text` is parsed. */
  syntax: 'markdown' | 'text';
  /** Maps an offset in `text` to a place in the original file; absent when `text` is the file itself. */
  locate?: (offset: number) => OriginalLocation;
  /** Short label of the original form for messages: 'docx', 'pdf', 'html', or undefined for text. */
  sourceFormat?: 'docx' | 'pdf' | 'html';
}

/** One diagnostic, in ESLint's shape (what the json formatter prints). */
export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: 1 | 2;
  message: string;
  /** 1-based; columns in UTF-16 code units. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based, end-exclusive offsets into the linted text. */
  range: [number, number];
  url?: string;
  fix?: Fix;
  /** The message's data, from a rule with `meta.publicData` (no-copied-text: the other file, its place, the share). */
  data?: Readonly<Record<string, string | number>>;
  /** Word documents: 1-based paragraph number. */
  paragraph?: number;
  /** PDF: page and line on the page. */
  page?: number;
  pageLine?: number;
  /** A few characters around the problem, for formats whose lines mean little to the writer (Word, PDF). */
  excerpt?: string;
  /** A rule crashed, a file could not be read, or a directive is broken. */
  fatal?: boolean;
  /** In `suppressedMessages`: what silenced it (ESLint's field), a reportlint-disable comment and its `-- 理由`. */
  suppressions?: Array<{ kind: 'directive'; justification: string }>;
}

/** A place in the report that satisfies (part of) a statutory item, with the same place fields a LintMessage has. */
export interface EvidencePlace {
  /** The part of the item this place satisfies, as the rule named it (e.g. '行政执法公示'). */
  label?: string;
  /** 1-based; columns in UTF-16 code units. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based, end-exclusive offsets into the linted text. */
  range: [number, number];
  /** The text of the range on one line (whitespace folded), shortened to about 40 characters with …. */
  excerpt: string;
  /** Word documents: 1-based paragraph number. */
  paragraph?: number;
  /** PDF: page and line on the page. */
  page?: number;
  pageLine?: number;
}

/** The verdict of one statutory rule on one report, and where it comes from. */
export interface ChecklistItem {
  ruleId: string;
  /** `meta.statutory` in the run's locale. */
  item: string;
  /**
   * 'pass': the rule reported nothing (or only findings silenced by reportlint-disable comments: then `suppressed`).
   * 'fail': it reported at least one unsuppressed message (any evidence it also gave is kept).
   * 'error': it crashed (or the report's structure could not be analysed, so it did not run).
   */
  status: 'pass' | 'fail' | 'error';
  /** Where the report satisfies the item or its parts, in the order the rule gave them. */
  evidence: EvidencePlace[];
  /** The texts of the rule's unsuppressed messages (of the crash message for 'error'); empty when passing. */
  messages: string[];
  /** The rule did report, but every finding was silenced by a reportlint-disable comment. */
  suppressed?: true;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Messages silenced by inline directives (ESLint's suppressedMessages). */
  suppressedMessages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fatalErrorCount: number;
  /** The fixed text, when --fix changed something. */
  output?: string;
  /** The original form when it was not text. */
  sourceFormat?: 'docx' | 'pdf' | 'html';
  /**
   * One item per enabled rule with `meta.statutory`, in the order the rules ran; absent when no such rule ran.
   * With --fix, the checklist of the last pass.
   */
  checklist?: ChecklistItem[];
  /** Who wrote the report and for which year, as read from its signature, header or title (for summaries). */
  report?: { unit?: string; year?: number };
}
