/**
 * The patterns of custom rules (`customRules[].patterns`), checked when the config loads. Pure: no file system, no
 * process (the same code is meant to run in a browser page).
 *
 * - A plain phrase (`法律顾问`) matches itself, exactly. Whitespace in it is ignored: the report's text is searched
 *   with its spaces and line breaks removed (see src/model/parts.ts), so `法律 顾问` would otherwise never match.
 * - `/…/flags` is a regular expression, run on re2js (RE2: linear time in the length of the text, whatever the
 *   pattern). A pattern that would backtrack catastrophically in JavaScript, such as `/(a+)+$/`, simply runs in linear
 *   time. RE2 has no lookahead and no backreferences: a pattern that uses them is refused with the reason, as is any
 *   other syntax error. Lookbehind (`(?<=…)`, `(?<!…)`) is allowed (re2js runs it in linear time too). JavaScript's
 *   `\uXXXX` and `\u{X}` escapes are accepted (RE2 writes `\x{XXXX}`).
 * - Flags: `i` (ignore case, for Latin letters); `u` and `g` are accepted and change nothing (matching is always by
 *   Unicode character and always finds every occurrence). Others are refused: `m` and `s` would mean nothing, since
 *   each paragraph is matched on its own with its line breaks removed, and `y`, `d`, `v` are JavaScript-only.
 * - A pattern that matches the empty string (`/a*\/`, `/^/`) is refused: it would "occur" everywhere.
 * - A regular expression with a literal space is refused: it can never match text whose spaces are removed.
 *
 * Each error is a one-line config error naming the file and the key (`customRules[2].patterns[0]`).
 */
import type { RE2JS as RE2JSClass } from 're2js';
import { configError, word, type WordId, type Where } from './messages.js';

/** The re2js class, loaded only when a config has a regular expression (it costs ~25 ms to import). */
export type RegexEngine = typeof RE2JSClass;

export const REGEX_FLAGS = ['i', 'u', 'g'] as const;

export interface Pattern {
  /** As written in the config. */
  written: string;
  regex: boolean;
  /** Every match in `text`, in order, non-overlapping, none empty: [start, end) in UTF-16 code units. */
  find(text: string): Array<[number, number]>;
}

/** `/body/flags`: the last slash closes the body. */
const REGEX_FORM = /^\/([\s\S]+)\/([A-Za-z]*)$/;

/** True when the pattern is written as a regular expression, `/…/` or `/…/flags`. */
export function isRegexForm(written: string): boolean {
  return REGEX_FORM.test(written.trim());
}

/**
 * Compiles one pattern. `engine` is re2js, which the caller loads when some pattern is a regular expression.
 * `where.key` names the pattern (e.g. `customRules[2].patterns[0]`).
 */
export function compilePattern(written: string, engine: RegexEngine | undefined, where: Where): Pattern {
  const form = REGEX_FORM.exec(written.trim());
  if (!form) {
    const phrase = written.replace(/[\s\u3000\u00a0]+/g, '');
    if (phrase === '') throw configError('customRuleEmptyPattern', where);
    return { written, regex: false, find: (text) => findPhrase(text, phrase) };
  }
  if (!engine) throw new Error('the regular expression engine was not loaded');
  const [, body = '', flags = ''] = form;
  const bad = [...new Set(flags)].filter((flag) => !(REGEX_FLAGS as readonly string[]).includes(flag));
  if (bad.length > 0) throw configError('customRuleRegexFlags', where, { value: JSON.stringify(written), flags: bad.join('') });
  if (/[\s\u3000\u00a0]/.test(body)) throw regexError(written, where, 'regexSpace', {});
  let compiled: InstanceType<RegexEngine>;
  try {
    compiled = engine.compile(jsEscapes(body), engine.LOOKBEHINDS | (flags.includes('i') ? engine.CASE_INSENSITIVE : 0));
  } catch (error) {
    const { id, data } = explainSyntaxError(error);
    throw regexError(written, where, id, data, error);
  }
  if (compiled.test('')) throw regexError(written, where, 'regexEmptyMatch', {});
  return {
    written,
    regex: true,
    find(text) {
      const found: Array<[number, number]> = [];
      for (const match of compiled.matchAll(text)) {
        const matched = match[0] ?? '';
        const at = match.index ?? 0;
        if (matched.length > 0) found.push([at, at + matched.length]);
      }
      return found;
    },
  };
}

function findPhrase(text: string, phrase: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) found.push([at, at + phrase.length]);
  return found;
}

/** `\uXXXX` and `\u{X…}` (JavaScript) → `\x{…}` (RE2); every other escape is kept as written. */
function jsEscapes(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const rest = body.slice(i + 1);
    const fixed = /^u([0-9A-Fa-f]{4})/.exec(rest) ?? /^u\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
    if (fixed) {
      out += `\\x{${fixed[1]}}`;
      i += fixed[0].length;
    } else {
      out += ch + (body[i + 1] ?? '');
      i += 1;
    }
  }
  return out;
}

function regexError(
  written: string,
  where: Where,
  id: WordId,
  data: Readonly<Record<string, string>>,
  cause?: unknown,
) {
  return configError('customRulePattern', where, { value: JSON.stringify(written), detail: word(id, where.locale, data) }, cause);
}

/** re2js's syntax error (English, `error` + the fragment at fault in `input`) → a word of the config messages. */
function explainSyntaxError(error: unknown): { id: WordId; data: Record<string, string> } {
  const { error: what = '', input } = (error ?? {}) as { error?: string; input?: string | null };
  const fragment = input ?? '';
  const data = { fragment };
  switch (what) {
    case 'invalid or unsupported Perl syntax':
      return { id: /^\(\?[=!]/.test(fragment) ? 'regexLookahead' : 'regexGroup', data };
    case 'invalid escape sequence':
      return { id: /^\\([1-9]|k)/.test(fragment) ? 'regexBackreference' : 'regexEscape', data };
    case 'missing closing ]':
      return { id: 'regexMissingBracket', data };
    case 'missing closing )':
      return { id: 'regexMissingParen', data };
    case 'unexpected )':
      return { id: 'regexUnexpectedParen', data };
    case 'invalid repeat count':
      return { id: 'regexRepeatCount', data };
    case 'missing argument to repetition operator':
    case 'invalid nested repetition operator':
      return { id: 'regexRepeatArgument', data };
    case 'invalid character class range':
      return { id: 'regexClassRange', data };
    case 'trailing backslash at end of expression':
      return { id: 'regexTrailingBackslash', data };
    case 'invalid named capture':
    case 'duplicate capture group name':
    case 'invalid capture in lookbehind':
      return { id: 'regexGroup', data };
    case 'expression too large':
    case 'expression nests too deeply':
      return { id: 'regexTooLarge', data };
    default:
      return { id: 'regexSyntax', data };
  }
}
