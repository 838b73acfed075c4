/**
 * The one way reportlint speaks: `t(key, locale, data)` renders an entry of ./catalog.ts.
 *
 *   t('usage.noSuchRule', locale, { rule: 'x', hint: '' })
 *
 * `{name}` is replaced by `data.name`; `{name|one|other}` by `one` when `data.name` is 1 and `other` otherwise (English
 * plurals; Chinese needs none). A placeholder without data stays as written, so a missing value shows.
 */
import type { Locale, MessageTemplate } from '../types.js';
import { catalog, type MessageKey } from './catalog.js';

export { catalog, type MessageKey } from './catalog.js';

export type MessageData = Readonly<Record<string, string | number>>;

/** `{name}` or `{name|one|other}`. */
export const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

export function render(template: MessageTemplate, locale: Locale, data: MessageData = {}): string {
  return template[locale].replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(data, name)) return whole;
    if (one === undefined) return String(data[name]);
    return Number(data[name]) === 1 ? one : (other ?? '');
  });
}

/** The message `key` in `locale`, with its placeholders filled from `data`. */
export function t(key: MessageKey, locale: Locale, data: MessageData = {}): string {
  return render(catalog[key], locale, data);
}

/** Items joined as the locale lists them: 甲、乙、丙 or a, b, c. */
export function list(items: readonly string[], locale: Locale): string {
  return items.join(catalog['format.listSeparator'][locale]);
}

/** The names of the placeholders in a template text (`{count|a|b}` counts as `count`), sorted, without repeats. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}
