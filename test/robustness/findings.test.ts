/**
 * What `npm run fuzz` found, kept as regular tests (issue 11): each input is the shrunk counterexample fast-check
 * printed, with the property it broke, checked again with everything ./properties.ts checks.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import type { LintDocument } from '../../src/types.js';
import { recommendedConfig } from '../rule-tester.js';
import { checkDocument } from './properties.js';

const txt = (text: string): LintDocument => ({ filePath: 'report.txt', text, syntax: 'text' });

const FINDINGS: ReadonlyArray<{ found: string; doc: LintDocument }> = [
  // Two rules offered edits of the same character: fullwidth-punctuation ，and title-format (delete the title's
  // trailing mark). Now the second loses its fix in that pass (src/engine/fix.ts keepFixesApart).
  { found: 'two fixes overlap', doc: txt('）,') },
  // title-format deleted one trailing mark per --fix pass, so twenty took more than the ten passes.
  { found: 'fixing the fixed text changes it', doc: txt('，，，，，，，，，，，，，，，，，，，，') },
  { found: 'fixing the fixed text changes it', doc: txt('。\n，，，，，，，，，，，，，，，，，，，，') },
  // no-web-residue deletes a residue line with the blank lines around it, or a run of residue lines at the end: the
  // fix leaves its message's line, over blank lines and lines that are residue too (what "on its lines" means).
  { found: "fix leaves its message's lines", doc: txt('XX县2023年法治政府建设情况的报告\n关闭窗口，\n\n') },
  { found: "fix leaves its message's lines", doc: txt('0。\n\n字体：【大 中 小】report\n\n') },
  { found: "fix leaves its message's lines", doc: txt('法治政府建设。\n打印本页，.\n字体：【大 中 小】report，') },
  // …but not over a PDF page number at the end of the file, which no rule reports: the residue at the end was deleted
  // with everything after it, the page number too.
  { found: "fix leaves its message's lines", doc: txt(`report。\n字体：【大 中 小】\u0000${'**a** '.repeat(200)}字体：【大 中 小】\u0000\n007`) },
  // fullwidth-punctuation judged a ) by the bracket next to it: each --fix pass turned one ) of a run into ）, which made
  // the next one touch Chinese, so twenty took more than the ten passes. A run of brackets is now judged by what stands
  // around it.
  {
    found: 'fixing the fixed text changes it',
    doc: { filePath: 'report.md', text: `关于2023年度法治政府建设工作情况的报告\n（法治政府建设。，。\n${')'.repeat(20)}`, syntax: 'markdown' },
  },
  { found: 'fixing the fixed text changes it', doc: txt(`${'('.repeat(20)}法治政府建设。`) },
  // A line that is residue but for a mark at its end ("打印本页，": a clause mark makes it text) was taken for the title;
  // title-format deleted the mark, no-web-residue then the line, the next line became the title, and so on, a line per
  // pass. Such a line is never the title now.
  {
    found: 'fixing the fixed text changes it',
    doc: txt('  - 打印本页\u0000，\n    - 打印本页\u0000，\n      - 打印本页\u0000，\n'.repeat(60).slice(0, -1)),
  },
  { found: 'fixing the fixed text changes it', doc: txt('第3页，\n'.repeat(30)) },
  // The evidence of require-problems-and-causes (the sentence that names a cause) began inside an astral character.
  { found: 'evidence splits a surrogate pair', doc: txt('，。\n一、，。𐀀𐀀。存在的问题法治政府建设：主要原因是。法治政府建设。') },
];

describe('fuzz findings (issue 11)', () => {
  it.each(FINDINGS.map((f) => [f.found, JSON.stringify(f.doc.text), f.doc] as const))('%s: %s', async (_found, _text, doc) => {
    await checkDocument(doc);
  });

  it('a title ending in a run of marks loses them all in one --fix', async () => {
    const result = await lintText(txt('XX县2023年法治政府建设情况的报告，，，，，，，，，，，，，，\n正文。'), recommendedConfig(), { fix: true });
    expect(result.output?.split('\n')[0]).toBe('XX县2023年法治政府建设情况的报告');
  });
});
