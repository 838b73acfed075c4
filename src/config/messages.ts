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
    zh: '配置无效：{file} 中的顶层键 {key} 不认识{hint}（可用的键：extends、rules、plugins、settings、root、$schema）',
    en: 'Invalid config: unknown top-level key {key} in {file}{hint} (allowed: extends, rules, plugins, settings, root, $schema)',
  },
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
