/**
 * Conventions every rule keeps (ESLint's checkRuleFiles, as a test): file name = id, registry sorted,
 * a docs page with the fixed headings whose examples really pass and fail, unique message templates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import type { AnyRule } from '../src/types.js';
import { lintCase } from './rule-tester.js';

const HEADINGS = ['## 规则说明', '## 依据', '## 如何修复', '## 选项', '## 正确示例', '## 错误示例', '## 何时关闭'];
const EXAMPLE = /```text (correct|incorrect)\n([\s\S]*?)```/g;
/** A report the page's examples are compared with (no-copied-text): given to the rule as last year's report. */
const REFERENCE = /```text reference\n([\s\S]*?)```/g;

const ruleFiles = readdirSync('rules').filter((file) => file.endsWith('.ts') && file !== 'index.ts');

describe('rule registry', () => {
  it('registers every file in rules/ under its own id, sorted', () => {
    const ids = Object.keys(builtinRules);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(ruleFiles.map((file) => file.replace(/\.ts$/, '')).sort());
    for (const [id, rule] of Object.entries(builtinRules)) expect(rule.meta.id).toBe(id);
  });
});

describe.each(Object.values(builtinRules).map((rule) => [rule.meta.id, rule] as [string, AnyRule]))('%s', (id, rule) => {
  const docsPath = `rules/${id}.md`;

  it('has kebab-case id, a Chinese and an English description, and unique messages', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.meta.description).toMatch(/\p{Script=Han}/u);
    expect(rule.meta.description).not.toMatch(/。$/);
    expect(rule.meta.descriptionEn.length).toBeGreaterThan(0);
    const templates = Object.values(rule.meta.messages).map((message) => message.zh);
    expect(new Set(templates).size).toBe(templates.length);
  });

  it('has a test file', () => {
    expect(existsSync(`test/rules/${id}.test.ts`)).toBe(true);
  });

  it('has a docs page with the fixed headings, in order', () => {
    expect(existsSync(docsPath)).toBe(true);
    const doc = readFileSync(docsPath, 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    const found = doc.split('\n').filter((line) => line.startsWith('## '));
    expect(found).toEqual(HEADINGS);
  });

  it('documents every option in the docs table', () => {
    const doc = readFileSync(docsPath, 'utf8');
    for (const name of Object.keys(rule.meta.options ?? {})) expect(doc).toContain(`\`${name}\``);
  });

  it('has docs examples that behave as labelled', async () => {
    const doc = readFileSync(docsPath, 'utf8');
    const examples = [...doc.matchAll(EXAMPLE)];
    expect(examples.some((m) => m[1] === 'correct')).toBe(true);
    expect(examples.some((m) => m[1] === 'incorrect')).toBe(true);
    // A ```text block without a correct/incorrect label would be skipped silently.
    const references = [...doc.matchAll(REFERENCE)].map(([, text = ''], i) => ({ path: `参考报告${i + 1}.txt`, text, reference: true }));
    expect(doc.match(/^```text\b/gm)?.length ?? 0, 'every ```text block is labelled correct, incorrect or reference').toBe(examples.length + references.length);
    for (const [, kind, text = ''] of examples) {
      // Only this rule on, with its default options; a rule that compares reports gets the page's reference reports.
      const { messages, suppressedMessages } = await lintCase(rule, { text, ...(rule.meta.crossFile ? { others: references } : {}) });
      const summary = [...messages, ...suppressedMessages]
        .map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(no rule)'}${m.fatal ? ' (fatal)' : ''} ${m.message}`)
        .join('\n');
      if (kind === 'correct') {
        // No finding of any kind: none from the rule, none silenced by a directive, no fatal, no directive problem.
        expect([...messages, ...suppressedMessages], `correct example reported:\n${summary}\n---\n${text}`).toEqual([]);
      } else {
        expect(messages.length, `incorrect example passed:\n${text}`).toBeGreaterThan(0);
        // Every finding is the rule's own, and none is a crash.
        expect(
          messages.map((m) => `${m.ruleId ?? '(no rule)'}${m.fatal ? ' (fatal)' : ''}`),
          `incorrect example gave other findings:\n${summary}\n---\n${text}`,
        ).toEqual(messages.map(() => id));
      }
    }
  });
});
