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

/** `result` with the report text it echoes masked; `source` is the text that was linted. */
export function maskPersonalInfoInResult(result: LintResult, source: string): LintResult {
  const mask = personalInfoMasker(source);
  const message = (m: LintMessage): LintMessage => {
    const masked: LintMessage = { ...m, message: mask(m.message) };
    if (m.excerpt !== undefined) masked.excerpt = mask(m.excerpt);
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
