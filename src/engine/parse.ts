/**
 * The parse stage: a LintDocument's text → mdast. Markdown goes through unified + remark-parse
 * (front matter allowed), chunk by chunk and with a guard against input remark is slow on (./markdown.ts);
 * plain text through parse-text.ts. The Markdown parser is imported on first use only: it costs about as
 * much as Node's own start-up, and most reports are plain text.
 */
import type { Root } from 'mdast';
import type { LintDocument } from '../types.js';
import { parseMarkdownSafely, type Parser, type PlainRegion } from './markdown.js';
import { parsePlainText } from './parse-text.js';

let markdownParser: Promise<Parser> | undefined;

async function loadMarkdownParser(): Promise<Parser> {
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
  ]);
  const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
  const body = unified().use(remarkParse).freeze();
  return (text, atTextStart) => (atTextStart ? withFrontMatter : body).parse(text);
}

export async function parseDocument(doc: Pick<LintDocument, 'text' | 'syntax'>): Promise<Root> {
  return (await parseWithNotes(doc)).tree;
}

/** The tree, and the parts of a Markdown text that were read as plain text (see ./markdown.ts). */
export async function parseWithNotes(doc: Pick<LintDocument, 'text' | 'syntax'>): Promise<{ tree: Root; plain: PlainRegion[] }> {
  if (doc.syntax === 'text') return { tree: parsePlainText(doc.text), plain: [] };
  markdownParser ??= loadMarkdownParser();
  return parseMarkdownSafely(doc.text, await markdownParser);
}

export { parsePlainText };
