/**
 * Building HTML safely: the `html` tagged template escapes every value put into it, unless the value is markup that
 * `html` itself built (a `Markup`). Everything a report brings — unit names, excerpts, messages that quote the
 * report, file names — is a plain string, so it can only ever arrive escaped; there is no other way to write markup
 * in the html formatter. Values go into double-quoted attributes or into text, and the escaping is the same for both.
 */

/** Markup built by `html` (or `raw` for the formatter's own constant text): inserted as it is. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What may be put into `html`: text (escaped), numbers, markup, lists of these; nothing for undefined/false/null. */
export type Value = string | number | Markup | undefined | null | false | readonly Value[];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML text and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function insert(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(insert).join('');
  if (typeof value === 'number') return String(value);
  return escapeHtml(value as string);
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += insert(value) + strings[index + 1]!;
  });
  return new Markup(out);
}

/** The formatter's own constant markup (styles, script): never data. */
export function raw(text: string): Markup {
  return new Markup(text);
}

/**
 * A link target that may be put in `href`: the rule's docs page over http(s), or the page shipped with the package
 * (file:). Anything else (javascript:, data:, a relative path from a plugin) gets no link.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'file:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
