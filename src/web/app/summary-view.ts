/** The county review's table on top when several reports are shown: one row per report, a click goes to it. */
import { VERDICT_MARKS, type Verdict } from '../../formatters/summary.js';
import { t } from '../../messages/index.js';
import type { Locale } from '../../types.js';
import { h, onActivate } from './dom.js';
import { s } from './strings.js';
import type { PageRow, PageSummary } from './summary-model.js';

export function summaryView(summary: PageSummary, locale: Locale, goTo: (key: number) => void): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'file' }, t('table.file', locale)),
    h('th', { scope: 'col', class: 'unit' }, t('table.unit', locale)),
    h('th', { scope: 'col', class: 'num' }, t('table.year', locale)),
    ...summary.columns.map((column) => h('th', { scope: 'col', class: 'verdict', title: column.item }, column.header)),
    h('th', { scope: 'col', class: 'num' }, t('table.errors', locale)),
    h('th', { scope: 'col', class: 'num' }, t('table.warnings', locale)),
    summary.hasCopied ? h('th', { scope: 'col', class: 'copied' }, t('table.copied', locale)) : null,
    h('th', { scope: 'col', class: 'note' }, s('summaryNote', locale)),
  );
  const body = h('tbody');
  for (const row of summary.rows) {
    const go = h('a', { href: `#report-${row.key}`, class: 'go', 'aria-label': s('goToReport', locale, { name: row.name }) }, row.name);
    const cells = [
      h('th', { scope: 'row', class: 'file' }, go),
      h('td', { class: 'unit' }, row.unit ?? ''),
      h('td', { class: 'num' }, row.year === undefined ? '' : String(row.year)),
      ...row.verdicts.map(({ verdict, mark }, index) =>
        h('td', { class: `verdict verdict-${verdict}`, title: verdictTitle(summary.columns[index]?.item ?? '', verdict, locale) }, mark),
      ),
      h('td', { class: `num${(row.errorCount ?? 0) > 0 ? ' has-errors' : ''}` }, row.errorCount === undefined ? '' : String(row.errorCount)),
      h('td', { class: `num${(row.warningCount ?? 0) > 0 ? ' has-warnings' : ''}` }, row.warningCount === undefined ? '' : String(row.warningCount)),
      summary.hasCopied ? copiedCell(row) : null,
      h(
        'td',
        { class: `note${row.unreadable === undefined ? '' : ' unreadable'}` },
        row.state === 'reading' ? s('summaryReading', locale) : (row.unreadable ?? row.topRules ?? ''),
      ),
    ];
    const tr = h('tr', { class: `row-${row.state}`, 'data-file': row.name }, ...cells);
    // The whole row is the target for the mouse; the link in it is the one for the keyboard.
    onActivate(tr, (event) => {
      event.preventDefault();
      goTo(row.key);
    });
    body.appendChild(tr);
  }
  const foot = h(
    'tfoot',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, t('table.total', locale)),
      h('td'),
      h('td'),
      ...summary.columns.map(({ ruleId }) => h('td', { class: 'verdict' }, `${summary.passed[ruleId] ?? 0}/${summary.files}`)),
      h('td', { class: 'num' }, String(summary.errorCount)),
      h('td', { class: 'num' }, String(summary.warningCount)),
      summary.hasCopied ? h('td') : null,
      h('td'),
    ),
  );
  const legendItems = summary.columns.map((column) => t('table.legendItem', locale, { short: column.header, item: column.item }));
  return h(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-title' },
    h('h2', { id: 'summary-title' }, s('summaryTitle', locale), h('span', { class: 'hint' }, s('summaryHint', locale))),
    h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'summary-table' }, h('thead', {}, head), body, foot)),
    h(
      'p',
      { class: 'legend' },
      legendItems.length > 0 ? t('table.legendItems', locale, { items: legendItems.join(t('format.listSeparator', locale)) }) : null,
      legendItems.length > 0 ? h('br') : null,
      t('table.legendMarks', locale),
      summary.hasCopied ? h('br') : null,
      summary.hasCopied ? t('table.legendCopied', locale) : null,
    ),
  );
}

/** The share of the report found in the others of its batch, and the one it shares most with; — when none. */
function copiedCell(row: PageRow): HTMLElement {
  const { copied } = row;
  if (copied === undefined) {
    return h('td', { class: 'copied copied-none', 'data-testid': 'copied-cell' }, row.state === 'done' ? VERDICT_MARKS.none : '');
  }
  return h(
    'td',
    { class: 'copied copied-some', 'data-testid': 'copied-cell', 'data-percent': String(copied.percent), title: copied.line },
    h('strong', { class: 'percent' }, `${copied.percent}%`),
    h('span', { class: 'source' }, copied.source),
  );
}

/** The cell's tooltip: the item in full and, when it was checked, the verdict in words. */
function verdictTitle(item: string, verdict: Verdict | 'none', locale: Locale): string {
  return verdict === 'none' ? item : `${item}：${s(`status_${verdict}`, locale)}`;
}
