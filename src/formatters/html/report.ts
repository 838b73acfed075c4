/**
 * One report's section of the review page: who and what (unit, year, file, counts, and how much of it no-copied-text
 * found in other reports), the statutory checklist (each
 * item ✓/✗/! with the rule's messages, or the places that satisfy it), then the findings grouped by rule — groups
 * with errors first, then in the order they first occur; within a group in the order of the report — each group
 * with the rule's description, severity, legal basis and docs link. An unreadable file shows why instead.
 */
import { t } from '../../messages/index.js';
import type { ChecklistItem, EvidencePlace, LintMessage, LintResult, Locale } from '../../types.js';
import { oneLine, originalPlace, quotedExcerpt, severityOf } from '../location.js';
import { byStatutoryOrder, copiedLine, VERDICT_MARKS, type SummaryRow } from '../summary.js';
import type { RuleMetaSummary } from '../types.js';
import { html, type Markup, safeHref } from './markup.js';

export interface ReportContext {
  locale: Locale;
  rulesMeta: Readonly<Record<string, RuleMetaSummary>>;
  quiet: boolean;
}

/** The symbol and word of a verdict, and its CSS class; `undefined` is a statutory rule that did not run. */
export function verdictMark(verdict: ChecklistItem['status'] | undefined, locale: Locale): { symbol: string; word: string; css: string } {
  switch (verdict) {
    case 'pass':
      return { symbol: VERDICT_MARKS.pass, word: t('html.verdictPass', locale), css: 'pass' };
    case 'fail':
      return { symbol: VERDICT_MARKS.fail, word: t('html.verdictFail', locale), css: 'fail' };
    case 'error':
      return { symbol: VERDICT_MARKS.error, word: t('html.verdictError', locale), css: 'error' };
    default:
      return { symbol: VERDICT_MARKS.none, word: t('html.verdictNone', locale), css: 'none' };
  }
}

/** The id of the section of the report in row `index` (1-based), which the summary links to. */
export function reportId(index: number): string {
  return `report-${index}`;
}

export function renderReport(result: LintResult, row: SummaryRow, index: number, context: ReportContext): Markup {
  const { locale } = context;
  const rules = [...new Set(result.messages.flatMap((message) => (message.ruleId === null ? [] : [message.ruleId])))];
  const heading = row.unit ?? row.file;
  const year = row.year === undefined ? undefined : t('html.reportYear', locale, { year: row.year });
  const counts = [t('html.counts', locale, { errors: result.errorCount, warnings: result.warningCount })];
  const fixable = result.fixableErrorCount + result.fixableWarningCount;
  if (fixable > 0) counts.push(t('html.fixable', locale, { count: fixable }));
  if (row.suppressedCount > 0) counts.push(t('html.suppressed', locale, { count: row.suppressedCount }));
  const separator = t('format.listSeparator', locale);

  return html`
<section class="report" id="${reportId(index)}" data-index="${index}" data-rules="${rules.join(' ')}" aria-labelledby="${reportId(index)}-title">
<div class="report-head">
<h2 id="${reportId(index)}-title">${index}. ${heading}${year === undefined ? '' : html` <span class="muted">· ${year}</span>`}</h2>
<a class="back" href="#summary-heading">${t('html.backToSummary', locale)}</a>
</div>
${row.unit === undefined && row.unreadable === undefined ? html`<p class="facts muted">${t('html.unitUnknown', locale)}</p>` : ''}
<p class="facts muted">${row.unreadable === undefined ? t('html.fileLine', locale, { file: row.file, format: formatName(result, locale) }) : t('html.fileOnly', locale, { file: row.file })}</p>
<p class="facts counts">${counts.join(separator)}</p>
${row.copied === undefined ? '' : html`<p class="facts copied-line" data-source-kind="${row.copied.sourceKind}">${copiedLine(row.copied, locale)}</p>`}
${row.unreadable === undefined ? body(result, context) : html`<div class="unreadable-box" role="alert"><strong>${t('html.unreadable', locale)}</strong><p>${row.unreadable}</p></div>`}
</section>`;
}

function body(result: LintResult, context: ReportContext): Markup {
  const { locale } = context;
  // In the order of the summary's columns: the order the 督察工作规定 lists a report's contents.
  const checklist = [...(result.checklist ?? [])].sort(byStatutoryOrder);
  return html`${checklist.length === 0 ? '' : html`
<h3>${t('html.checklistHeading', locale)}</h3>
<ul class="checklist">${checklist.map((item) => checklistItem(item, result, locale))}</ul>`}
${result.messages.length === 0
    ? html`<p class="clean">${t(context.quiet ? 'html.noErrors' : 'html.noProblems', locale)}</p>`
    : findings(result, context)}${silenced(result, locale)}`;
}

/** The findings reportlint-disable comments silenced, each with the comment's reason: a reviewer sees what and why. */
function silenced(result: LintResult, locale: Locale): Markup | '' {
  if (result.suppressedMessages.length === 0) return '';
  return html`
<h3>${t('html.silencedHeading', locale, { count: result.suppressedMessages.length })}</h3>
<table class="findings silenced">
<thead><tr><th scope="col">${t('html.colPlace', locale)}</th><th scope="col">${t('xlsx.rule', locale)}</th><th scope="col">${t('html.colMessage', locale)}</th><th scope="col">${t('html.colJustification', locale)}</th></tr></thead>
<tbody>${result.suppressedMessages.map((message) => {
    const justification = message.suppressions?.map((suppression) => suppression.justification).find((reason) => reason !== '');
    return html`
<tr class="silenced-finding"><td class="place">${placeOf(result, message, locale)}</td><td class="rule">${message.ruleId ?? ''}</td><td class="message">${oneLine(message.message)}</td><td class="justification">${justification === undefined ? html`<span class="muted">${t('html.noJustification', locale)}</span>` : oneLine(justification)}</td></tr>`;
  })}</tbody>
</table>`;
}

function checklistItem(item: ChecklistItem, result: LintResult, locale: Locale): Markup {
  const mark = verdictMark(item.status, locale);
  let detail: Markup;
  if (item.status === 'pass') {
    detail = html`${item.suppressed ? html`<p class="muted">${t('html.checklistSuppressed', locale)}</p>` : ''}${evidenceList(item.evidence, result, locale)}`;
  } else {
    // A failing item keeps the parts it found: the writer sees what is there and what is missing.
    const found = item.evidence.length > 0 ? html`<p class="muted">${t('html.evidenceFound', locale)}</p>${evidenceList(item.evidence, result, locale)}` : '';
    detail = html`<ul>${item.messages.map((message) => html`<li class="says">${oneLine(message)}</li>`)}</ul>${found}`;
  }
  return html`
<li class="v-${mark.css}" data-rule="${item.ruleId}" data-verdict="${item.status}"><span class="mark" aria-hidden="true">${mark.symbol}</span><span class="sr">${t('why.label', locale, { label: mark.word })}</span><span class="item">${item.item}</span><span class="rule">${item.ruleId}</span>
${detail}</li>`;
}

function evidenceList(evidence: readonly EvidencePlace[], result: LintResult, locale: Locale): Markup {
  if (evidence.length === 0) return html`<p class="muted small">${t('html.evidenceNone', locale)}</p>`;
  return html`<ul class="evidence">${evidence.map(
    (place) => html`<li>${place.label === undefined ? '' : html`<strong>${t('why.label', locale, { label: place.label })}</strong>`}<span class="muted">${placeOf(result, place, locale)}</span> <span class="excerpt">${quotedExcerpt(place, locale) ?? ''}</span></li>`,
  )}</ul>`;
}

interface Group {
  ruleId: string | null;
  messages: LintMessage[];
  errors: number;
  warnings: number;
  /** Where the group first occurs (the messages are in the order of the report). */
  first: number;
}

/** The findings by rule: groups with an error first, then by where they first occur; in each, the report's order. */
export function groupFindings(messages: readonly LintMessage[]): Group[] {
  const groups = new Map<string | null, Group>();
  messages.forEach((message, position) => {
    let group = groups.get(message.ruleId);
    if (!group) {
      group = { ruleId: message.ruleId, messages: [], errors: 0, warnings: 0, first: position };
      groups.set(message.ruleId, group);
    }
    group.messages.push(message);
    if (severityOf(message) === 'error') group.errors += 1;
    else group.warnings += 1;
  });
  return [...groups.values()].sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.first - b.first);
}

function findings(result: LintResult, context: ReportContext): Markup {
  const { locale } = context;
  return html`
<h3>${t('html.findingsHeading', locale, { count: result.messages.length })}</h3>
${groupFindings(result.messages).map((group) => findingGroup(group, result, context))}`;
}

function findingGroup(group: Group, result: LintResult, context: ReportContext): Markup {
  const { locale } = context;
  const meta = group.ruleId === null ? undefined : context.rulesMeta[group.ruleId];
  const href = safeHref(group.messages.find((message) => message.url !== undefined)?.url ?? meta?.url);
  const counts = [
    group.errors > 0 ? html`<span class="sev sev-error">${t('html.groupErrors', locale, { count: group.errors })}</span>` : '',
    group.warnings > 0 ? html`<span class="sev sev-warning">${t('html.groupWarnings', locale, { count: group.warnings })}</span>` : '',
  ];
  const basis = meta?.basis ?? [];
  return html`
<div class="group" data-rule="${group.ruleId ?? ''}">
<div class="group-head"><span class="rule-id">${group.ruleId ?? t('html.otherFindings', locale)}</span>${counts}${meta === undefined ? '' : html`<span class="desc">${meta.description}</span>`}${href === undefined ? '' : html`<a class="docs" href="${href}">${t('html.docsLink', locale)}</a>`}</div>
${basis.length === 0 ? '' : html`<div class="basis"><strong>${t('html.basis', locale)}</strong><ul>${basis.map((line) => html`<li>${line}</li>`)}</ul></div>`}
<table class="findings">
<thead><tr><th scope="col">${t('html.colPlace', locale)}</th><th scope="col">${t('html.colExcerpt', locale)}</th><th scope="col">${t('html.colMessage', locale)}</th></tr></thead>
<tbody>${group.messages.map(
    (message) => html`
<tr class="finding sev-${severityOf(message)}"><td class="place">${placeOf(result, message, locale)}</td><td class="excerpt">${excerptOf(message, locale)}</td><td class="message">${oneLine(message.message)}</td></tr>`,
  )}</tbody>
</table>
</div>`;
}

function excerptOf(message: LintMessage, locale: Locale): Markup | '' {
  const quoted = quotedExcerpt(message, locale);
  return quoted === undefined ? '' : html`<span>${quoted}</span>`;
}

/** 第N段 (Word), 第N页第M行 (PDF), else the line and column in the file. */
function placeOf(result: LintResult, place: Pick<LintMessage, 'line' | 'column' | 'paragraph' | 'page' | 'pageLine'>, locale: Locale): string {
  return originalPlace(result, place, locale) ?? t('html.lineColumn', locale, { line: place.line, column: place.column });
}

function formatName(result: LintResult, locale: Locale): string {
  switch (result.sourceFormat) {
    case 'docx':
      return t('html.formatDocx', locale);
    case 'pdf':
      return t('html.formatPdf', locale);
    case 'html':
      return t('html.formatHtml', locale);
    default:
      return t('html.formatText', locale);
  }
}
