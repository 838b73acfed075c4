/**
 * One line per message, `path:line:column: severity message [rule-id]`, the form Vim's and Emacs's quickfix
 * (`errorformat` %f:%l:%c: %m) and most CI log parsers read. No summary line, so every line is a hit.
 * Word and PDF results keep line:column (of the extracted text) and add 第N段 / 第N页第M行 to the message.
 */
import { displayPath, oneLine, originalPlace, quotedExcerpt, severityOf } from './location.js';
import type { Formatter } from './types.js';

export const unix: Formatter = (results, context) => {
  let output = '';
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
      output += `${path}:${message.line}:${message.column}: ${severity} ${text}${rule}\n`;
    }
  }
  return output;
};
