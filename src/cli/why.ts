/**
 * --why <rule-id>: for each file, the verdict of one statutory rule (a rule with `meta.statutory`) and what it rests
 * on: the places the rule said satisfy the item, or its messages with their places.
 *
 *   报告.docx
 *     ✓ 第一责任人履职情况（require-first-responsible-person）
 *       第12段  “镇党委书记亲自主持召开……”
 *
 * Only that rule runs, with the file's effective config (options, settings, inline directives). Exit codes: 0 when the
 * item passes in every file, 1 when it fails in one, 2 for bad usage (unknown rule, a rule that is not statutory, a
 * rule that is off in the config), an unreadable file, or a rule that crashed.
 */
import path from 'node:path';
import { createColors } from 'picocolors';
import { builtinRules } from '../../rules/index.js';
import type { ConfigLoader } from '../config/index.js';
import { closest } from '../config/messages.js';
import { ReadError, UsageError } from '../errors.js';
import { lintText } from '../engine/lint-text.js';
import { formatResults } from '../formatters/index.js';
import { displayPath, oneLine, originalPlace, quotedExcerpt } from '../formatters/location.js';
import { displayWidth, padEnd } from '../formatters/width.js';
import { list, t } from '../messages/index.js';
import { readDocument, readText, type ReadDocumentResult } from '../read/index.js';
import type { AnyRule, ChecklistItem, LintMessage, LintResult, Locale, ResolvedConfig, RuleSetting } from '../types.js';
import { findTargets, type IgnoreOptions } from './files.js';
import type { CliOptions } from './options.js';

/** What the run prints and how it ends; run.ts writes `output` (stdout or --output-file) and `failures` (stderr). */
export interface WhyOutcome {
  output: string;
  failures: string[];
  code: number;
}

export interface WhyContext {
  cwd: string;
  color: boolean;
  readStdin: () => Promise<Buffer>;
  /** What to ignore (src/cli/files.ts); default: the default ignores. */
  ignore?: IgnoreOptions;
}

const FORMATS = ['stylish', 'json', 'json-with-metadata'];

export async function why(ruleId: string, options: CliOptions, loader: ConfigLoader, context: WhyContext): Promise<WhyOutcome> {
  const { locale } = options;
  if (!FORMATS.includes(options.format)) {
    throw new UsageError(t('usage.whyFormat', locale));
  }
  if (options.fix || options.fixDryRun) {
    throw new UsageError(t('usage.whyFix', locale));
  }
  // Built-in rules can be judged before reading anything; plugin rules (`plugin/rule`) need the file's config.
  if (!ruleId.includes('/')) checkRule(ruleId, new Map(Object.entries(builtinRules)), undefined, locale);

  const results: LintResult[] = [];
  const failures: string[] = [];
  const notes: string[] = [];
  const readOptions = { ...(options.encoding ? { encoding: options.encoding } : {}), locale };
  const lintOne = async (document: ReadDocumentResult) => {
    const config = await loader.forFile(path.resolve(context.cwd, document.filePath));
    const entry = checkRule(ruleId, knownRules(config), config, locale, displayPath(document.filePath, context.cwd));
    const only: ResolvedConfig = { ...config, rules: new Map([[ruleId, entry]]) };
    results.push(await lintText(document, only, { locale, inlineConfig: options.inlineConfig }));
  };

  if (options.stdin) {
    const document = await readText(await context.readStdin(), options.stdinFilename ?? '<stdin>.txt', readOptions);
    await lintOne({ ...document, filePath: options.stdinFilename ?? '<text>' });
  } else {
    // As a lint run: every file named or found gets a verdict, or a line saying why it could not be read.
    for (const target of await findTargets(options.paths, context.cwd, locale, context.ignore)) {
      // A named file that is ignored is not judged; the note goes to stderr without changing the exit code.
      if (target.ignored !== undefined) {
        notes.push(`reportlint: ${displayPath(target.filePath, context.cwd)}: ${target.ignored}`);
        continue;
      }
      if (target.problem !== undefined) {
        failures.push(`reportlint: ${displayPath(target.filePath, context.cwd)}: ${target.problem}`);
        continue;
      }
      try {
        await lintOne(await readDocument(target.filePath, readOptions));
      } catch (error) {
        if (!(error instanceof ReadError)) throw error;
        failures.push(error.message);
      }
    }
  }

  const output = options.format.startsWith('json')
    ? formatResults(results, { format: options.format, locale, color: false, cwd: context.cwd })
    : formatWhy(results, ruleId, { locale, color: context.color, cwd: context.cwd });
  const statuses = results.map((result) => itemOf(result, ruleId).status);
  const code = failures.length > 0 || statuses.includes('error') ? 2 : statuses.includes('fail') ? 1 : 0;
  return { output, failures: [...failures, ...notes], code };
}

function knownRules(config: ResolvedConfig): ReadonlyMap<string, AnyRule> {
  return config.knownRules ?? new Map([...config.rules].map(([id, { rule }]) => [id, rule]));
}

/**
 * Throws a UsageError unless `ruleId` names a statutory rule that is on in `config` (when given); returns its
 * setting. `file` names the linted file in the "off" message.
 */
function checkRule(
  ruleId: string,
  known: ReadonlyMap<string, AnyRule>,
  config: ResolvedConfig | undefined,
  locale: Locale,
  file?: string,
): { rule: AnyRule; setting: RuleSetting } {
  const rule = known.get(ruleId);
  if (!rule) {
    const guess = closest(ruleId, known.keys());
    throw new UsageError(t('usage.noSuchRule', locale, { rule: ruleId, hint: guess ? t('usage.didYouMean', locale, { name: guess }) : '' }));
  }
  if (!rule.meta.statutory) {
    const statutory = [...known.values()].filter((r) => r.meta.statutory).map((r) => r.meta.id).sort();
    throw new UsageError(
      statutory.length > 0
        ? t('usage.whyNotStatutory', locale, { rule: ruleId, list: list(statutory, locale) })
        : t('usage.whyNoStatutory', locale, { rule: ruleId }),
    );
  }
  const entry = config?.rules.get(ruleId);
  if (config && (!entry || entry.setting.severity === 0)) {
    throw new UsageError(file ? t('usage.whyRuleOffFor', locale, { rule: ruleId, file }) : t('usage.whyRuleOff', locale, { rule: ruleId }));
  }
  return { rule, setting: entry?.setting ?? { severity: 2, options: {} } };
}

/** The rule's checklist item in a result; a result without one (which lintText never gives) counts as an error. */
function itemOf(result: LintResult, ruleId: string): Pick<ChecklistItem, 'status'> & Partial<ChecklistItem> {
  return result.checklist?.find((item) => item.ruleId === ruleId) ?? { status: 'error' };
}

export interface WhyFormatContext {
  locale: Locale;
  color: boolean;
  cwd: string;
}

const MARK: Record<ChecklistItem['status'], string> = { pass: '✓', fail: '✗', error: '!' };

/** The verdict and evidence of `ruleId` for each result, in the place notation of the stylish formatter. */
export function formatWhy(results: readonly LintResult[], ruleId: string, context: WhyFormatContext): string {
  const { locale } = context;
  const c = createColors(context.color);
  const blocks = results.map((result) => {
    const item = itemOf(result, ruleId);
    const paint = item.status === 'pass' ? c.green : c.red;
    const name = item.item ?? ruleId;
    const title = t('why.title', locale, { item: name, rule: ruleId });
    const lines = [c.underline(displayPath(result.filePath, context.cwd)), `  ${paint(MARK[item.status])} ${c.bold(title)}`];

    const own = (messages: readonly LintMessage[]) => messages.filter((message) => message.ruleId === ruleId);
    const messageRow = (message: LintMessage): Row => {
      const excerpt = quotedExcerpt(message, locale);
      return { place: placeOf(result, message, locale), text: oneLine(message.message) + (excerpt ? `  ${excerpt}` : '') };
    };
    const evidence = (item.evidence ?? []).map((place): Row => {
      const quoted = t('format.quote', locale, { text: place.excerpt });
      const label = place.label === undefined ? '' : t('why.label', locale, { label: place.label });
      return { place: placeOf(result, place, locale), text: `${label}${quoted}` };
    });

    const sections: Array<{ caption?: string; rows: Row[] }> = [];
    if (item.status === 'pass') {
      if (evidence.length > 0) sections.push({ rows: evidence });
      else sections.push({ caption: t('why.noEvidence', locale), rows: [] });
      if (item.suppressed) {
        sections.push({
          caption: t('why.silenced', locale),
          rows: own(result.suppressedMessages).map(messageRow),
        });
      }
    } else {
      const messages = own(result.messages);
      const rows = messages.length > 0 ? messages.map(messageRow) : (item.messages ?? []).map((text) => ({ place: '', text: oneLine(text) }));
      sections.push({ rows });
      if (evidence.length > 0) sections.push({ caption: t('why.covered', locale), rows: evidence });
    }

    const placeWidth = Math.max(0, ...sections.flatMap((section) => section.rows.map((row) => displayWidth(row.place))));
    for (const section of sections) {
      if (section.caption !== undefined) lines.push(`    ${c.dim(section.caption)}`);
      for (const row of section.rows) {
        lines.push(row.place === '' ? `    ${row.text}` : `    ${c.dim(padEnd(row.place, placeWidth))}  ${row.text}`);
      }
    }
    return lines.join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

interface Row {
  place: string;
  text: string;
}

/** 第N段 (Word), 第N页第M行 (PDF), else line:column, as the stylish formatter shows places. */
function placeOf(
  result: LintResult,
  at: Pick<LintMessage, 'line' | 'column' | 'paragraph' | 'page' | 'pageLine'>,
  locale: Locale,
): string {
  return originalPlace(result, at, locale) ?? `${at.line}:${at.column}`;
}
