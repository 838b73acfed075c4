/**
 * What is wrong inside a config file that cannot be parsed or loaded, said in the user's language: the detail of
 * the `unparsable`, `unreadable`, `pluginLoad` and `extendsLoad` errors. The parsers' own messages are English
 * ("Implicit keys need to be on a single line"); a writer at a county office needs "第2行用了全角冒号“：”，应为半角“:”".
 *
 * Full-width punctuation typed by a Chinese input method is the most common fault, so it is looked for first; other
 * faults are named by the parser's error code, with the line and column.
 */
import type { Locale } from '../types.js';
import { t, type MessageKey } from '../messages/index.js';
import { createLocator, splitLines } from '../engine/position.js';
import { detailOf, word } from './messages.js';

/** Full-width characters that cannot stand where JSON or YAML syntax is expected. */
const FULLWIDTH: Readonly<Record<string, { key: MessageKey; data?: Readonly<Record<string, string>> }>> = {
  '：': { key: 'config.fullwidthColon' },
  '，': { key: 'config.fullwidthComma' },
  '“': { key: 'config.fullwidthQuote', data: { quote: '“' } },
  '”': { key: 'config.fullwidthQuote', data: { quote: '”' } },
  '｛': { key: 'config.fullwidthBracket', data: { bracket: '｛', ascii: '{' } },
  '｝': { key: 'config.fullwidthBracket', data: { bracket: '｝', ascii: '}' } },
  '［': { key: 'config.fullwidthBracket', data: { bracket: '［', ascii: '[' } },
  '］': { key: 'config.fullwidthBracket', data: { bracket: '］', ascii: ']' } },
};

/** Lines and columns as everywhere else in reportlint (src/engine/position.ts): CRLF, CR and LF each end a line. */
function lineOf(text: string, offset: number): number {
  return createLocator(text)(offset).line;
}

function position(text: string, offset: number, locale: Locale): string {
  const { line, column } = createLocator(text)(offset);
  return word('jsonPosition', locale, { line, column });
}

/** Why JSON.parse failed on `text`, with the line and column when the engine gives the position. */
export function jsonProblem(error: unknown, text: string, locale: Locale): string {
  const detail = detailOf(error);
  const at = /at position (\d+)/.exec(detail);
  const offset = at ? Number(at[1]) : undefined;
  // The first full-width mark outside a string is where JSON.parse stopped, unless it stopped earlier.
  const fullwidth = fullwidthOutsideStrings(text);
  if (fullwidth && (offset === undefined || fullwidth.offset <= offset)) {
    const { key, data } = FULLWIDTH[fullwidth.char]!;
    return t(key, locale, { line: lineOf(text, fullwidth.offset), ...data });
  }
  const reason = t(jsonReason(detail), locale);
  return offset === undefined ? reason : t('config.at', locale, { reason, position: position(text, offset, locale) });
}

function jsonReason(detail: string): MessageKey {
  if (/Unexpected end of JSON input/i.test(detail)) return 'config.jsonUnexpectedEnd';
  if (/Expected double-quoted property name|Expected property name/i.test(detail)) return 'config.jsonPropertyName';
  if (/Expected ',' or '}'/.test(detail)) return 'config.jsonCommaOrBrace';
  if (/Expected ',' or ']'/.test(detail)) return 'config.jsonCommaOrBracket';
  if (/Expected ':'/.test(detail)) return 'config.jsonColon';
  if (/Unterminated string/i.test(detail)) return 'config.jsonUnterminated';
  if (/Bad control character/i.test(detail)) return 'config.jsonControl';
  if (/Bad (escaped character|Unicode escape)/i.test(detail)) return 'config.jsonEscape';
  if (/number|Exponent part|fractional/i.test(detail)) return 'config.jsonNumber';
  if (/Unexpected/i.test(detail)) return 'config.jsonUnexpected';
  return 'config.jsonInvalid';
}

/** The first full-width mark outside a JSON string (“ and ” outside one start what should have been a string). */
function fullwidthOutsideStrings(text: string): { char: string; offset: number } | undefined {
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"' || char === '\n') inString = false;
    } else if (char === '"') inString = true;
    else if (Object.hasOwn(FULLWIDTH, char)) return { char, offset: index };
  }
  return undefined;
}

interface YamlProblem {
  code?: string;
  linePos?: ReadonlyArray<{ line: number; col: number }>;
  message?: string;
}

const YAML_REASONS: Readonly<Record<string, MessageKey>> = {
  MULTILINE_IMPLICIT_KEY: 'config.yamlImplicitKey',
  BLOCK_AS_IMPLICIT_KEY: 'config.yamlNested',
  BAD_INDENT: 'config.yamlIndent',
  TAB_AS_INDENT: 'config.yamlTab',
  DUPLICATE_KEY: 'config.yamlDuplicate',
  MISSING_CHAR: 'config.yamlMissing',
  UNEXPECTED_TOKEN: 'config.yamlUnexpected',
  BAD_DQ_ESCAPE: 'config.yamlEscape',
  MULTIPLE_DOCS: 'config.yamlDocuments',
  BAD_SCALAR_START: 'config.yamlScalarStart',
};

/** Why the YAML parser rejected `text`: a full-width mark where YAML syntax belongs, else the parser's first error. */
export function yamlProblem(problem: YamlProblem, text: string, locale: Locale): string {
  const fullwidth = yamlFullwidth(text, () => true);
  if (fullwidth) return t(fullwidth.key, locale, { line: fullwidth.line });
  const reason = t(YAML_REASONS[problem.code ?? ''] ?? 'config.yamlInvalid', locale);
  const at = problem.linePos?.[0];
  return at ? t('config.at', locale, { reason, position: word('jsonPosition', locale, { line: at.line, column: at.col }) }) : reason;
}

/**
 * A YAML file that parsed, but only because a full-width colon or indentation turned a key into text
 * (`require-measures： off` is the string "require-measures： off"): the problem, when the parsed value holds such
 * text; undefined otherwise. Text inside a value (`note: 见第三部分：问题`) is left alone.
 */
export function yamlFullwidthProblem(text: string, parsed: unknown, locale: Locale): string | undefined {
  const strings = new Set<string>();
  collectStrings(parsed, strings, 0);
  if (strings.size === 0) return undefined;
  const held = (fragment: string) => [...strings].some((value) => value.includes(fragment));
  const fullwidth = yamlFullwidth(text, held);
  return fullwidth ? t(fullwidth.key, locale, { line: fullwidth.line }) : undefined;
}

function collectStrings(value: unknown, into: Set<string>, depth: number): void {
  if (depth > 20) return;
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into, depth + 1);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      collectStrings(item, into, depth + 1);
    }
  }
}

/**
 * The first line where a key is followed by a full-width colon (`settings：`), or that is indented with full-width
 * spaces; `held(fragment)` says whether the fragment of that line matters (it ended up in the parsed value).
 */
function yamlFullwidth(text: string, held: (fragment: string) => boolean): { key: MessageKey; line: number } | undefined {
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const colon = /^[ \t\u3000]*(?:-[ \t]+)?(["']?[\w$@./-]+["']?[ \t]*：)/.exec(line);
    if (colon && held(colon[1]!)) return { key: 'config.fullwidthColon', line: index + 1 };
    const space = /^[ \t]*(\u3000[^:：#]*)/.exec(line);
    if (space && held(space[1]!.trimEnd())) return { key: 'config.fullwidthSpace', line: index + 1 };
  }
  return undefined;
}

/** Why a JavaScript config or plugin could not be imported. A message the script threw itself is its author's own. */
export function scriptProblem(error: unknown, locale: Locale): string {
  const { name, code, message } = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  if (name === 'SyntaxError') return t('config.jsSyntax', locale);
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
    const module = /Cannot find (?:module|package) '([^']+)'/.exec(text)?.[1] ?? '';
    return t('config.jsModuleMissing', locale, { module });
  }
  if (name === 'ReferenceError') return t('config.jsFailed', locale, { kind: t('config.jsReference', locale) });
  if (name === 'TypeError') return t('config.jsFailed', locale, { kind: t('config.jsType', locale) });
  if (typeof code === 'string' && code.startsWith('ERR_')) return t('config.jsFailed', locale, { kind: code });
  return detailOf(error);
}

/** Why a config file could not be read from disk. */
export function fileProblem(error: unknown, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return t('config.noPermission', locale);
  if (code === 'EISDIR') return t('config.isDirectory', locale);
  return code ?? detailOf(error);
}

/** A package.json that cannot be parsed, found while resolving a plugin or a shared config. */
export function manifestProblem(manifest: { path: string; text: string; error: unknown }, locale: Locale): string {
  return t('config.manifest', locale, { manifest: manifest.path, reason: jsonProblem(manifest.error, manifest.text, locale) });
}
