/**
 * The rule tester itself: an expected error's `data` must equal what the rule reported exactly, so a count that is
 * off (11 for 1), a value of the wrong type (2024 for '2024') or a key left out fails the case.
 */
import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/rule-api.js';
import type { AnyRule } from '../src/types.js';
import { checkInvalidCase, expectErrors, lintCaseWithData, type ReportedMessage } from './rule-tester.js';

/** Reports every “共N件” with n = N; “两次N件” reports the same range twice, with n = N and n = N + 1. */
const countRule = defineRule({
  meta: {
    id: 'count-test',
    description: '测试用规则',
    descriptionEn: 'A rule for testing the tester',
    category: 'content',
    severity: 'error',
    messages: { count: { zh: '共{n}件', en: '{n} items' }, plain: { zh: '没有数据', en: 'No data' } },
  },
  check(context) {
    for (const match of context.text.matchAll(/(两次)?共(\d+)件/g)) {
      const n = Number(match[2]);
      const range = [match.index, match.index + match[0].length] as const;
      context.report({ messageId: 'count', data: { n }, range });
      if (match[1]) context.report({ messageId: 'count', data: { n: n + 1 }, range });
    }
    for (const match of context.text.matchAll(/无数据/g)) {
      context.report({ messageId: 'plain', range: [match.index, match.index + match[0].length] });
    }
  },
}) as unknown as AnyRule;

const message = (messageId: string, data?: ReportedMessage['data']): ReportedMessage => ({
  ruleId: 'count-test',
  messageId,
  severity: 2,
  message: '',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  range: [0, 0],
  ...(data === undefined ? {} : { data }),
});

describe('expectErrors', () => {
  it('passes when the data is the same', () => {
    expect(() => expectErrors([message('count', { n: 11, unit: '件' })], [{ messageId: 'count', data: { n: 11, unit: '件' } }])).not.toThrow();
  });

  it('fails on a wrong value, even one whose text contains the expected value', () => {
    expect(() => expectErrors([message('count', { n: 11 })], [{ messageId: 'count', data: { n: 1 } }])).toThrow(/data of error 1/);
  });

  it('fails when the rule reported a key the case leaves out', () => {
    expect(() => expectErrors([message('count', { n: 1, unit: '件' })], [{ messageId: 'count', data: { n: 1 } }])).toThrow(/data of error 1/);
  });

  it('fails when the case expects a key the rule did not report', () => {
    expect(() => expectErrors([message('count', { n: 1 })], [{ messageId: 'count', data: { n: 1, unit: '件' } }])).toThrow(/data of error 1/);
    expect(() => expectErrors([message('count')], [{ messageId: 'count', data: { n: 1 } }])).toThrow(/data of error 1/);
  });

  it('fails when the value has another type', () => {
    expect(() => expectErrors([message('count', { n: 2024 })], [{ messageId: 'count', data: { n: '2024' } }])).toThrow(/data of error 1/);
  });

  it('takes a message reported without data as {}, and checks no data when the case gives none', () => {
    expect(() => expectErrors([message('plain')], [{ messageId: 'plain', data: {} }])).not.toThrow();
    expect(() => expectErrors([message('count', { n: 5 })], [{ messageId: 'count' }])).not.toThrow();
  });

  it('compares the data of every error, not only the first', () => {
    const actual = [message('count', { n: 1 }), message('count', { n: 12 })];
    expect(() => expectErrors(actual, [{ messageId: 'count', data: { n: 1 } }, { messageId: 'count', data: { n: 2 } }])).toThrow(/data of error 2/);
  });
});

describe('lintCaseWithData', () => {
  it('gives each message the data it was reported with, in the engine’s order', async () => {
    const messages = await lintCaseWithData(countRule, { text: '标题\n\n办结共7件，无数据，另有两次共3件。\n' });
    expect(messages.map((m) => [m.messageId, m.line, m.column, m.data, m.message])).toEqual([
      ['count', 3, 3, { n: 7 }, '共7件'],
      ['plain', 3, 7, undefined, '没有数据'],
      ['count', 3, 13, { n: 3 }, '共3件'],
      ['count', 3, 13, { n: 4 }, '共4件'],
    ]);
  });

  it('leaves out what a directive silenced, and keeps the rest paired right', async () => {
    const text = '标题\n\n<!-- reportlint-disable-next-line count-test -->\n共1件。\n\n共2件。\n';
    const messages = await lintCaseWithData(countRule, { text });
    expect(messages.map((m) => [m.line, m.data])).toEqual([[6, { n: 2 }]]);
  });
});

describe('checkInvalidCase (what runRuleTests runs for an invalid case)', () => {
  it('fails a case whose data is off by ten', async () => {
    await expect(
      checkInvalidCase(countRule, { text: '标题\n\n共11件。\n', errors: [{ messageId: 'count', line: 3, data: { n: 1 } }] }),
    ).rejects.toThrow(/data of error 1/);
  });

  it('passes the same case with the right data', async () => {
    await expect(
      checkInvalidCase(countRule, { text: '标题\n\n共11件。\n', errors: [{ messageId: 'count', line: 3, data: { n: 11 } }] }),
    ).resolves.toBeUndefined();
  });
});
