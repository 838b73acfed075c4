/** How the page orders and labels a report's findings: pure, so it is tested without a browser. */
import { originalPlace, severityOf } from '../../formatters/location.js';
import type { EvidencePlace, LintMessage, LintResult, Locale } from '../../types.js';
import { s } from './strings.js';

export type Severity = 'error' | 'warning';

export interface IndexedMessage {
  message: LintMessage;
  /** The message's index in `result.messages` (the text view's marks use the same index). */
  index: number;
}

export interface RuleGroup {
  ruleId: string | null;
  items: IndexedMessage[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

/**
 * Errors first, then warnings; within each, one group per rule in the order the rules first appear in the text, and
 * the findings of a rule in text order. Empty severities are left out.
 */
export function groupFindings(messages: readonly LintMessage[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const rules = new Map<string | null, IndexedMessage[]>();
    let count = 0;
    messages.forEach((message, index) => {
      if (severityOf(message) !== severity) return;
      count++;
      const items = rules.get(message.ruleId) ?? [];
      items.push({ message, index });
      rules.set(message.ruleId, items);
    });
    if (count === 0) continue;
    const byPlace = (a: IndexedMessage, b: IndexedMessage) =>
      a.message.range[0] - b.message.range[0] || a.message.line - b.message.line || a.index - b.index;
    const ruleGroups = [...rules].map(([ruleId, items]) => ({ ruleId, items: items.sort(byPlace) }));
    ruleGroups.sort((a, b) => byPlace(a.items[0]!, b.items[0]!));
    groups.push({ severity, count, rules: ruleGroups });
  }
  return groups;
}

/**
 * Where a finding (or a piece of evidence) is, as the writer looks for it: 第N段 in Word, 第N页第M行 in a PDF, line
 * and column in text and web pages.
 */
export function placeLabel(
  result: Pick<LintResult, 'sourceFormat'> & Partial<LintResult>,
  place: Pick<LintMessage | EvidencePlace, 'line' | 'column' | 'paragraph' | 'page' | 'pageLine'>,
  locale: Locale,
): string {
  return (
    originalPlace(result as LintResult, place, locale) ?? s('lineColumn', locale, { line: place.line, column: place.column })
  );
}
