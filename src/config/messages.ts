/**
 * Config error messages in both locales, and the one way to throw them. They are the `config.` part of the message
 * catalog (src/messages/catalog.ts), checked with it by test/messages.test.ts.
 *
 * Every message is one line and names the file (or `--rule`) and the key at fault, then says what would be valid.
 */
import { renderTemplate } from '../engine/messages.js';
import { ConfigError } from '../errors.js';
import type { Locale, MessageTemplate } from '../types.js';

export const configTemplates = {
  fileMissing: {
    zh: '配置无效：找不到 -c/--config 指定的配置文件 {file}',
    en: 'Invalid config: config file {file} given by -c/--config not found',
  },
  unreadable: {
    zh: '配置无效：无法读取配置文件 {file}（{detail}）',
    en: 'Invalid config: cannot read config file {file} ({detail})',
  },
  unparsable: {
    zh: '配置无效：{file} 无法解析（{detail}）',
    en: 'Invalid config: {file} cannot be parsed ({detail})',
  },
  unsupportedFormat: {
    zh: '配置无效：{file} 的文件类型不受支持（应为 .json、.yaml、.yml、.js、.cjs、.mjs 或无扩展名的 JSON/YAML）',
    en: 'Invalid config: {file} has an unsupported file type (use .json, .yaml, .yml, .js, .cjs, .mjs, or JSON/YAML without extension)',
  },
  notObject: {
    zh: '配置无效：{file} 的内容应为一个对象（键: 值），实际为 {value}',
    en: 'Invalid config: {file} must contain an object (key: value), got {value}',
  },
  unknownKey: {
    zh: '配置无效：{file} 中的顶层键 {key} 不认识{hint}（可用的键：{keys}）',
    en: 'Invalid config: unknown top-level key {key} in {file}{hint} (allowed: {keys})',
  },

  // Overrides and ignore patterns (./overrides.ts, ./ignore.ts).
  overrideUnknownKey: {
    zh: '配置无效：{file} 中的 {key} 不是 overrides 中可用的键{hint}（可用的键：{keys}）',
    en: 'Invalid config: {key} in {file} is not a key an overrides block may have{hint} (allowed: {keys})',
  },
  overrideNoFiles: {
    zh: '配置无效：{file} 中缺少 {key}：请写明这一项适用于哪些文件，如 ["部门/**"]（相对于配置文件所在的文件夹）',
    en: 'Invalid config: {key} is missing in {file}: name the files the block applies to, such as ["部门/**"] (relative to the folder of the config file)',
  },
  overridePattern: {
    zh: '配置无效：{file} 中 {key} 的 {value} 不合法：应为相对于配置文件所在文件夹的路径，不能以“/”开头，也不能含“..”，如 "部门/**"',
    en: 'Invalid config: {value} in {key} of {file} is not valid: use a path relative to the folder of the config file, not starting with "/" and without "..", such as "部门/**"',
  },
  // End of overrides and ignore patterns.
  keyType: {
    zh: '配置无效：{file} 中 {key} 应为{expected}，实际为 {value}',
    en: 'Invalid config: {key} in {file} must be {expected}, got {value}',
  },
  unknownRule: {
    zh: '配置无效：{file} 中 {key} 不是已知的规则{hint}（用 --list-rules 查看所有规则）',
    en: 'Invalid config: {key} in {file} is not a known rule{hint} (see --list-rules)',
  },
  badSeverity: {
    zh: '配置无效：{file} 中 {key} 的严重级别 {value} 不合法（应为 off、warn、error 或 0、1、2）',
    en: 'Invalid config: severity {value} of {key} in {file} is not valid (use off, warn, error or 0, 1, 2)',
  },
  badRuleEntry: {
    zh: '配置无效：{file} 中 {key} 应为严重级别或 [严重级别, {选项}]，实际为 {value}',
    en: 'Invalid config: {key} in {file} must be a severity or [severity, {"option": value}], got {value}',
  },
  optionsNotObject: {
    zh: '配置无效：{file} 中 {key} 的选项应为对象（选项名: 值），实际为 {value}',
    en: 'Invalid config: options of {key} in {file} must be an object (name: value), got {value}',
  },
  unknownOption: {
    zh: '配置无效：{file} 中 {key} 的选项 {option} 不存在（{known}）',
    en: 'Invalid config: {key} in {file} has no option {option} ({known})',
  },
  optionType: {
    zh: '配置无效：{file} 中 {key} 的选项 {option} 应为{expected}，实际为 {value}',
    en: 'Invalid config: option {option} of {key} in {file} must be {expected}, got {value}',
  },
  optionEnum: {
    zh: '配置无效：{file} 中 {key} 的选项 {option} 应为 {allowed} 之一，实际为 {value}',
    en: 'Invalid config: option {option} of {key} in {file} must be one of {allowed}, got {value}',
  },
  optionPattern: {
    zh: '配置无效：{file} 中 {key} 的选项 {option} 格式不对，应形如 {example}，实际为 {value}',
    en: 'Invalid config: option {option} of {key} in {file} must look like {example}, got {value}',
  },
  optionMinimum: {
    zh: '配置无效：{file} 中 {key} 的选项 {option} 不能小于 {limit}，实际为 {value}',
    en: 'Invalid config: option {option} of {key} in {file} must be at least {limit}, got {value}',
  },
  optionMaximum: {
    zh: '配置无效：{file} 中 {key} 的选项 {option} 不能大于 {limit}，实际为 {value}',
    en: 'Invalid config: option {option} of {key} in {file} must be at most {limit}, got {value}',
  },
  unknownPreset: {
    zh: '配置无效：{file} 中 {key} 的预设 {value} 不存在（可用：{presets}）',
    en: 'Invalid config: {key} in {file} names an unknown preset {value} (available: {presets})',
  },
  extendsMissing: {
    zh: '配置无效：{file} 中 {key} 继承的 {value} 找不到（{detail}）',
    en: 'Invalid config: {key} in {file} names {value}, which cannot be found ({detail})',
  },
  extendsCycle: {
    zh: '配置无效：{file} 中 {key} 造成循环继承（{detail}）',
    en: 'Invalid config: {key} in {file} makes a cycle of extends ({detail})',
  },
  extendsLoad: {
    zh: '配置无效：{file} 中 {key} 继承的 {value} 无法加载（{detail}）',
    en: 'Invalid config: {key} in {file} names {value}, which cannot be loaded ({detail})',
  },
  pluginMissing: {
    zh: '配置无效：{file} 中 {key} 的插件 {value} 找不到（{detail}）',
    en: 'Invalid config: plugin {value} named by {key} in {file} cannot be found ({detail})',
  },
  pluginLoad: {
    zh: '配置无效：{file} 中 {key} 的插件 {value} 无法加载（{detail}）',
    en: 'Invalid config: plugin {value} named by {key} in {file} cannot be loaded ({detail})',
  },
  pluginShape: {
    zh: '配置无效：{file} 中 {key} 的插件 {value} 不合规范（{detail}）',
    en: 'Invalid config: plugin {value} named by {key} in {file} is not a valid plugin ({detail})',
  },
  pluginConflict: {
    zh: '配置无效：{file} 中 {key} 的插件名 {value} 与 {detail} 中加载的另一个插件重名',
    en: 'Invalid config: plugin name {value} from {key} in {file} clashes with another plugin loaded in {detail}',
  },
  cliRuleSyntax: {
    zh: "配置无效：--rule {value} 无法解析（应写成 '<规则>: <严重级别>' 或 '<规则>: [<严重级别>, {\"选项\": 值}]'）",
    en: "Invalid config: --rule {value} cannot be parsed (write '<rule>: <severity>' or '<rule>: [<severity>, {\"option\": value}]')",
  },
  unknownSetting: {
    zh: '配置无效：{file} 中 {key} 不是已知的设置{hint}（reportlint 读取的设置：{known}；插件自己的设置请另取不会与之混淆的名字）',
    en: "Invalid config: {key} in {file} is not a known setting{hint} (reportlint reads {known}; give a plugin's own setting a name that cannot be mistaken for one of them)",
  },
  settingValue: {
    zh: '配置无效：{file} 中 {key} 的值 {value} 不认识{hint}（可用的值：{allowed}）',
    en: 'Invalid config: {key} in {file} has an unknown value {value}{hint} (allowed: {allowed})',
  },

  // Custom rules (`customRules`, ./custom-rules.ts and ./patterns.ts). Kinds, parts, severities and wrong types use
  // settingValue, badSeverity and keyType above; the words they need are in the custom rules block of configWords.
  customRuleUnknownKey: {
    zh: '配置无效：{file} 中 {key} 不是自定义规则可用的键{hint}（可用的键：{known}）',
    en: 'Invalid config: {key} in {file} is not a key a custom rule may have{hint} (allowed: {known})',
  },
  customRuleMissingKey: {
    zh: '配置无效：{file} 中 {key} 缺少 {name}（{what}）',
    en: 'Invalid config: {key} in {file} has no {name} ({what})',
  },
  customRuleBadId: {
    zh: '配置无效：{file} 中 {key} 的规则名 {value} 不合规范：只能用小写字母、数字和汉字，用连字符“-”连接，不能有空格和“/”，如 写明法律顾问',
    en: 'Invalid config: rule id {value} in {key} of {file} is not valid: use lower-case letters, digits and Chinese characters joined by "-", no spaces and no "/", such as require-legal-adviser',
  },
  customRuleBuiltinId: {
    zh: '配置无效：{file} 中 {key} 的规则名 {value} 与内置规则重名：请另取一个名字（要调整内置规则，请写在 rules 中）',
    en: 'Invalid config: rule id {value} in {key} of {file} is the id of a built-in rule: choose another (to change a built-in rule, use rules)',
  },
  customRuleDuplicateId: {
    zh: '配置无效：{file} 中 {key} 的规则名 {value} 已在 {detail} 定义过：规则名不能重复（要调整已有的自定义规则，请写在 rules 中）',
    en: 'Invalid config: rule id {value} in {key} of {file} is already defined in {detail}: ids must be unique (to change an existing custom rule, use rules)',
  },
  customRuleKeyForKind: {
    zh: '配置无效：{file} 中 {key} 只用于 {kinds} 类型的规则，这条规则的类型是 {kind}',
    en: 'Invalid config: {key} in {file} belongs to rules of kind {kinds}; this rule is of kind {kind}',
  },
  customRuleMinCount: {
    zh: '配置无效：{file} 中 {key} 为 {value}，但 patterns 只有 {count} 项（minCount 是 patterns 中至少要出现几项不同的词语）',
    en: 'Invalid config: {key} in {file} is {value}, but patterns has only {count} (minCount is how many different patterns must occur)',
  },
  customRuleLengthBounds: {
    zh: '配置无效：{file} 中 {key} 是 length 类型的规则，至少要写 min（最少字数）或 max（最多字数）之一',
    en: 'Invalid config: {key} in {file} is a length rule: give min (fewest characters) or max (most characters), or both',
  },
  customRuleLengthOrder: {
    zh: '配置无效：{file} 中 {key} 为 {min}，大于 max（{max}）',
    en: 'Invalid config: {key} in {file} is {min}, more than max ({max})',
  },
  customRulePlaceholder: {
    zh: '配置无效：{file} 中 {key} 的占位符 {value} 不认识（{kind} 类型的规则可用：{known}）',
    en: 'Invalid config: {key} in {file} has an unknown placeholder {value} (rules of kind {kind} may use {known})',
  },
  customRuleEmptyPattern: {
    zh: '配置无效：{file} 中 {key} 是空的：请写出要查找的词语',
    en: 'Invalid config: {key} in {file} is empty: write the phrase to look for',
  },
  customRuleRegexFlags: {
    zh: '配置无效：{file} 中 {key} 的正则表达式 {value} 带有不支持的标志 {flags}（只能用 i：不区分大小写；每段文字单独匹配，且已去掉换行）',
    en: 'Invalid config: regular expression {value} in {key} of {file} has unsupported flags {flags} (only i, ignore case: each paragraph is matched on its own, without line breaks)',
  },
  customRulePattern: {
    zh: '配置无效：{file} 中 {key} 的正则表达式 {value} 无法使用：{detail}',
    en: 'Invalid config: regular expression {value} in {key} of {file} cannot be used: {detail}',
  },
  // End of custom rules.

  // Config trust (issue 11, ./trust.ts): a config found outside the working directory and the folders above it —
  // beside the reports — is data only; what would import code is refused before it is loaded.
  untrustedConfigFile: {
    zh: '配置无效：{file} 是 JavaScript 配置文件，它不在工作目录或其上级文件夹中（如与报告放在一起），为安全起见不会执行；请改写为 .reportlintrc.yaml 或 .json，或确认可信后用 -c 指定它',
    en: 'Invalid config: {file} is a JavaScript config outside the working directory and the folders above it (such as beside the reports); for safety it is not run. Rewrite it as .reportlintrc.yaml or .json, or name it with -c if you trust it',
  },
  untrustedPlugin: {
    zh: '配置无效：{file} 中 {key} 要加载插件 {value}，但这个配置文件不在工作目录或其上级文件夹中（如与报告放在一起），为安全起见不能加载代码；请删去 plugins，或确认可信后用 -c 指定这个配置文件',
    en: 'Invalid config: {key} in {file} loads plugin {value}, but this config is outside the working directory and the folders above it (such as beside the reports), where a config may not load code; remove plugins, or name the config with -c if you trust it',
  },
  untrustedReferenceReports: {
    zh: '配置无效：{file} 中 {key} 指定了参考报告，但这个配置文件不在工作目录或其上级文件夹中（如与报告放在一起），不能让检查读取其他文件；请删去这一项，或确认可信后用 -c 指定这个配置文件',
    en: 'Invalid config: {key} in {file} names reference reports, but this config is outside the working directory and the folders above it (such as beside the reports), where a config may not make the run read other files; remove it, or name the config with -c if you trust it',
  },
  untrustedExtends: {
    zh: '配置无效：{file} 中 {key} 继承的 {value} 是 JavaScript 代码（{detail}），但这个配置文件不在工作目录或其上级文件夹中（如与报告放在一起），只能继承预设和 YAML/JSON 配置文件；请改为继承 YAML/JSON 文件，或确认可信后用 -c 指定这个配置文件',
    en: 'Invalid config: {key} in {file} extends {value}, which is JavaScript ({detail}), but this config is outside the working directory and the folders above it (such as beside the reports), where a config may extend only presets and YAML/JSON files; extend a YAML/JSON file instead, or name the config with -c if you trust it',
  },
  importKey: {
    zh: '配置无效：{file} 中的顶层键 {key} 不认识（要继承其他配置文件，请写 extends）',
    en: 'Invalid config: unknown top-level key {key} in {file} (to inherit another config file, use extends)',
  },
  // End of config trust.
} satisfies Record<string, MessageTemplate>;

export type ConfigMessageId = keyof typeof configTemplates;

/** Short words used inside messages (type names, hints). */
export const configWords = {
  boolean: { zh: '布尔值（true 或 false）', en: 'a boolean (true or false)' },
  number: { zh: '数字', en: 'a number' },
  string: { zh: '字符串', en: 'a string' },
  'string[]': { zh: '字符串数组', en: 'an array of strings' },
  record: { zh: '对象（每个值都是字符串）', en: 'an object whose values are strings' },
  object: { zh: '对象（键: 值）', en: 'an object (key: value)' },
  year: { zh: '整数年份（如 2024）', en: 'a whole year (such as 2024)' },
  jsonPosition: { zh: '第 {line} 行第 {column} 列', en: 'line {line}, column {column}' },
  stringOrArray: { zh: '字符串或字符串数组', en: 'a string or an array of strings' },
  knownOptions: { zh: '可用的选项：{list}', en: 'available options: {list}' },
  noOptions: { zh: '该规则没有选项', en: 'this rule has no options' },
  didYouMean: { zh: '，是否想写 {name}？', en: '; did you mean {name}?' },
  listSeparator: { zh: '、', en: ', ' },
  cliSource: { zh: '命令行 --rule', en: 'command-line --rule' },
  pluginNoRules: { zh: '没有导出 rules 对象', en: 'it exports no rules object' },
  pluginBadRule: { zh: '规则 {id} 缺少 meta.messages 或 check 函数', en: 'rule {id} lacks meta.messages or a check function' },
  docsBaseUrl: {
    zh: '非空字符串（规则说明所在的网址或文件夹，如 https://内网地址/reportlint/rules）',
    en: 'a non-empty string (the address or folder of the rule pages, such as https://intranet/reportlint/rules)',
  },
  levelWithAliases: { zh: '{level}（{aliases}）', en: '{level} ({aliases})' },
  // Custom rules (./custom-rules.ts, ./patterns.ts): types and what is missing.
  customRuleList: {
    zh: '列表，每一项是一条规则（- id: …、kind: …、message: …）',
    en: 'a list with one rule per item (- id: …, kind: …, message: …)',
  },
  customRule: { zh: '对象（id、kind、message 等键）', en: 'an object (id, kind, message …)' },
  customRuleId: { zh: '规则名，如 写明法律顾问', en: 'the rule id, such as require-legal-adviser' },
  customRuleKind: { zh: '类型：require、forbid、substitute 或 length', en: 'the kind: require, forbid, substitute or length' },
  customRuleMessage: { zh: '报告不合要求时显示的提示语', en: 'the message shown when a report breaks the rule' },
  customRulePatterns: { zh: '要查找的词语或正则表达式', en: 'the phrases or regular expressions to look for' },
  nonEmptyString: { zh: '非空字符串', en: 'a non-empty string' },
  patternList: { zh: '词语列表，如 [法律顾问, /公职律师|法律顾问/]', en: 'a list of phrases, such as [法律顾问, /公职律师|法律顾问/]' },
  substitutions: { zh: '对象（错误写法: 正确写法），如 { 县法制办: 县司法局 }', en: 'an object (wrong form: right form), such as { 县法制办: 县司法局 }' },
  rightForm: { zh: '非空字符串（正确写法）', en: 'a non-empty string (the right form)' },
  globList: { zh: '文件路径或通配符（字符串或字符串数组，如 "../2023年度/**"）', en: 'a path or glob, or a list of them (e.g. "../2023/**")' },
  positiveInteger: { zh: '正整数（1、2、3……）', en: 'a whole number of 1 or more' },
  wholeNumber: { zh: '不小于 0 的整数', en: 'a whole number of 0 or more' },
  // The read limits (settings.maxFileSizeMB and the like, ./settings.ts).
  positiveNumber: { zh: '大于 0 的数（如 50）', en: 'a number above 0 (such as 50)' },
  examples: { zh: '对象（valid: [...], invalid: [...]）', en: 'an object (valid: [...], invalid: [...])' },
  exampleList: { zh: '报告片段的列表（每项是非空字符串）', en: 'a list of report snippets (non-empty strings)' },
  // Why a regular expression cannot be used (re2js's error, said in the user's language); {fragment} is the part at fault.
  regexSpace: {
    zh: '其中有空格：检查时报告中的空格和换行都已去掉，有空格的写法永远匹配不到，请删去空格',
    en: 'it contains a space: reports are matched with their spaces and line breaks removed, so it could never match; remove the space',
  },
  regexEmptyMatch: {
    zh: '它能匹配空字符串，会在任何报告中“出现”；请让它至少匹配一个字',
    en: 'it matches the empty string, so it would "occur" in every report; make it match at least one character',
  },
  regexLookahead: {
    zh: '不支持“{fragment}”这样的向前查找；可以改用向后查找 (?<= 或 (?<!，或换一种写法',
    en: 'lookahead such as "{fragment}" is not supported; use lookbehind (?<= or (?<!, or write it another way',
  },
  regexBackreference: {
    zh: '不支持“{fragment}”这样的反向引用',
    en: 'backreferences such as "{fragment}" are not supported',
  },
  regexEscape: { zh: '转义 {fragment} 不认识', en: 'unknown escape {fragment}' },
  regexMissingBracket: { zh: '方括号没有配对，缺少“]”：{fragment}', en: 'a "]" is missing: {fragment}' },
  regexMissingParen: { zh: '圆括号没有配对，缺少“)”：{fragment}', en: 'a ")" is missing: {fragment}' },
  regexUnexpectedParen: { zh: '多了一个“)”：{fragment}', en: 'an extra ")": {fragment}' },
  regexRepeatCount: {
    zh: '重复次数 {fragment} 不对（最多 1000，且最小值不能大于最大值）',
    en: 'repeat count {fragment} is not valid (at most 1000, and the minimum not above the maximum)',
  },
  regexRepeatArgument: { zh: '{fragment} 前面没有可以重复的内容', en: 'nothing to repeat before {fragment}' },
  regexClassRange: { zh: '字符范围 {fragment} 不对（前一个字符应在后一个之前）', en: 'character range {fragment} is not valid (the first character must come first)' },
  regexTrailingBackslash: { zh: '末尾多了一个反斜杠“\\”', en: 'a backslash "\\" at the end' },
  regexGroup: { zh: '分组写法 {fragment} 不对', en: 'group {fragment} is not valid' },
  regexTooLarge: { zh: '表达式太大或嵌套太深，请拆成几条', en: 'the expression is too large or nested too deeply; split it' },
  regexSyntax: { zh: '写法有误：{fragment}', en: 'syntax error: {fragment}' },
  // End of custom rules.
  // Overrides (./overrides.ts).
  overridesList: {
    zh: '列表，每一项是一个对象（至少写明适用的文件，如 - files: ["部门/**"]）',
    en: 'a list of objects (each naming the files it applies to, such as - files: ["部门/**"])',
  },
} satisfies Record<string, MessageTemplate>;

export type WordId = keyof typeof configWords;

export function word(id: WordId, locale: Locale, data: Readonly<Record<string, string | number>> = {}): string {
  return renderTemplate(configWords[id], locale, data);
}

export function list(items: readonly string[], locale: Locale): string {
  return items.join(configWords.listSeparator[locale]);
}

/** A value as it should appear in a message: JSON, shortened. */
export function show(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'function') text = 'function';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Where a problem is: the file (or `--rule`) and the dotted key path inside it. */
export interface Where {
  file: string;
  key?: string;
  locale: Locale;
}

/** Builds and returns (for `throw`) a ConfigError with a one-line message in the requested locale. */
export function configError(
  id: ConfigMessageId,
  where: Where,
  data: Readonly<Record<string, string | number>> = {},
  cause?: unknown,
): ConfigError {
  const message = renderTemplate(configTemplates[id], where.locale, { file: where.file, key: where.key ?? '', ...data });
  return new ConfigError(message, {
    filePath: where.file,
    ...(where.key === undefined ? {} : { keyPath: where.key }),
    ...(cause === undefined ? {} : { cause }),
  });
}

/** First line of an error's message, without a trailing colon (YAML errors end the line with one). */
export function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\r?\n/).find((line) => line.trim() !== '') ?? message;
  return first.trim().replace(/[:：]$/, '');
}

/** The closest name in `candidates` to `name`, if it is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
