/**
 * What the six statutory rules say is the product a writer reads: their descriptions, item names, every
 * message in both locales and their option descriptions are pinned, so a wording changes only on purpose
 * (update the snapshot with `npx vitest run -u` and review the diff).
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';

const STATUTORY = [
  'require-measures',
  'require-first-responsible-person',
  'require-problems-and-causes',
  'require-enforcement-systems',
  'require-issuer-and-date',
  'require-next-year-plan',
] as const;

describe('statutory rules: what they say', () => {
  for (const id of STATUTORY) {
    it(id, () => {
      const { meta } = builtinRules[id]!;
      expect(meta.statutory, 'a statutory rule names its item').toBeDefined();
      expect({
        description: meta.description,
        descriptionEn: meta.descriptionEn,
        category: meta.category,
        severity: meta.severity,
        statutory: meta.statutory,
        messages: meta.messages,
        options: Object.fromEntries(Object.entries(meta.options ?? {}).map(([key, option]) => [key, option])),
      }).toMatchSnapshot();
    });
  }
});
