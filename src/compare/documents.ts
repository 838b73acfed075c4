/**
 * Putting read reports into a TextIndexBuilder, shared by the CLI's cross-file stage (src/cli/text-index.ts) and the
 * browser page's worker (src/web/worker.ts), so a report dropped on the page is located in the index exactly as the
 * same file in a folder run: Word paragraphs and PDF pages and lines when the reader gives them, else lines of the text.
 * No Node built-ins here: the page's worker bundles this module.
 */
import { lineIndexOf } from '../engine/position.js';
import type { LintDocument, ResolvedConfig } from '../types.js';
import type { IndexedDocument, TextIndexBuilder } from './text-index.js';

/** Whether a config turns on a rule that compares reports (`meta.crossFile`, e.g. no-copied-text). */
export function wantsTextIndex(config: ResolvedConfig): boolean {
  for (const { rule, setting } of config.rules.values()) if (setting.severity > 0 && rule.meta.crossFile === true) return true;
  return false;
}

/** Adds a read report to `builder`, each paragraph with its place in the original file. */
export function addDocument(builder: TextIndexBuilder, identity: { path: string; name: string }, reference: boolean, document: LintDocument): void {
  const locate = document.locate;
  const lines = locate ? undefined : lineIndexOf(document.text);
  const indexed: IndexedDocument = { ...identity, reference };
  // A report of the run is asked about later: it keeps its analysis for that (TextIndexBuilder.add `remember`).
  builder.add(indexed, document.text, (offset) => {
    if (locate) {
      const { line, paragraph, page, pageLine } = locate(offset);
      return { line, ...(paragraph === undefined ? {} : { paragraph }), ...(page === undefined ? {} : { page }), ...(pageLine === undefined ? {} : { pageLine }) };
    }
    return { line: lines!.locate(offset).line };
  }, !reference);
}
