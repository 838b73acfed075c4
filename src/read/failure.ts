/**
 * How a file that could not be read is described in its result, by the CLI and the browser page alike:
 * "无法读取：<reason>" (the result names the file already), with advice when the reason gives none.
 */
import type { ReadError } from '../errors.js';
import { t } from '../messages/index.js';
import type { Locale } from '../types.js';

/** "无法读取：<reason>". */
export function cannotRead(locale: Locale, reason: string): string {
  return t('files.cannotRead', locale, { reason });
}

/** A reader's "无法读取 <path>：<reason>" as a result's message: the path goes; a reason without advice gets some. */
export function readFailure(error: ReadError, locale: Locale): string {
  let reason = error.message;
  for (const prefix of [t('read.failed', 'zh', { file: error.filePath, reason: '' }), t('read.failed', 'en', { file: error.filePath, reason: '' })]) {
    if (reason.startsWith(prefix)) reason = reason.slice(prefix.length);
  }
  const advised = /请|可用|\b(save|provide|check|name it|use)\b/i.test(reason);
  if (!advised) reason += t('cli.readAdvice', locale);
  return cannotRead(locale, reason);
}
