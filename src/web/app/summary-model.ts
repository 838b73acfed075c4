/**
 * The county review's summary for the page: the same derivation as `--format table` (summarize in
 * src/formatters/summary.ts), with a row also for the reports still being read and those that could not be read.
 */
import { ruleCounts, shortHeader, summarize, VERDICT_MARKS, type SummaryRow, type Verdict } from '../../formatters/summary.js';
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
}

export interface PageSummary {
  columns: PageColumn[];
  rows: PageRow[];
  /** Per column, how many of the files pass it, out of `files`. */
  passed: Record<string, number>;
  files: number;
  errorCount: number;
  warningCount: number;
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
    };
  });
  return {
    columns,
    rows,
    passed: { ...summary.totals.passed },
    files: reports.length,
    errorCount: summary.totals.errorCount,
    warningCount: summary.totals.warningCount,
  };
}
