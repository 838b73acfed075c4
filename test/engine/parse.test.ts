import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';

describe('parseDocument', () => {
  it('turns each non-blank line of plain text into a paragraph whose positions point into the text', async () => {
    const text = '\n  标题  \r\n\r\n正文一\n正文二';
    const tree = await parseDocument({ text, syntax: 'text' });
    const slices = tree.children.map((node) => text.slice(node.position!.start.offset, node.position!.end.offset));
    expect(slices).toEqual(['标题', '正文一', '正文二']);
    expect(tree.children.map((node) => [node.position!.start.line, node.position!.start.column])).toEqual([
      [2, 3],
      [4, 1],
      [5, 1],
    ]);
  });

  it('parses Markdown with front matter through remark', async () => {
    const tree = await parseDocument({ text: '---\nyear: 2024\n---\n\n# 标题\n\n正文\n', syntax: 'markdown' });
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'paragraph']);
  });
});
