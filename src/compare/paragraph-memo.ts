/**
 * Paragraphs already analysed in this run, by their text (./text-index.ts `analyse`). A run's reports copy paragraphs
 * from one another — what no-copied-text is there to find — and a paragraph's size and fingerprints depend on its text
 * alone: a paragraph met again is not normalised and fingerprinted again.
 *
 * The keys are slices of the reports' texts and keep those alive, so the memo takes keys from reports of up to
 * `textBudget` characters in all (16M by default: 32 MB held at most), and after that only answers.
 */

/** What `analyse` keeps of a paragraph: its compared size, and its fingerprints (shared, never changed). */
export interface ParagraphAnalysis {
  size: number;
  prints: number[];
}

const TEXT_BUDGET = 16 * 1024 * 1024;

export class ParagraphMemo {
  private readonly known = new Map<string, ParagraphAnalysis>();
  private retained = 0;
  private lastText: string | undefined;
  private takingFromLast = false;

  constructor(private readonly textBudget = TEXT_BUDGET) {}

  get(paragraph: string): ParagraphAnalysis | undefined {
    return this.known.get(paragraph);
  }

  /** Remembers the analysis of `paragraph`, a slice of `text`, while the texts remembered from fit the budget. */
  add(text: string, paragraph: string, analysis: ParagraphAnalysis): void {
    if (text !== this.lastText) {
      this.lastText = text;
      this.takingFromLast = this.retained + text.length <= this.textBudget;
      if (this.takingFromLast) this.retained += text.length;
    }
    if (this.takingFromLast) this.known.set(paragraph, analysis);
  }

  get size(): number {
    return this.known.size;
  }
}
