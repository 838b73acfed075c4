/**
 * Pins what the format and hygiene rules of issue 5 (part B) find on every fixture report: the seeds
 * (real reports as found) and the corpus. Each finding in the snapshot was checked by eye when it was
 * written; a change here means a rule now finds more or less on real text — look at the diff before
 * updating the snapshot (`npx vitest run -u test/rules/format-rules-b.snapshot.test.ts`).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rule as fullwidthPunctuation } from '../../rules/fullwidth-punctuation.js';
import { rule as noPersonalInfo } from '../../rules/no-personal-info.js';
import { rule as noTemplatePlaceholders } from '../../rules/no-template-placeholders.js';
import { rule as noWebResidue } from '../../rules/no-web-residue.js';
import { rule as requireConcreteEvidence } from '../../rules/require-concrete-evidence.js';
import { rule as terminology } from '../../rules/terminology.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase, lintFile } from '../rule-tester.js';

const RULES = [fullwidthPunctuation, noPersonalInfo, noTemplatePlaceholders, noWebResidue, requireConcreteEvidence, terminology] as unknown as AnyRule[];

const FIXTURES = [
  ...readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`),
  ...readdirSync('fixtures/corpus/reports').filter((f) => /^\d+\.(txt|md)$/.test(f)).map((f) => `fixtures/corpus/reports/${f}`),
].sort();

async function findings(path: string): Promise<string[]> {
  const lines: string[] = [];
  for (const rule of RULES) {
    for (const m of await lintFile(path, rule)) lines.push(`${m.line}:${m.column} ${m.ruleId} ${m.messageId}`);
  }
  return lines.sort((a, b) => {
    const [la = 0, ca = 0] = a.split(' ')[0]!.split(':').map(Number);
    const [lb = 0, cb = 0] = b.split(' ')[0]!.split(':').map(Number);
    return la - lb || ca - cb || a.localeCompare(b);
  });
}

describe('format rules (B) on every fixture report', () => {
  it('finds exactly the pinned problems', async () => {
    const all: Record<string, string[]> = {};
    for (const path of FIXTURES) all[path] = await findings(path);
    await expect(Object.entries(all).map(([path, lines]) => [`## ${path} (${lines.length})`, ...lines].join('\n')).join('\n\n') + '\n').toMatchFileSnapshot(
      '__snapshots__/format-rules-b.findings.txt',
    );
  });

  it('gives the counts per file and rule that the acceptance criteria name', async () => {
    const count = async (path: string, rule: AnyRule) => (await lintFile(path, rule)).length;
    // Seed 004 is a web page copy: residue and half-width punctuation.
    expect(await count('fixtures/seeds/004_ce0fc0e530b0009c.txt', noWebResidue as unknown as AnyRule)).toBe(2);
    expect(await count('fixtures/seeds/004_ce0fc0e530b0009c.txt', fullwidthPunctuation as unknown as AnyRule)).toBeGreaterThan(50);
    // Seed 001 writes 第责任人.
    expect(await count('fixtures/seeds/001_778d263dd7ed8752.txt', terminology as unknown as AnyRule)).toBe(1);
    // No fixture carries personal data or template placeholders.
    for (const path of FIXTURES) {
      expect(await count(path, noPersonalInfo as unknown as AnyRule), path).toBe(0);
      expect(await count(path, noTemplatePlaceholders as unknown as AnyRule), path).toBe(0);
    }
  });

  it('fixes every fixture without touching anything twice', async () => {
    for (const path of FIXTURES) {
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(path, 'utf8');
      const filePath = path;
      for (const rule of RULES) {
        const fixed = await lintCase(rule, { text, filePath }, true);
        if (fixed.output === undefined) continue;
        const again = await lintCase(rule, { text: fixed.output, filePath }, true);
        expect(again.output, `${rule.meta.id} on ${path}: fixing twice changes nothing more`).toBeUndefined();
        // Fixes only ever replace punctuation, delete residue lines or replace terms: no report text is lost.
        const han = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');
        if (rule.meta.id !== 'no-web-residue') expect(han(fixed.output).length, `${rule.meta.id} on ${path}`).toBeGreaterThanOrEqual(han(text).length);
      }
    }
  });

  it('never crashes on odd input', async () => {
    const odd = ['', '\n\n\n', '　', '一、\n', '# \n', '"', '(', '……', '【', '1381234567', '20XX'];
    for (const rule of RULES) {
      for (const text of odd) {
        for (const filePath of ['r.txt', 'r.md']) {
          const { messages } = await lintCase(rule, { text, filePath });
          expect(messages.filter((m) => m.fatal), `${rule.meta.id} on ${JSON.stringify(text)}`).toEqual([]);
        }
      }
    }
  });
});
