/**
 * Agreement of the six statutory rules with reports written after the rules, by writers who never read
 * them (fixtures/unseen/: 76 reports, u01–u28 to plans drawn at random over the five styles of issue 8 — systems
 * described by what they do, the leaders' duty without the word 第一责任人, structures beyond 一、/（一）,
 * problems and plans in one section, causes explained without a cause word — in every input format; v01–v18 the
 * same, written later; w01–w06 to plans for run-in headings closed by a colon; x01–x12 and y01–y12 to plans for hard
 * look-alikes of the enforcement systems and causes explained without a cause word).
 * Each rule must agree with the plans on at least 95% of the reports; every disagreement is listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disagreements, EXPECTATIONS, type Plan } from './plan-verdicts.js';

const DIR = 'fixtures/unseen/reports';
const plans = JSON.parse(readFileSync('fixtures/unseen/plans.json', 'utf8')) as Record<string, Plan>;
const EXT: Record<string, string> = { 'txt-clean': 'txt', 'txt-pdf': 'txt', 'txt-web': 'txt', md: 'md', docx: 'docx', html: 'html', pdf: 'pdf' };
const all = Object.entries(plans).map(([id, plan]) => ({ path: `${DIR}/${id}.${EXT[plan.format ?? ''] ?? 'txt'}`, plan }));
const files = new Set(readdirSync(DIR));
/** The reports that are there (a missing one fails the first test, not every rule's). */
const reports = all.filter(({ path }) => files.has(path.split('/').pop() ?? ''));

describe('unseen reports: agreement with their plans', () => {
  it('has every report of the plans', () => {
    expect(all.filter((r) => !reports.includes(r)).map((r) => r.path)).toEqual([]);
    expect(reports.length).toBeGreaterThanOrEqual(24);
  });

  for (const [rule, expected] of EXPECTATIONS) {
    it(`${rule.meta.id} agrees on at least 95% of the reports`, async () => {
      const wrong = await disagreements(rule, expected, reports);
      const agreement = (reports.length - wrong.length) / reports.length;
      console.log(`${rule.meta.id}: ${(agreement * 100).toFixed(1)}% (${reports.length - wrong.length}/${reports.length})\n  ${wrong.join('\n  ')}`);
      expect(agreement, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    }, 60_000);
  }
});
