/** --list-rules: one line per rule from its metadata, so the list can never drift from the code. */
import { displayWidth, padEnd } from '../formatters/width.js';
import type { AnyRule, Locale } from '../types.js';

export function describeRules(rules: Readonly<Record<string, AnyRule>>, locale: Locale): string {
  const entries = Object.values(rules).sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const idWidth = Math.max(0, ...entries.map((rule) => displayWidth(rule.meta.id)));
  const lines = entries.map(({ meta }) => {
    const severity = meta.severity === 'error' ? 'error' : 'warn ';
    const fixable = meta.fixable ? (locale === 'zh' ? '  [可修复]' : '  [fixable]') : '';
    const description = locale === 'zh' ? meta.description : meta.descriptionEn;
    return `${padEnd(meta.id, idWidth)}  ${severity}  ${description}${fixable}`;
  });
  return `${lines.join('\n')}\n`;
}
