/**
 * Where each part of a file's effective config came from, for --print-config. Every place is written `file#key`, the
 * file and the key path inside it, as config errors name them:
 *
 *   "/county/.reportlintrc.yaml#overrides[0].settings.level"
 *   "reportlint:recommended#rules.require-measures"     (a preset)
 *   "--rule#rules.require-measures"                      (the command line)
 *
 * - `rules`: per configured rule, where it is defined (`reportlint` for a built-in rule; the `plugins` entry that loaded
 *   it; for a rule defined in a config file, the key that defines it, from `Layer.ruleOrigins`), the entry that set
 *   its severity, the entry that set its options (`default` when no entry gave options), and every entry that applied,
 *   in order.
 * - `settings`: per setting, the entry that set it (shallow merge: the last one).
 * - `overrides`: every block of the config in the order they apply, with `matched` for this file.
 * - `ignorePatterns`: the patterns in order (`default` for the default ignores, `--ignore-pattern` for the command
 *   line), each with the directory it is relative to; `ignored`: the one that excludes this file, or null.
 */
import type { AnyRule, Locale, ResolvedConfig } from '../types.js';
import type { IgnoreHit } from './ignore.js';
import { word, type Where } from './messages.js';
import type { OverrideBlock } from './overrides.js';
import type { Layer, RuleEntry } from './resolve.js';

export interface RuleOrigin {
  definedIn: string;
  severity: string;
  options: string;
  entries: string[];
}

export interface Provenance {
  rules: Record<string, RuleOrigin>;
  settings: Record<string, string>;
  overrides: Array<{ from: string; files: string[]; excludedFiles: string[]; matched: boolean }>;
  ignorePatterns: Array<{ pattern: string; from: string; base?: string }>;
  ignored: IgnoreHit | null;
}

export interface ProvenanceInput {
  layer: Layer;
  matched: ReadonlySet<OverrideBlock>;
  cliEntries: readonly RuleEntry[];
  resolved: ResolvedConfig;
  builtinRules: Readonly<Record<string, AnyRule>>;
  ignorePatterns: ReadonlyArray<{ pattern: string; from: string; base?: string }>;
  ignored: IgnoreHit | null;
  locale: Locale;
}

export const BUILT_IN = 'reportlint';
export const DEFAULT = 'default';

export function provenanceOf(input: ProvenanceInput): Provenance {
  const { layer, matched, locale } = input;
  const cliSource = word('cliSource', locale);
  const place = (where: Where): string => `${where.file === cliSource ? '--rule' : where.file}#${where.key ?? ''}`;
  const applies = (override: OverrideBlock | undefined) => override === undefined || matched.has(override);

  const pluginOf = new Map<string, string>();
  for (const plugin of layer.plugins.values()) for (const id of plugin.rules.keys()) pluginOf.set(id, place(plugin.where));

  const rules: Record<string, RuleOrigin> = {};
  for (const entry of [...layer.entries, ...input.cliEntries]) {
    if (!applies(entry.override)) continue;
    const at = place(entry.where);
    const origin = (rules[entry.id] ??= {
      definedIn: Object.hasOwn(input.builtinRules, entry.id) ? BUILT_IN : (pluginOf.get(entry.id) ?? layer.ruleOrigins?.get(entry.id) ?? ''),
      severity: at,
      options: DEFAULT,
      entries: [],
    });
    origin.severity = at;
    if (entry.options !== undefined) origin.options = at;
    origin.entries.push(at);
  }
  const sorted: Record<string, RuleOrigin> = {};
  for (const id of Object.keys(rules).sort()) sorted[id] = rules[id]!;

  const settings: Record<string, string> = {};
  for (const entry of layer.settingEntries ?? []) {
    if (applies(entry.override) && Object.hasOwn(input.resolved.settings, entry.key)) settings[entry.key] = place(entry.where);
  }

  return {
    rules: sorted,
    settings,
    overrides: (layer.overrides ?? []).map((block) => ({
      from: place(block.where),
      files: [...block.files],
      excludedFiles: [...block.excludedFiles],
      matched: matched.has(block),
    })),
    ignorePatterns: input.ignorePatterns.map(({ pattern, from, base }) => (base === undefined ? { pattern, from } : { pattern, from, base })),
    ignored: input.ignored,
  };
}
