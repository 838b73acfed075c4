/**
 * The built-in rules, keyed by id. One file per rule in this folder, its docs page beside it (<id>.md).
 * Keep the entries sorted by id (test/meta.test.ts checks it).
 */
import type { AnyRule } from '../src/types.js';
import { rule as dateDeadline } from './date-deadline.js';
import { rule as dateFormat } from './date-format.js';
import { rule as docNumberFormat } from './doc-number-format.js';
import { rule as fullwidthPunctuation } from './fullwidth-punctuation.js';
import { rule as headingNumbering } from './heading-numbering.js';
import { rule as noCopiedText } from './no-copied-text.js';
import { rule as noEmptySection } from './no-empty-section.js';
import { rule as noPersonalInfo } from './no-personal-info.js';
import { rule as noRequestInReport } from './no-request-in-report.js';
import { rule as noTemplatePlaceholders } from './no-template-placeholders.js';
import { rule as noWebResidue } from './no-web-residue.js';
import { rule as reportYearConsistency } from './report-year-consistency.js';
import { rule as requireConcreteEvidence } from './require-concrete-evidence.js';
import { rule as requireEnforcementSystems } from './require-enforcement-systems.js';
import { rule as requireFirstResponsiblePerson } from './require-first-responsible-person.js';
import { rule as requireIssuerAndDate } from './require-issuer-and-date.js';
import { rule as requireMeasures } from './require-measures.js';
import { rule as requireNextYearPlan } from './require-next-year-plan.js';
import { rule as requireProblemsAndCauses } from './require-problems-and-causes.js';
import { rule as terminology } from './terminology.js';
import { rule as titleFormat } from './title-format.js';

export const builtinRules: Readonly<Record<string, AnyRule>> = {
  'date-deadline': dateDeadline,
  'date-format': dateFormat,
  'doc-number-format': docNumberFormat,
  'fullwidth-punctuation': fullwidthPunctuation,
  'heading-numbering': headingNumbering,
  'no-copied-text': noCopiedText,
  'no-empty-section': noEmptySection,
  'no-personal-info': noPersonalInfo,
  'no-request-in-report': noRequestInReport,
  'no-template-placeholders': noTemplatePlaceholders,
  'no-web-residue': noWebResidue,
  'report-year-consistency': reportYearConsistency,
  'require-concrete-evidence': requireConcreteEvidence,
  'require-enforcement-systems': requireEnforcementSystems,
  'require-first-responsible-person': requireFirstResponsiblePerson,
  'require-issuer-and-date': requireIssuerAndDate,
  'require-measures': requireMeasures,
  'require-next-year-plan': requireNextYearPlan,
  'require-problems-and-causes': requireProblemsAndCauses,
  'terminology': terminology,
  'title-format': titleFormat,
};
