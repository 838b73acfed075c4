/**
 * The lines src/engine/simple-blocks.ts makes a heading or paragraph of without remark must be made exactly as remark
 * makes them (types, depth, text, every position): checked against remark on generated lines, and on every line of the
 * fixtures' Markdown reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { simpleBlock } from '../../src/engine/simple-blocks.js';

const remark = unified().use(remarkParse);

/** The node as JSON (positions as plain points): what a rule can see of it. */
const plain = (node: unknown) => JSON.parse(JSON.stringify(node)) as unknown;

/** remark's node for a one-line text, when remark makes exactly one node of it. */
function remarkNode(line: string): unknown {
  const { children } = remark.parse(line);
  return children.length === 1 ? plain(children[0]) : { nodes: children.length };
}

const UNITS = ['法', '治', '镇', 'a', 'Z', '1', '2', '0', ' ', '#', '.', ')', '-', '=', '+', '，', '。', '：', '\u3000', '%', '(', '/', ':', "'", '"', 'é', '\u{20000}'];

describe('simpleBlock', () => {
  test.prop([fc.string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 40 })], { numRuns: 3000 })(
    'makes what remark makes of any line it takes',
    (line) => {
      const made = simpleBlock(line, 0, line.length, 1);
      if (made) expect(plain(made)).toEqual(remarkNode(line));
    },
  );

  // Lines of a paragraph: mostly text, with the line starts that could end the paragraph or open another block.
  const LINE_UNITS = [...UNITS, '法治建设', '2023年', '\n', '\n', '\n', '\n-', '\n1.', '\n1. ', '\n=', '\n ', '\n#', '\n>', ' \n'];
  test.prop([fc.string({ unit: fc.constantFrom(...LINE_UNITS), minLength: 1, maxLength: 30 })], { numRuns: 3000 })(
    'makes what remark makes of any lines it takes as one paragraph',
    (lines) => {
      const made = simpleBlock(lines, 0, lines.length, 1);
      if (made) expect(plain(made)).toEqual(remarkNode(lines));
    },
  );

  it('takes the lines of real reports, and makes what remark makes of each', () => {
    const dir = path.join(import.meta.dirname, '../../fixtures/corpus/reports');
    let taken = 0;
    let lines = 0;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
      for (const line of readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/)) {
        if (line === '') continue;
        lines += 1;
        const made = simpleBlock(line, 0, line.length, 1);
        if (!made) continue;
        taken += 1;
        expect(plain(made)).toEqual(remarkNode(line));
      }
    }
    // Most lines of a report are plain headings and paragraphs.
    expect(taken / lines).toBeGreaterThan(0.6);
  });

  it('leaves to remark what is not a plain heading or paragraph', () => {
    for (const line of ['- 一项', '1. 第一', '2023) 年', '    缩进', '**加粗**', '`代码`', '[链接](x)', '&amp;', 'a\\b', '## 标题 ##', '####### 七级', '#标题', '## ', '末尾空格 ', '===', '> 引用', '1.\n正文', '正文\n- 一项', '标题\n===', '正文 \n续行', '正文\n 续行', '## 标题\n正文', '正文\r\n续行']) {
      expect(simpleBlock(line, 0, line.length, 1), line).toBeUndefined();
    }
    expect(simpleBlock('2023年，全镇', 0, 9, 1)?.type).toBe('paragraph');
    expect(simpleBlock('3.做好服务。', 0, 7, 1)?.type).toBe('paragraph');
    expect(simpleBlock('全年开展活动\n12次。', 0, 11, 1)).toMatchObject({ type: 'paragraph', position: { end: { line: 2, column: 5 } } });
    expect(simpleBlock('## 一、总体情况', 0, 9, 1)).toMatchObject({ type: 'heading', depth: 2 });
  });
});
