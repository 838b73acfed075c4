/**
 * The statutory checklist on the unseen reports (fixtures/unseen/): each item's status is the rule's
 * verdict, and where it passes, its evidence points at a line the report's writer cited for that item in
 * the check file (`<id>.check.txt`: "first_responsible_person=true …: line 7 …", "lines 14-18"). Only the
 * text reports are compared: the check files count the lines of the source text the writers wrote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint-text.js';
import { readDocument } from '../src/read/index.js';
import type { ChecklistItem, EvidencePlace } from '../src/types.js';
import { EXPECTATIONS, type Plan } from './plan-verdicts.js';
import { configFor } from './rule-tester.js';

const DIR = 'fixtures/unseen/reports';
const plans = JSON.parse(readFileSync('fixtures/unseen/plans.json', 'utf8')) as Record<string, Plan>;
const texts = readdirSync(DIR).filter((f) => /^[uv]\d{2}\.(txt|md)$/.test(f) && !f.endsWith('.check.txt'));

/** The plan keys an evidence place may stand for: by rule, and by the evidence's label. */
function keysFor(ruleId: string, label: string | undefined): string[] {
  switch (ruleId) {
    case 'require-measures':
      return ['measures'];
    case 'require-first-responsible-person':
      return ['first_responsible_person'];
    case 'require-problems-and-causes':
      return label === '原因' ? ['causes'] : ['problems'];
    case 'require-enforcement-systems':
      return [label === '行政执法公示制度' ? 'enforcement_publicity' : label === '执法全过程记录制度' ? 'enforcement_recording' : 'enforcement_legal_review'];
    case 'require-issuer-and-date':
      return label === '成文日期' ? ['date_in_signature'] : ['issuer_in_signature', 'issuer_in_title'];
    default:
      return ['next_year_plan'];
  }
}

/** The line ranges the check file cites for `key` ("key=true …: line 7", "lines 14-18"). */
function citedLines(check: string, key: string): Array<[number, number]> {
  const line = check.split('\n').find((l) => new RegExp(`(^|\\s|/ )${key}=true`).test(l));
  if (!line) return [];
  return [...line.matchAll(/lines? (\d+)(?:\s*[-–]\s*(\d+))?/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])]);
}

/**
 * The place lies within what the writer cited: on a cited line (or the heading line just above one), or
 * between the first and the last cited line of the item (an introducing sentence of a cited list).
 */
function within(place: EvidencePlace, cited: Array<[number, number]>): boolean {
  const first = Math.min(...cited.map(([from]) => from));
  const last = Math.max(...cited.map(([, to]) => to));
  return place.line <= last && place.endLine >= first - 1;
}

describe('checklist evidence on the unseen reports', () => {
  it('covers the text reports', () => {
    expect(texts.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of texts) {
    it(file, async () => {
      const id = file.slice(0, 3);
      const plan = plans[id] as Plan;
      const check = readFileSync(`${DIR}/${id}.check.txt`, 'utf8');
      const doc = await readDocument(`${DIR}/${file}`);
      const wrong: string[] = [];
      let checked = 0;
      for (const [rule, expected] of EXPECTATIONS) {
        const result = await lintText(doc, configFor(rule));
        const item = result.checklist?.[0] as ChecklistItem;
        // The status is the verdict: pass exactly when the rule reports nothing.
        expect(item.status, rule.meta.id).toBe(result.messages.length === 0 ? 'pass' : 'fail');
        expect(item.status === 'pass', `${rule.meta.id} agrees with the plan`).toBe(expected(plan.contains).length === 0);
        for (const place of item.evidence) {
          const cited = keysFor(rule.meta.id, place.label).flatMap((key) => citedLines(check, key));
          if (cited.length === 0) continue;
          checked += 1;
          if (!within(place, cited)) {
            wrong.push(`${rule.meta.id} ${place.label ?? ''} at line ${place.line}-${place.endLine} “${place.excerpt}”, cited: ${JSON.stringify(cited)}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      // Most items of a report pass and are cited: the comparison is not vacuous.
      expect(checked).toBeGreaterThanOrEqual(4);
    });
  }
});
