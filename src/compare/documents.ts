/**
 * Putting read reports into a TextIndexBuilder, shared by the CLI's cross-file stage (src/cli/text-index.ts) and the
 * browser page's worker (src/web/worker.ts), so a report dropped on the page is located in the index exactly as the
 * same file in a folder run: Word paragraphs and PDF pages and lines when the reader gives them, else lines of the text.
 * No Node built-ins here: the page's worker bundles this module.
 */
import { lineIndexOf } from '../engine/position.js';
import type { LintDocument } from '../types.js';
import type { ParagraphMemo } from './paragraph-memo.js';
import { analyseReport, type PlacedParagraph, type SourcePlace, type TextIndexBuilder } from './text-index.js';

/** Adds a read report to `builder`, each paragraph with its place in the original file. */
export function addDocument(builder: TextIndexBuilder, identity: { path: string; name: string }, reference: boolean, document: LintDocument): void {
  // A report of the run is asked about later: it keeps its analysis for that (TextIndexBuilder.add `remember`).
  builder.add({ ...identity, reference }, document.text, placesIn(document), !reference);
}

/**
 * A read report analysed for the index, for TextIndexBuilder.addAnalysed (a lint worker's share of a parallel run);
 * `memo`: the paragraphs this worker analysed before.
 */
export function analyseDocument(document: LintDocument, memo?: ParagraphMemo): PlacedParagraph[] {
  return analyseReport(document.text, placesIn(document), memo);
}

/** Offset → place in the original file: Word paragraphs and PDF pages and lines when the reader gives them, else lines. */
function placesIn(document: LintDocument): (offset: number) => SourcePlace {
  const locate = document.locate;
  if (locate) {
    return (offset) => {
      const { line, paragraph, page, pageLine } = locate(offset);
      return { line, ...(paragraph === undefined ? {} : { paragraph }), ...(page === undefined ? {} : { page }), ...(pageLine === undefined ? {} : { pageLine }) };
    };
  }
  const lines = lineIndexOf(document.text);
  return (offset) => ({ line: lines.locate(offset).line });
}
