/** Placeholder: the html reader is being written (issue 4). */
import { ReadError } from '../errors.js';
import type { Locale } from '../types.js';
import type { ReadDocumentResult } from './index.js';

export async function readHtml(
  _buffer: Uint8Array,
  filePath: string,
  options: { locale?: Locale; encoding?: string } = {},
): Promise<ReadDocumentResult> {
  throw new ReadError(
    options.locale === 'en' ? `Cannot read ${filePath}: .html is not supported yet` : `无法读取 ${filePath}：暂不支持 .html 文件`,
    filePath,
  );
}
