/**
 * `html`: the review report a county office sends back to each unit and up to its leadership — one self-contained
 * HTML file (no network, no external script, style or font; it opens from disk in any browser) with the summary table
 * on top (sortable, filterable by rule and by unit) and then one section per report: its statutory checklist, its
 * findings with excerpts, the legal basis and a link to each rule's page. It prints one report per page.
 *
 * The page is built in ./html/: markup.ts (escaping: every value from a report is escaped), page.ts (the document,
 * its Content-Security-Policy and the summary), report.ts (a report's section), styles.ts and script.ts. The legal
 * basis comes in `rulesMeta[id].basis`, which the CLI reads from the rules' pages only for this format.
 */
import { renderPage } from './html/page.js';
import type { Formatter, FormatterContext } from './types.js';

/** What html reads besides the common context: whether --quiet hid the warnings. */
export type HtmlContext = FormatterContext & { quiet?: boolean };

export const html: Formatter = (results, context: HtmlContext) =>
  renderPage(results, { locale: context.locale, cwd: context.cwd, rulesMeta: context.rulesMeta ?? {}, quiet: context.quiet === true });
