import { describe, expect, it } from 'vitest';
import { formatResults, renderResultsInPieces } from '../../src/formatters/index.js';
import { jsonPieces, jsonWithMetadataPieces, serializeResult } from '../../src/formatters/json.js';
import type { ChecklistItem, LintMessage, LintResult } from '../../src/types.js';
import { result } from './helpers.js';

const json = (results: LintResult[], extra: { color?: boolean; rulesMeta?: Record<string, { description: string; url?: string }> } = {}) =>
  formatResults(results, { format: 'json', locale: 'zh', color: extra.color ?? false, cwd: '/w', ...(extra.rulesMeta ? { rulesMeta: extra.rulesMeta } : {}) });

const base: LintMessage = {
  ruleId: 'fullwidth-punctuation',
  messageId: 'halfwidth',
  severity: 1,
  message: '标点应使用全角：“,”应为“，”',
  line: 2,
  column: 5,
  endLine: 2,
  endColumn: 6,
  range: [12, 13],
  url: 'file:///pkg/rules/fullwidth-punctuation.md',
  fix: { range: [12, 13], text: '，' },
};

describe('json formatter', () => {
  it('prints an ESLint-compatible array on one line', () => {
    const out = json([result('/w/报告.txt', [base])]);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd()).not.toContain('\n');
    expect(JSON.parse(out)).toEqual([
      {
        filePath: '/w/报告.txt',
        messages: [
          {
            ruleId: 'fullwidth-punctuation',
            messageId: 'halfwidth',
            severity: 1,
            message: '标点应使用全角：“,”应为“，”',
            line: 2,
            column: 5,
            endLine: 2,
            endColumn: 6,
            range: [12, 13],
            url: 'file:///pkg/rules/fullwidth-punctuation.md',
            fix: { range: [12, 13], text: '，' },
          },
        ],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
      },
    ]);
  });

  it('prints [] for no results and keeps files without messages (as ESLint does)', () => {
    expect(json([])).toBe('[]\n');
    expect(JSON.parse(json([result('/w/clean.txt', [])]))).toEqual([
      { filePath: '/w/clean.txt', messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ]);
  });

  it('adds paragraph, page, pageLine and excerpt for Word and PDF, keeping line and column', () => {
    const [docx, pdf] = JSON.parse(
      json([
        result('/w/a.docx', [{ ...base, paragraph: 7, excerpt: '依法行政,' }], { sourceFormat: 'docx' }),
        result('/w/a.pdf', [{ ...base, page: 2, pageLine: 14, excerpt: '依法行政,' }], { sourceFormat: 'pdf' }),
      ]),
    );
    expect(docx.sourceFormat).toBe('docx');
    expect(docx.messages[0]).toMatchObject({ line: 2, column: 5, paragraph: 7, excerpt: '依法行政,' });
    expect(docx.messages[0]).not.toHaveProperty('page');
    expect(pdf.messages[0]).toMatchObject({ line: 2, column: 5, page: 2, pageLine: 14, excerpt: '依法行政,' });
  });

  it('marks fatal messages, serializes suppressed messages and output, and omits absent fields', () => {
    const fatal: LintMessage = { ruleId: null, severity: 2, message: '无法读取', line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], fatal: true };
    const suppressed: LintMessage = { ...base, fix: undefined as never };
    delete (suppressed as Partial<LintMessage>).fix;
    const [r] = JSON.parse(json([result('/w/x.txt', [fatal], { suppressedMessages: [suppressed], output: '修复后' })]));
    expect(r.messages[0]).toEqual({ ruleId: null, severity: 2, message: '无法读取', line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], fatal: true });
    expect(r.suppressedMessages[0]).not.toHaveProperty('fix');
    expect(r.suppressedMessages[0].ruleId).toBe('fullwidth-punctuation');
    expect(r.output).toBe('修复后');
    expect(r.fatalErrorCount).toBe(1);
    expect(r).not.toHaveProperty('source');
  });

  it('takes url from rulesMeta when a message has none, and ignores color', () => {
    const noUrl = { ...base };
    delete (noUrl as Partial<LintMessage>).url;
    const out = json([result('/w/a.txt', [noUrl])], { color: true, rulesMeta: { 'fullwidth-punctuation': { description: 'd', url: 'https://x/r.md' } } });
    expect(out).not.toContain('\u001b');
    expect(JSON.parse(out)[0].messages[0].url).toBe('https://x/r.md');
  });

  it('json-with-metadata wraps the same results with rulesMeta', () => {
    const out = formatResults([result('/w/a.txt', [base])], {
      format: 'json-with-metadata', locale: 'en', color: false, cwd: '/w',
      rulesMeta: { 'fullwidth-punctuation': { description: '标点应使用全角' } },
    });
    const parsed = JSON.parse(out);
    expect(parsed.results).toEqual(JSON.parse(json([result('/w/a.txt', [base])])));
    expect(parsed.metadata).toMatchObject({ cwd: '/w', columnUnit: 'utf16', rulesMeta: { 'fullwidth-punctuation': { description: '标点应使用全角' } } });
  });

  describe('checklist', () => {
    const checklist: ChecklistItem[] = [
      {
        ruleId: 'require-first-responsible-person',
        item: '第一责任人履职情况',
        status: 'pass',
        evidence: [{ line: 12, column: 1, endLine: 12, endColumn: 30, range: [400, 429], excerpt: '镇党委书记亲自主持召开……', paragraph: 12 }],
        messages: [],
      },
      {
        ruleId: 'require-enforcement-systems',
        item: '行政执法三项制度',
        status: 'fail',
        evidence: [{ label: '行政执法公示', line: 20, column: 3, endLine: 20, endColumn: 9, range: [700, 706], excerpt: '行政执法公示', paragraph: 20 }],
        messages: ['未写明“执法全过程记录制度”的落实情况'],
      },
      { ruleId: 'require-measures', item: '主要举措和成效', status: 'pass', evidence: [], messages: [], suppressed: true },
      { ruleId: 'require-next-year-plan', item: '下一年度工作安排', status: 'error', evidence: [], messages: ['规则 require-next-year-plan 运行出错（kaput）'] },
    ];

    it('adds checklist after ESLint’s fields, with every item, evidence place and flag', () => {
      const [r] = JSON.parse(json([result('/w/a.docx', [base], { sourceFormat: 'docx', checklist })]));
      expect(Object.keys(r)).toEqual([
        'filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount',
        'sourceFormat', 'checklist',
      ]);
      // Every field of every item and place, nothing more.
      expect(r.checklist).toEqual(JSON.parse(JSON.stringify(checklist)));
      expect(Object.keys(r.checklist[1].evidence[0])).toEqual(['label', 'line', 'column', 'endLine', 'endColumn', 'range', 'excerpt', 'paragraph']);
    });

    it('gives PDF evidence its page and line, and omits checklist when a result has none', () => {
      const pdf: ChecklistItem = {
        ruleId: 'r',
        item: 'x',
        status: 'pass',
        evidence: [{ line: 3, column: 1, endLine: 3, endColumn: 4, range: [9, 12], excerpt: '第一责', page: 2, pageLine: 5 }],
        messages: [],
      };
      const [withList, without] = JSON.parse(json([result('/w/a.pdf', [], { sourceFormat: 'pdf', checklist: [pdf] }), result('/w/b.txt', [base])]));
      expect(withList.checklist[0].evidence[0]).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 4, range: [9, 12], excerpt: '第一责', page: 2, pageLine: 5 });
      expect(without).not.toHaveProperty('checklist');
    });

    it('json-with-metadata carries the same checklist', () => {
      const results = [result('/w/a.txt', [], { checklist })];
      const parsed = JSON.parse(formatResults(results, { format: 'json-with-metadata', locale: 'zh', color: false, cwd: '/w' }));
      expect(parsed.results[0].checklist).toEqual(JSON.parse(json(results))[0].checklist);
      expect(parsed.results[0].checklist).toHaveLength(4);
    });

    it('leaves stylish and unix output unchanged', () => {
      const plain = [result('/w/a.txt', [base])];
      const listed = [result('/w/a.txt', [base], { checklist })];
      for (const format of ['stylish', 'unix']) {
        const options = { format, locale: 'zh' as const, color: false, cwd: '/w' };
        expect(formatResults(listed, options)).toBe(formatResults(plain, options));
      }
    });
  });
});

describe('json in pieces (what the CLI writes as it is made)', () => {
  const many = (count: number): LintMessage[] =>
    Array.from({ length: count }, (_, i) => ({ ...base, line: i + 1, range: [i, i + 1] as [number, number], message: `${base.message} ${i}` }));
  const cases: LintResult[][] = [
    [],
    [result('/w/clean.txt', [])],
    [result('/w/a.txt', many(1))],
    [result('/w/a.txt', many(500)), result('/w/b.txt', many(501))],
    [result('/w/c.md', many(1001), { suppressedMessages: many(2).map((m) => ({ ...m, suppressions: [{ kind: 'directive', justification: '' }] })), sourceFormat: 'docx', output: '修复后的“全文”\n' })],
  ];
  const context = { locale: 'zh', color: false, cwd: '/w', rulesMeta: { 'fullwidth-punctuation': { description: '全角标点' } } } as const;

  it('joined, are exactly JSON.stringify of the results, with and without metadata', () => {
    for (const results of cases) {
      const whole = JSON.stringify(results.map((r) => serializeResult(r, context)));
      expect([...jsonPieces(results, context)].join('')).toBe(whole);
      expect(JSON.parse([...jsonWithMetadataPieces(results, context)].join(''))).toEqual({
        results: JSON.parse(whole),
        metadata: { tool: 'reportlint', columnUnit: 'utf16', cwd: '/w', rulesMeta: context.rulesMeta },
      });
      expect(formatResults(results, { ...context, format: 'json' })).toBe(`${whole}\n`);
      expect(renderResultsInPieces(results, { ...context, format: 'json' })).toBeDefined();
    }
  });

  it('hold at most 100 messages each, so no piece grows with the run', () => {
    // 100: a piece of Chinese messages stays under the size V8 keeps in its large-object space until a full collection.
    const pieces = [...jsonPieces(cases[4]!, context)];
    const counted = pieces.map((piece) => piece.match(/"ruleId"/g)?.length ?? 0);
    expect(Math.max(...counted)).toBe(100);
    expect(counted.reduce((a, b) => a + b, 0)).toBe(1003);
  });

  it('are offered for stylish and unix too, not for the formats made whole', () => {
    for (const format of ['stylish', 'unix']) expect(renderResultsInPieces([], { ...context, format })).toBeDefined();
    for (const format of ['table', 'html', 'xlsx']) expect(renderResultsInPieces([], { ...context, format })).toBeUndefined();
  });
});
