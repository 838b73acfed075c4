/**
 * Names of issuing bodies (机关) on a line: recognises a signature or header issuer, alone or
 * followed by a date on the same line.
 */
import { stripSpaces } from '../text/chars.js';
import { findDates } from '../text/dates.js';
import { parseOrdinal } from '../text/ordinals.js';

/** Suffixes of the names of issuing bodies (机关): 人民政府, 委员会, 局, 办事处… */
export const ORGAN_SUFFIX =
  /(人民政府|政府|委员会|党委|党工委|工委|党组|办事处|管委会|管理委员会|管理局|局|厅|办公室|办|人民法院|人民检察院|院|所|中心|站|委|队|社区|居委会|村委会)$/;

// Made once: isOrganLine runs for many lines of a report, and a RegExp literal is a new object each time.
const SEAL_NOTE = /[（(](盖章|印章|章)[)）]$/;
const SENTENCE_MARK = /[。，,；;：:！？!?“”"]/;

/** True when the whole line is the name of one issuing body, or several separated by spaces/、. */
export function isOrganLine(chars: string): boolean {
  const t = stripSpaces(chars).replace(SEAL_NOTE, '');
  if (t.length < 3 || t.length > 40) return false;
  if (SENTENCE_MARK.test(t)) return false;
  if (parseOrdinal(t)) return false;
  return ORGAN_SUFFIX.test(t);
}

/** "XX人民政府    2024年1月5日" on one line: the index where the date starts, else undefined. */
export function organThenDate(chars: string): number | undefined {
  const dates = findDates(chars);
  const last = dates.at(-1);
  if (!last || dates.length !== 1) return undefined;
  const rest = chars.slice(last.span.end).trim();
  if (rest !== '') return undefined;
  const before = chars.slice(0, last.span.start);
  if (!isOrganLine(before)) return undefined;
  return last.span.start;
}
