/**
 * One line per message, `path:line:column: severity message [rule-id]`, the form Vim's and Emacs's quickfix
 * (`errorformat` %f:%l:%c: %m) and most CI log parsers read. No summary line, so every line is a hit.
 * Word and PDF results keep line:column (of the extracted text) and add 第N段 / 第N页第M行 to the message.
 */
import { displayPath, oneLine, originalPlace, quotedExcerpt, severityOf } from './location.js';
import type { LintResult } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';

export const unix: Formatter = (results, context) => [...unixPieces(results, context)].join('');

/** unix's lines one by one, as the CLI writes them: the lines of a large report are never held as one string. */
export function* unixPieces(results: readonly LintResult[], context: FormatterContext): Generator<string> {
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    for (const message of result.messages) {
      const severity = severityOf(message);
      let text = oneLine(message.message);
      const place = originalPlace(result, message, context.locale);
      if (place !== undefined) {
        const excerpt = quotedExcerpt(message, context.locale);
        text += ` (${place}${excerpt === undefined ? '' : ` ${excerpt}`})`;
      }
      const rule = message.ruleId === null ? '' : ` [${message.ruleId}]`;
      yield `${path}:${message.line}:${message.column}: ${severity} ${text}${rule}\n`;
    }
  }
}
