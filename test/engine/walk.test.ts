/**
 * src/engine/walk.ts: every node in document order, SKIP honoured, a visitor may replace the array of children of
 * the node it visits, and no depth or width of tree is too much.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { SKIP, walk } from '../../src/engine/walk.js';

const tree = unified().use(remarkParse).parse('# 标题\n\n正文**加粗**和`代码`。\n\n- 一\n  - 二\n\n> 引用 *强调*\n');
const order = (root: Nodes, skip?: (node: Nodes) => boolean) => {
  const seen: Nodes[] = [];
  walk(root, (node) => {
    seen.push(node);
    return skip?.(node) ? SKIP : undefined;
  });
  return seen;
};

describe('walk', () => {
  it('visits every node in the order unist-util-visit does (pre-order)', () => {
    const expected: unknown[] = [];
    visit(tree, (node) => {
      expected.push(node);
    });
    expect(order(tree)).toEqual(expected);
    expect(order(tree).length).toBeGreaterThan(15);
  });

  it('does not enter a node whose visitor returns SKIP, and goes on after it', () => {
    const seen = order(tree, (node) => node.type === 'list');
    expect(seen.some((node) => node.type === 'listItem')).toBe(false);
    expect(seen.at(-1)?.type).toBe('text');
    expect(seen.some((node) => node.type === 'blockquote')).toBe(true);
  });

  it('reads a node’s children after visiting it: a visitor may replace the array', () => {
    const root: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '旧' }] }] };
    const seen: string[] = [];
    walk(root, (node) => {
      if (node.type === 'paragraph') node.children = [{ type: 'text', value: '新' }];
      if (node.type === 'text') seen.push(node.value);
    });
    expect(seen).toEqual(['新']);
  });

  it('walks a tree 100,000 deep and one 100,000 wide', () => {
    let deep: Nodes = { type: 'text', value: '底' };
    for (let i = 0; i < 100_000; i += 1) deep = { type: 'blockquote', children: [deep as never] };
    expect(order(deep).length).toBe(100_001);
    const wide: Root = { type: 'root', children: Array.from({ length: 100_000 }, () => ({ type: 'thematicBreak' as const })) };
    expect(order(wide).length).toBe(100_001);
  });
});
