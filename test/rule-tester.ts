/**
 * Valid/invalid case tables for one rule, on vitest (ESLint's RuleTester, textlint-tester).
 *
 * Every case runs through the real engine (lintText) with only the rule under test enabled, so what
 * is tested is what the CLI prints. Invariants checked for every case:
 * - an invalid case reports exactly the listed errors, by messageId (and line/column when given); when an error
 *   gives `data`, the data the rule reported must equal it exactly: every key, same values, same types (the tester
 *   wraps the rule to record what it passes to `context.report`, since LintMessage keeps no data);
 * - no rendered message keeps a `{placeholder}`, and every message links to the rule's docs;
 * - the rule never crashes (a fatal message fails the case);
 * - CRLF line endings give the same findings at the same lines and columns;
 * - with `output`, applying all fixes gives it, and linting the output leaves nothing more to fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { addDocument } from '../src/compare/documents.js';
import { TextIndexBuilder } from '../src/compare/text-index.js';
import { lintText } from '../src/engine/lint-text.js';
import type {
  TextIndexView,
  AnyRule,
  LintMessage,
  LintResult,
  OptionsSchema,
  ProblemReport,
  ResolvedConfig,
  Rule,
  SeverityLevel,
} from '../src/types.js';

export interface CaseOptions {
  name?: string;
  text: string;
  /** Decides the syntax: '.md' → Markdown, anything else → plain text. Default 'report.txt'. */
  filePath?: string;
  options?: Readonly<Record<string, unknown>>;
  settings?: Readonly<Record<string, unknown>>;
  /**
   * Other reports, for a rule with meta.crossFile (no-copied-text): indexed with the case itself, as the CLI indexes
   * a run's files and its reference reports (`reference: true`).
   */
  others?: ReadonlyArray<{ path: string; text: string; reference?: boolean }>;
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  /** Compared exactly with the data the rule reported: all keys, same values and types (2024 is not '2024'). */
  data?: MessageData;
}

export interface InvalidCase extends CaseOptions {
  errors: readonly ExpectedError[];
  /** The text after --fix; omit when the rule offers no fix for the case. */
  output?: string;
}

export interface RuleTestTable {
  valid: ReadonlyArray<string | CaseOptions>;
  invalid: readonly InvalidCase[];
}

function defaults(schema: OptionsSchema | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema ?? {}).map(([key, option]) => [key, option.default]));
}

/** A config with only `rule` on (severity error), options over the rule's defaults. */
export function configFor(
  rule: AnyRule,
  options: Readonly<Record<string, unknown>> = {},
  settings: Readonly<Record<string, unknown>> = {},
  severity: SeverityLevel = 2,
): ResolvedConfig {
  return {
    rules: new Map([[rule.meta.id, { rule, setting: { severity, options: { ...defaults(rule.meta.options), ...options } } }]]),
    settings,
    sources: [],
  };
}

/** A config with every built-in rule on at its default severity (reportlint:recommended without a config file). */
export function recommendedConfig(settings: Readonly<Record<string, unknown>> = {}): ResolvedConfig {
  return {
    rules: new Map(
      Object.values(builtinRules).map((rule) => [
        rule.meta.id,
        { rule, setting: { severity: rule.meta.severity === 'error' ? 2 : 1, options: defaults(rule.meta.options) } },
      ]),
    ),
    settings,
    sources: [],
  };
}

export async function lintCase(rule: AnyRule, item: CaseOptions, fix = false): Promise<LintResult> {
  const filePath = item.filePath ?? 'report.txt';
  const syntax = /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'text';
  const textIndex = item.others ? indexOf(item.others, { path: filePath, text: item.text }) : undefined;
  return lintText({ filePath, text: item.text, syntax }, configFor(rule, item.options, item.settings), { fix, ...(textIndex ? { textIndex } : {}) });
}

/** The index of the case and the other reports, as the CLI builds it (src/compare/documents.ts; plain-text places). */
function indexOf(others: NonNullable<CaseOptions['others']>, self: { path: string; text: string }): TextIndexView {
  const builder = new TextIndexBuilder();
  for (const { path, text, reference } of [...others, self]) addDocument(builder, { path, name: path }, reference === true, { filePath: path, text, syntax: 'text' });
  return builder.build();
}

/** A message of the rule under test with the `data` the rule passed to `context.report` for it. */
export interface ReportedMessage extends LintMessage {
  data?: MessageData;
}

/**
 * The same rule, recording every problem it reports before handing it on to the engine. The engine keeps `data` on a
 * LintMessage (the public shape, printed by the json formatter) only for rules with meta.publicData, so this is how a
 * test sees every rule's.
 */
function recording(rule: AnyRule, problems: ProblemReport[]): AnyRule {
  return {
    meta: rule.meta,
    check(context) {
      rule.check({
        ...context,
        report: (problem) => {
          problems.push(problem);
          context.report(problem);
        },
      });
    },
  };
}

/**
 * The rule's messages (as `lintCase` gives them, so the engine's sorting and directive filtering apply) with the data
 * each was reported with. A message is matched to the first unused recorded problem with the same messageId and
 * range: the engine's sort is stable and sorts by range, and two problems with the same range are suppressed alike,
 * so this pairs each message with the very report it came from. Other messages (fatal, directive problems) are
 * returned without data.
 */
export async function lintCaseWithData(rule: AnyRule, item: CaseOptions): Promise<ReportedMessage[]> {
  const problems: ProblemReport[] = [];
  const { messages } = await lintCase(recording(rule, problems), item);
  const used = new Set<number>();
  return messages.map((message) => {
    if (message.ruleId !== rule.meta.id || message.fatal) return message;
    const index = problems.findIndex((problem, i) => {
      const [start, end] = problem.range ?? [0, 0];
      return !used.has(i) && problem.messageId === message.messageId && start === message.range[0] && end === message.range[1];
    });
    if (index < 0) throw new Error(`rule-tester: no reported problem matches ${message.line}:${message.column} ${message.messageId}`);
    used.add(index);
    const { data } = problems[index]!;
    return data === undefined ? message : { ...message, data };
  });
}

/**
 * Compares a rule's messages with the expected errors: the same messageIds in the same order, and the line, column
 * and data of each error where given. `data` must equal the reported data exactly (a message reported without data
 * counts as `{}`). Throws an assertion error on the first difference.
 */
export function expectErrors(actual: readonly ReportedMessage[], expected: readonly ExpectedError[]): void {
  const listing = actual.map((m) => `${m.line}:${m.column} ${m.messageId} ${JSON.stringify(m.data ?? {})} ${m.message}`).join('\n');
  expect(
    actual.map((m) => m.messageId),
    listing,
  ).toEqual(expected.map((e) => e.messageId));
  expected.forEach((error, i) => {
    const message = actual[i]!;
    if (error.line !== undefined) expect(message.line, `line of error ${i + 1}`).toBe(error.line);
    if (error.column !== undefined) expect(message.column, `column of error ${i + 1}`).toBe(error.column);
    if (error.data !== undefined) expect(message.data ?? {}, `data of error ${i + 1} (${message.message})`).toStrictEqual(error.data);
  });
}

/**
 * Lints a fixture file (UTF-8 text or Markdown) with one rule, or with every built-in rule when no
 * rule is given. Returns the messages.
 */
export async function lintFile(path: string, rule?: AnyRule | string, options?: Readonly<Record<string, unknown>>): Promise<LintMessage[]> {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const syntax = /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
  const resolved = typeof rule === 'string' ? builtinRules[rule] : rule;
  if (typeof rule === 'string' && !resolved) throw new Error(`no built-in rule "${rule}"`);
  const config = resolved ? configFor(resolved, options) : recommendedConfig();
  return (await lintText({ filePath: path, text, syntax }, config)).messages;
}

function caseName(item: string | CaseOptions, index: number): string {
  if (typeof item === 'string') return `${index + 1}: ${item.slice(0, 40).replace(/\s+/g, ' ')}`;
  return item.name ?? `${index + 1}: ${item.text.slice(0, 40).replace(/\s+/g, ' ')}`;
}

function checkMessage(rule: AnyRule, message: LintMessage): void {
  expect(message.fatal, `rule crashed: ${message.message}`).toBeFalsy();
  expect(message.ruleId).toBe(rule.meta.id);
  expect(message.message, 'a placeholder was left unfilled').not.toMatch(/\{\w+\}/);
  expect(message.url).toMatch(new RegExp(`${rule.meta.id}\\.md$`));
}

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const positions = (messages: LintMessage[]) => messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);

/** Everything an invalid case must satisfy (see the header); rejects with an assertion error otherwise. */
export async function checkInvalidCase(rule: AnyRule, item: InvalidCase): Promise<void> {
  expect(item.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
  const messages = await lintCaseWithData(rule, item);
  messages.forEach((message) => checkMessage(rule, message));
  expectErrors(messages, item.errors);
  if (item.text.includes('\n')) {
    const crlf = await lintCase(rule, { ...item, text: toCrlf(item.text) });
    expect(positions(crlf.messages), 'CRLF line endings change nothing').toEqual(positions(messages));
  }
  if (item.output !== undefined) {
    const fixed = await lintCase(rule, item, true);
    expect(fixed.output ?? item.text).toBe(item.output);
    const again = await lintCase(rule, { ...item, text: item.output }, true);
    expect(again.output, 'fixing twice changes nothing more').toBeUndefined();
  }
}

export function runRuleTests<M extends string, S extends OptionsSchema>(rule: Rule<M, S>, table: RuleTestTable): void {
  const anyRule = rule as unknown as AnyRule;
  const names = [...table.valid, ...table.invalid].map(caseName);
  describe(rule.meta.id, () => {
    it('has no duplicate case names', () => {
      expect(new Set(names).size).toBe(names.length);
    });

    describe('valid', () => {
      table.valid.forEach((entry, index) => {
        const item = typeof entry === 'string' ? { text: entry } : entry;
        it(caseName(entry, index), async () => {
          const { messages } = await lintCase(anyRule, item);
          expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
          if (item.text.includes('\n')) {
            const crlf = await lintCase(anyRule, { ...item, text: toCrlf(item.text) });
            expect(crlf.messages).toEqual([]);
          }
        });
      });
    });

    describe('invalid', () => {
      table.invalid.forEach((item, index) => {
        it(caseName(item, index), () => checkInvalidCase(anyRule, item));
      });
    });
  });
}
