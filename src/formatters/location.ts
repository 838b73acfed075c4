/** Helpers shared by the text formatters: where a message is, in the terms of the original file. */
import { isAbsolute, relative } from 'node:path';
import { t } from '../messages/index.js';
import type { LintMessage, LintResult, Locale } from '../types.js';

/** `path` relative to `cwd` when it is absolute and below (or near) it; anything else as given (e.g. `<stdin>`). */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel === '' ? filePath : rel;
}

/**
 * Word and PDF users cannot go to a line and column; they look for a paragraph (第N段) or a page and the line on it
 * (第N页第M行). Returns that label, or undefined when the result is text or the message lacks the numbers.
 */
export function originalPlace(
  result: LintResult,
  message: Pick<LintMessage, 'paragraph' | 'page' | 'pageLine'>,
  locale: Locale,
): string | undefined {
  if (result.sourceFormat === 'docx' && message.paragraph !== undefined) {
    return t('format.paragraph', locale, { paragraph: message.paragraph });
  }
  if (result.sourceFormat === 'pdf' && message.page !== undefined && message.pageLine !== undefined) {
    return t('format.pageLine', locale, { page: message.page, line: message.pageLine });
  }
  if (result.sourceFormat === 'pdf' && message.page !== undefined) {
    return t('format.page', locale, { page: message.page });
  }
  return undefined;
}

const EXCERPT_MAX = 40;

/** The excerpt on one line, quoted, shortened if a reader left it long; undefined when there is none. */
export function quotedExcerpt(message: Pick<LintMessage, 'excerpt'>, locale: Locale): string | undefined {
  if (message.excerpt === undefined) return undefined;
  let text = message.excerpt.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const chars = Array.from(text);
  if (chars.length > EXCERPT_MAX) text = `${chars.slice(0, EXCERPT_MAX - 1).join('')}…`;
  return t('format.quote', locale, { text });
}

/** How a message is labelled: a fatal message (a crash, an unreadable file) is an error whatever its severity. */
export function severityOf(message: LintMessage): 'error' | 'warning' {
  return message.fatal === true || message.severity === 2 ? 'error' : 'warning';
}

/** A message on one line (a rule's message should be one already; a crash message may not be). */
export { oneLine } from '../errors.js';
