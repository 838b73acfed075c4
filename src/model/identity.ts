/**
 * Who wrote the report and for which year, as a county reviewer lists it: the unit (单位) from the signature under
 * the body, else the issuer above the title, else the organ name the title starts with ("郑旗乡2022年度…" → 郑旗乡).
 * Summaries use it to name a row by the unit rather than by a file name the township chose.
 */
import { stripSpaces } from '../text/chars.js';
import { ORGAN_SUFFIX } from './organs.js';
import type { ReportModel } from './types.js';

export interface ReportIdentity {
  /** The issuing unit(s), joined with 、 for a joint report. */
  unit?: string;
  /** The year reported on. */
  year?: number;
}

/** The words a title starts with, before 关于 or the year; a span of years (2023—2024年度) counts as the year. */
const TITLE_UNIT = /^(.{2,30}?)(?=\s*(?:关于|[12]\d{3}\s*(?:[—–\-~～至到]\s*[12]\d{3}\s*)?年))/;
/** Place names a title may start with before the year: 乡, 镇, 街道, 县, 区, 市 or an organ suffix. */
const PLACE_SUFFIX = /(乡|镇|街道|县|区|市|旗)$/;

export function reportIdentity(model: ReportModel): ReportIdentity {
  const unit = unitOf(model);
  return { ...(unit ? { unit } : {}), ...(model.year === undefined ? {} : { year: model.year }) };
}

function unitOf(model: ReportModel): string | undefined {
  const signed = model.closing?.signatures.map((span) => clean(span.text)).filter((name) => name !== '') ?? [];
  if (signed.length > 0) return signed.join('、');
  if (model.headerIssuer) {
    const issuer = clean(model.headerIssuer.text);
    if (issuer !== '') return issuer;
  }
  const title = model.title ? stripSpaces(model.title.text) : '';
  const named = TITLE_UNIT.exec(title)?.[1];
  if (named && (ORGAN_SUFFIX.test(named) || PLACE_SUFFIX.test(named))) return named;
  return undefined;
}

/** A signature as printed: spaces of alignment and a （盖章） mark removed. */
function clean(name: string): string {
  return stripSpaces(name).replace(/[（(](盖章|印章|章)[)）]$/, '');
}
