/** Message rendering and docs links: templates stay data until the last moment. */
import type { Locale, MessageTemplate, RuleMeta } from '../types.js';

const PLACEHOLDER = /\{(\w+)\}/g;

export function renderTemplate(
  template: MessageTemplate,
  locale: Locale,
  data: Readonly<Record<string, string | number>> = {},
): string {
  const parts = partsOf(template, locale);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

/**
 * A template cut at its placeholders once: literal text at the even places, placeholder names at the odd ones. A
 * folder run renders a template for every finding (177,000 in the bench corpus), and a search of the template each
 * time was most of what rendering cost.
 */
function partsOf(template: MessageTemplate, locale: Locale): readonly string[] {
  let byLocale = templateParts.get(template);
  if (!byLocale) templateParts.set(template, (byLocale = {}));
  return (byLocale[locale] ??= template[locale].split(PLACEHOLDER));
}
const templateParts = new WeakMap<MessageTemplate, Partial<Record<Locale, readonly string[]>>>();

/** Root of the installed package, whether running from src/ (tests) or dist/src/ (the CLI). */
export const PACKAGE_ROOT = new URL(import.meta.url.includes('/dist/src/') ? '../../../' : '../../', import.meta.url);

/** How a rule is named beside its findings (json's rulesMeta, the page): its description in `locale` and its docs page. */
export function ruleSummary(
  meta: Pick<RuleMeta, 'id' | 'docsUrl' | 'custom' | 'description' | 'descriptionEn'>,
  settings: Readonly<Record<string, unknown>>,
  locale: Locale,
): { description: string; url?: string } {
  const url = docsUrl(meta, settings);
  return { description: locale === 'en' ? meta.descriptionEn : meta.description, ...(url ? { url } : {}) };
}

/** Rule id → its page in the package: made once, not for every rule of every file (a URL each time was ~3% of a folder run). */
const packagePages = new Map<string, string>();

/**
 * The docs page of a built-in rule. By default the page shipped in the package (works offline, which
 * matters on government intranets); a config can point at its own copy with `settings.docsBaseUrl`.
 */
export function docsUrl(meta: Pick<RuleMeta, 'id' | 'docsUrl' | 'custom'>, settings: Readonly<Record<string, unknown>>): string | undefined {
  // A rule defined in a config's customRules has no page: its `docs` text is what --explain prints.
  if (meta.custom) return undefined;
  if (meta.docsUrl) return meta.docsUrl;
  // A plugin rule (plugin/rule-id) without its own docsUrl has no page here.
  if (meta.id.includes('/')) return undefined;
  const base = settings['docsBaseUrl'];
  if (typeof base === 'string' && base.length > 0) return `${base.replace(/\/$/, '')}/${meta.id}.md`;
  let page = packagePages.get(meta.id);
  if (page === undefined) {
    page = new URL(`rules/${meta.id}.md`, PACKAGE_ROOT).href;
    packagePages.set(meta.id, page);
  }
  return page;
}
