/**
 * The county review's summary for the page: the same derivation as `--format table` (summarize in
 * src/formatters/summary.ts), with a row also for the reports still being read and those that could not be read.
 */
import { copiedLine, copiedPercent, ruleCounts, shortHeader, summarize, VERDICT_MARKS, type SummaryRow, type Verdict } from '../../formatters/summary.js';
import type { LintResult, Locale } from '../../types.js';

export interface PageReport {
  key: number;
  name: string;
  state: 'reading' | 'done' | 'error';
  result?: LintResult;
  error?: string;
}

export interface PageColumn {
  ruleId: string;
  /** The short header. */
  header: string;
  /** The statutory item in full. */
  item: string;
}

export interface PageRow {
  key: number;
  name: string;
  state: PageReport['state'];
  unit?: string;
  year?: number;
  /** One per column: the verdict ('none': not checked) and its mark. */
  verdicts: Array<{ ruleId: string; verdict: Verdict | 'none'; mark: string }>;
  errorCount?: number;
  warningCount?: number;
  /** The rules with most findings, as the table prints them. */
  topRules?: string;
  /** Why the file could not be read. */
  unreadable?: string;
  /** Text found in the other reports of its batch (no-copied-text), as the CLI's summaries show it. */
  copied?: PageCopied;
}

export interface PageCopied {
  percent: number;
  /** The report it shares most with. */
  source: string;
  /** 'reference' or 'run' (the page has no reference reports: always 'run'). */
  kind: string;
  /** The sentence a report's section shows (全文约35%的文字与同批报告“赵庄镇.txt”相同，涉及 3 段). */
  line: string;
}

export interface PageSummary {
  columns: PageColumn[];
  rows: PageRow[];
  /** Whether some report has text found in another (the copied column is shown). */
  hasCopied: boolean;
  /** Per column, how many of the files pass it, out of `files`. */
  passed: Record<string, number>;
  files: number;
  errorCount: number;
  warningCount: number;
}

/** A report's copied share for the page, from the CLI summaries' derivation (summary.ts). */
export function pageCopied(copied: NonNullable<SummaryRow['copied']>, locale: Locale): PageCopied {
  const percent = copiedPercent(copied);
  return { percent, source: copied.source, kind: copied.sourceKind, line: copiedLine(copied, locale) };
}

/** The copied share of one report, for its section (none when nothing of it was found elsewhere). */
export function copiedOfResult(result: LintResult, locale: Locale): PageCopied | undefined {
  const copied = summarize([result], '/').rows[0]?.copied;
  return copied === undefined ? undefined : pageCopied(copied, locale);
}

export function pageSummary(reports: readonly PageReport[], locale: Locale): PageSummary {
  const done = reports.filter((report): report is PageReport & { result: LintResult } => report.state === 'done' && report.result !== undefined);
  const summary = summarize(
    done.map((report) => report.result),
    '/',
  );
  const columns = summary.columns.map((column, index): PageColumn => ({ ruleId: column.ruleId, item: column.item, header: shortHeader(column, index, locale) }));
  const rowOf = new Map<number, SummaryRow>(done.map((report, index) => [report.key, summary.rows[index]!]));
  const rows = reports.map((report): PageRow => {
    const row = rowOf.get(report.key);
    const verdicts = columns.map(({ ruleId }): PageRow['verdicts'][number] => {
      const verdict: Verdict | 'none' = row?.checks[ruleId] ?? 'none';
      return { ruleId, verdict, mark: VERDICT_MARKS[verdict] };
    });
    const base = { key: report.key, name: report.name, state: report.state, verdicts };
    if (row === undefined) return report.state === 'error' ? { ...base, unreadable: report.error ?? '' } : base;
    return {
      ...base,
      ...(row.unit === undefined ? {} : { unit: row.unit }),
      ...(row.year === undefined ? {} : { year: row.year }),
      errorCount: row.errorCount,
      warningCount: row.warningCount,
      topRules: ruleCounts(row.topRules, locale),
      ...(row.unreadable === undefined ? {} : { unreadable: row.unreadable }),
      ...(row.copied === undefined ? {} : { copied: pageCopied(row.copied, locale) }),
    };
  });
  return {
    columns,
    rows,
    hasCopied: rows.some((row) => row.copied !== undefined),
    passed: { ...summary.totals.passed },
    files: reports.length,
    errorCount: summary.totals.errorCount,
    warningCount: summary.totals.warningCount,
  };
}
