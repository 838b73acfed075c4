import { describe, expect, it } from 'vitest';
import { collectDirectives, findSuppressor, parseDirective } from '../../src/engine/directives.js';
import { parseDocument } from '../../src/engine/parse.js';

describe('parseDirective', () => {
  it('reads kind, ids (comma or space separated) and the reason', () => {
    expect(parseDirective('<!-- reportlint-disable rule-a, rule-b -- 理由 -->')).toEqual({
      kind: 'disable',
      ruleIds: ['rule-a', 'rule-b'],
      justification: '理由',
    });
    expect(parseDirective('<!-- reportlint-disable-next-line a b -->')).toEqual({ kind: 'disable-next-line', ruleIds: ['a', 'b'] });
    expect(parseDirective('<!--reportlint-enable-->')).toEqual({ kind: 'enable', ruleIds: [] });
    expect(parseDirective('<!-- reportlint-disable-file -->')?.kind).toBe('disable-file');
    expect(parseDirective('<!-- reportlint-disable-line x -->')?.kind).toBe('disable-line');
  });

  it('ignores other comments', () => {
    expect(parseDirective('<!-- 备注 -->')).toBeUndefined();
    expect(parseDirective('<!-- reportlint-disabled x -->')).toBeUndefined();
    expect(parseDirective('reportlint-disable x')).toBeUndefined();
  });
});

describe('collectDirectives', () => {
  it('finds comments in Markdown, inline ones too', async () => {
    const text = '# 标题\n\n<!-- reportlint-disable a -->\n\n正文<!-- reportlint-disable-line b -->\n';
    const { directives } = collectDirectives(await parseDocument({ text, syntax: 'markdown' }), text, 'markdown');
    expect(directives.map((d) => [d.kind, d.line, d.targetLine])).toEqual([
      ['disable', 3, undefined],
      ['disable-line', 5, 5],
    ]);
  });

  it('takes plain-text directive lines out of the tree so the model never sees them', async () => {
    const text = '标题\n<!-- reportlint-disable-next-line a -->\n\n正文\n';
    const tree = await parseDocument({ text, syntax: 'text' });
    const { directives, tree: rest } = collectDirectives(tree, text, 'text');
    expect(directives[0]).toMatchObject({ kind: 'disable-next-line', line: 2, targetLine: 4 });
    expect(rest.children).toHaveLength(2);
    expect(tree.children).toHaveLength(3);
  });

  it('reads an indented plain-text directive line, keeps every other line, and keeps the tree when there is none', async () => {
    const text = '标题\n\u3000 <!-- reportlint-disable a -->\n正文\n<!-- 普通注释 -->\n  <!-- reportlint-enable a -->\n结尾\n';
    const tree = await parseDocument({ text, syntax: 'text' });
    const { directives, tree: rest } = collectDirectives(tree, text, 'text');
    expect(directives.map((d) => [d.kind, d.line])).toEqual([
      ['disable', 2],
      ['enable', 5],
    ]);
    expect(rest.children.map((node) => node.position?.start.line)).toEqual([1, 3, 4, 6]);
    const plain = '标题\n正文\n';
    const untouched = await parseDocument({ text: plain, syntax: 'text' });
    expect(collectDirectives(untouched, plain, 'text')).toEqual({ directives: [], tree: untouched });
  });

  it('does not treat a comment inside a sentence of plain text as a directive', async () => {
    const text = '正文 <!-- reportlint-disable a --> 正文\n';
    const { directives } = collectDirectives(await parseDocument({ text, syntax: 'text' }), text, 'text');
    expect(directives).toEqual([]);
  });
});

describe('findSuppressor', () => {
  const text = [
    '<!-- reportlint-disable a -->', // 1
    'x', // 2
    '<!-- reportlint-enable a -->', // 3
    'y', // 4
    '<!-- reportlint-disable -->', // 5
    'z', // 6
    '<!-- reportlint-enable b -->', // 7
    'w', // 8
  ].join('\n');
  const offsetOf = (line: number) => text.split('\n').slice(0, line - 1).join('\n').length + 1;

  it('replays disable/enable blocks by rule', async () => {
    const { directives } = collectDirectives(await parseDocument({ text, syntax: 'text' }), text, 'text');
    expect(findSuppressor(directives, 'a', offsetOf(2), 2)?.line).toBe(1);
    expect(findSuppressor(directives, 'b', offsetOf(2), 2)).toBeUndefined();
    expect(findSuppressor(directives, 'a', offsetOf(4), 4)).toBeUndefined();
    expect(findSuppressor(directives, 'b', offsetOf(6), 6)?.line).toBe(5);
    expect(findSuppressor(directives, 'b', offsetOf(8), 8)).toBeUndefined();
    expect(findSuppressor(directives, 'a', offsetOf(8), 8)?.line).toBe(5);
  });
});
