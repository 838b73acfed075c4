/**
 * Plain text → mdast. Real reports arrive as text with one paragraph per line (Word and web copies)
 * or with lines broken by PDF extraction, so every non-blank line becomes its own `paragraph`;
 * the report model joins broken lines back together. Positions point into the original text.
 */
import type { Paragraph, Root } from 'mdast';
import type { Point } from 'unist';

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

export function parsePlainText(text: string): Root {
  const children: Paragraph[] = [];
  let line = 1;
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match && match.index < text.length; match = LINE.exec(text)) {
    const raw = match[0];
    const content = raw.replace(/[\r\n]+$/, '');
    const leading = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (trimmed.length > 0) {
      const startOffset = match.index + leading;
      const endOffset = startOffset + trimmed.length;
      const start: Point = { line, column: leading + 1, offset: startOffset };
      const end: Point = { line, column: leading + trimmed.length + 1, offset: endOffset };
      children.push({
        type: 'paragraph',
        children: [{ type: 'text', value: trimmed, position: { start, end } }],
        position: { start, end },
      });
    }
    line += 1;
  }
  const end = endPoint(text);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

function endPoint(text: string): Point {
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  const lines = text.split(/\r\n|\r|\n/).length;
  return { line: lines, column: text.length - lastBreak, offset: text.length };
}
