/**
 * proseSegments is asked by several rules per report: it is made once per tree and text and shared, so it must be
 * frozen (a rule cannot change what the next one sees) and made again for another text.
 */
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/engine/parse.js';
import { proseSegments } from '../../src/text/prose.js';

describe('proseSegments', () => {
  it('is made once per tree and text, frozen, and made again for another text', () => {
    const text = '一、总体情况\n今年我镇推进法治政府建设。\n';
    const tree = parsePlainText(text);
    const segments = proseSegments(tree, text);
    expect(segments.map((segment) => segment.text)).toEqual(['一、总体情况', '今年我镇推进法治政府建设。']);
    expect(proseSegments(tree, text)).toBe(segments);
    expect(Object.isFrozen(segments) && segments.every((segment) => Object.isFrozen(segment))).toBe(true);
    expect(() => (segments as unknown as string[]).push('x')).toThrow(TypeError);
    const other = text.replace('今年', '去年');
    expect(proseSegments(tree, other)).not.toBe(segments);
    expect(proseSegments(tree, other)[1]!.text).toBe('去年我镇推进法治政府建设。');
  });
});
