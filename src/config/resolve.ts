/**
 * From config files to a ResolvedConfig.
 *
 * A config file is first checked for shape, then flattened with everything it `extends` (in order, the file's own keys
 * last) into a Layer: every rule entry in order with the file and key it came from, merged settings, loaded plugins.
 * Only then are rule ids, `true` severities and options checked against the rules (built-in + plugins of the chain), so
 * each error still names the file and key it came from.
 *
 * Merge semantics (ESLint eslintrc): later entries win per rule; an entry that gives only a severity keeps the options
 * of an earlier entry; an entry with options replaces earlier options as a whole, and those options are merged over the
 * rule's defaults. `settings` merge shallowly (later keys win). Plugins accumulate along the chain.
 *
 * `overrides` blocks (./overrides.ts) are flattened into the same sequence, after the base config of the file that
 * declares them (ESLint's order), their entries marked with their block: `finalize` applies only the blocks that match
 * the file, and checks the entries of the others all the same. `ignorePatterns` (./ignore.ts) accumulate in order.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule, EnforcementAttempt, Locale, ResolvedConfig, RuleSetting, SeverityLevel, SeverityName } from '../types.js';
import { readConfigFile } from './files.js';
import { closest, configError, list, show, word, type Where } from './messages.js';
import {
  CONFIG_PREFIX,
  isPathLike,
  normalizePackageName,
  PLUGIN_PREFIX,
  pluginNameOf,
  resolvePackage,
} from './modules.js';
import { defaultOptions, isPlainObject, resolveOptions } from './options.js';
import { defaultLevel, isPresetName, PRESET_NAMES, PRESET_PREFIX, presetRules, type PresetName } from './presets.js';
import { manifestProblem, scriptProblem } from './problems.js';
import { checkSettings } from './settings.js';
import { anchorReferenceReports, REFERENCE_REPORTS } from './reference-reports.js';
import type { IgnorePattern } from './ignore.js';
import type { OverrideBlock, ParsedOverride, SettingEntry } from './overrides.js';
import type { CustomRuleRecord } from './custom-rules.js';
import { atOrAboveCwd, isCodeFile } from './trust.js';

/** Top-level keys a config file may have. */
export const CONFIG_KEYS: readonly string[] = ['extends', 'rules', 'plugins', 'settings', 'root', '$schema', 'overrides', 'ignorePatterns', 'customRules', 'enforce'];

/** One `rules` entry as written, with where it was written. */
export interface RuleEntry {
  id: string;
  /** 'default' = `true`: the rule's own meta.severity. */
  severity: SeverityLevel | 'default';
  /** Raw options as written; undefined when the entry gives only a severity. */
  options?: unknown;
  where: Where;
  /** Set for an entry of an `overrides` block: it applies only to the files the block matches. */
  override?: OverrideBlock;
}

interface PluginRecord {
  name: string;
  resolved: string;
  rules: ReadonlyMap<string, AnyRule>;
  where: Where;
}

/** A config file flattened with its `extends` chain. */
export interface Layer {
  sources: string[];
  entries: RuleEntry[];
  settings: Record<string, unknown>;
  plugins: Map<string, PluginRecord>;
  /** `overrides` blocks of the chain, in the order they apply (see ./overrides.ts). */
  overrides?: OverrideBlock[];
  /**
   * Every `settings` key as written, in order (base config and override blocks interleaved as they apply), for
   * overrides and --print-config's provenance; `settings` above is the base part already merged.
   */
  settingEntries?: SettingEntry[];
  /** `ignorePatterns` of the chain, in order, each relative to the file that writes it (see ./ignore.ts). */
  ignorePatterns?: IgnorePattern[];
  /**
   * Where rules defined by config files (not built in, not from a plugin) are written, id → `file#key` (such as
   * `/x/.reportlintrc.yaml#customRules[0]`), for --print-config's provenance. Plugin rules are traced through `plugins`.
   */
  ruleOrigins?: Map<string, string>;
  /** Rules defined in `customRules` along the chain, by id (./custom-rules.ts); an id defined twice is an error. */
  customRules?: Map<string, CustomRuleRecord>;
  /** `enforce` along the chain, in order (see EnforceMark). */
  enforce?: EnforceMark[];
}

/**
 * A config file's `enforce` (issue 11): from entry `at` of the layer on (after the file's own rules and overrides),
 * the rules named keep at least the severity they have there, and their options: a later entry — a config that
 * extends this one, `--rule` — may raise the severity, but an entry that would turn the rule off, lower it or change
 * its options is not applied and is reported as an attempt.
 */
export interface EnforceMark {
  at: number;
  ids: Array<{ id: string; where: Where }>;
}

/**
 * What the reviewer's config (the one for the working directory, ./load.ts) enforces for a file whose nearest config
 * is another one: laid under that config, so a township's config that does not extend the county's still gets the
 * county's enforced rules at the county's setting.
 */
export interface CrossEnforcement {
  floors: ReadonlyMap<string, { rule: AnyRule; setting: RuleSetting; by: string }>;
  /** The files of the enforcing config's chain: their entries are its own steps, not attempts. */
  sources: ReadonlySet<string>;
}

/** The result for one config: what the engine gets and what --print-config shows. */
export interface Final {
  resolved: ResolvedConfig;
  printable: {
    sources: string[];
    settings: Record<string, unknown>;
    rules: Record<string, [SeverityName, Record<string, unknown>]>;
    /** Enforced rules (rule id → the config that enforces it), when there are any. */
    enforced?: Record<string, string>;
  };
}

const SEVERITY_NAMES: readonly SeverityName[] = ['off', 'warn', 'error'];

/**
 * The words a severity may be written as (any case, spaces around ignored), besides the numbers 0|1|2 and
 * true/false. The words stylish prints (警告, 错误) and 关闭 are accepted too: a township office writes the severity
 * the way the output names it. The JSON Schema (./schema.ts) is generated from this list.
 */
export const SEVERITY_WORDS: Readonly<Record<string, SeverityLevel>> = {
  off: 0,
  '0': 0,
  关闭: 0,
  warn: 1,
  warning: 1,
  '1': 1,
  警告: 1,
  error: 2,
  '2': 2,
  错误: 2,
};

/** A severity as written → a level; `true` → 'default' (the rule's own); anything else → undefined. */
export function parseSeverity(value: unknown): SeverityLevel | 'default' | undefined {
  if (value === true) return 'default';
  if (value === false) return 0;
  if (value === 0 || value === 1 || value === 2) return value;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (Object.hasOwn(SEVERITY_WORDS, word)) return SEVERITY_WORDS[word];
  }
  return undefined;
}

/** One `rules.<id>` value → a RuleEntry (severity checked now; options checked once the rule is known). */
export function parseRuleEntry(id: string, value: unknown, where: Where): RuleEntry {
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) throw configError('badRuleEntry', where, { value: show(value) });
    const severity = parseSeverity(value[0]);
    if (severity === undefined) throw configError('badSeverity', where, { value: show(value[0]) });
    return value.length === 2 ? { id, severity, options: value[1], where } : { id, severity, where };
  }
  if (value !== null && typeof value === 'object') throw configError('badRuleEntry', where, { value: show(value) });
  const severity = parseSeverity(value);
  if (severity === undefined) throw configError('badSeverity', where, { value: show(value) });
  return { id, severity, where };
}

/** `--rule` strings (`'id: warn'`, `'id: [error, {"opt": 1}]'`, or a YAML flow map of several) → entries. */
export async function parseCliRules(specs: readonly string[], locale: Locale): Promise<RuleEntry[]> {
  if (specs.length === 0) return [];
  const { parse } = await import('yaml');
  const file = word('cliSource', locale);
  const entries: RuleEntry[] = [];
  for (const spec of specs) {
    let parsed: unknown;
    try {
      parsed = parse(spec);
      // Be kind to `id:error` (no space), which YAML reads as one string.
      if (typeof parsed === 'string' && /^[^\s:]+:\S/.test(parsed)) parsed = parse(parsed.replace(':', ': '));
    } catch {
      parsed = undefined;
    }
    if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) {
      throw configError('cliRuleSyntax', { file, locale }, { value: JSON.stringify(spec) });
    }
    for (const [id, value] of Object.entries(parsed)) {
      entries.push(parseRuleEntry(id, value, { file, key: `rules.${id}`, locale }));
    }
  }
  return entries;
}

export class Resolver {
  private readonly raw = new Map<string, Promise<unknown>>();
  private readonly pluginModules = new Map<string, Promise<ReadonlyMap<string, AnyRule>>>();

  /** `cwd`: the working directory, which decides which configs may load code (./trust.ts). */
  constructor(
    private readonly builtinRules: Readonly<Record<string, AnyRule>>,
    private readonly locale: Locale,
    private readonly cwd: string = process.cwd(),
  ) {}

  /** Remembers a config already read by the search, so it is not read twice. */
  seed(filepath: string, config: unknown): void {
    if (!this.raw.has(filepath)) this.raw.set(filepath, Promise.resolve(config));
  }

  private read(filepath: string): Promise<unknown> {
    let raw = this.raw.get(filepath);
    if (!raw) this.raw.set(filepath, (raw = readConfigFile(filepath, this.locale)));
    return raw;
  }

  presetLayer(name: PresetName): Layer {
    const entries: RuleEntry[] = [];
    for (const [id, severity] of presetRules(name, this.builtinRules)) {
      entries.push({ id, severity, where: { file: name, key: `rules.${id}`, locale: this.locale } });
    }
    return { sources: [name], entries, settings: {}, plugins: new Map() };
  }

  /**
   * Reads a config file and flattens it with its `extends` chain. `stack` holds the files extending it (cycles).
   * `trusted` false: the file was found beside the reports (./trust.ts), so it and its chain are data only — `plugins`
   * and an `extends` that leads to JavaScript are refused before anything is loaded, and the files its `ignorePatterns`
   * exclude are listed in a folder run, not skipped in silence (`beside`, ./ignore.ts).
   */
  async fileLayer(filepath: string, stack: readonly string[] = [], trusted = true): Promise<Layer> {
    if (!trusted && isCodeFile(filepath)) throw configError('untrustedConfigFile', { file: filepath, locale: this.locale });
    const raw = await this.read(filepath);
    const file = filepath;
    const at = (key?: string): Where => (key === undefined ? { file, locale: this.locale } : { file, key, locale: this.locale });
    if (!isPlainObject(raw)) throw configError('notObject', at(), { value: show(raw) });

    for (const key of Object.keys(raw)) {
      if (!CONFIG_KEYS.includes(key)) {
        const guess = closest(key, CONFIG_KEYS);
        throw configError('unknownKey', at(key), {
          hint: guess ? word('didYouMean', this.locale, { name: guess }) : '',
          keys: list(CONFIG_KEYS, this.locale),
        });
      }
    }
    const extendsList = stringList(raw.extends, at('extends'));
    const pluginList = stringList(raw.plugins, at('plugins'));
    if (!trusted && pluginList.length > 0) {
      throw configError('untrustedPlugin', at(Array.isArray(raw.plugins) ? 'plugins[0]' : 'plugins'), { value: JSON.stringify(pluginList[0]) });
    }
    const enforceList = stringList(raw.enforce, at('enforce'));
    const rules = raw.rules ?? {};
    if (!isPlainObject(rules)) throw configError('keyType', at('rules'), { expected: word('object', this.locale), value: show(rules) });
    const rawSettings = raw.settings ?? {};
    if (!isPlainObject(rawSettings))
      throw configError('keyType', at('settings'), { expected: word('object', this.locale), value: show(rawSettings) });
    checkSettings(rawSettings, (key) => at(`settings.${key}`));
    const settings = anchorReferenceReports(rawSettings, filepath, trusted, at(`settings.${REFERENCE_REPORTS}`));
    if (raw.root !== undefined && typeof raw.root !== 'boolean')
      throw configError('keyType', at('root'), { expected: word('boolean', this.locale), value: show(raw.root) });
    // Severities are checked before anything is loaded, so a typo is reported even if an extends target is missing too.
    const own = Object.entries(rules).map(([id, value]) => parseRuleEntry(id, value, at(`rules.${id}`)));
    // Custom rules are on at their own severity from this file on, before its `rules` (which may change them).
    // ./custom-rules.ts (with the model's parts and the pattern compiler) and ./overrides.ts load only for a config
    // that has the key: a config without them costs what it did before these features.
    const custom: CustomRuleRecord[] =
      raw.customRules === undefined
        ? []
        : await (await import('./custom-rules.js')).parseCustomRules(raw.customRules, {
            at,
            isBuiltin: (id) => Object.hasOwn(this.builtinRules, id),
            parseSeverity,
          });
    own.unshift(...custom.map(({ id, severity, where }): RuleEntry => ({ id, severity, where })));
    const ownSettings = Object.entries(settings).map(([key, value]): SettingEntry => ({ key, value, where: at(`settings.${key}`) }));
    const overrides: ParsedOverride[] = raw.overrides === undefined ? [] : (await import('./overrides.js')).parseOverrides(raw.overrides, filepath, at);
    const overrideEntries = overrides.flatMap(({ block, rules: blockRules }) =>
      Object.entries(blockRules).map(([id, value]) => ({ ...parseRuleEntry(id, value, at(`${block.where.key}.rules.${id}`)), override: block })),
    );
    const overrideSettings = overrides.flatMap(({ block, settings: blockSettings }) =>
      Object.entries(anchorReferenceReports(blockSettings, filepath, trusted, at(`${block.where.key}.settings.${REFERENCE_REPORTS}`))).map(([key, value]): SettingEntry => ({ key, value, where: at(`${block.where.key}.settings.${key}`), override: block })),
    );
    const ignoreList = stringList(raw.ignorePatterns, at('ignorePatterns'));
    const ignorePatterns = ignoreList.map((pattern, i): IgnorePattern => ({
      pattern,
      base: path.dirname(filepath),
      from: `${filepath}#${Array.isArray(raw.ignorePatterns) ? `ignorePatterns[${i}]` : 'ignorePatterns'}`,
      ...(trusted ? {} : { beside: true as const }),
    }));

    const layer: Layer = { sources: [], entries: [], settings: {}, plugins: new Map() };
    const chain = [...stack, filepath];
    for (const [i, target] of extendsList.entries()) {
      const key = Array.isArray(raw.extends) ? `extends[${i}]` : 'extends';
      merge(layer, await this.extendsLayer(target, at(key), chain, trusted));
    }
    for (const [i, specifier] of pluginList.entries()) {
      const key = Array.isArray(raw.plugins) ? `plugins[${i}]` : 'plugins';
      addPlugin(layer, await this.loadPlugin(specifier, at(key)));
    }
    merge(layer, {
      sources: [filepath],
      entries: own,
      settings,
      plugins: new Map(),
      settingEntries: ownSettings,
      ignorePatterns,
      customRules: new Map(custom.map((record) => [record.id, record])),
      ruleOrigins: new Map(custom.map(({ id, where }) => [id, `${filepath}#${where.key}`])),
    });
    // ESLint's order: a file's overrides apply after its own base config (and before the files that extend it).
    if (overrides.length > 0) {
      merge(layer, {
        sources: [],
        entries: overrideEntries,
        settings: {},
        plugins: new Map(),
        overrides: overrides.map(({ block }) => block),
        settingEntries: overrideSettings,
      });
    }
    if (enforceList.length > 0) {
      const key = (i: number) => (Array.isArray(raw.enforce) ? `enforce[${i}]` : 'enforce');
      (layer.enforce ??= []).push({ at: layer.entries.length, ids: enforceList.map((id, i) => ({ id, where: at(key(i)) })) });
    }
    return layer;
  }

  private async extendsLayer(target: string, where: Where, chain: readonly string[], trusted: boolean): Promise<Layer> {
    if (target.startsWith(PRESET_PREFIX)) {
      if (isPresetName(target)) return this.presetLayer(target);
      throw configError('unknownPreset', where, { value: JSON.stringify(target), presets: list(PRESET_NAMES, this.locale) });
    }
    const from = where.file;
    let resolved: string;
    if (isPathLike(target)) {
      resolved = path.resolve(path.dirname(from), target);
      if (!existsSync(resolved)) throw configError('extendsMissing', where, { value: JSON.stringify(target), detail: resolved });
    } else {
      const result = resolvePackage([normalizePackageName(target, CONFIG_PREFIX), target], from);
      if (!('resolved' in result)) {
        // A package that is there but whose package.json is broken is not "missing": say what is wrong with it.
        if (result.manifest) throw configError('extendsLoad', where, { value: JSON.stringify(target), detail: manifestProblem(result.manifest, this.locale) });
        throw configError('extendsMissing', where, { value: JSON.stringify(target), detail: `npm: ${result.tried.join(', ')}` });
      }
      resolved = result.resolved;
    }
    // A config beside the reports reaches data only: nothing it names is imported (./trust.ts). A data file in the
    // working directory or above is the reviewer's own, and trusted wherever it is reached from.
    if (!trusted && isCodeFile(resolved)) throw configError('untrustedExtends', where, { value: JSON.stringify(target), detail: resolved });
    if (chain.includes(resolved)) {
      const cycle = [...chain.slice(chain.indexOf(resolved)), resolved];
      throw configError('extendsCycle', where, { detail: cycle.join(' → ') });
    }
    return this.fileLayer(resolved, chain, trusted || atOrAboveCwd(resolved, this.cwd));
  }

  private async loadPlugin(specifier: string, where: Where): Promise<PluginRecord> {
    let resolved: string;
    if (isPathLike(specifier)) {
      resolved = path.resolve(path.dirname(where.file), specifier);
      if (!existsSync(resolved)) throw configError('pluginMissing', where, { value: JSON.stringify(specifier), detail: resolved });
    } else {
      const result = resolvePackage([normalizePackageName(specifier, PLUGIN_PREFIX), specifier], where.file);
      if (!('resolved' in result)) {
        if (result.manifest) throw configError('pluginLoad', where, { value: JSON.stringify(specifier), detail: manifestProblem(result.manifest, this.locale) });
        throw configError('pluginMissing', where, { value: JSON.stringify(specifier), detail: `npm: ${result.tried.join(', ')}` });
      }
      resolved = result.resolved;
    }
    const name = pluginNameOf(specifier, resolved);
    // Keyed by name too: one file named two ways (package shorthand, path) registers its rules under each name.
    const cacheKey = `${name}\0${resolved}`;
    let rules = this.pluginModules.get(cacheKey);
    if (!rules) this.pluginModules.set(cacheKey, (rules = this.importPlugin(resolved, name, specifier, where)));
    return { name, resolved, rules: await rules, where };
  }

  private async importPlugin(resolved: string, name: string, specifier: string, where: Where): Promise<ReadonlyMap<string, AnyRule>> {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
    } catch (error) {
      throw configError('pluginLoad', where, { value: JSON.stringify(specifier), detail: scriptProblem(error, this.locale) }, error);
    }
    const fromDefault = isObject(mod.default) ? (mod.default as Record<string, unknown>).rules : undefined;
    const rules = fromDefault ?? mod.rules;
    const bad = (detail: string): never => {
      throw configError('pluginShape', where, { value: JSON.stringify(specifier), detail });
    };
    if (!isObject(rules)) return bad(word('pluginNoRules', this.locale));
    const result = new Map<string, AnyRule>();
    for (const [id, rule] of Object.entries(rules as Record<string, unknown>)) {
      const meta = isObject(rule) ? (rule as Record<string, unknown>).meta : undefined;
      const check = isObject(rule) ? (rule as Record<string, unknown>).check : undefined;
      if (!isObject(meta) || !isObject((meta as Record<string, unknown>).messages) || typeof check !== 'function') {
        bad(word('pluginBadRule', this.locale, { id }));
      }
      const original = rule as AnyRule;
      const fullId = `${name}/${id}`;
      result.set(fullId, {
        meta: { ...original.meta, id: fullId, severity: original.meta.severity ?? 'warn' },
        check: (context) => original.check(context),
      });
    }
    return result;
  }

  /**
   * Checks every entry against the known rules and folds them into the engine's config and the printable one.
   * `matched`: the override blocks that apply to the file; the entries of the others are checked but not applied.
   * `cross`: what the reviewer's config enforces (./load.ts), laid under the layer: those rules start at its setting.
   * Along the way, `enforce` marks (EnforceMark) fix rules at their setting; entries that would lower one are kept out
   * and listed in `enforcement.attempts` (not those of presets, nor of the enforcing config's own chain under `cross`).
   */
  finalize(layer: Layer, cliEntries: readonly RuleEntry[], matched?: ReadonlySet<OverrideBlock>, cross?: CrossEnforcement): Final {
    const registry = new Map<string, AnyRule>(Object.entries(this.builtinRules));
    for (const plugin of layer.plugins.values()) for (const [id, rule] of plugin.rules) registry.set(id, rule);
    for (const { id, rule } of layer.customRules?.values() ?? []) registry.set(id, rule);

    type Folded = { rule: AnyRule; severity: SeverityLevel; options?: Record<string, unknown> };
    type Floor = { rule: AnyRule; severity: SeverityLevel; options: Record<string, unknown>; by: string; cross: boolean };
    const folded = new Map<string, Folded>();
    const floors = new Map<string, Floor>();
    const attempts: EnforcementAttempt[] = [];
    for (const [id, { rule, setting, by }] of cross?.floors ?? []) {
      // The county's rule itself (a plugin's or a custom rule the township's config may not have, or define otherwise).
      registry.set(id, rule);
      const options = { ...setting.options };
      floors.set(id, { rule, severity: setting.severity, options, by, cross: true });
      folded.set(id, { rule, severity: setting.severity, options });
    }
    const marks = layer.enforce ?? [];
    let nextMark = 0;
    const applyMarks = (position: number) => {
      for (; nextMark < marks.length && marks[nextMark]!.at <= position; nextMark += 1) {
        for (const { id, where } of marks[nextMark]!.ids) {
          const rule = registry.get(id);
          if (!rule) {
            const guess = closest(id, registry.keys());
            throw configError('unknownRule', where, { hint: guess ? word('didYouMean', this.locale, { name: guess }) : '' });
          }
          const current = folded.get(id);
          // A rule that is off where it is enforced (not on for this file) has no setting to keep.
          if (!current || current.severity === 0) continue;
          const options = { ...(current.options ?? defaultOptions(rule.meta.options)) };
          floors.set(id, { rule: current.rule, severity: current.severity, options, by: this.shown(where.file), cross: false });
        }
      }
    };
    const entries = [...layer.entries, ...cliEntries];
    for (const [index, entry] of entries.entries()) {
      applyMarks(index);
      const rule = registry.get(entry.id);
      if (!rule) {
        const guess = closest(entry.id, registry.keys());
        throw configError('unknownRule', entry.where, { hint: guess ? word('didYouMean', this.locale, { name: guess }) : '' });
      }
      const severity = entry.severity === 'default' ? defaultLevel(rule) : entry.severity;
      const options = entry.options === undefined ? undefined : resolveOptions(rule.meta.options, entry.options, entry.where);
      if (entry.override && !matched?.has(entry.override)) continue;
      const floor = floors.get(entry.id);
      if (floor && floor.severity > 0) {
        const lowered = severity < floor.severity;
        const changed = options !== undefined && !sameOptions(options, floor.options);
        if (lowered || changed) {
          const own = entry.where.file.startsWith(PRESET_PREFIX) || (floor.cross && cross!.sources.has(entry.where.file));
          if (!own) {
            attempts.push({
              ruleId: entry.id,
              file: this.shown(entry.where.file),
              key: entry.where.key ?? '',
              kind: severity === 0 ? 'off' : lowered ? 'lower' : 'options',
              by: floor.by,
            });
          }
        }
        // At least the enforced severity (a later entry may raise it), always the enforced options.
        folded.set(entry.id, { rule: floor.rule, severity: Math.max(severity, floor.severity) as SeverityLevel, options: floor.options });
        continue;
      }
      const previous = folded.get(entry.id);
      const kept = options ?? previous?.options;
      folded.set(entry.id, kept === undefined ? { rule, severity } : { rule, severity, options: kept });
    }
    applyMarks(entries.length);

    const rules = new Map<string, { rule: AnyRule; setting: RuleSetting }>();
    const printableRules: Final['printable']['rules'] = {};
    for (const id of [...folded.keys()].sort()) {
      const { rule, severity, options } = folded.get(id)!;
      const effective = options ?? defaultOptions(rule.meta.options);
      printableRules[id] = [SEVERITY_NAMES[severity]!, effective];
      if (severity > 0) rules.set(id, { rule, setting: { severity, options: Object.freeze(effective) } });
    }
    const sources = [...new Set(layer.sources)];
    if (cliEntries.length > 0) sources.push('--rule');
    const merged = layer.overrides?.length ? settingsFor(layer, matched) : layer.settings;
    const settings = Object.freeze({ ...merged });
    const enforced = new Map<string, string>();
    for (const id of [...floors.keys()].sort()) if (floors.get(id)!.severity > 0 && rules.has(id)) enforced.set(id, floors.get(id)!.by);
    const enforcement = enforced.size > 0 || attempts.length > 0 ? { enforcement: { rules: enforced, attempts } } : {};
    return {
      resolved: {
        rules,
        settings,
        sources,
        knownRuleIds: [...registry.keys()],
        knownRules: registry,
        ...enforcement,
        ...(layer.plugins.size > 0 ? { pluginFiles: [...layer.plugins.values()].map((plugin) => plugin.resolved) } : {}),
      },
      printable: {
        sources,
        settings: { ...merged },
        rules: printableRules,
        ...(enforced.size > 0 ? { enforced: Object.fromEntries(enforced) } : {}),
      },
    };
  }

  /** A config file as messages about enforced rules name it: relative to the working directory (`--rule` as it is). */
  private shown(file: string): string {
    if (!path.isAbsolute(file)) return file;
    return path.relative(this.cwd, file) || path.basename(file);
  }
}

/** Whether two resolved option objects are the same (key order aside). */
function sameOptions(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The settings of a layer with override blocks, for a file that `matched` blocks apply to (shallow, later wins). */
function settingsFor(layer: Layer, matched: ReadonlySet<OverrideBlock> | undefined): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const entry of layer.settingEntries ?? []) {
    if (!entry.override || matched?.has(entry.override)) settings[entry.key] = entry.value;
  }
  return settings;
}

function isObject(value: unknown): boolean {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function stringList(value: unknown, where: Where): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw configError('keyType', where, { expected: word('stringOrArray', where.locale), value: show(value) });
}

function merge(into: Layer, from: Layer): void {
  const offset = into.entries.length;
  into.sources.push(...from.sources);
  into.entries.push(...from.entries);
  Object.assign(into.settings, from.settings);
  if (from.overrides?.length) (into.overrides ??= []).push(...from.overrides);
  if (from.settingEntries?.length) (into.settingEntries ??= []).push(...from.settingEntries);
  if (from.ignorePatterns?.length) (into.ignorePatterns ??= []).push(...from.ignorePatterns);
  if (from.ruleOrigins?.size) for (const [id, origin] of from.ruleOrigins) (into.ruleOrigins ??= new Map()).set(id, origin);
  // Marks keep their place in the entries: shifted by the entries already there.
  if (from.enforce?.length) (into.enforce ??= []).push(...from.enforce.map((mark) => ({ ...mark, at: mark.at + offset })));
  for (const record of from.customRules?.values() ?? []) addCustomRule(into, record);
  for (const plugin of from.plugins.values()) addPlugin(into, plugin);
}

/** A custom rule joins the chain's; one id defined in two places (not the same file reached twice) is an error. */
function addCustomRule(layer: Layer, record: CustomRuleRecord): void {
  const rules = (layer.customRules ??= new Map());
  const existing = rules.get(record.id);
  if (existing && (existing.where.file !== record.where.file || existing.where.key !== record.where.key)) {
    throw configError('customRuleDuplicateId', { ...record.where, key: `${record.where.key}.id` }, {
      value: JSON.stringify(record.id),
      detail: `${existing.where.file} ${existing.where.key}`,
    });
  }
  rules.set(record.id, record);
}

function addPlugin(layer: Layer, plugin: PluginRecord): void {
  const existing = layer.plugins.get(plugin.name);
  if (existing && existing.resolved !== plugin.resolved) {
    throw configError('pluginConflict', plugin.where, { value: plugin.name, detail: existing.where.file });
  }
  layer.plugins.set(plugin.name, plugin);
}
