import { describe, expect, it } from 'vitest';
import { applyFixes, protectedRanges } from '../../src/engine/fix.js';
import { parseDocument } from '../../src/engine/parse.js';

describe('applyFixes', () => {
  it('applies non-overlapping edits from the end so offsets stay valid', () => {
    const { output, applied } = applyFixes('a,b,c', [{ range: [1, 2], text: '，' }, { range: [3, 4], text: '，' }], []);
    expect(output).toBe('a，b，c');
    expect(applied).toBe(2);
  });

  it('keeps the first of two overlapping edits for the next pass', () => {
    const { output, applied } = applyFixes('abcdef', [{ range: [1, 4], text: 'X' }, { range: [2, 5], text: 'Y' }], []);
    expect(output).toBe('aXef');
    expect(applied).toBe(1);
  });

  it('never edits inside a guarded range, and skips edits that change nothing', () => {
    const { output } = applyFixes('ab,cd', [{ range: [2, 3], text: '，' }, { range: [0, 1], text: 'a' }], [[1, 4]]);
    expect(output).toBe('ab,cd');
  });

  it('may remove a guarded range whole, e.g. a residue line with its link', () => {
    const text = '正文\n[打印本页](javascript:print())\n';
    const line: [number, number] = [3, text.length];
    const guarded: Array<[number, number]> = [[text.indexOf(']('), text.length - 1]];
    expect(applyFixes(text, [{ range: line, text: '' }], guarded).output).toBe('正文\n');
    expect(applyFixes(text, [{ range: [text.indexOf('print'), text.indexOf('print') + 5], text: 'x' }], guarded).output).toBe(text);
  });

  it('rejects edits outside the text', () => {
    expect(applyFixes('ab', [{ range: [1, 5], text: 'x' }], []).output).toBe('ab');
  });
});

describe('protectedRanges', () => {
  it('guards code, link targets, URLs, e-mail, HTML and front matter in Markdown', async () => {
    const text = '---\ntitle: a,b\n---\n\n见[网站](http://x.cn/a,b)和`a,b`，邮箱a@b.cn。\n\n<div>a,b</div>\n';
    const tree = await parseDocument({ text, syntax: 'markdown' });
    const guarded = protectedRanges(tree, text);
    const isGuarded = (needle: string, from = 0) => {
      const at = text.indexOf(needle, from);
      return guarded.some(([s, e]) => s <= at && at < e);
    };
    expect(isGuarded('a,b')).toBe(true); // front matter
    expect(isGuarded('http://x.cn/a,b')).toBe(true);
    expect(isGuarded('网站')).toBe(false); // a link's label may be fixed
    expect(isGuarded('`a,b`')).toBe(true);
    expect(isGuarded('a@b.cn')).toBe(true);
    expect(isGuarded('<div>')).toBe(true);
  });

  it('guards bare URLs in plain text', async () => {
    const text = '详见 https://www.gov.cn/a,b?x=1 。\n';
    const guarded = protectedRanges(await parseDocument({ text, syntax: 'text' }), text);
    expect(guarded).toContainEqual([text.indexOf('https'), text.indexOf(' 。')]);
  });
});
