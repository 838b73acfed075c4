import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader } from '../../src/config/index.js';

const EXAMPLE = path.resolve(__dirname, '../../.reportlintrc.example');

describe('.reportlintrc.example', () => {
  it('is a valid config for the built-in rules when copied as .reportlintrc', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-example-'));
    try {
      copyFileSync(EXAMPLE, path.join(dir, '.reportlintrc'));
      const loader = createConfigLoader({ cwd: dir, builtinRules });
      const config = await loader.forFile('乡镇报告/2024年度法治政府建设情况报告.txt');
      expect(config.sources).toEqual(['reportlint:recommended', path.join(dir, '.reportlintrc')]);
      expect(config.settings).toEqual({ reportYear: 2024, level: 'township' });
      // every built-in rule is on (recommended), none turned off by the example
      expect([...config.rules.keys()]).toEqual(Object.keys(builtinRules).sort());

      const printed = await loader.printConfig('乡镇报告/x.txt');
      for (const [id, [severity, options]] of Object.entries(printed.rules)) {
        expect(builtinRules[id], id).toBeDefined();
        expect(['warn', 'error']).toContain(severity);
        expect(Object.keys(options).sort()).toEqual(Object.keys(builtinRules[id]!.meta.options ?? {}).sort());
      }
      // what the example writes is what takes effect
      const example = parse(readFileSync(EXAMPLE, 'utf8')) as { rules: Record<string, unknown> };
      for (const [id, entry] of Object.entries(example.rules)) {
        const [severity, options = {}] = Array.isArray(entry) ? entry : [entry];
        expect(printed.rules[id], id).toEqual([severity, { ...printed.rules[id]![1], ...options }]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
