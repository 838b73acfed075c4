/**
 * Finds English in text meant for a Chinese reader. What may stay in Latin letters is what the writer types or sees
 * by that name: rule ids and their option names, the command's option names, config keys and values (off, warn,
 * error), file names and paths, format and encoding names, and the names of programs and file formats (Word, WPS,
 * PDF, JSON, YAML, npm, node). Text in ASCII double quotes is the user's own (a value from their config, shown as
 * JSON) and is not looked at.
 */
import { builtinRules } from '../../rules/index.js';
import { buildProgram } from '../../src/cli/options.js';
import { CONFIG_KEYS } from '../../src/config/resolve.js';
import { CUSTOM_RULE_KEYS, CUSTOM_RULE_KINDS, PART_NAMES } from '../../src/config/custom-rules.js';
import { REGEX_FLAGS } from '../../src/config/patterns.js';
import { OVERRIDE_KEYS } from '../../src/config/overrides.js';
import { BUILTIN_SETTINGS, LEVEL_VALUES } from '../../src/config/settings.js';
import { FORMATTER_NAMES } from '../../src/formatters/index.js';

const ruleIds = Object.keys(builtinRules);
const ruleOptions = Object.values(builtinRules).flatMap((rule) => Object.keys(rule.meta.options ?? {}));
const cliOptions = buildProgram('0.0.0', 'zh').options.flatMap((option) => [option.long, option.short].filter((name): name is string => !!name));

/** Names that are not English words to a reader: programs, file formats, standards, encodings, config words. */
const NAMES = [
  'reportlint', 'npm', 'node', 'JavaScript', 'JSON', 'YAML', 'Word', 'WPS', 'PDF', 'OCR', 'RTF', 'OpenDocument',
  'LibreOffice', 'UOF', 'OFD', 'GB', 'T', 'UTF-8', 'UTF-16', 'GB18030', 'GBK', 'utf-8', 'utf-16le', 'utf-16be',
  'gb18030', 'gbk', 'zh', 'en', 'off', 'warn', 'warning', 'error', 'true', 'false', 'meta.statutory', 'meta.messages',
  'check', 'rules', 'reportlint:recommended', 'reportlint:all', 'reportlint-disable', 'reportlint-disable-file',
  'reportlint-disable-line', 'reportlint-disable-next-line', 'reportlint-enable', 'reportYear', 'level', 'docsBaseUrl',
  'https', '--check', '--help', '-h',
  // The read limits (src/read/limits.ts), their unit, and the XML declaration a .docx may not hold.
  'maxFileSizeMB', 'maxDocxExpandedMB', 'maxDocxRatio', 'maxPdfPages', 'MB', 'DOCTYPE',
  // --concurrency's values.
  'auto',
  // The setting no-copied-text reads, as a config names it.
  'settings.referenceReports',
];

export const ALLOWED: ReadonlySet<string> = new Set([
  ...ruleIds,
  ...ruleOptions,
  ...cliOptions,
  ...CONFIG_KEYS,
  // customRules: the keys of a definition, its kinds, the parts of a report, the examples' keys, the regex flags.
  ...CUSTOM_RULE_KEYS,
  ...CUSTOM_RULE_KINDS,
  ...PART_NAMES,
  'valid',
  'invalid',
  ...REGEX_FLAGS,
  // overrides: the keys of a block; settings.level: its values (township, county, …, town, district).
  ...OVERRIDE_KEYS,
  ...LEVEL_VALUES,
  ...FORMATTER_NAMES,
  // The built-in settings (reportYear, level, referenceReports, the read limits).
  ...Object.keys(BUILTIN_SETTINGS),
  ...NAMES,
]);

/** A token that names a file or a path: it has a slash, a backslash or a file extension. */
function isFileName(token: string): boolean {
  return /[/\\]/.test(token) || /\.[a-z]{1,9}$/i.test(token) || /^\.[\w-]+/.test(token);
}

/**
 * The English words in `text` that a Chinese reader would have to understand, besides `extra` (the user's own input
 * shown back, such as a mistyped option).
 */
export function englishWords(text: string, extra: Iterable<string> = []): string[] {
  const allowed = new Set([...ALLOWED, ...extra]);
  const stripped = text
    .replace(/"(?:[^"\\\n]|\\.)*"/g, ' ') // the user's own values, shown as JSON
    .replace(/'[^'\n]*'/g, (quoted) => (/[\u4e00-\u9fff]/.test(quoted) ? quoted : ' ')); // 'require-measures: off'
  const found: string[] = [];
  for (const token of stripped.split(/[\s，。、：；！？（）《》“”‘’【】「」<>[\]{}(),;|]+|(?<=[\u3400-\u9fff])|(?=[\u3400-\u9fff])/u)) {
    const word = token.replace(/^[^\w$.\-/\\]+|[^\w$/\\]+$/g, '');
    if (!/[A-Za-z]/.test(word)) continue;
    if (allowed.has(word) || isFileName(word)) continue;
    // A plugin rule id (plugin/rule) or a key path (rules.require-measures, plugins[0], settings.reportYear).
    const parts = word.split(/[.:]/).filter((part) => part !== '');
    if (parts.length > 1 && parts.every((part) => allowed.has(part) || /^\d+$/.test(part))) continue;
    // A package name npm would install: reportlint-config-x, reportlint-plugin-x.
    if (/^reportlint-(config|plugin)-[\w-]+$/.test(word)) continue;
    found.push(word);
  }
  return found;
}
