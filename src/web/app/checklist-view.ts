/** The statutory checklist: the six items a report must contain, each ✓/✗/! with its messages and where it was found. */
import { byStatutoryOrder, VERDICT_MARKS } from '../../formatters/summary.js';
import type { ChecklistItem, EvidencePlace, LintResult, Locale } from '../../types.js';
import { h } from './dom.js';
import { placeLabel } from './findings.js';
import { s } from './strings.js';

/** The checklist's items in the order of the regulation, and their evidence in that order, numbered for the text view. */
export function orderedChecklist(result: LintResult): { items: ChecklistItem[]; evidence: EvidencePlace[] } {
  const items = [...(result.checklist ?? [])].sort(byStatutoryOrder);
  return { items, evidence: items.flatMap((item) => item.evidence) };
}

export function checklistView(result: LintResult, locale: Locale, onEvidence: (index: number) => void): HTMLElement | null {
  const { items } = orderedChecklist(result);
  if (items.length === 0) return null;
  let evidenceIndex = 0;
  const list = h('ul', { class: 'checklist' });
  for (const item of items) {
    const card = h(
      'li',
      { class: `check check-${item.status}`, 'data-testid': 'checklist-item', 'data-rule': item.ruleId, 'data-status': item.status },
      h(
        'div',
        { class: 'check-head' },
        h('span', { class: 'check-mark', 'aria-hidden': 'true' }, VERDICT_MARKS[item.status]),
        h('span', { class: 'check-item' }, item.item),
        h('span', { class: 'check-status' }, s(`status_${item.status}`, locale), item.suppressed ? s('suppressedItem', locale) : null),
      ),
    );
    if (item.messages.length > 0) {
      card.appendChild(h('ul', { class: 'check-messages' }, ...item.messages.map((message) => h('li', {}, message))));
    }
    if (item.evidence.length > 0) {
      const places = h('div', { class: 'evidence' }, h('span', { class: 'evidence-label' }, s('evidence', locale)));
      for (const place of item.evidence) {
        const index = evidenceIndex++;
        const button = h(
          'button',
          { type: 'button', class: 'evidence-place', title: place.excerpt },
          place.label ? h('span', { class: 'evidence-part' }, place.label) : null,
          h('span', { class: 'evidence-where' }, placeLabel(result, place, locale)),
          h('span', { class: 'evidence-excerpt' }, place.excerpt),
        );
        button.addEventListener('click', () => onEvidence(index));
        places.appendChild(button);
      }
      card.appendChild(places);
    }
    list.appendChild(card);
  }
  return h(
    'section',
    { class: 'checklist-section', 'aria-label': s('checklistTitle', locale) },
    h('h3', {}, s('checklistTitle', locale), h('span', { class: 'hint' }, s('checklistHint', locale))),
    list,
  );
}
