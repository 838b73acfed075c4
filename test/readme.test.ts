/**
 * The README's rule table is generated from the rules' metadata; this test keeps the two in step
 * (markdownlint's habit of checking generated docs in CI). On failure it prints the table to paste.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';

export function rulesTable(): string {
  const header = ['| rule | 检查内容 | default | --fix | options |', '|---|---|---|---|---|'];
  const rows = Object.values(builtinRules).map(({ meta }) => {
    const options = Object.keys(meta.options ?? {}).map((name) => `\`${name}\``).join(', ');
    return `| [\`${meta.id}\`](rules/${meta.id}.md) | ${meta.description} | ${meta.severity} | ${meta.fixable ? '✓' : ''} | ${options} |`;
  });
  return [...header, ...rows].join('\n');
}

it('README lists every rule as its metadata says', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme, `paste this table into README.md:\n\n${rulesTable()}\n`).toContain(rulesTable());
});

it('README quick start shows the test command CI runs', () => {
  const readme = readFileSync('README.md', 'utf8');
  const ci = readFileSync('.ci/run', 'utf8');
  expect(ci).toContain('npm test');
  expect(readme).toMatch(/```sh\nnpm install && npx reportlint fixtures\/\S+\nnpm test\n```/);
});
