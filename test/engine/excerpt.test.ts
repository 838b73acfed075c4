/**
 * Excerpts shown for Word and PDF findings and for checklist evidence: the text as the writer sees it in the
 * original — no Markdown the reader added, never the next paragraph, never from the middle of a word.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evidenceExcerpt, excerpt } from '../../src/engine/lint-text.js';
import { readDocument } from '../../src/read/index.js';
import { lintText } from '../../src/engine/lint-text.js';
import { recommendedConfig } from '../rule-tester.js';

describe('excerpt', () => {
  test.prop([fc.string({ unit: fc.constantFrom('法', '治', 'a', '\u{20000}', '\ud800', '\udc00', '。'), maxLength: 120 })])(
    'cuts at 40 characters counted as code points, a lone surrogate as one, and marks the cut with …',
    (text) => {
      const chars = Array.from(text);
      expect(evidenceExcerpt(text, 0, text.length)).toBe(chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : text);
    },
  );

  it('leaves out the # of a heading and the ** of a bold line the reader wrote', () => {
    const text = '前言。\n\n# 一、落实党政负责人履行推进法治建设第一责任人情况\n\n**主要做法**\n';
    const heading = text.indexOf('一、');
    expect(excerpt(text, heading - 2, heading + 12)).toBe('一、落实党政负责人履行推');
    const bold = text.indexOf('**主要');
    expect(excerpt(text, bold, bold + 8)).toBe('主要做法');
  });

  it('a short range shows the rest of its line, not the next paragraph; escapes are dropped', () => {
    const text = '1\\. 严格执法\n\n下一段';
    expect(excerpt(text, 0, 0)).toBe('1. 严格执法');
  });

  it('an empty range at the end shows the last line from a clause boundary', () => {
    const text = '全面推进依法行政，持续深化法治政府建设，不断提升行政执法规范化水平和群众满意度';
    expect(excerpt(text, text.length, text.length)).toBe('…不断提升行政执法规范化水平和群众满意度');
    expect(excerpt('短句', 2, 2)).toBe('短句');
  });

  it('long text is cut with …; evidence keeps exactly a short range', () => {
    expect(excerpt('甲'.repeat(30), 0, 30)).toBe(`${'甲'.repeat(23)}…`);
    expect(evidenceExcerpt('一乙二', 1, 2)).toBe('乙');
  });

  it('Word findings on a real document never show reader markup', async () => {
    const document = await readDocument('fixtures/formats/001_778d263dd7ed8752.docx');
    const { messages } = await lintText(document, recommendedConfig());
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.excerpt, message.message).not.toMatch(/^#|\*\*|^[:：]\s/);
  });
});
