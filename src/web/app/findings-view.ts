/**
 * The findings, grouped by severity (errors first) and rule, each with its message, place and excerpt; the rule's docs
 * page on demand. Every finding is a stop for Tab, Enter or Space selects it like a click, and the arrows move on.
 */
import { quotedExcerpt } from '../../formatters/location.js';
import type { LintMessage } from '../../types.js';
import { h, onActivate, scrollWithin } from './dom.js';
import { groupFindings, placeLabel } from './findings.js';
import type { ResultReply, ViewContext } from './state.js';
import { s } from './strings.js';

export interface FindingsView {
  element: HTMLElement;
  /** Marks finding `index` as the current one, scrolls it into view, and focuses it when asked. */
  select(index: number | null, focus: boolean): void;
}

export function findingsView(view: Omit<ResultReply, 'type' | 'id'>, context: ViewContext, onSelect: (index: number) => void): FindingsView {
  const { locale, docs } = context;
  const { result, text } = view;
  const items = new Map<number, HTMLElement>();
  const element = h('div', { class: 'findings' });

  for (const group of groupFindings(result.messages)) {
    const section = h(
      'section',
      { class: `severity-group severity-${group.severity}` },
      h('h4', { class: 'severity-head' }, h('span', { class: `sev sev-${group.severity}` }, severityIcon(group.severity), s(`severity_${group.severity}`, locale)), h('span', { class: 'count' }, String(group.count))),
    );
    for (const rule of group.rules) {
      const info = rule.ruleId === null ? undefined : view.rules[rule.ruleId];
      const doc = rule.ruleId === null || info?.custom ? undefined : docs[rule.ruleId];
      const description = doc ? (locale === 'en' ? doc.descriptionEn : doc.description) : info?.description;
      const head = h(
        'div',
        { class: 'rule-head' },
        h('code', { class: 'rule-id' }, rule.ruleId ?? s('otherRule', locale)),
        info?.custom ? h('span', { class: 'tag' }, s('customRule', locale)) : null,
        description ? h('span', { class: 'rule-desc' }, description) : null,
        h('span', { class: 'count' }, String(rule.items.length)),
      );
      const block = h('div', { class: 'rule-group' }, head);
      if (doc) block.appendChild(docsDetails(doc.html, s('ruleDocs', locale)));
      const list = h('ol', { class: 'finding-list' });
      for (const { message, index } of rule.items) {
        const item = findingItem(message, index, group.severity, placeLabel(result, message, locale), excerptOf(message, text, locale));
        onActivate(item, () => onSelect(index));
        items.set(index, item);
        list.appendChild(item);
      }
      block.appendChild(list);
      section.appendChild(block);
    }
    element.appendChild(section);
  }

  // Up and down arrows move between findings (Tab also stops at the docs links between them).
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = [...element.querySelectorAll<HTMLElement>('[data-testid="finding"]')];
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    const next = all[event.key === 'ArrowDown' ? at + 1 : at - 1];
    if (!next) return;
    event.preventDefault();
    next.focus();
    onSelect(Number(next.getAttribute('data-index')));
  });

  let current: number | null = null;
  return {
    element,
    select(index, focus) {
      const previous = items.get(current ?? -1);
      previous?.classList.remove('current');
      previous?.removeAttribute('aria-current');
      current = index;
      const item = items.get(index ?? -1);
      if (!item) return;
      item.classList.add('current');
      item.setAttribute('aria-current', 'true');
      const box = element.getBoundingClientRect();
      const place = item.getBoundingClientRect();
      if (place.top < box.top || place.bottom > box.bottom) scrollWithin(element, item);
      if (focus) item.focus({ preventScroll: true });
    },
  };
}

function findingItem(message: LintMessage, index: number, severity: 'error' | 'warning', place: string, excerpt: string | undefined): HTMLElement {
  return h(
    'li',
    {
      class: `finding finding-${severity}`,
      tabindex: 0,
      role: 'button',
      'data-testid': 'finding',
      'data-rule': message.ruleId ?? '',
      'data-severity': severity,
      'data-line': message.line,
      'data-column': message.column,
      'data-index': index,
    },
    h('span', { class: 'finding-place' }, place),
    h('span', { class: 'finding-message' }, message.message),
    excerpt ? h('span', { class: 'finding-excerpt' }, excerpt) : null,
  );
}

/** The reader's excerpt (Word, PDF), else the marked text itself when it is short enough to help. */
function excerptOf(message: LintMessage, text: string, locale: ViewContext['locale']): string | undefined {
  const own = quotedExcerpt(message, locale);
  if (own !== undefined) return own;
  const [start, end] = message.range;
  if (end <= start || end - start > 60) return undefined;
  return quotedExcerpt({ excerpt: text.slice(start, end) }, locale);
}

function severityIcon(severity: 'error' | 'warning'): HTMLElement {
  return h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, severity === 'error' ? '✗' : '!');
}

/** The docs page, put in only when first opened (twenty rule pages in every report would be a lot of DOM). */
function docsDetails(html: string, label: string): HTMLElement {
  const body = h('div', { class: 'docs' });
  const details = h('details', { class: 'rule-docs' }, h('summary', {}, label), body);
  details.addEventListener('toggle', () => {
    if (!details.open || body.childNodes.length > 0) return;
    body.innerHTML = html; // our own rule pages, rendered at build time; never report text
    for (const link of body.querySelectorAll('a')) {
      // A page opened from file:// has nowhere to go for the rule pages' relative links; others open apart.
      if (!/^https?:/i.test(link.getAttribute('href') ?? '')) link.removeAttribute('href');
      else {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
    }
  });
  return details;
}
