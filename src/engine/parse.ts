/**
 * The parse stage: a LintDocument's text → mdast. Markdown goes through unified + remark-parse
 * (front matter allowed); plain text through parse-text.ts. The Markdown parser is imported on first
 * use only: it costs about as much as Node's own start-up, and most reports are plain text.
 */
import type { Root } from 'mdast';
import type { LintDocument } from '../types.js';
import { parsePlainText } from './parse-text.js';

type MarkdownParser = (text: string) => Root;
let markdownParser: Promise<MarkdownParser> | undefined;

async function loadMarkdownParser(): Promise<MarkdownParser> {
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
  ]);
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
  return (text) => processor.parse(text);
}

export async function parseDocument(doc: Pick<LintDocument, 'text' | 'syntax'>): Promise<Root> {
  if (doc.syntax === 'text') return parsePlainText(doc.text);
  markdownParser ??= loadMarkdownParser();
  return (await markdownParser)(doc.text);
}

export { parsePlainText };
