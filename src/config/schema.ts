/**
 * The JSON Schema of a `.reportlintrc` (shipped as schema.json; a config points at it with `$schema`), so an editor
 * completes keys, rule ids, options and values and marks mistakes as the config is written.
 *
 * It is generated from the definitions the config validator itself uses — the top-level keys (CONFIG_KEYS), the
 * severity words, every rule's `meta.options`, the built-in settings and levels, the `overrides` keys, the custom-rule
 * keys, kinds, parts and id pattern — so the two cannot drift: a key the validator accepts without a schema fragment
 * here makes `configSchema` throw (and the build, and test/config/schema.test.ts, fail). The validator stays the
 * authority: it also checks what a schema cannot say (regex safety, placeholders, extends targets).
 */
import type { AnyRule, OptionSchema, OptionsSchema } from '../types.js';
import { CUSTOM_RULE_ID, CUSTOM_RULE_KEY_KINDS, CUSTOM_RULE_KINDS, PART_NAMES, type CustomRuleKind } from './custom-rules.js';
import { OVERRIDE_KEYS } from './overrides.js';
import { CONFIG_KEYS, SEVERITY_WORDS } from './resolve.js';
import { BUILTIN_SETTINGS, LEVEL_VALUES } from './settings.js';

type Json = { [key: string]: unknown };

/** Builds the schema for the given rules (the built-in ones; plugins' rules are allowed by the generic entry). */
export function configSchema(builtinRules: Readonly<Record<string, AnyRule>>): Json {
  const topLevel: Record<string, Json> = {
    $schema: { type: 'string', description: '本文件所用的 JSON Schema（编辑器据此补全和检查）' },
    root: { type: 'boolean', description: '习惯写法，可以不写：查找配置时总是使用最近的一个' },
    extends: { ...stringOrList(), description: '继承的配置：reportlint:recommended、reportlint:all、文件路径或 npm 包名' },
    plugins: { ...stringOrList(), description: '插件：本地 .js 文件或 npm 包 reportlint-plugin-*' },
    rules: rulesSchema(builtinRules),
    settings: settingsSchema(),
    overrides: {
      type: 'array',
      description: '只对部分文件生效的配置，按顺序应用，后面的优先；files 相对于本配置文件所在的文件夹',
      items: overrideSchema(builtinRules),
    },
    ignorePatterns: { ...stringOrList(), description: '不检查的文件（gitignore 写法，相对于本配置文件所在的文件夹）' },
    customRules: {
      type: 'array',
      description: '不写代码的自定义规则（见 docs/custom-rules.md）',
      items: customRuleSchema(),
    },
    enforce: {
      ...stringOrList(),
      description: '强制执行的规则：继承本配置的配置、报告旁的下级配置、--rule 和 reportlint-disable 注释都不能关闭、降低或改变它们',
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'reportlint 配置文件（.reportlintrc）',
    type: 'object',
    properties: pick(topLevel, CONFIG_KEYS, 'CONFIG_KEYS'),
    additionalProperties: false,
    definitions: { severity: severitySchema(), ruleEntry: ruleEntrySchema() },
  };
}

/** The fragments for exactly `keys`: a key without one, or a fragment for no key, is a generator error. */
function pick(fragments: Record<string, Json>, keys: readonly string[], name: string): Record<string, Json> {
  const missing = keys.filter((key) => !Object.hasOwn(fragments, key));
  const extra = Object.keys(fragments).filter((key) => !keys.includes(key));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`schema.ts is out of step with ${name}: no fragment for [${missing.join(', ')}], no key for [${extra.join(', ')}]`);
  }
  return Object.fromEntries(keys.map((key) => [key, fragments[key]!]));
}

function stringOrList(): Json {
  return { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
}

/** A severity: 0|1|2, true/false, or one of SEVERITY_WORDS in any case with spaces around. */
function severitySchema(): Json {
  const words = Object.keys(SEVERITY_WORDS).filter((word) => !/^\d$/.test(word));
  const anyCase = (word: string) => [...word].map((char) => (/[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : char)).join('');
  return {
    description: '严重级别：off/warn/error（或 0/1/2、关闭/警告/错误；true 为规则默认级别，false 为关闭）',
    anyOf: [
      { enum: [0, 1, 2, true, false] },
      { type: 'string', pattern: `^\\s*(${[...words.map(anyCase), '[012]'].join('|')})\\s*$` },
    ],
  };
}

/** A rule entry of a rule whose options are not known here (plugin and custom rules). */
function ruleEntrySchema(): Json {
  return {
    anyOf: entryForms({ type: 'object' }),
  };
}

/** `severity`, `[severity]` or `[severity, options]`. */
function entryForms(options: Json): Json[] {
  const severity = { $ref: '#/definitions/severity' };
  return [
    severity,
    { type: 'array', items: [severity], minItems: 1, additionalItems: false },
    { type: 'array', items: [severity, options], minItems: 2, additionalItems: false },
  ];
}

function rulesSchema(builtinRules: Readonly<Record<string, AnyRule>>): Json {
  const properties: Record<string, Json> = {};
  for (const id of Object.keys(builtinRules).sort()) {
    const { meta } = builtinRules[id]!;
    const options = optionsSchema(meta.options);
    properties[id] = {
      description: meta.description,
      anyOf: entryForms(options),
    };
  }
  return { type: 'object', description: '规则及其级别、选项：规则名: 级别，或 规则名: [级别, { 选项: 值 }]', properties, additionalProperties: { $ref: '#/definitions/ruleEntry' } };
}

function optionsSchema(options: OptionsSchema | undefined): Json {
  const properties: Record<string, Json> = {};
  for (const [name, option] of Object.entries(options ?? {})) properties[name] = optionSchema(option);
  return { type: 'object', properties, additionalProperties: false };
}

function optionSchema(option: OptionSchema): Json {
  const base = { description: option.description, default: option.default };
  switch (option.type) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'number':
      return {
        ...base,
        type: 'number',
        ...(option.minimum === undefined ? {} : { minimum: option.minimum }),
        ...(option.maximum === undefined ? {} : { maximum: option.maximum }),
      };
    case 'string':
      return {
        ...base,
        type: 'string',
        ...(option.enum ? { enum: [...option.enum] } : {}),
        ...(option.pattern ? { pattern: option.pattern.source } : {}),
      };
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' } };
    case 'record':
      return { ...base, type: 'object', additionalProperties: { type: 'string' } };
  }
}

/** The built-in settings (src/config/settings.ts checks them); other keys are free, for plugins. */
function settingsSchema(): Json {
  const fragments: Record<string, Json> = {
    reportYear: { type: 'integer', minimum: 1901, maximum: 2999, description: '报告年度，如 2024' },
    level: { enum: [...LEVEL_VALUES], description: '报告主体层级：township（乡镇、街道）、county（县、区）、department（部门）、city、province' },
    docsBaseUrl: { type: 'string', minLength: 1, description: '规则说明页面的地址前缀（内网部署时用）' },
    maxFileSizeMB: { type: 'number', exclusiveMinimum: 0, default: 50, description: '能读取的最大文件（MB），更大的文件不读取' },
    maxDocxExpandedMB: { type: 'number', exclusiveMinimum: 0, default: 10, description: 'Word 文档解压后文字部分（XML）的总大小上限（MB），防压缩炸弹' },
    maxDocxRatio: { type: 'number', exclusiveMinimum: 0, default: 100, description: 'Word 文档中超过 1 MB 的部分的最大压缩比，防压缩炸弹' },
    maxPdfPages: { type: 'integer', minimum: 1, default: 2000, description: 'PDF 的最大页数，页数更多的不读取' },
    referenceReports: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
      description: '与之比对的参考报告（通常是往年的报告，no-copied-text 规则使用）：文件路径或通配符，相对于本配置文件，如 "../2023年度/**"',
    },
  };
  return {
    type: 'object',
    description: '各条规则共用的基本情况',
    properties: pick(fragments, Object.keys(BUILTIN_SETTINGS), 'BUILTIN_SETTINGS'),
    additionalProperties: true,
  };
}

function overrideSchema(builtinRules: Readonly<Record<string, AnyRule>>): Json {
  const fragments: Record<string, Json> = {
    files: { ...stringOrList(), description: '适用的文件（glob，相对于本配置文件所在的文件夹，如 部门/**）' },
    excludedFiles: { ...stringOrList(), description: '从 files 中排除的文件' },
    rules: rulesSchema(builtinRules),
    settings: settingsSchema(),
  };
  return { type: 'object', properties: pick(fragments, OVERRIDE_KEYS, 'OVERRIDE_KEYS'), required: ['files'], additionalProperties: false };
}

function customRuleSchema(): Json {
  const patternList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] };
  const fragments: Record<string, Json> = {
    id: { type: 'string', pattern: CUSTOM_RULE_ID.source, description: '规则名：小写字母、数字、汉字，用 - 连接；不能与内置规则同名' },
    kind: { enum: [...CUSTOM_RULE_KINDS], description: 'require 必须写到、forbid 不得出现、substitute 替换用语、length 字数' },
    message: { type: 'string', minLength: 1, description: '报告里出问题时显示的话（中文）' },
    messageEn: { type: 'string', minLength: 1, description: 'The message in English (--locale en)' },
    severity: { $ref: '#/definitions/severity' },
    docs: { type: 'string', minLength: 1, description: 'reportlint --explain 显示的说明' },
    in: { enum: [...PART_NAMES], description: '只在报告的这一部分查找（默认 any：全文）' },
    patterns: { description: '词语，或写在两个 / 之间的正则表达式；substitute 为 错误写法: 正确写法' },
    minCount: { type: 'integer', minimum: 1, description: 'require：至少要出现几个不同的 patterns（默认 1）' },
    min: { type: 'integer', minimum: 0, description: 'length：至少多少个汉字' },
    max: { type: 'integer', minimum: 0, description: 'length：至多多少个汉字' },
    examples: {
      type: 'object',
      description: 'reportlint --test-rules 运行的例子',
      properties: { valid: { type: 'array', items: { type: 'string' } }, invalid: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
  };
  const properties = pick(fragments, Object.keys(CUSTOM_RULE_KEY_KINDS), 'CUSTOM_RULE_KEY_KINDS');
  // Keys that belong to some kinds only (patterns, minCount, min, max) are not allowed with the others.
  const byKind = CUSTOM_RULE_KINDS.map((kind: CustomRuleKind) => {
    const foreign = Object.entries(CUSTOM_RULE_KEY_KINDS).flatMap(([key, kinds]) => (kinds && !kinds.includes(kind) ? [key] : []));
    const patterns = kind === 'substitute' ? { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } } : patternList;
    // `false` is the schema no value satisfies: the key may not be there.
    const forbidden = Object.fromEntries(foreign.map((key) => [key, false]));
    return {
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: kind === 'length' ? { properties: forbidden } : { required: ['patterns'], properties: { patterns, ...forbidden } },
    };
  });
  return { type: 'object', properties, required: ['id', 'kind', 'message'], additionalProperties: false, allOf: byKind };
}
