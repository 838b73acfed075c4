/**
 * No output repeats a personal number in full (issue 11): every string of a result that may echo the report — each
 * message's text and excerpt (also of silenced messages), each checklist item's messages and evidence (label and
 * excerpt), the unit the summaries show — goes through the masker of src/text/personal-info.ts, which knows the
 * numbers of the whole report and so also masks a piece of one that an excerpt cut.
 *
 * Left as they are, on purpose: `fix` (its text is applied to the report by --fix and by editors: a masked fix
 * would write stars into the report), `output` (the fixed report itself), `filePath` (the name the user gave the
 * file, needed to find it), positions and counts.
 */
import { personalInfoMasker } from '../text/personal-info.js';
import type { ChecklistItem, LintMessage, LintResult } from '../types.js';

/** How many distinct texts maskPersonalInfoInResult remembers the masked form of. */
const MASK_MEMO = 10_000;

/** `result` with the report text it echoes masked; `source` is the text that was linted. */
export function maskPersonalInfoInResult(result: LintResult, source: string): LintResult {
  const masker = personalInfoMasker(source);
  // Tens of thousands of messages of a large report say a few dozen things: each text is masked once.
  const seen = new Map<string, string>();
  const mask = (text: string): string => {
    let masked = seen.get(text);
    if (masked === undefined) {
      masked = masker(text);
      if (seen.size < MASK_MEMO) seen.set(text, masked);
    }
    return masked;
  };
  // A message with nothing to mask is kept as it is, not copied: a copy of every message would double them all.
  const message = (m: LintMessage): LintMessage => {
    const text = mask(m.message);
    const excerpt = m.excerpt === undefined ? undefined : mask(m.excerpt);
    if (text === m.message && excerpt === m.excerpt) return m;
    const masked: LintMessage = { ...m, message: text };
    if (excerpt !== undefined) masked.excerpt = excerpt;
    return masked;
  };
  const item = (checklistItem: ChecklistItem): ChecklistItem => ({
    ...checklistItem,
    messages: checklistItem.messages.map(mask),
    evidence: checklistItem.evidence.map((place) => ({
      ...place,
      ...(place.label === undefined ? {} : { label: mask(place.label) }),
      excerpt: mask(place.excerpt),
    })),
  });
  const masked: LintResult = {
    ...result,
    messages: result.messages.map(message),
    suppressedMessages: result.suppressedMessages.map(message),
  };
  if (result.checklist !== undefined) masked.checklist = result.checklist.map(item);
  if (result.report !== undefined) {
    masked.report = { ...result.report, ...(result.report.unit === undefined ? {} : { unit: mask(result.report.unit) }) };
  }
  return masked;
}
