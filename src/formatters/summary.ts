/**
 * One row per report, as a county reviewer reads a folder of submissions: the unit and year read from the report,
 * the verdict of every statutory item, the counts, the rules with most findings. The `table`, `xlsx` and `html`
 * formatters all print this one derivation, so they cannot disagree with each other or with `--format json`
 * (every cell comes from a field json prints).
 */
import { list, t, type MessageKey } from '../messages/index.js';
import type { ChecklistItem, LintResult, Locale } from '../types.js';
import { displayPath } from './location.js';

export type Verdict = ChecklistItem['status'];

/** A statutory item, as a column: the rule and its short name in the run's locale. */
export interface SummaryColumn {
  ruleId: string;
  item: string;
}

export interface RuleCount {
  ruleId: string;
  count: number;
}

export interface SummaryRow {
  /** The result's filePath as given. */
  filePath: string;
  /** The path shown: relative to the working directory. */
  file: string;
  unit?: string;
  year?: number;
  /** ruleId → verdict; a statutory rule that did not run on this file (unreadable, or off) has no entry. */
  checks: Readonly<Record<string, Verdict>>;
  errorCount: number;
  warningCount: number;
  /** Findings silenced by reportlint-disable comments (a reviewer wants to see that something was silenced). */
  suppressedCount: number;
  /** The rules with most findings, most first (ties by id), at most MAX_TOP_RULES. */
  topRules: RuleCount[];
  /** Why the file could not be checked at all (a message without rule id that is fatal). */
  unreadable?: string;
  /** Text found in other reports (no-copied-text findings): present when the rule found some. */
  copied?: CopiedShare;
}

/** How much of a report no-copied-text found elsewhere, and where most of it came from. */
export interface CopiedShare {
  /** Share of the report's compared text found in other reports, 0–1. */
  share: number;
  /** The other report this one shares most with, as the messages name it. */
  source: string;
  /** 'reference' (last year's report) or 'run' (another report of this run). */
  sourceKind: string;
  /** How many paragraphs were reported as copied. */
  paragraphs: number;
  /** How many other reports they were found in (`source` is the one with most). */
  sources: number;
}

export interface SummaryTotals {
  files: number;
  errorCount: number;
  warningCount: number;
  suppressedCount: number;
  /** Files with at least one error. */
  filesWithErrors: number;
  unreadable: number;
  /** ruleId → how many files pass / fail the item (error counts neither). */
  passed: Readonly<Record<string, number>>;
  failed: Readonly<Record<string, number>>;
  /** Findings per rule over all files, most first. */
  topRules: RuleCount[];
}

export interface Summary {
  columns: SummaryColumn[];
  rows: SummaryRow[];
  totals: SummaryTotals;
}

export const MAX_TOP_RULES = 3;

/**
 * The statutory items in the order the 督察工作规定 lists a report's contents (the enforcement systems are part of the
 * year's measures), which is how a reviewer reads a report; a plugin's statutory items follow in the order they ran.
 */
export const STATUTORY_ORDER: readonly string[] = [
  'require-measures',
  'require-enforcement-systems',
  'require-first-responsible-person',
  'require-problems-and-causes',
  'require-next-year-plan',
  'require-issuer-and-date',
];

/** Compares two statutory items (anything with a ruleId) by STATUTORY_ORDER; a stable sort keeps others in order. */
export function byStatutoryOrder(a: { ruleId: string }, b: { ruleId: string }): number {
  const rank = (ruleId: string) => {
    const index = STATUTORY_ORDER.indexOf(ruleId);
    return index === -1 ? STATUTORY_ORDER.length : index;
  };
  return rank(a.ruleId) - rank(b.ruleId);
}

export function summarize(results: readonly LintResult[], cwd: string): Summary {
  const columns: SummaryColumn[] = [];
  for (const result of results) {
    for (const { ruleId, item } of result.checklist ?? []) {
      if (!columns.some((column) => column.ruleId === ruleId)) columns.push({ ruleId, item });
    }
  }
  columns.sort(byStatutoryOrder);
  const rows = results.map((result) => rowOf(result, cwd));
  const passed: Record<string, number> = {};
  const failed: Record<string, number> = {};
  for (const { ruleId } of columns) {
    passed[ruleId] = rows.filter((row) => row.checks[ruleId] === 'pass').length;
    failed[ruleId] = rows.filter((row) => row.checks[ruleId] === 'fail').length;
  }
  const sum = (pick: (row: SummaryRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    columns,
    rows,
    totals: {
      files: rows.length,
      errorCount: sum((row) => row.errorCount),
      warningCount: sum((row) => row.warningCount),
      suppressedCount: sum((row) => row.suppressedCount),
      filesWithErrors: rows.filter((row) => row.errorCount > 0).length,
      unreadable: rows.filter((row) => row.unreadable !== undefined).length,
      passed,
      failed,
      topRules: ranked(results.flatMap((result) => result.messages), Number.POSITIVE_INFINITY),
    },
  };
}

function rowOf(result: LintResult, cwd: string): SummaryRow {
  const checks: Record<string, Verdict> = {};
  for (const { ruleId, status } of result.checklist ?? []) checks[ruleId] = status;
  const unreadable = result.messages.find((message) => message.fatal === true && message.ruleId === null && result.checklist === undefined);
  return {
    filePath: result.filePath,
    file: displayPath(result.filePath, cwd),
    ...(result.report?.unit === undefined ? {} : { unit: result.report.unit }),
    ...(result.report?.year === undefined ? {} : { year: result.report.year }),
    checks,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    suppressedCount: result.suppressedMessages.length,
    topRules: ranked(result.messages, MAX_TOP_RULES),
    ...(unreadable === undefined ? {} : { unreadable: unreadable.message }),
    ...copiedOf(result),
  };
}

/** The no-copied-text findings of a result, added up from their `data` (what --format json prints). */
function copiedOf(result: LintResult): { copied?: CopiedShare } {
  let matched = 0;
  let total = 0;
  let paragraphs = 0;
  const bySource = new Map<string, { chars: number; kind: string }>();
  for (const message of result.messages) {
    const data = message.ruleId === 'no-copied-text' ? message.data : undefined;
    if (!data) continue;
    const chars = Number(data['matchedChars']) || 0;
    const source = String(data['source'] ?? '');
    matched += chars;
    total = Math.max(total, Number(data['documentChars']) || 0);
    paragraphs += 1;
    const entry = bySource.get(source) ?? { chars: 0, kind: String(data['sourceKind'] ?? '') };
    entry.chars += chars;
    bySource.set(source, entry);
  }
  if (paragraphs === 0 || total === 0) return {};
  // Most shared first; ties by name, so the summary does not depend on message order.
  const [source, { kind }] = [...bySource].sort((a, b) => b[1].chars - a[1].chars || (a[0] < b[0] ? -1 : 1))[0]!;
  return { copied: { share: Math.min(1, matched / total), source, sourceKind: kind, paragraphs, sources: bySource.size } };
}

/** The copied share as a whole percentage, as the summaries print it (1 rather than 0 when anything was found). */
export function copiedPercent(copied: CopiedShare): number {
  return Math.max(1, Math.round(copied.share * 100));
}

/** What the report the text was found in is: 往年报告 (settings.referenceReports) or 同批报告 (a file of this run). */
export function copiedKind(copied: CopiedShare, locale: Locale): string {
  return t(copied.sourceKind === 'reference' ? 'summary.copiedKindReference' : 'summary.copiedKindRun', locale);
}

/** One sentence for a report's page: how much of it is found elsewhere, where most of it, in how many paragraphs. */
export function copiedLine(copied: CopiedShare, locale: Locale): string {
  const data = { percent: copiedPercent(copied), kind: copiedKind(copied, locale), source: copied.source, paragraphs: copied.paragraphs };
  return t(copied.sources > 1 ? 'summary.copiedLineSeveral' : 'summary.copiedLine', locale, data);
}

/** Messages counted per rule id (messages without one, such as a broken directive, are not a rule's), most first. */
function ranked(messages: readonly LintResult['messages'][number][], limit: number): RuleCount[] {
  const counts = new Map<string, number>();
  for (const { ruleId } of messages) if (ruleId !== null) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return [...counts]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
    .slice(0, limit);
}

/** How a verdict is marked in a summary cell; `none`: the item was not checked (unreadable file, or rule off). */
export const VERDICT_MARKS: Readonly<Record<Verdict | 'none', string>> = { pass: '✓', fail: '✗', error: '!', none: '—' };

/** The mark of `row`'s verdict on the item of `ruleId`. */
export function verdictMark(row: SummaryRow, ruleId: string): string {
  return VERDICT_MARKS[row.checks[ruleId] ?? 'none'];
}

/** Short column headers of the built-in statutory items (the legend gives the full names). */
const SHORT_HEADERS: Readonly<Record<string, MessageKey>> = {
  'require-measures': 'table.short.measures',
  'require-first-responsible-person': 'table.short.leaders',
  'require-problems-and-causes': 'table.short.problems',
  'require-enforcement-systems': 'table.short.enforcement',
  'require-issuer-and-date': 'table.short.issuer',
  'require-next-year-plan': 'table.short.plans',
};

/** The short header of a statutory item's column: a built-in one's own, a plugin's "项N" (N counts the columns). */
export function shortHeader(column: SummaryColumn, index: number, locale: Locale): string {
  const key = Object.hasOwn(SHORT_HEADERS, column.ruleId) ? SHORT_HEADERS[column.ruleId] : undefined;
  return key === undefined ? t('table.short.other', locale, { n: index + 1 }) : t(key, locale);
}

/** "rule（count）" joined as the locale lists things. */
export function ruleCounts(counts: readonly RuleCount[], locale: Locale): string {
  return list(
    counts.map(({ ruleId, count }) => t('table.ruleCount', locale, { rule: ruleId, count })),
    locale,
  );
}
