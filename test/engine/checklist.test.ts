/**
 * The checklist: one verdict per enabled statutory rule (meta.statutory), with the evidence the rule gave through
 * context.satisfied(), after inline directives; crashes stay isolated to their rule.
 */
import type { Root } from 'mdast';
import { describe, expect, it, vi } from 'vitest';
import { evidenceExcerpt, lintText } from '../../src/engine/lint-text.js';
import { defineRule } from '../../src/rule-api.js';
import type { AnyRule, LintDocument, OriginalLocation, ResolvedConfig } from '../../src/types.js';

// A sentinel text makes the model builder throw, to see the checklist when no rule could run.
vi.mock('../../src/model/build.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/build.js')>();
  return {
    ...actual,
    buildModel: (text: string, tree: Root) => {
      if (text.includes('MODEL-CRASH')) throw new Error('model kaput');
      return actual.buildModel(text, tree);
    },
  };
});

const meta = (id: string, statutory = true) => ({
  id,
  description: '测试规则',
  descriptionEn: 'test rule',
  category: 'content' as const,
  severity: 'error' as const,
  messages: { missing: { zh: '未写明“{what}”', en: 'no "{what}"' } },
  ...(statutory ? { statutory: { zh: `事项${id}`, en: `item ${id}` } } : {}),
});

/** Finds each word in the text: evidence where it is, a message where it is not. */
function finder(id: string, words: string[], statutory = true): AnyRule {
  return defineRule({
    meta: meta(id, statutory),
    check(context) {
      for (const word of words) {
        const at = context.text.indexOf(word);
        if (at === -1) context.report({ messageId: 'missing', data: { what: word } });
        else context.satisfied({ range: [at, at + word.length], ...(words.length > 1 ? { label: word } : {}) });
      }
    },
  }) as AnyRule;
}

const satisfies = finder('satisfies', ['第一责任人']);
const reports = finder('reports', ['不存在的内容']);
const partial = finder('partial', ['行政执法公示', '执法全过程记录', '重大执法决定法制审核']);
const throws = defineRule({
  meta: meta('throws'),
  check(context) {
    context.satisfied({ range: [0, 1] });
    throw new Error('kaput');
  },
}) as AnyRule;
const plain = finder('plain', ['第一责任人'], false);
const badEvidence = defineRule({
  meta: meta('bad-evidence'),
  check(context) {
    context.satisfied({ range: [0, context.text.length + 3] });
  },
}) as AnyRule;
const noRange = defineRule({
  meta: meta('no-range'),
  check(context) {
    (context.satisfied as (e: unknown) => void)({ label: 'x' });
  },
}) as AnyRule;
/** Fixable: reports every 甲 (fix → 乙) and gives the first 乙 as evidence. */
const fixable = defineRule({
  meta: { ...meta('fixable'), fixable: true },
  check(context) {
    for (const match of context.text.matchAll(/甲/g)) {
      const range = [match.index, match.index + 1] as const;
      context.report({ messageId: 'missing', data: { what: '乙' }, range, fix: { range, text: '乙' } });
    }
    const at = context.text.indexOf('乙');
    if (at !== -1) context.satisfied({ range: [at, at + 1] });
  },
}) as AnyRule;

function config(...rules: Array<AnyRule | [AnyRule, 0 | 1 | 2]>): ResolvedConfig {
  const entries = rules.map((entry) => (Array.isArray(entry) ? entry : ([entry, 2] as const)));
  return {
    rules: new Map(entries.map(([rule, severity]) => [rule.meta.id, { rule, setting: { severity, options: {} } }])),
    settings: {},
    sources: [],
  };
}
const doc = (text: string, extra: Partial<LintDocument> = {}): LintDocument => ({ filePath: 'r.txt', text, syntax: 'text', ...extra });

const TEXT = '关于2024年法治政府建设情况的报告\n镇党委书记认真履行第一责任人职责。\n全面落实行政执法公示制度和执法全过程记录制度。\n';

describe('checklist', () => {
  it('passes a statutory rule that only gave evidence, with the place and text of each piece', async () => {
    const result = await lintText(doc(TEXT), config(satisfies));
    const at = TEXT.indexOf('第一责任人');
    expect(result.checklist).toEqual([
      {
        ruleId: 'satisfies',
        item: '事项satisfies',
        status: 'pass',
        evidence: [{ line: 2, column: 10, endLine: 2, endColumn: 15, range: [at, at + 5], excerpt: '第一责任人' }],
        messages: [],
      },
    ]);
    expect(result.messages).toEqual([]);
  });

  it('names the item in the run locale', async () => {
    const result = await lintText(doc(TEXT), config(satisfies), { locale: 'en' });
    expect(result.checklist?.[0]?.item).toBe('item satisfies');
  });

  it('fails a rule that reported, with its message texts; partial evidence is kept', async () => {
    const result = await lintText(doc(TEXT), config(reports, partial));
    expect(result.checklist?.map((item) => [item.ruleId, item.status])).toEqual([
      ['reports', 'fail'],
      ['partial', 'fail'],
    ]);
    expect(result.checklist?.[0]).toMatchObject({ evidence: [], messages: ['未写明“不存在的内容”'] });
    const both = result.checklist?.[1];
    expect(both?.messages).toEqual(['未写明“重大执法决定法制审核”']);
    expect(both?.evidence.map((place) => [place.label, place.excerpt, place.line])).toEqual([
      ['行政执法公示', '行政执法公示', 3],
      ['执法全过程记录', '执法全过程记录', 3],
    ]);
  });

  it('fails on a warning too: the verdict does not depend on severity', async () => {
    const result = await lintText(doc(TEXT), config([reports, 1]));
    expect(result.checklist?.[0]?.status).toBe('fail');
  });

  it("marks a crashed rule 'error' with the crash message and no evidence; the other rules keep theirs", async () => {
    const result = await lintText(doc(TEXT), config(throws, satisfies));
    expect(result.checklist?.[0]).toMatchObject({ ruleId: 'throws', status: 'error', evidence: [] });
    expect(result.checklist?.[0]?.messages[0]).toContain('kaput');
    expect(result.checklist?.[1]).toMatchObject({ ruleId: 'satisfies', status: 'pass' });
    expect(result.fatalErrorCount).toBe(1);
  });

  it('treats an evidence range outside the text, or none, as a defect of that rule', async () => {
    const result = await lintText(doc(TEXT), config(badEvidence, noRange, satisfies));
    expect(result.checklist?.map((item) => item.status)).toEqual(['error', 'error', 'pass']);
    expect(result.checklist?.[0]?.messages[0]).toContain('evidence range');
    expect(result.messages.filter((m) => m.fatal).map((m) => m.ruleId).sort()).toEqual(['bad-evidence', 'no-range']);
  });

  it('gives no item to rules that are not statutory (their satisfied() calls are ignored) or are off', async () => {
    const none = await lintText(doc(TEXT), config(plain));
    expect(none.checklist).toBeUndefined();
    expect(none.messages).toEqual([]);
    const off = await lintText(doc(TEXT), config([satisfies, 0], plain, reports));
    expect(off.checklist?.map((item) => item.ruleId)).toEqual(['reports']);
  });

  it('lists the items in the order the rules ran', async () => {
    const result = await lintText(doc(TEXT), config(partial, plain, satisfies, reports));
    expect(result.checklist?.map((item) => item.ruleId)).toEqual(['partial', 'satisfies', 'reports']);
  });

  it('passes, marked suppressed, when every finding was silenced by a directive', async () => {
    const text = `关于报告\n<!-- reportlint-disable-next-line partial -- 本单位无法制审核事项 -->\n${TEXT}`;
    const rule = defineRule({
      meta: meta('partial'),
      check(context) {
        const at = context.text.indexOf('行政执法公示');
        context.satisfied({ range: [at, at + 6], label: '行政执法公示' });
        const line = context.text.indexOf('关于2024');
        context.report({ messageId: 'missing', data: { what: '重大执法决定法制审核' }, range: [line, line + 4] });
      },
    }) as AnyRule;
    const result = await lintText(doc(text), config(rule));
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages).toHaveLength(1);
    expect(result.checklist).toEqual([
      expect.objectContaining({ status: 'pass', suppressed: true, messages: [], evidence: [expect.objectContaining({ label: '行政执法公示' })] }),
    ]);
    // With --no-inline-config the same finding fails the item.
    const ignored = await lintText(doc(text), config(rule), { inlineConfig: false });
    expect(ignored.checklist?.[0]).toMatchObject({ status: 'fail', messages: ['未写明“重大执法决定法制审核”'] });
    expect(ignored.checklist?.[0]).not.toHaveProperty('suppressed');
  });

  it('a directive for another rule does not silence this one', async () => {
    const text = `<!-- reportlint-disable-file satisfies -->\n${TEXT}`;
    const result = await lintText(doc(text), config(reports));
    expect(result.checklist?.[0]).toMatchObject({ status: 'fail' });
    expect(result.checklist?.[0]).not.toHaveProperty('suppressed');
  });

  it('with --fix, is the checklist of the last pass', async () => {
    const result = await lintText(doc('一甲二\n'), config(fixable), { fix: true });
    expect(result.output).toBe('一乙二\n');
    expect(result.checklist).toEqual([
      { ruleId: 'fixable', item: '事项fixable', status: 'pass', evidence: [expect.objectContaining({ range: [1, 2], excerpt: '乙' })], messages: [] },
    ]);
  });

  it("says 'error' for every statutory item when the report's structure could not be analysed", async () => {
    const result = await lintText(doc(`MODEL-CRASH\n${TEXT}`), config(satisfies, plain, reports));
    expect(result.checklist?.map((item) => [item.ruleId, item.status])).toEqual([
      ['satisfies', 'error'],
      ['reports', 'error'],
    ]);
    expect(result.checklist?.[0]?.messages[0]).toContain('model kaput');
  });
});

describe('evidence places', () => {
  it('gives Word paragraphs, with the range text as the excerpt', async () => {
    const paragraphs = TEXT.split('\n');
    const locate = (offset: number): OriginalLocation => {
      const before = TEXT.slice(0, offset).split('\n');
      return { line: before.length, column: before.at(-1)!.length + 1, paragraph: before.length * 2 };
    };
    const result = await lintText(doc(TEXT, { locate, sourceFormat: 'docx', filePath: 'r.docx' }), config(partial));
    const [publicity, recording] = result.checklist![0]!.evidence;
    expect(publicity).toMatchObject({ label: '行政执法公示', paragraph: 6, line: 3, column: paragraphs[2]!.indexOf('行政执法公示') + 1, excerpt: '行政执法公示' });
    expect(recording).toMatchObject({ paragraph: 6, excerpt: '执法全过程记录' });
    expect(publicity).not.toHaveProperty('page');
  });

  it('gives PDF pages and lines on the page', async () => {
    const locate = (offset: number): OriginalLocation => ({ line: 1, column: offset + 1, page: offset < 20 ? 1 : 2, pageLine: offset < 20 ? 1 : 7 });
    const result = await lintText(doc(TEXT, { locate, sourceFormat: 'pdf', filePath: 'r.pdf' }), config(satisfies, partial));
    expect(result.checklist?.[0]?.evidence[0]).toMatchObject({ page: 2, pageLine: 7, excerpt: '第一责任人' });
    expect(result.checklist?.[0]?.evidence[0]).not.toHaveProperty('paragraph');
  });

  it('folds whitespace and shortens long evidence to about 40 characters', () => {
    const long = '镇党委书记\n  亲自主持召开党委会\t专题研究法治建设'.padEnd(80, '。');
    const shown = evidenceExcerpt(long, 0, long.length);
    expect(shown.startsWith('镇党委书记 亲自主持召开党委会 专题研究法治建设')).toBe(true);
    expect(Array.from(shown)).toHaveLength(40);
    expect(shown.endsWith('…')).toBe(true);
    expect(evidenceExcerpt('甲乙丙', 0, 3)).toBe('甲乙丙');
    // An empty range shows the rest of its line.
    expect(evidenceExcerpt('标题\n正文第一句。\n下一行', 3, 3)).toBe('正文第一句。');
  });

  it('keeps the evidence text for plain text too, and the label trimmed', async () => {
    const rule = defineRule({
      meta: meta('labelled'),
      check(context) {
        context.satisfied({ range: [0, 4], label: '  标题 ' });
        context.satisfied({ range: [0, 4], label: '' });
      },
    }) as AnyRule;
    const result = await lintText(doc(TEXT), config(rule));
    expect(result.checklist?.[0]?.evidence).toEqual([
      { label: '标题', line: 1, column: 1, endLine: 1, endColumn: 5, range: [0, 4], excerpt: '关于20' },
      { line: 1, column: 1, endLine: 1, endColumn: 5, range: [0, 4], excerpt: '关于20' },
    ]);
  });
});
