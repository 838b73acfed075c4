/**
 * Reports written after the rules, in phrasings the rules' authors had not seen (a county department in
 * the provincial template, a street office in Markdown with a joint signature, a township full of traps).
 * Every built-in rule runs; the findings are pinned as rule ids.
 */
import { describe, expect, it } from 'vitest';
import { lintFile } from './rule-tester.js';

const CASES: Record<string, string[]> = {
  'county-department-template.txt': [],
  'street-office-markdown.md': [],
  'township-traps.txt': [
    'require-enforcement-systems',
    'require-enforcement-systems',
    'require-enforcement-systems',
    'require-first-responsible-person',
    'require-issuer-and-date',
    'require-problems-and-causes',
  ],
};

describe('held-out reports', () => {
  for (const [file, expected] of Object.entries(CASES)) {
    it(file, async () => {
      const messages = await lintFile(`fixtures/held-out/${file}`);
      expect(messages.map((m) => m.ruleId).sort(), messages.map((m) => `${m.line}:${m.column} ${m.message}`).join('\n')).toEqual(expected);
    });
  }
});
