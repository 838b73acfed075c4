/**
 * What each statutory rule must say about a report written to a plan (fixtures/corpus/plans.json,
 * fixtures/unseen/plans.json): the plan's `contains` says which items the report has, and the corpus
 * README maps them to message ids. Shared by the corpus and unseen-report agreement tests.
 */
import { rule as enforcementSystems } from '../rules/require-enforcement-systems.js';
import { rule as firstResponsiblePerson } from '../rules/require-first-responsible-person.js';
import { rule as issuerAndDate } from '../rules/require-issuer-and-date.js';
import { rule as measures } from '../rules/require-measures.js';
import { rule as nextYearPlan } from '../rules/require-next-year-plan.js';
import { rule as problemsAndCauses } from '../rules/require-problems-and-causes.js';
import type { AnyRule } from '../src/types.js';
import { lintText } from '../src/engine/lint-text.js';
import { readDocument } from '../src/read/index.js';
import { configFor } from './rule-tester.js';

export interface PlanContains {
  measures: boolean;
  first_responsible_person: boolean;
  problems: boolean;
  causes: boolean;
  enforcement_systems_mode: 'all' | 'some' | 'collective' | 'none';
  enforcement_publicity: boolean;
  enforcement_recording: boolean;
  enforcement_legal_review: boolean;
  issuer_in_signature: boolean;
  issuer_in_title: boolean;
  date_in_signature: boolean;
  next_year_plan: boolean;
}

export interface Plan {
  contains: PlanContains;
  format?: string;
  classes?: number[];
}

/** The message ids each rule must give on a report, from its plan (corpus/README.md). */
export const EXPECTATIONS: ReadonlyArray<[AnyRule, (plan: PlanContains) => string[]]> = [
  [measures as unknown as AnyRule, (c) => (c.measures ? [] : ['missing'])],
  [firstResponsiblePerson as unknown as AnyRule, (c) => (c.first_responsible_person ? [] : ['missing'])],
  [problemsAndCauses as unknown as AnyRule, (c) => (!c.problems ? ['missingProblems'] : !c.causes ? ['missingCauses'] : [])],
  [
    enforcementSystems as unknown as AnyRule,
    (c) => {
      const id = c.enforcement_systems_mode === 'collective' ? 'onlyCollective' : 'missing';
      return [c.enforcement_publicity, c.enforcement_recording, c.enforcement_legal_review].filter((named) => !named).map(() => id);
    },
  ],
  [
    issuerAndDate as unknown as AnyRule,
    (c) => [...(c.issuer_in_signature || c.issuer_in_title ? [] : ['missingIssuer']), ...(c.date_in_signature ? [] : ['missingDate'])],
  ],
  [nextYearPlan as unknown as AnyRule, (c) => (c.next_year_plan ? [] : ['missing'])],
];

/** The reports of a plan set whose verdict differs from the plan, for one rule: "file: want [..] got [..]". */
export async function disagreements(
  rule: AnyRule,
  expected: (plan: PlanContains) => string[],
  reports: ReadonlyArray<{ path: string; plan: Plan }>,
): Promise<string[]> {
  const out: string[] = [];
  for (const { path, plan } of reports) {
    const want = expected(plan.contains).sort();
    const got = (await verdict(path, rule)).sort();
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`${path.split('/').pop()}: want [${want}] got [${got}]`);
  }
  return out;
}

/**
 * Each file is read once for all six rules: reading a PDF or a Word file costs more than linting it, and the readers
 * are not what these tests check (the mutation run repeats them for every mutant of the model and the rules).
 */
const documents = new Map<string, ReturnType<typeof readDocument>>();

/** The message ids a rule gives on a file in any input format, read as the CLI reads it. */
export async function verdict(path: string, rule: AnyRule): Promise<string[]> {
  let read = documents.get(path);
  if (read === undefined) {
    read = readDocument(path);
    documents.set(path, read);
  }
  const doc = await read;
  return (await lintText(doc, configFor(rule))).messages.map((m) => m.messageId ?? (m.fatal ? 'FATAL' : '?'));
}
