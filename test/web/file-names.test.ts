import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../src/web/app/file-names.js';

const names = (...list: string[]) => distinctNames(list.map((name) => ({ name }))).map((file) => file.name);

describe('distinctNames: files of one name dropped together are all shown', () => {
  it('keeps distinct names as they are, in order', () => {
    expect(names('赵庄镇.docx', '左岚乡.pdf')).toEqual(['赵庄镇.docx', '左岚乡.pdf']);
  });

  it('numbers the later files of a name before the extension, as a download folder numbers copies', () => {
    expect(names('报告.docx', '报告.docx', '报告.docx')).toEqual(['报告.docx', '报告 (2).docx', '报告 (3).docx']);
    expect(names('报告', '报告')).toEqual(['报告', '报告 (2)']);
    expect(names('.reportlintrc', '.reportlintrc')).toEqual(['.reportlintrc', '.reportlintrc (2)']);
    expect(names('a.b.txt', 'a.b.txt')).toEqual(['a.b.txt', 'a.b (2).txt']);
  });

  it('never gives a number that another file of the drop already has as its name', () => {
    expect(names('报告.docx', '报告 (2).docx', '报告.docx')).toEqual(['报告.docx', '报告 (2).docx', '报告 (3).docx']);
  });

  it('keeps the other fields of each file', () => {
    const bytes = new ArrayBuffer(1);
    expect(distinctNames([{ name: 'x.txt', bytes }, { name: 'x.txt', bytes }])[1]).toEqual({ name: 'x (2).txt', bytes });
  });
});
