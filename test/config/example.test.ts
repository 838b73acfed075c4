import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader } from '../../src/config/index.js';
import { reportlint } from '../cli/run-cli.js';

const EXAMPLE = path.resolve(__dirname, '../../.reportlintrc.example');

interface Example {
  rules: Record<string, unknown>;
  overrides: { files: string[]; rules: Record<string, unknown> }[];
  ignorePatterns: string[];
  customRules: { id: string; kind: string; examples?: { valid?: string[]; invalid?: string[] } }[];
}

const example = parse(readFileSync(EXAMPLE, 'utf8')) as Example;
const customIds = example.customRules.map(({ id }) => id);

/** A temporary folder holding the example as `.reportlintrc`, as a township would put it. */
function withExample(test: (dir: string) => Promise<void> | void): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-example-'));
    try {
      copyFileSync(EXAMPLE, path.join(dir, '.reportlintrc'));
      await test(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

describe('.reportlintrc.example', () => {
  it(
    'is a valid config for the built-in rules when copied as .reportlintrc',
    withExample(async (dir) => {
      const loader = createConfigLoader({ cwd: dir, builtinRules });
      const config = await loader.forFile('乡镇报告/2024年度法治政府建设情况报告.txt');
      expect(config.sources).toEqual(['reportlint:recommended', path.join(dir, '.reportlintrc')]);
      expect(config.settings).toEqual({ reportYear: 2024, level: 'township' });
      // every built-in rule is on (recommended), none turned off by the example; its custom rules are on too
      expect([...config.rules.keys()].sort()).toEqual([...Object.keys(builtinRules), ...customIds].sort());

      const printed = await loader.printConfig('乡镇报告/x.txt');
      for (const [id, [severity, options]] of Object.entries(printed.rules)) {
        if (customIds.includes(id)) {
          // a custom rule has no options; the example leaves each at its default severity, error
          expect([severity, options], id).toEqual(['error', {}]);
          continue;
        }
        expect(builtinRules[id], id).toBeDefined();
        expect(['warn', 'error']).toContain(severity);
        expect(Object.keys(options).sort()).toEqual(Object.keys(builtinRules[id]!.meta.options ?? {}).sort());
      }
      // what the example writes is what takes effect
      for (const [id, entry] of Object.entries(example.rules)) {
        const [severity, options = {}] = Array.isArray(entry) ? entry : [entry];
        expect(printed.rules[id], id).toEqual([severity, { ...printed.rules[id]![1], ...options }]);
      }
    }),
  );

  it(
    'its overrides apply to the drafts folder only, and its ignorePatterns skip what they say',
    withExample(async (dir) => {
      const loader = createConfigLoader({ cwd: dir, builtinRules });
      const [block] = example.overrides;
      expect(block!.files).toEqual(['草稿/**']);
      const draft = await loader.printConfig('草稿/初稿.txt');
      const final = await loader.printConfig('2024年度法治政府建设情况报告.txt');
      for (const [id, severity] of Object.entries(block!.rules)) {
        expect(draft.rules[id]![0], id).toBe(severity);
        expect(final.rules[id]![0], id).not.toBe('off');
      }

      expect(example.ignorePatterns).toEqual(['参考/', '*模板*']);
      expect(await loader.ignoredBy('参考/2023年度报告.txt')).toMatchObject({ pattern: '参考/' });
      expect(await loader.ignoredBy('县里发的报告模板.docx')).toMatchObject({ pattern: '*模板*' });
      expect(await loader.ignoredBy('2024年度法治政府建设情况报告.txt')).toBeUndefined();
    }),
  );

  it(
    'has one custom rule of each kind, each with examples, and they agree with the rules (--test-rules)',
    withExample((dir) => {
      expect(example.customRules.map(({ kind }) => kind).sort()).toEqual(['forbid', 'length', 'require', 'substitute']);
      for (const rule of example.customRules) {
        expect(rule.examples?.valid?.length ?? 0, rule.id).toBeGreaterThan(0);
        // a length rule's invalid example would be 5,000 characters long; every other kind shows one
        if (rule.kind !== 'length') expect(rule.examples?.invalid?.length ?? 0, rule.id).toBeGreaterThan(0);
      }
      const run = reportlint(['--test-rules'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      for (const id of customIds) expect(run.stdout).toContain(`  ✓ ${id}（`);
      expect(run.stdout).toContain(`✔ ${customIds.length} 条自定义规则都与示例一致`);
    }),
  );
});
