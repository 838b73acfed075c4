/**
 * --help in the user's language, through commander's own hooks (`configureHelp`): the titles (用法：, 参数：, 选项：),
 * the option descriptions without commander's English "(default: …)" and "(choices: …)" (the descriptions state
 * defaults themselves), widths that count a Chinese character as two columns, and line wrapping that may break
 * between Chinese characters (commander breaks at spaces only, which Chinese text hardly has).
 */
import { Help, type Command, type HelpConfiguration } from 'commander';
import { displayWidth } from '../formatters/width.js';
import { t } from '../messages/index.js';
import type { Locale } from '../types.js';

/** Punctuation that must not start a line, and that must not end one. */
const NO_LINE_START = /^[，。、：；！？）》」』”’]$/u;
const NO_LINE_END = /^[（《「『“‘]$/u;

function isWide(char: string): boolean {
  return displayWidth(char) === 2;
}

/** Whether a line may break between `before` and `after`. */
function canBreak(before: string, after: string): boolean {
  if (/\s/.test(after)) return false;
  if (/\s/.test(before)) return true;
  if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) return false;
  return isWide(before) || isWide(after);
}

/** One paragraph broken into lines of at most `width` columns where a break is allowed (a longer word stays whole). */
function wrapParagraph(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (displayWidth(rest) > width) {
    const chars = Array.from(rest);
    let used = 0;
    let offset = 0;
    let breakAt = -1;
    for (let index = 0; index < chars.length; index += 1) {
      const char = chars[index]!;
      if (index > 0 && canBreak(chars[index - 1]!, char)) breakAt = offset;
      used += displayWidth(char);
      if (used > width) break;
      offset += char.length;
    }
    if (breakAt <= 0) break;
    lines.push(rest.slice(0, breakAt).trimEnd());
    rest = rest.slice(breakAt).trimStart();
  }
  lines.push(rest);
  return lines;
}

export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, width))
    .join('\n');
}

export function helpConfiguration(locale: Locale): HelpConfiguration {
  const titles: Readonly<Record<string, string>> = {
    'Usage:': t('help.titleUsage', locale),
    'Arguments:': t('help.titleArguments', locale),
    'Options:': t('help.titleOptions', locale),
  };
  return {
    styleTitle: (title) => titles[title] ?? title,
    optionDescription: (option) => option.description,
    argumentDescription: (argument) => argument.description ?? '',
    displayWidth,
    boxWrap(this: Help, text: string, width: number): string {
      return width < this.minWidthToWrap ? text : wrap(text, width);
    },
    formatHelp(this: Help, command: Command, helper: Help): string {
      // "用法： reportlint": no space after a full-width colon.
      return Help.prototype.formatHelp.call(this, command, helper).replace(/^(.*?：) /, '$1');
    },
  };
}
