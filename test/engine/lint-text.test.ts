import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { defineRule } from '../../src/rule-api.js';
import type { AnyRule, LintDocument, ResolvedConfig } from '../../src/types.js';

const meta = (id: string) => ({
  id,
  description: '测试规则',
  descriptionEn: 'test rule',
  category: 'hygiene' as const,
  severity: 'error' as const,
  messages: { found: { zh: '发现“{what}”', en: 'found "{what}"' } },
});

/** Reports every "甲" and offers to replace it with "乙". */
const findJia = defineRule({
  meta: { ...meta('find-jia'), fixable: true },
  check(context) {
    for (const match of context.text.matchAll(/甲/g)) {
      const range = [match.index, match.index + 1] as const;
      context.report({ messageId: 'found', data: { what: '甲' }, range, fix: { range, text: '乙' } });
    }
  },
});
const crashing = defineRule({
  meta: meta('crashing'),
  check() {
    throw new Error('kaput');
  },
});
const outOfRange = defineRule({
  meta: meta('out-of-range'),
  check(context) {
    context.report({ messageId: 'found', data: { what: 'x' }, range: [0, context.text.length + 5] });
  },
});
const unknownMessage = defineRule({
  meta: meta('unknown-message'),
  check(context) {
    (context.report as (p: { messageId: string }) => void)({ messageId: 'nope' });
  },
});

function config(...rules: Array<[AnyRule, 0 | 1 | 2]>): ResolvedConfig {
  return {
    rules: new Map(rules.map(([rule, severity]) => [rule.meta.id, { rule, setting: { severity, options: {} } }])),
    settings: {},
    sources: [],
  };
}
const doc = (text: string, extra: Partial<LintDocument> = {}): LintDocument => ({ filePath: 'r.txt', text, syntax: 'text', ...extra });

describe('lintText', () => {
  it('reports with 1-based lines and UTF-16 columns, CRLF or not', async () => {
    for (const text of ['一行\n二行甲\n', '一行\r\n二行甲\r\n']) {
      const { messages } = await lintText(doc(text), config([findJia as AnyRule, 2]));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ line: 2, column: 3, endLine: 2, endColumn: 4, severity: 2, message: '发现“甲”' });
    }
  });

  it('counts a character outside the BMP as two columns (UTF-16)', async () => {
    const { messages } = await lintText(doc('𠀀甲'), config([findJia as AnyRule, 2]));
    expect(messages[0]?.column).toBe(3);
  });

  it('uses the severity from the config, skips rules that are off, and renders English', async () => {
    const warn = await lintText(doc('甲'), config([findJia as AnyRule, 1]), { locale: 'en' });
    expect(warn.messages[0]).toMatchObject({ severity: 1, message: 'found "甲"' });
    expect(warn.warningCount).toBe(1);
    expect(warn.fixableWarningCount).toBe(1);
    const off = await lintText(doc('甲'), config([findJia as AnyRule, 0]));
    expect(off.messages).toEqual([]);
  });

  it('turns a crashing rule into one fatal message and still runs the others', async () => {
    const { messages, fatalErrorCount } = await lintText(doc('甲'), config([crashing as AnyRule, 2], [findJia as AnyRule, 2]));
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['crashing', 'find-jia']);
    expect(messages.find((m) => m.ruleId === 'crashing')).toMatchObject({ fatal: true, severity: 2 });
    expect(messages.find((m) => m.ruleId === 'crashing')?.message).toContain('kaput');
    expect(fatalErrorCount).toBe(1);
  });

  it('treats an out-of-range report or an unknown messageId as a defect of that rule', async () => {
    const { messages } = await lintText(doc('甲'), config([outOfRange as AnyRule, 2], [unknownMessage as AnyRule, 1]));
    expect(messages.every((m) => m.fatal)).toBe(true);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['out-of-range', 'unknown-message']);
  });

  it('keeps a bad report a defect of its rule when the rule catches its own errors', async () => {
    // Reports become messages as they are made: a report() that threw would be swallowed by a rule's own catch.
    const guarded = defineRule({
      meta: meta('guarded'),
      check(context) {
        try {
          context.report({ messageId: 'found', data: { what: '甲' }, range: [0, 99] });
        } catch {
          // a rule's own guard
        }
        context.report({ messageId: 'found', data: { what: '甲' }, range: [0, 1] });
      },
    });
    const { messages } = await lintText(doc('甲'), config([guarded as AnyRule, 2]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'guarded', fatal: true });
    expect(messages[0]?.message).toContain('[0, 99]');
  });

  it('drops the fixes of a rule not marked fixable: nothing is applied and nothing counts as fixable', async () => {
    /** Offers a fix like find-jia, but its meta does not say `fixable`. */
    const unmarked = defineRule({
      meta: meta('unmarked-fix'),
      check(context) {
        for (const match of context.text.matchAll(/甲/g)) {
          const range = [match.index, match.index + 1] as const;
          context.report({ messageId: 'found', data: { what: '甲' }, range, fix: { range, text: '乙' } });
        }
      },
    });
    for (const severity of [1, 2] as const) {
      const result = await lintText(doc('甲乙甲'), config([unmarked as AnyRule, severity]), { fix: true });
      expect(result.output).toBeUndefined();
      expect(result.messages.map((m) => [m.ruleId, m.column, m.fix])).toEqual([
        ['unmarked-fix', 1, undefined],
        ['unmarked-fix', 3, undefined],
      ]);
      expect(result.fixableErrorCount + result.fixableWarningCount).toBe(0);
    }
    // The same rule marked fixable keeps its fixes; a fixable rule next to it is not affected.
    const marked = { ...unmarked, meta: { ...unmarked.meta, id: 'marked-fix', fixable: true } } as AnyRule;
    const both = await lintText(doc('甲'), config([unmarked as AnyRule, 2], [marked, 2]));
    expect(both.messages.map((m) => [m.ruleId, m.fix !== undefined])).toEqual([
      ['marked-fix', true],
      ['unmarked-fix', false],
    ]);
    expect(both.fixableErrorCount).toBe(1);
  });

  it('fixes, lints again, and returns the output', async () => {
    const result = await lintText(doc('甲乙甲'), config([findJia as AnyRule, 2]), { fix: true });
    expect(result.output).toBe('乙乙乙');
    expect(result.messages).toEqual([]);
    const clean = await lintText(doc('乙'), config([findJia as AnyRule, 2]), { fix: true });
    expect(clean.output).toBeUndefined();
  });

  it('maps positions through the reader for Word documents and adds an excerpt', async () => {
    const text = '第一段\n\n第二段有甲字\n';
    const locate = (offset: number) => ({ line: 1, column: offset + 1, paragraph: offset < 5 ? 1 : 2 });
    const { messages } = await lintText(doc(text, { locate, sourceFormat: 'docx' }), config([findJia as AnyRule, 2]));
    expect(messages[0]).toMatchObject({ paragraph: 2, line: 1, column: text.indexOf('甲') + 1 });
    expect(messages[0]?.excerpt).toBe('甲字');
    // The text is not the .docx file, so no fix is offered (and none is counted as fixable).
    expect(messages[0]?.fix).toBeUndefined();
  });

  it('never shows personal data in a Word excerpt: the rule supplies a masked one', async () => {
    const { builtinRules } = await import('../../rules/index.js');
    const rule = builtinRules['no-personal-info']!;
    const text = '联系人电话13812345678。\n';
    const { messages } = await lintText(doc(text, { locate: (o) => ({ line: 1, column: o + 1, paragraph: 1 }), sourceFormat: 'docx' }), config([rule, 2]));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.excerpt).not.toContain('13812345678');
    expect(messages[0]?.message).not.toContain('13812345678');
  });

  it('moves messages silenced by a directive to suppressedMessages', async () => {
    const text = '<!-- reportlint-disable-next-line find-jia -->\n甲\n甲\n';
    const result = await lintText(doc(text), config([findJia as AnyRule, 2]));
    expect(result.messages.map((m) => m.line)).toEqual([3]);
    expect(result.suppressedMessages.map((m) => m.line)).toEqual([2]);
    const ignored = await lintText(doc(text), config([findJia as AnyRule, 2]), { inlineConfig: false });
    expect(ignored.messages).toHaveLength(2);
  });
});
