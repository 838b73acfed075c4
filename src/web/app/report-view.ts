/** One report's section: its state line, the checklist, "apply fixes", the findings and the marked text. */
import { h, replaceChildren } from './dom.js';
import { checklistView, orderedChecklist } from './checklist-view.js';
import { findingsView } from './findings-view.js';
import type { Report, ViewContext } from './state.js';
import { s } from './strings.js';
import { readerMarkup } from './layout.js';
import { copiedOfResult } from './summary-model.js';
import { textView } from './text-view.js';

export interface ReportHandlers {
  fix(report: Report): void;
  remove(report: Report): void;
}

export function reportSection(report: Report, context: ViewContext, handlers: ReportHandlers): HTMLElement {
  const { locale } = context;
  const titleId = `report-title-${report.key}`;
  const remove = h('button', { type: 'button', class: 'quiet remove', 'aria-label': s('removeLabel', locale, { name: report.name }) }, s('remove', locale));
  remove.addEventListener('click', () => handlers.remove(report));
  const section = h(
    'section',
    {
      class: `report report-${report.state}`,
      id: `report-${report.key}`,
      tabindex: -1,
      'aria-labelledby': titleId,
      'data-testid': 'report',
      'data-file': report.name,
      'data-state': report.state,
    },
    h(
      'header',
      { class: 'report-head' },
      h('div', { class: 'report-title' }, h('h2', { id: titleId }, report.name), metaLine(report, context)),
      statusLine(report, context),
      remove,
    ),
  );
  if (report.state !== 'done' || !report.view) return section;
  const view = report.view;
  const { result, text } = view;

  const { evidence } = orderedChecklist(result);
  const findings = findingsView(view, context, (index) => select(index, false));
  const textPane = textView(text, result.messages, evidence, {
    locale,
    lineNumbers: result.sourceFormat === undefined,
    markup: result.sourceFormat === 'docx' || result.sourceFormat === 'html' ? readerMarkup(text) : [],
    onPick: (index) => select(index, true),
  });
  function select(index: number, focusFinding: boolean) {
    findings.select(index, focusFinding);
    textPane.select(index);
  }

  // Text found in the other reports dropped with it (no-copied-text): how much, and where most of it, first.
  const copied = copiedOfResult(result, locale);
  if (copied) section.appendChild(h('p', { class: 'note copied-note', 'data-testid': 'copied-note' }, copied.line));
  const checklist = checklistView(result, locale, (index) => textPane.showEvidence(index));
  if (checklist) section.appendChild(checklist);
  const fixPanel = fixSection(report, context, handlers);
  if (fixPanel) section.appendChild(fixPanel);
  if (result.suppressedMessages.length > 0) {
    section.appendChild(h('p', { class: 'note' }, s('suppressedNote', locale, { count: result.suppressedMessages.length })));
  }
  const hasFindings = result.messages.length > 0;
  section.appendChild(
    h(
      'div',
      { class: 'panes' },
      h(
        'section',
        { class: 'pane findings-pane', 'aria-label': s('findingsTitle', locale) },
        h('h3', {}, s('findingsTitle', locale), hasFindings ? h('span', { class: 'hint' }, s('findingsHint', locale)) : null),
        hasFindings ? findings.element : h('p', { class: 'clean' }, s('noProblems', locale)),
      ),
      h(
        'section',
        { class: 'pane text-pane', 'aria-label': s('textTitle', locale) },
        h('h3', {}, s('textTitle', locale), h('span', { class: 'hint' }, s(hasFindings ? 'textHint' : 'textHintRead', locale))),
        textPane.element,
      ),
    ),
  );
  return section;
}

/** The state line alone, for progress updates while a file is read (the rest of the section does not change). */
export function updateStatus(section: HTMLElement, report: Report, context: ViewContext): void {
  const old = section.querySelector('[data-testid="report-status"]');
  if (old) old.replaceWith(statusLine(report, context));
}

function metaLine(report: Report, { locale }: ViewContext): HTMLElement | null {
  if (!report.view) return null;
  const { result, syntax } = report.view;
  const parts = [s(`format_${result.sourceFormat ?? syntax}`, locale)];
  const { unit, year } = result.report ?? {};
  if (unit !== undefined && year !== undefined) parts.push(s('unitYear', locale, { unit, year }));
  else if (unit !== undefined) parts.push(unit);
  else if (year !== undefined) parts.push(String(year));
  return h('p', { class: 'report-meta' }, parts.join(' · '));
}

function statusLine(report: Report, { locale }: ViewContext): HTMLElement {
  const line = h('div', { class: `report-status status-${report.state}`, 'data-testid': 'report-status', role: 'status' });
  if (report.state === 'reading') {
    const { stage, done, total } = report.progress ?? { stage: 'reading' as const };
    const label =
      stage === 'linting' ? s('linting', locale) : done !== undefined && total !== undefined ? s('readingPages', locale, { done, total }) : s('reading', locale);
    replaceChildren(line, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', { 'data-testid': 'progress', class: 'progress' }, label));
    return line;
  }
  if (report.state === 'error') {
    replaceChildren(line, h('strong', {}, '✗ ', s('unreadable', locale)), h('p', { class: 'error-message' }, report.error ?? ''));
    return line;
  }
  const result = report.view?.result;
  if (!result) return line;
  const total = result.errorCount + result.warningCount;
  if (total === 0) {
    line.classList.add('status-clean');
    line.appendChild(h('strong', {}, s('noProblems', locale)));
    return line;
  }
  line.classList.add(result.errorCount > 0 ? 'status-errors' : 'status-warnings');
  const fixable = report.view?.writable ? report.view.fixable : 0;
  line.appendChild(
    h('strong', {}, s('problems', locale, { total, errors: result.errorCount, warnings: result.warningCount }), fixable > 0 ? s('fixableNote', locale, { count: fixable }) : null),
  );
  return line;
}

function fixSection(report: Report, { locale }: ViewContext, handlers: ReportHandlers): HTMLElement | null {
  const view = report.view;
  if (!view?.writable) return null;
  const canFix = view.fixable > 0 && !report.fixed;
  if (!canFix && !report.fixed && !report.fixError) return null;
  const panel = h('section', { class: 'fix-panel', 'aria-label': s('fixedTitle', locale) });
  if (canFix) {
    const button = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'fix-button', disabled: report.fixing === true },
      report.fixing ? s('fixing', locale) : s('fixButton', locale, { count: view.fixable }),
    );
    button.addEventListener('click', () => handlers.fix(report));
    panel.appendChild(h('div', { class: 'fix-row' }, button, h('span', { class: 'hint' }, s('fixHint', locale))));
  }
  if (report.fixError) panel.appendChild(h('p', { class: 'error-message', role: 'alert' }, s('fixFailed', locale, { message: report.fixError })));
  if (report.fixed) {
    panel.appendChild(
      h(
        'div',
        { class: 'fix-row' },
        h('strong', {}, s('fixedTitle', locale)),
        h('span', { class: 'hint' }, s('fixedLegend', locale)),
        h('a', { class: 'button primary', 'data-testid': 'fix-download', href: report.fixed.url, download: report.fixed.name }, '⤓ ', s('download', locale, { name: report.fixed.name })),
      ),
    );
    panel.appendChild(diffView(report.fixed.diff));
    panel.appendChild(h('p', { class: 'hint' }, s('fixedRemaining', locale)));
  }
  return panel;
}

function diffView(diff: string): HTMLElement {
  const pre = h('pre', { class: 'diff', 'data-testid': 'fix-diff', tabindex: 0 });
  for (const line of diff.replace(/\n$/, '').split('\n')) {
    const kind = line.startsWith('+++') || line.startsWith('---') ? 'meta' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : line.startsWith('@@') ? 'hunk' : 'same';
    pre.appendChild(h('span', { class: `diff-${kind}` }, `${line}\n`));
  }
  return pre;
}
