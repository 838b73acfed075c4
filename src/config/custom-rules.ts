/**
 * `customRules`: rules a config defines without code (issue 10). Each definition is checked when the config loads —
 * every problem a one-line config error naming the file and the key (`customRules[2].patterns[0]`) — and compiled
 * into an ordinary rule (meta + check), which the resolver registers beside the built-in and plugin rules, so
 * `rules`, `--rule`, reportlint-disable comments, `--print-config`, json `ruleId` and the checklist machinery treat it
 * like any other. Pure: no file system, no process (the same code is meant to run in a browser page).
 *
 *   customRules:
 *     - id: require-legal-adviser        # lower-case letters, digits, Chinese characters and "-"; not a built-in id
 *       kind: require                    # require | forbid | substitute | length
 *       in: measures                     # any (default) | title | measures | first-responsible-person | problems | plan | closing
 *       patterns: [法律顾问, /公职律师|法律顾问/]
 *       minCount: 1                      # require: how many of the patterns (different ones) must occur
 *       message: 未说明法律顾问工作情况  # Chinese; placeholders below
 *       messageEn: …                     # optional
 *       severity: warn                   # default error; a later `rules` entry can change it
 *       docs: …                          # shown by --explain
 *       examples: { valid: [...], invalid: [...] }   # run by --test-rules
 *
 * Kinds: `require` (at least minCount of the patterns occur in the part; else one problem at the part's heading, or
 * at the title with “（未找到…部分）” when the report has no such part), `forbid` (each occurrence is a problem),
 * `substitute` (patterns is a map wrong → right; each wrong form is a problem with a fix), `length` (`min`/`max`
 * Chinese characters — 汉字 only, not punctuation, digits or letters — of the part; reported at its heading).
 *
 * Message placeholders: {part} (the part's name) for every kind; require: {count} (how many of the patterns occur),
 * {min} (minCount), {found} (the patterns that occur), {expected} (all the patterns); forbid: {found} (the text
 * found), {pattern} (the pattern that found it); substitute: {found} (the wrong form as written), {expected} (the right
 * form); length: {count} (characters counted), {min}, {max} (when given). Another name is a config error. When a
 * message leaves out what the writer needs — the count of a length rule, the wrong form of a substitute rule — a short
 * note with it is added in brackets.
 *
 * Patterns are matched in each paragraph, heading or line of the part with whitespace removed (src/model/parts.ts);
 * see ./patterns.ts for phrases and regular expressions.
 */
import { PART_NAMES, reportPart, type PartName } from '../model/parts.js';
import type { TextUnit } from '../model/query.js';
import { list as joinList, t, type MessageKey } from '../messages/index.js';
import type { AnyRule, CustomRuleInfo, Locale, MessageTemplate, RuleCategory, SeverityLevel } from '../types.js';
import { closest, configError, list, show, word, type WordId, type Where } from './messages.js';
import { isPlainObject } from './options.js';
import { compilePattern, isRegexForm, type Pattern, type RegexEngine } from './patterns.js';

export const CUSTOM_RULE_KINDS = ['require', 'forbid', 'substitute', 'length'] as const;
export type CustomRuleKind = (typeof CUSTOM_RULE_KINDS)[number];
export { PART_NAMES };

/** The keys a definition may have, with the kinds a key belongs to (every kind when absent). */
export const CUSTOM_RULE_KEY_KINDS: Readonly<Record<string, readonly CustomRuleKind[] | undefined>> = {
  id: undefined,
  kind: undefined,
  message: undefined,
  messageEn: undefined,
  severity: undefined,
  docs: undefined,
  in: undefined,
  patterns: ['require', 'forbid', 'substitute'],
  minCount: ['require'],
  min: ['length'],
  max: ['length'],
  examples: undefined,
};
export const CUSTOM_RULE_KEYS: readonly string[] = Object.keys(CUSTOM_RULE_KEY_KINDS);

/** The placeholders a message may use, by kind (`length`: {min}/{max} only when given). */
export const CUSTOM_RULE_PLACEHOLDERS: Readonly<Record<CustomRuleKind, readonly string[]>> = {
  require: ['part', 'count', 'min', 'found', 'expected'],
  forbid: ['part', 'found', 'pattern'],
  substitute: ['part', 'found', 'expected'],
  length: ['part', 'count', 'min', 'max'],
};

/**
 * A rule id: lower-case Latin letters, digits and Chinese characters in words joined by single hyphens, starting with
 * a letter or a Chinese character (`require-legal-adviser`, `写明法律顾问`). No `/`, which names plugin rules, no
 * spaces or commas, which separate the ids of a reportlint-disable comment.
 */
export const CUSTOM_RULE_ID = /^[a-z\p{Script=Han}][a-z0-9\p{Script=Han}]*(-[a-z0-9\p{Script=Han}]+)*$/u;

const PLACEHOLDER = /\{(\w+)\}/g;

/** What a required key is, for the message saying it is missing. */
const MISSING = {
  id: 'customRuleId',
  kind: 'customRuleKind',
  message: 'customRuleMessage',
  patterns: 'customRulePatterns',
} as const satisfies Record<string, WordId>;

/** A compiled custom rule, with where it was defined and the severity that file gives it. */
export interface CustomRuleRecord {
  id: string;
  rule: AnyRule;
  /** From the definition's `severity` (default error); 0 = defined but off until a `rules` entry turns it on. */
  severity: SeverityLevel;
  /** The file and `customRules[i]`. */
  where: Where;
}

export interface CustomRuleContext {
  /** Where a key of the file being read is: `at('customRules[0].id')`. */
  at: (key: string) => Where;
  /** True for the id of a built-in rule. */
  isBuiltin: (id: string) => boolean;
  /** The config's severity parser (src/config/resolve.ts), passed in so this module stays free of the file system. */
  parseSeverity: (value: unknown) => SeverityLevel | 'default' | undefined;
}

/** Checks and compiles the `customRules` of one config file (`value` as written; undefined when absent). */
export async function parseCustomRules(value: unknown, context: CustomRuleContext): Promise<CustomRuleRecord[]> {
  if (value === undefined) return [];
  const where = context.at('customRules');
  if (!Array.isArray(value)) throw configError('keyType', where, { expected: word('customRuleList', where.locale), value: show(value) });
  // re2js is loaded only when some pattern is a regular expression.
  const engine = value.some((definition) => writtenPatterns(definition).some(isRegexForm))
    ? ((await import('re2js')).RE2JS as RegexEngine)
    : undefined;
  const records: CustomRuleRecord[] = [];
  const seen = new Map<string, string>();
  for (const [index, definition] of value.entries()) {
    const key = `customRules[${index}]`;
    const record = parseOne(definition, key, context, engine);
    const earlier = seen.get(record.id);
    if (earlier !== undefined) {
      throw configError('customRuleDuplicateId', context.at(`${key}.id`), { value: JSON.stringify(record.id), detail: earlier });
    }
    seen.set(record.id, key);
    records.push(record);
  }
  return records;
}

/** The patterns a definition writes (list items, or the wrong forms of a substitute map), unchecked. */
function writtenPatterns(definition: unknown): string[] {
  if (!isPlainObject(definition)) return [];
  const { patterns } = definition;
  const items = Array.isArray(patterns) ? patterns : isPlainObject(patterns) ? Object.keys(patterns) : [patterns];
  return items.filter((item): item is string => typeof item === 'string');
}

interface Definition {
  id: string;
  kind: CustomRuleKind;
  message: string;
  messageEn?: string;
  docs?: string;
  in: PartName;
  severity: SeverityLevel;
  patterns: Pattern[];
  /** substitute: the right form of each pattern, in the same order. */
  replacements: string[];
  minCount: number;
  min?: number;
  max?: number;
  examples: { valid: string[]; invalid: string[] };
}

function parseOne(raw: unknown, key: string, context: CustomRuleContext, engine: RegexEngine | undefined): CustomRuleRecord {
  const at = (sub?: string) => context.at(sub === undefined ? key : `${key}.${sub}`);
  const { locale } = at();
  if (!isPlainObject(raw)) throw configError('keyType', at(), { expected: word('customRule', locale), value: show(raw) });

  for (const name of Object.keys(raw)) {
    if (Object.hasOwn(CUSTOM_RULE_KEY_KINDS, name)) continue;
    const guess = closest(name, CUSTOM_RULE_KEYS);
    throw configError('customRuleUnknownKey', at(name), {
      hint: guess ? word('didYouMean', locale, { name: guess }) : '',
      known: list(CUSTOM_RULE_KEYS, locale),
    });
  }
  const required = (name: 'id' | 'kind' | 'message' | 'patterns') => {
    if (raw[name] === undefined) throw configError('customRuleMissingKey', at(), { name, what: word(MISSING[name], locale) });
    return raw[name];
  };
  const text = (name: string, value: unknown): string => {
    if (typeof value !== 'string' || value.trim() === '') {
      throw configError('keyType', at(name), { expected: word('nonEmptyString', locale), value: show(value) });
    }
    return value.trim();
  };

  const id = text('id', required('id'));
  if (!CUSTOM_RULE_ID.test(id)) throw configError('customRuleBadId', at('id'), { value: JSON.stringify(id) });
  if (context.isBuiltin(id)) throw configError('customRuleBuiltinId', at('id'), { value: JSON.stringify(id) });

  const kindValue = required('kind');
  if (typeof kindValue !== 'string' || !(CUSTOM_RULE_KINDS as readonly string[]).includes(kindValue)) {
    const guess = typeof kindValue === 'string' ? closest(kindValue, CUSTOM_RULE_KINDS) : undefined;
    throw configError('settingValue', at('kind'), {
      value: show(kindValue),
      hint: guess ? word('didYouMean', locale, { name: guess }) : '',
      allowed: list(CUSTOM_RULE_KINDS, locale),
    });
  }
  const kind = kindValue as CustomRuleKind;
  for (const name of Object.keys(raw)) {
    const kinds = CUSTOM_RULE_KEY_KINDS[name];
    if (kinds && !kinds.includes(kind)) {
      throw configError('customRuleKeyForKind', at(name), { kinds: list(kinds, locale), kind });
    }
  }

  const message = text('message', required('message'));
  const messageEn = raw.messageEn === undefined ? undefined : text('messageEn', raw.messageEn);
  const docs = raw.docs === undefined ? undefined : text('docs', raw.docs);

  let severity: SeverityLevel = 2;
  if (raw.severity !== undefined) {
    const parsed = context.parseSeverity(raw.severity);
    if (parsed === undefined) throw configError('badSeverity', at('severity'), { value: show(raw.severity) });
    severity = parsed === 'default' ? 2 : parsed;
  }

  let part: PartName = 'any';
  if (raw.in !== undefined) {
    if (typeof raw.in !== 'string' || !(PART_NAMES as readonly string[]).includes(raw.in)) {
      const guess = typeof raw.in === 'string' ? closest(raw.in, PART_NAMES) : undefined;
      throw configError('settingValue', at('in'), {
        value: show(raw.in),
        hint: guess ? word('didYouMean', locale, { name: guess }) : '',
        allowed: list(PART_NAMES, locale),
      });
    }
    part = raw.in as PartName;
  }

  const patterns: Pattern[] = [];
  const replacements: string[] = [];
  if (kind === 'substitute') {
    const map = required('patterns');
    if (!isPlainObject(map) || Object.keys(map).length === 0) {
      throw configError('keyType', at('patterns'), { expected: word('substitutions', locale), value: show(map) });
    }
    for (const [wrong, right] of Object.entries(map)) {
      const where = at(`patterns.${wrong}`);
      if (typeof right !== 'string' || right.trim() === '') {
        throw configError('keyType', where, { expected: word('rightForm', locale), value: show(right) });
      }
      patterns.push(compilePattern(wrong, engine, where));
      replacements.push(right.trim());
    }
  } else if (kind !== 'length') {
    const given = required('patterns');
    const items = typeof given === 'string' ? [given] : given;
    if (!Array.isArray(items) || items.length === 0) {
      throw configError('keyType', at('patterns'), { expected: word('patternList', locale), value: show(given) });
    }
    for (const [i, item] of items.entries()) {
      const sub = typeof given === 'string' ? 'patterns' : `patterns[${i}]`;
      if (typeof item !== 'string') throw configError('keyType', at(sub), { expected: word('string', locale), value: show(item) });
      patterns.push(compilePattern(item, engine, at(sub)));
    }
  }

  const count = (name: string, minimum: number): number | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
      throw configError('keyType', at(name), { expected: word(minimum > 0 ? 'positiveInteger' : 'wholeNumber', locale), value: show(value) });
    }
    return value;
  };
  const minCount = count('minCount', 1) ?? 1;
  if (kind === 'require' && minCount > patterns.length) {
    throw configError('customRuleMinCount', at('minCount'), { value: minCount, count: patterns.length });
  }
  const min = count('min', 0);
  const max = count('max', 0);
  if (kind === 'length') {
    if (min === undefined && max === undefined) throw configError('customRuleLengthBounds', at());
    if (min !== undefined && max !== undefined && min > max) throw configError('customRuleLengthOrder', at('min'), { min, max });
  }

  const allowed = CUSTOM_RULE_PLACEHOLDERS[kind].filter(
    (name) => kind !== 'length' || (name !== 'min' && name !== 'max') || (name === 'min' ? min : max) !== undefined,
  );
  for (const [name, value] of [['message', message], ['messageEn', messageEn]] as const) {
    for (const match of (value ?? '').matchAll(PLACEHOLDER)) {
      if (!allowed.includes(match[1]!)) {
        throw configError('customRulePlaceholder', at(name), { value: match[0], kind, known: list(allowed.map((p) => `{${p}}`), locale) });
      }
    }
  }

  const examples = parseExamples(raw.examples, at);
  const definition: Definition = {
    id,
    kind,
    message,
    ...(messageEn === undefined ? {} : { messageEn }),
    ...(docs === undefined ? {} : { docs }),
    in: part,
    severity,
    patterns,
    replacements,
    minCount,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    examples,
  };
  return { id, rule: compileRule(definition, at()), severity, where: at() };
}

function parseExamples(value: unknown, at: (sub?: string) => Where): { valid: string[]; invalid: string[] } {
  const examples = { valid: [] as string[], invalid: [] as string[] };
  if (value === undefined) return examples;
  const { locale } = at();
  if (!isPlainObject(value)) throw configError('keyType', at('examples'), { expected: word('examples', locale), value: show(value) });
  for (const [name, items] of Object.entries(value)) {
    if (name !== 'valid' && name !== 'invalid') {
      const guess = closest(name, ['valid', 'invalid']);
      throw configError('customRuleUnknownKey', at(`examples.${name}`), {
        hint: guess ? word('didYouMean', locale, { name: guess }) : '',
        known: list(['valid', 'invalid'], locale),
      });
    }
    const texts = typeof items === 'string' ? [items] : items;
    if (!Array.isArray(texts) || !texts.every((item) => typeof item === 'string' && item.trim() !== '')) {
      throw configError('keyType', at(`examples.${name}`), { expected: word('exampleList', locale), value: show(items) });
    }
    // A snippet written in single quotes in YAML keeps `\n` as two characters; no report means that: a line break.
    examples[name] = (texts as string[]).map((text) => text.replace(/\\n/g, '\n'));
  }
  return examples;
}

/** `{name}` → data.name for the names given; every other placeholder stays for the engine to fill. */
function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

function both(make: (locale: Locale) => string): MessageTemplate {
  return { zh: make('zh'), en: make('en') };
}

const CATEGORY: Readonly<Record<CustomRuleKind, RuleCategory>> = {
  require: 'content',
  forbid: 'wording',
  substitute: 'wording',
  length: 'content',
};

/** The compiled rule: meta (messages with what is known when the config loads already filled in) and check. */
function compileRule(definition: Definition, where: Where): AnyRule {
  const { kind, patterns, replacements, minCount, min, max } = definition;
  const written = patterns.map((p) => p.written);
  const partName = (locale: Locale) => t(`customRules.part.${definition.in}` as MessageKey, locale);
  /** What every message of the rule may say that is known now. */
  const known = (locale: Locale): Record<string, string | number> => ({
    part: partName(locale),
    min: min ?? minCount,
    ...(max === undefined ? {} : { max }),
    ...(kind === 'require' ? { expected: joinList(written, locale) } : {}),
  });
  /** The message as written for a locale (the Chinese one when there is no messageEn). */
  const base = (locale: Locale): string => (locale === 'en' ? (definition.messageEn ?? definition.message) : definition.message);
  /**
   * The message with what is known filled in, then the note `note` unless the message already says what the note would
   * (`unless`, placeholders), then `after`.
   */
  const message = (note: MessageKey | undefined, unless: readonly string[], after?: MessageKey): MessageTemplate =>
    both((locale) => {
      const data = known(locale);
      const written = base(locale);
      const noted = note !== undefined && !unless.some((name) => written.includes(`{${name}}`));
      return fill(written, data) + (noted ? t(note, locale, data) : '') + (after ? t(after, locale, data) : '');
    });

  const messages: Record<string, MessageTemplate> = {};
  switch (kind) {
    case 'require': {
      const countNote = minCount > 1 ? 'customRules.note.requireCount' : undefined;
      messages['missing'] = message(countNote, ['count']);
      messages['missingPart'] = message(countNote, ['count'], 'customRules.note.partMissing');
      break;
    }
    case 'forbid':
      messages['forbidden'] = message('customRules.note.forbidden', ['found']);
      break;
    case 'substitute':
      messages['wrongForm'] = message('customRules.note.substitute', ['found', 'expected']);
      break;
    case 'length':
      messages['tooShort'] = message('customRules.note.tooShort', ['count']);
      messages['tooShortNoPart'] = message('customRules.note.tooShort', ['count'], 'customRules.note.partMissing');
      messages['tooLong'] = message('customRules.note.tooLong', ['count']);
      break;
  }

  const info: CustomRuleInfo = {
    kind,
    file: where.file,
    key: where.key ?? '',
    in: definition.in,
    message: { zh: definition.message, en: definition.messageEn ?? definition.message },
    examples: definition.examples,
    ...(kind === 'substitute' ? { substitutions: Object.fromEntries(written.map((w, i) => [w, replacements[i]!])) } : {}),
    ...(kind === 'require' || kind === 'forbid' ? { patterns: written } : {}),
    ...(kind === 'require' ? { minCount } : {}),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(definition.docs === undefined ? {} : { docs: definition.docs }),
  };
  const description = describeCustomRule(info);

  return {
    meta: {
      id: definition.id,
      description: description.zh,
      descriptionEn: description.en,
      category: CATEGORY[kind],
      severity: definition.severity === 1 ? 'warn' : 'error',
      messages,
      ...(kind === 'substitute' ? { fixable: true } : {}),
      custom: info,
    },
    check(context) {
      const part = reportPart(context.model, definition.in);
      switch (kind) {
        case 'require': {
          const found = patterns.filter((pattern) => part.units.some((unit) => pattern.find(unit.plain).length > 0));
          if (found.length >= minCount) return;
          context.report({
            messageId: part.found ? 'missing' : 'missingPart',
            data: { count: found.length, found: found.length > 0 ? found.map((p) => p.written).join('、') : '—' },
            range: part.anchor,
          });
          return;
        }
        case 'forbid':
          for (const hit of hits(part.units, patterns)) {
            context.report({ messageId: 'forbidden', data: { found: hit.text, pattern: hit.pattern.written }, range: hit.range });
          }
          return;
        case 'substitute':
          for (const hit of hits(part.units, patterns)) {
            const right = replacements[patterns.indexOf(hit.pattern)]!;
            if (readsRight(hit.unit.plain, hit.index, hit.text, right)) continue;
            // A wrong form that a line break or spaces cut in two (PDF, web pages) is reported without a fix: the edit
            // would have to remove them.
            const clean = context.text.slice(hit.range[0], hit.range[1]) === hit.text;
            context.report({
              messageId: 'wrongForm',
              data: { found: hit.text, expected: right },
              range: hit.range,
              ...(clean ? { fix: { range: hit.range, text: right } } : {}),
            });
          }
          return;
        case 'length': {
          const counted = part.units.reduce((n, unit) => n + hanCount(unit.plain), 0);
          if (min !== undefined && counted < min) {
            context.report({ messageId: part.found ? 'tooShort' : 'tooShortNoPart', data: { count: counted }, range: part.anchor });
          } else if (max !== undefined && counted > max) {
            context.report({ messageId: 'tooLong', data: { count: counted }, range: part.anchor });
          }
        }
      }
    },
  };
}

/** The one-sentence description --list-rules and json-with-metadata show, from the definition. */
export function describeCustomRule(info: CustomRuleInfo): MessageTemplate {
  const part = (locale: Locale) => t(`customRules.part.${info.in}` as MessageKey, locale);
  return both((locale) => {
    const data = { part: part(locale) };
    switch (info.kind) {
      case 'require':
        return (info.minCount ?? 1) > 1
          ? t('customRules.describe.requireSome', locale, { ...data, patterns: joinList(info.patterns ?? [], locale), min: info.minCount ?? 1 })
          : t('customRules.describe.require', locale, { ...data, patterns: joinList(info.patterns ?? [], locale) });
      case 'forbid':
        return t('customRules.describe.forbid', locale, { ...data, patterns: joinList(info.patterns ?? [], locale) });
      case 'substitute': {
        const pairs = Object.entries(info.substitutions ?? {}).map(([wrong, right]) => t('customRules.describe.pair', locale, { wrong, right }));
        return t('customRules.describe.substitute', locale, { ...data, pairs: joinList(pairs, locale) });
      }
      case 'length':
        if (info.min !== undefined && info.max !== undefined) return t('customRules.describe.lengthBetween', locale, { ...data, min: info.min, max: info.max });
        if (info.min !== undefined) return t('customRules.describe.lengthMin', locale, { ...data, min: info.min });
        return t('customRules.describe.lengthMax', locale, { ...data, max: info.max ?? 0 });
    }
  });
}

interface Hit {
  unit: TextUnit;
  pattern: Pattern;
  /** In `unit.plain`. */
  index: number;
  text: string;
  /** In the source. */
  range: [number, number];
}

/**
 * Every occurrence of the patterns in the units, in document order; where two overlap, the one that starts first (at
 * the same start, the longer) is kept.
 */
function hits(units: readonly TextUnit[], patterns: readonly Pattern[]): Hit[] {
  const found: Hit[] = [];
  for (const unit of units) {
    const inUnit: Array<{ pattern: Pattern; start: number; end: number }> = [];
    for (const pattern of patterns) for (const [start, end] of pattern.find(unit.plain)) inUnit.push({ pattern, start, end });
    inUnit.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const { pattern, start, end } of inUnit) {
      if (start < reach) continue;
      reach = end;
      found.push({ unit, pattern, index: start, text: unit.plain.slice(start, end), range: [unit.toOffset(start), unit.toOffset(end - 1) + 1] });
    }
  }
  return found;
}

/** True when the right form, which contains the wrong one, already stands here (全面依法治县委员会 for 依法治县委员会). */
function readsRight(text: string, at: number, wrong: string, right: string): boolean {
  for (let k = right.indexOf(wrong); k >= 0; k = right.indexOf(wrong, k + 1)) {
    if (at - k >= 0 && text.startsWith(right, at - k)) return true;
  }
  return false;
}

const HAN = /\p{Script=Han}/gu;

/** Chinese characters (汉字) in a text: what `length` counts. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}
