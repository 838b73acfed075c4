/**
 * The read stage: a path (or stdin bytes) → a LintDocument.
 *
 *   .md .markdown        → decoded text, syntax 'markdown'
 *   .docx                → Word paragraphs as Markdown (read/docx.ts, mammoth loaded on demand)
 *   .html .htm           → the report body of a saved web page (read/html.ts, rehype loaded on demand)
 *   .pdf                 → the text layer, lines joined into paragraphs (read/pdf.ts, pdfjs loaded on demand)
 *   anything else        → decoded text, syntax 'text'
 *
 * Only text and Markdown files are `writable` (--fix saves them back, in their own encoding and BOM, with
 * `encode`). Linting a .md or .txt file never imports mammoth, pdfjs or rehype.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReadError } from '../errors.js';
import { t } from '../messages/index.js';
import type { LintDocument, Locale } from '../types.js';
import { decodeBuffer, encoderFor } from './decode.js';

export interface ReadOptions {
  /** --encoding: skip detection (text, Markdown and HTML files). */
  encoding?: string;
  /** Language of error messages; zh by default. */
  locale?: Locale;
}

export type ReadDocumentResult = LintDocument & {
  /** The encoding the text was decoded from ('utf-8', 'gb18030', …; 'docx'/'pdf' for those containers). */
  encoding: string;
  /** The original started with a byte-order mark (removed from `text`). */
  bom: boolean;
  /** --fix may save `text` back to the file: true only for .md, .markdown and .txt-like text files. */
  writable: boolean;
  /** Turns (fixed) text back into the file's bytes, in its original encoding and BOM. Present when writable. */
  encode?(text: string): Buffer;
};

export type SourceKind = 'markdown' | 'text' | 'docx' | 'html' | 'pdf' | 'legacy-word';

/** What a file name says about its form. */
export function sourceKind(filePath: string): SourceKind {
  const ext = path.extname(filePath).toLowerCase();
  switch (ext) {
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.docx':
      return 'docx';
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'html';
    case '.pdf':
      return 'pdf';
    case '.doc':
    case '.wps':
      return 'legacy-word';
    default:
      return 'text';
  }
}

/** File extensions a directory or glob run picks up (issue 4 item 5). */
export const LINTABLE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.docx', '.html', '.htm', '.pdf'];

/** Reads and decodes one file. Throws ReadError (exit 2) for a missing, unreadable, binary or undecodable file. */
export async function readDocument(filePath: string, options: ReadOptions = {}): Promise<ReadDocumentResult> {
  let buffer: Buffer;
  try {
    buffer = await readFile(filePath);
  } catch (error) {
    throw new ReadError(describeFsError(error, filePath, options.locale ?? 'zh'), filePath, { cause: error });
  }
  return readText(buffer, filePath, options);
}

/**
 * Decodes bytes that came from `filePath` (or from stdin, named by --stdin-filename). Async because the
 * Word, PDF and HTML readers are loaded on first use.
 */
export async function readText(
  buffer: Uint8Array,
  filePath: string,
  options: ReadOptions = {},
): Promise<ReadDocumentResult> {
  const locale = options.locale ?? 'zh';
  const kind = sourceKind(filePath);
  switch (kind) {
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return readDocx(buffer, filePath, { locale });
    }
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(buffer, filePath, options);
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(buffer, filePath, { locale });
    }
    case 'legacy-word':
      throw new ReadError(t('read.failed', locale, { file: filePath, reason: t('read.legacyWord', locale) }), filePath);
    case 'markdown':
    case 'text': {
      const decoded = decodeBuffer(buffer, filePath, options);
      const writable = isWritableText(filePath);
      return {
        filePath,
        text: decoded.text,
        syntax: kind,
        encoding: decoded.encoding,
        bom: decoded.bom,
        writable,
        ...(writable ? { encode: encoderFor(decoded.encoding, decoded.bom, locale) } : {}),
      };
    }
  }
}

/** --fix writes back only files whose text is the file itself. */
function isWritableText(filePath: string): boolean {
  const ext = path.extname(filePath).toLowerCase();
  return ext === '.md' || ext === '.markdown' || ext === '.txt';
}

function describeFsError(error: unknown, filePath: string, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const failed = (reason: string) => t('read.failed', locale, { file: filePath, reason });
  switch (code) {
    case 'ENOENT':
      return failed(t('read.noSuchFile', locale));
    case 'EISDIR':
      return failed(t('read.isDirectory', locale));
    case 'EACCES':
    case 'EPERM':
      return failed(t('read.permission', locale));
    default:
      return failed((error as Error | undefined)?.message ?? String(error));
  }
}

export { decodeBuffer, encoderFor, normalizeEncoding } from './decode.js';
