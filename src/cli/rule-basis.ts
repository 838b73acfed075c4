/**
 * The legal basis of each rule, for the `html` review report: the items of the `## 依据` section of its page
 * (rules/<id>.md, shipped with the package). Loaded by the CLI only when `--format html` is asked for, so the other
 * formats read no page. A plugin rule has no page here and gets none; a page without the section gives none.
 */
import { readFile } from 'node:fs/promises';
import { PACKAGE_ROOT } from '../engine/messages.js';
import type { RuleMetaSummary } from '../formatters/types.js';

/** The page's heading of the legal basis (依据), written as escapes: it is a heading to find, not a sentence. */
const BASIS_HEADING = /^##\s*\u4f9d\u636e\s*$/;

/** The items of the basis section of a rule page: one per list item (continued lines joined), Markdown marks removed. */
export function basisOf(page: string): string[] {
  const lines = page.split(/\r?\n/);
  const start = lines.findIndex((line) => BASIS_HEADING.test(line.trim()));
  if (start === -1) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const text = line.trim();
    if (text === '') continue;
    const item = /^[-*+]\s+(\S.*)$/.exec(text) ?? /^\d+[.)]\s+(\S.*)$/.exec(text);
    if (item) items.push(plain(item[1]!));
    else if (items.length > 0) items[items.length - 1] += plain(text);
    else items.push(plain(text));
  }
  return items.filter((item) => item !== '');
}

/** Inline Markdown a reader should not see: emphasis, code marks, links (their text kept). */
function plain(text: string): string {
  return text
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
}

/** Adds `basis` to the meta of every built-in rule in `rulesMeta` whose page has one (in place). */
export async function addRuleBasis(rulesMeta: Record<string, RuleMetaSummary>, builtinIds: ReadonlySet<string>): Promise<void> {
  await Promise.all(
    Object.keys(rulesMeta).map(async (id) => {
      if (!builtinIds.has(id)) return;
      const page = await readFile(new URL(`rules/${id}.md`, PACKAGE_ROOT), 'utf8').catch(() => undefined);
      const basis = page === undefined ? [] : basisOf(page);
      if (basis.length > 0) rulesMeta[id] = { ...rulesMeta[id]!, basis };
    }),
  );
}
