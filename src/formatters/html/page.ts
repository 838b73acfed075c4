/**
 * The review page: one self-contained HTML document. The summary table comes first (one row per report, from
 * ../summary.ts, so its cells are the ones `table`, `xlsx` and `--format json` give; a 照搬 column when no-copied-text
 * found text of some report in other reports), then one section per report.
 *
 * Nothing is loaded from anywhere: styles and script are inline, fonts are the system's, and the page's
 * Content-Security-Policy (a <meta>, since a file from disk has no headers) is `default-src 'none'` with the inline
 * style and script allowed by their SHA-256 hashes only, so no other script, style, image, font or connection can run
 * or load even if some text from a report were to slip through unescaped (it cannot: see ./markup.ts).
 */
import { t } from '../../messages/index.js';
import type { LintResult, Locale } from '../../types.js';
import { copiedLine, copiedPercent, summarize, type Summary, type SummaryRow, VERDICT_MARKS } from '../summary.js';
import type { RuleMetaSummary } from '../types.js';
import { html, type Markup, raw } from './markup.js';
import { renderReport, reportId, verdictMark } from './report.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

export interface PageContext {
  locale: Locale;
  cwd: string;
  rulesMeta: Readonly<Record<string, RuleMetaSummary>>;
  quiet: boolean;
}

const LANG: Readonly<Record<Locale, string>> = { zh: 'zh-CN', en: 'en' };

/** Sort keys of the verdicts: failures first when sorting up. */
const VERDICT_ORDER: Readonly<Record<string, number>> = { fail: 0, error: 1, pass: 2 };

/** A CSP hash source. node:crypto is loaded here, when a page is made, not with the formatters (other formats never need it). */
function sha256(text: string): string {
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's policy: nothing but the inline style and script, by hash; no base, no forms, no network. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(STYLES)}`,
    `script-src ${sha256(SCRIPT)}`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderPage(results: readonly LintResult[], context: PageContext): string {
  const { locale } = context;
  const summary = summarize(results, context.cwd);
  const title = t('html.title', locale);
  const page = html`<!DOCTYPE html>
<html lang="${LANG[locale]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="reportlint">
<title>${title}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${results.length === 0 ? html`<p>${t('html.noResults', locale)}</p>` : overview(summary, findingRules(results), context)}
${results.map((result, index) => renderReport(result, summary.rows[index]!, index + 1, context))}
<footer>${t('html.footer', locale)}</footer>
</main>
<script>${raw(SCRIPT)}</script>
</body>
</html>
`;
  return page.text;
}

/** Per result, the rules with findings in it (what the rule filter matches), in the order they first occur. */
function findingRules(results: readonly LintResult[]): string[][] {
  return results.map((result) => [...new Set(result.messages.flatMap(({ ruleId }) => (ruleId === null ? [] : [ruleId])))]);
}

function overview(summary: Summary, rules: readonly string[][], context: PageContext): Markup {
  const { locale } = context;
  const { totals } = summary;
  return html`
<p class="overview">${t(totals.unreadable > 0 ? 'html.overviewUnreadable' : 'html.overview', locale, {
    files: totals.files,
    withErrors: totals.filesWithErrors,
    unreadable: totals.unreadable,
    errors: totals.errorCount,
    warnings: totals.warningCount,
  })}</p>
${context.quiet ? html`<p class="note">${t('html.quietNote', locale)}</p>` : ''}
<h2 id="summary-heading">${t('html.summaryHeading', locale)}</h2>
${summary.columns.length === 0 ? '' : html`<p class="muted small legend">${t('html.legend', locale)}</p>`}
${hasCopied(summary) ? html`<p class="muted small legend">${t('table.legendCopied', locale)}</p>` : ''}
${controls(summary, rules, context)}
${summaryTable(summary, rules, context)}
<p id="nomatch" class="nomatch" hidden>${t('html.noMatch', locale)}</p>`;
}

/** The rule and unit filters: hidden until the script shows them (without it they could do nothing). */
function controls(summary: Summary, rules: readonly string[][], context: PageContext): Markup {
  const { locale } = context;
  const files = (ruleId: string) => rules.filter((found) => found.includes(ruleId)).length;
  return html`
<div id="controls" class="controls" role="search" hidden>
<label>${t('html.filterRule', locale)} <select id="filter-rule"><option value="">${t('html.filterAllRules', locale)}</option>${summary.totals.topRules.map(
    ({ ruleId, count }) => html`<option value="${ruleId}">${t('html.filterRuleOption', locale, { rule: ruleId, files: files(ruleId), count })}</option>`,
  )}</select></label>
<label>${t('html.filterUnit', locale)} <input id="filter-unit" type="search" autocomplete="off" placeholder="${t('html.filterUnitPlaceholder', locale)}"></label>
<button type="button" id="filter-reset">${t('html.filterReset', locale)}</button>
<span id="filter-status" class="status" role="status" aria-live="polite" data-template="${t('html.filterStatus', locale)}"></span>
<p class="sort-hint muted small">${t('html.sortHint', locale)}</p>
</div>`;
}

function summaryTable(summary: Summary, rules: readonly string[][], context: PageContext): Markup {
  const { locale } = context;
  const { totals } = summary;
  return html`
<table id="summary" class="summary">
<thead><tr>
<th scope="col" class="idx" data-sort="number">${t('html.colIndex', locale)}</th>
<th scope="col" class="unit" data-sort="text">${t('html.colUnit', locale)}</th>
<th scope="col" class="year" data-sort="number">${t('html.colYear', locale)}</th>
<th scope="col" class="file" data-sort="text">${t('html.colFile', locale)}</th>
${summary.columns.map(({ ruleId, item }) => html`<th scope="col" class="item" data-sort="number" data-rule="${ruleId}" title="${ruleId}">${item}</th>`)}
<th scope="col" class="num" data-sort="number" data-sort-first="desc">${t('html.colErrors', locale)}</th>
<th scope="col" class="num" data-sort="number" data-sort-first="desc">${t('html.colWarnings', locale)}</th>
${totals.suppressedCount > 0 ? html`<th scope="col" class="num" data-sort="number" data-sort-first="desc">${t('table.suppressed', locale)}</th>` : ''}
${hasCopied(summary) ? html`<th scope="col" class="copied" data-sort="number" data-sort-first="desc">${t('html.colCopied', locale)}</th>` : ''}
<th scope="col" class="top">${t('html.colTopRules', locale)}</th>
</tr></thead>
<tbody>${summary.rows.map((row, index) => summaryRow(row, index + 1, rules[index]!, summary, locale))}</tbody>
<tfoot><tr>
<td colspan="4">${t('html.total', locale)}</td>
${summary.columns.map(
    ({ ruleId }) => {
      const passed = totals.passed[ruleId] ?? 0;
      const failed = totals.failed[ruleId] ?? 0;
      const said = t('html.totalVerdicts', locale, { passed, failed });
      return html`<td class="verdict" data-rule="${ruleId}" data-passed="${passed}" data-failed="${failed}" title="${said}"><span class="pass" aria-hidden="true">${VERDICT_MARKS.pass} ${passed}</span><span class="fail" aria-hidden="true">${VERDICT_MARKS.fail} ${failed}</span><span class="sr">${said}</span></td>`;
    },
  )}
<td class="num errors">${totals.errorCount}</td>
<td class="num warnings">${totals.warningCount}</td>
${totals.suppressedCount > 0 ? html`<td class="num suppressed">${totals.suppressedCount}</td>` : ''}
${hasCopied(summary) ? html`<td class="copied"></td>` : ''}
<td class="top">${chips(totals.topRules.slice(0, 3), locale)}</td>
</tr></tfoot>
</table>`;
}

function summaryRow(row: SummaryRow, index: number, rules: readonly string[], summary: Summary, locale: Locale): Markup {
  const target = `#${reportId(index)}`;
  return html`
<tr id="row-${index}" data-index="${index}" data-rules="${rules.join(' ')}" data-search="${[row.unit ?? '', row.file].join(' ')}">
<td class="idx"><a href="${target}">${index}</a></td>
<td class="unit" data-sort-value="${row.unit ?? ''}">${row.unit === undefined ? html`<a class="muted" href="${target}">${t('html.unitUnknownShort', locale)}</a>` : html`<a href="${target}">${row.unit}</a>`}</td>
<td class="year">${row.year ?? ''}</td>
<td class="file" data-sort-value="${row.file}">${breakable(row.file)}</td>
${summary.columns.map(({ ruleId, item }) => {
    const verdict = row.checks[ruleId];
    const mark = verdictMark(verdict, locale);
    return html`<td class="verdict ${mark.css}" data-rule="${ruleId}" data-verdict="${verdict ?? ''}" data-sort-value="${verdict === undefined ? '' : VERDICT_ORDER[verdict]!}" title="${t('why.label', locale, { label: item })}${mark.word}"><span class="mark" aria-hidden="true">${mark.symbol}</span><span class="sr">${mark.word}</span></td>`;
  })}
<td class="num errors${row.errorCount > 0 ? ' some' : ''}">${row.errorCount}</td>
<td class="num warnings${row.warningCount > 0 ? ' some' : ''}">${row.warningCount}</td>
${summary.totals.suppressedCount > 0 ? html`<td class="num suppressed">${row.suppressedCount}</td>` : ''}
${hasCopied(summary) ? copiedCell(row, locale) : ''}
<td class="top">${row.unreadable === undefined ? '' : html`<span class="chip unreadable-chip">${t('html.unreadableShort', locale)}</span>`}${chips(row.topRules, locale)}</td>
</tr>`;
}

/** Whether no-copied-text found text of some report in other reports (the summary then has a column for it). */
function hasCopied(summary: Summary): boolean {
  return summary.rows.some((row) => row.copied !== undefined);
}

/** The share of the report found in other reports, and the report it shares most with; — when none. */
function copiedCell(row: SummaryRow, locale: Locale): Markup {
  const { copied } = row;
  if (copied === undefined) return html`<td class="copied none" data-sort-value="" title="${t('html.copiedNone', locale)}">${VERDICT_MARKS.none}</td>`;
  const percent = copiedPercent(copied);
  return html`<td class="copied some" data-sort-value="${percent}" data-source-kind="${copied.sourceKind}" title="${copiedLine(copied, locale)}"><span class="percent">${percent}%</span> <span class="source">${breakable(copied.source)}</span></td>`;
}

/** A path that may wrap after a slash or before a dot, underscore or hyphen rather than anywhere. */
function breakable(path: string): Markup[] {
  return path.split(/(?<=[/\\])|(?=[._-])/).map((part, index) => (index === 0 ? html`${part}` : html`<wbr>${part}`));
}

function chips(counts: SummaryRow['topRules'], locale: Locale): Markup[] {
  return counts.map(({ ruleId, count }) => html`<span class="chip" data-rule="${ruleId}" data-count="${count}">${t('html.ruleCount', locale, { rule: ruleId, count })}</span>`);
}
