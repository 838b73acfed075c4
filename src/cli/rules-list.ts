/**
 * --list-rules: one line per rule from its metadata, so the list can never drift from the code. The default severity
 * is named as the results name it (错误/警告, error/warning).
 */
import { displayWidth, padEnd } from '../formatters/width.js';
import { t } from '../messages/index.js';
import type { AnyRule, Locale } from '../types.js';

export function describeRules(rules: Readonly<Record<string, AnyRule>>, locale: Locale): string {
  const entries = Object.values(rules).sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const idWidth = Math.max(0, ...entries.map((rule) => displayWidth(rule.meta.id)));
  const severities = { error: t('format.error', locale), warn: t('format.warning', locale) };
  const severityWidth = Math.max(...Object.values(severities).map(displayWidth));
  const lines = entries.map(({ meta }) => {
    const severity = padEnd(severities[meta.severity === 'error' ? 'error' : 'warn'], severityWidth);
    const fixable = meta.fixable ? `  ${t('cli.ruleFixable', locale)}` : '';
    // A rule the config defines in customRules.
    const custom = meta.custom ? `  ${t('customRules.listMarker', locale)}` : '';
    const description = locale === 'zh' ? meta.description : meta.descriptionEn;
    return `${padEnd(meta.id, idWidth)}  ${severity}  ${description}${fixable}${custom}`;
  });
  return `${lines.join('\n')}\n`;
}
