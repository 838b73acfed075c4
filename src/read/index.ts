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
 *
 * A file is looked at before it is opened (issue 11): a folder, a named pipe, a device or a socket is refused without
 * opening it (a pipe would block the run, a device such as /dev/zero would never end), as is a file over
 * `limits.maxFileSize`; it is then opened without blocking, checked again (the same file, not one swapped in since)
 * and read no further than that limit. The readers take the other limits (src/read/limits.ts) as options.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { ReadError } from '../errors.js';
import { t, type MessageKey } from '../messages/index.js';
import type { LintDocument, Locale } from '../types.js';
import { decodeBuffer, encoderFor } from './decode.js';
import { DEFAULT_LIMITS, megabytes, type ReadLimits } from './limits.js';

export interface ReadOptions {
  /** --encoding: skip detection (text, Markdown and HTML files). */
  encoding?: string;
  /** Language of error messages; zh by default. */
  locale?: Locale;
  /** How much the readers take on (src/read/limits.ts); the defaults for what is not given. */
  limits?: Partial<ReadLimits>;
  /** Called as a long read goes on (PDF pages), for a progress line in the browser page. */
  onProgress?: ReadProgress;
}

/** `done` of `total` units (PDF pages) read. */
export type ReadProgress = (done: number, total: number) => void;

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

/**
 * Reads and decodes one file. Throws ReadError (exit 2) for a missing, unreadable, binary or undecodable file, one
 * that is not a regular file, or one over the limits.
 */
export async function readDocument(filePath: string, options: ReadOptions = {}): Promise<ReadDocumentResult> {
  return readText(await readFileBytes(filePath, options), filePath, options);
}

/** The bytes of a report file, with the checks and size limit of readDocument (for --cache, which hashes them first). */
export function readFileBytes(filePath: string, options: Pick<ReadOptions, 'limits' | 'locale'> = {}): Promise<Buffer> {
  return readRegularFile(filePath, options.limits?.maxFileSize ?? DEFAULT_LIMITS.maxFileSize, options.locale ?? 'zh');
}

/** What a non-regular file is, in a message. */
function kindOf(info: Stats): MessageKey {
  if (info.isFIFO()) return 'read.kindFifo';
  if (info.isSocket()) return 'read.kindSocket';
  return 'read.kindDevice';
}

/**
 * The bytes of a regular file of at most `maxSize` bytes; ReadError otherwise. A pipe or device is never opened.
 *
 * The calls are synchronous: a report is read whole before it is linted, and each promise-based call waits a round
 * trip through libuv's thread pool — six of them made reading 3,000 report files take about 1 s, against 40 ms this way
 * (and the lint waits for the bytes either way).
 */
async function readRegularFile(filePath: string, maxSize: number, locale: Locale): Promise<Buffer> {
  const refuse = (reason: string, cause?: unknown) =>
    new ReadError(t('read.failed', locale, { file: filePath, reason }), filePath, cause === undefined ? undefined : { cause });
  const check = (info: Stats): void => {
    if (info.isDirectory()) throw refuse(t('read.isDirectory', locale));
    if (!info.isFile()) throw refuse(t('read.notRegularFile', locale, { kind: t(kindOf(info), locale) }));
    if (info.size > maxSize) throw refuse(t('read.fileTooLarge', locale, { size: megabytes(info.size), limit: megabytes(maxSize) }));
  };
  let fd: number;
  try {
    check(statSync(filePath));
    // O_NONBLOCK: should the path have become a pipe since, opening it does not wait for a writer.
    fd = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw refuse(await describeFsError(error, filePath, locale), error);
  }
  try {
    const info = fstatSync(fd);
    check(info);
    // Read no more than the limit, even from a file that grows (or a /proc file whose size says 0).
    const limit = maxSize + 1;
    let buffer = Buffer.alloc(Math.min(limit, info.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= limit) break;
        const larger = Buffer.alloc(Math.min(limit, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxSize) throw refuse(t('read.fileTooLarge', locale, { size: `>${megabytes(maxSize)}`, limit: megabytes(maxSize) }));
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw refuse(await describeFsError(error, filePath, locale), error);
  } finally {
    closeSync(fd);
  }
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
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Standard input (and bytes handed in by a program) are held to the size limit of a file.
  if (buffer.length > limits.maxFileSize) {
    const reason = t('read.fileTooLarge', locale, { size: megabytes(buffer.length), limit: megabytes(limits.maxFileSize) });
    throw new ReadError(t('read.failed', locale, { file: filePath, reason }), filePath);
  }
  const kind = sourceKind(filePath);
  switch (kind) {
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return readDocx(buffer, filePath, { locale, limits });
    }
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(buffer, filePath, options);
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(buffer, filePath, { locale, limits, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
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

/** The reason a file could not be opened or read (without the "无法读取 <file>：" prefix). */
async function describeFsError(error: unknown, filePath: string, locale: Locale): Promise<string> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': {
      // A symbolic link whose target is gone is there, but leads nowhere.
      const link = await lstat(filePath).catch(() => undefined);
      return t(link?.isSymbolicLink() ? 'read.danglingLink' : 'read.noSuchFile', locale);
    }
    case 'ELOOP':
      return t('read.symlinkLoop', locale);
    case 'EISDIR':
      return t('read.isDirectory', locale);
    case 'EACCES':
    case 'EPERM':
      return t('read.permissionDenied', locale);
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}

export { decodeBuffer, encoderFor, normalizeEncoding } from './decode.js';
