/**
 * The config loader the CLI uses: for each linted file, the nearest config (or `-c`), flattened, checked and cached.
 *
 *   const loader = createConfigLoader({ cwd, builtinRules, configFile, useConfigLookup, cliRules, locale });
 *   const config = await loader.forFile('reports/2024.txt');     // ResolvedConfig for lintText
 *   const shown = await loader.printConfig('reports/2024.txt');  // --print-config
 *
 * - Nearest config wins: the first directory (from the file's own, upward to the filesystem root) holding
 *   `package.json#reportlint`, `.reportlintrc` (JSON or YAML), `.reportlintrc.{json,yaml,yml,js,cjs,mjs}` or
 *   `reportlint.config.{js,cjs,mjs}`. Configs are not layered by directory: inheritance is only through `extends`.
 *   `root: true` is accepted (ESLint habit) and changes nothing, since the search already stops at the nearest config.
 *   An empty or comments-only file, and a package.json without a `reportlint` key, are not configs: the search goes on.
 *   A config without `extends` starts from nothing (only the rules it names are on), as in ESLint.
 * - No config found: `reportlint:recommended`. `-c <file>`: that file only (no search). `--no-config-lookup` without
 *   `-c`: `reportlint:recommended`.
 * - `--rule` entries apply last, over whichever config the file gets.
 * - `overrides` blocks (./overrides.ts) apply to the files they match; `ignorePatterns` and `--ignore-pattern`
 *   (./ignore.ts) say which files are not linted (`ignoredBy`).
 * - Every problem throws ConfigError (exit code 2) with a one-line message naming the file and key.
 * - Searches are cached per directory, flattened configs per config file, and results per config file and the set of
 *   override blocks that match, so files sharing a config (and its matching overrides) share one object.
 *
 * The ResolvedConfig holds only enabled rules (severity 1 or 2), keyed by id in id order; `printConfig` also lists the
 * rules that are off.
 */
import path from 'node:path';
import type { AnyRule, Locale, ResolvedConfig } from '../types.js';
import { ConfigSearch } from './files.js';
import { createIgnoreTester, type IgnoreHit, type IgnorePattern, type IgnoreTester } from './ignore.js';
import { matchingOverrides, type OverrideBlock } from './overrides.js';
import type { Provenance } from './provenance.js';
import { parseCliRules, Resolver, type Final, type Layer, type RuleEntry } from './resolve.js';

export interface ConfigLoaderOptions {
  /** `-c/--config <path>`, relative to cwd: use that file only. */
  configFile?: string;
  /** false = `--no-config-lookup`. Default true. */
  useConfigLookup?: boolean;
  /** `--rule` values, e.g. `'require-measures: off'` or `'require-measures: [error, {"min": 2}]'`. */
  cliRules?: readonly string[];
  cwd: string;
  /** The rule registry (rules/index.ts), passed in so config code imports no rules. */
  builtinRules: Readonly<Record<string, AnyRule>>;
  /** Language of error messages. Default 'zh'. */
  locale?: Locale;
  /** `--ignore-pattern` values: gitignore patterns relative to cwd, applied after the configs' `ignorePatterns`. */
  ignorePatterns?: readonly string[];
  /** false = `--no-ignore`: `ignoredBy` ignores nothing. Default true. */
  ignore?: boolean;
}

/** What --print-config shows: plain JSON. */
export interface PrintedConfig {
  /** Presets and files the config came from, outermost first (`--rule` last when given). */
  sources: string[];
  settings: Record<string, unknown>;
  /** Every configured rule, including those that are off: id → [severity, options merged over defaults]. */
  rules: Record<string, [string, Record<string, unknown>]>;
}

/** What --print-config shows: the config and where each part of it came from (./provenance.ts). */
export interface InspectedConfig extends PrintedConfig {
  provenance: Provenance;
}

export interface ConfigLoader {
  forFile(filePath: string): Promise<ResolvedConfig>;
  printConfig(filePath: string): Promise<PrintedConfig>;
  /** printConfig with provenance; `defaults` are the default ignore patterns to list (and `defaultHit` the one hit). */
  inspectConfig(filePath: string, defaults?: { patterns: readonly string[]; hit?: IgnoreHit }): Promise<InspectedConfig>;
  /** The `ignorePatterns`/`--ignore-pattern` pattern that excludes the file (not the default ignores), if any. */
  ignoredBy(filePath: string): Promise<IgnoreHit | undefined>;
}

/** Key of the "no config file" case in the cache (recommended preset). */
const NO_FILE = '';

export function createConfigLoader(options: ConfigLoaderOptions): ConfigLoader {
  const locale = options.locale ?? 'zh';
  const cwd = path.resolve(options.cwd);
  const resolver = new Resolver(options.builtinRules, locale);
  const lookup = options.configFile === undefined && options.useConfigLookup !== false;
  const search = lookup ? new ConfigSearch(locale) : undefined;
  const layers = new Map<string, Promise<Layer>>();
  const finals = new Map<string, Promise<Final>>();
  const testers = new Map<string, Promise<IgnoreTester | undefined>>();
  const cliIgnores: IgnorePattern[] = (options.ignorePatterns ?? []).map((pattern) => ({ pattern, base: cwd, from: '--ignore-pattern' }));
  let cliEntries: Promise<RuleEntry[]> | undefined;

  async function configFileFor(filePath: string): Promise<string> {
    if (options.configFile !== undefined) return path.resolve(cwd, options.configFile);
    if (!search) return NO_FILE;
    const found = await search.search(path.dirname(path.resolve(cwd, filePath)));
    if (!found) return NO_FILE;
    resolver.seed(found.filepath, found.config);
    return found.filepath;
  }

  function layerFor(configPath: string): Promise<Layer> {
    let layer = layers.get(configPath);
    if (!layer) {
      layer = configPath === NO_FILE ? Promise.resolve(resolver.presetLayer('reportlint:recommended')) : resolver.fileLayer(configPath);
      layers.set(configPath, layer);
    }
    return layer;
  }

  interface ForFile {
    configPath: string;
    layer: Layer;
    /** The override blocks that apply to the file (none when the config has none). */
    matched: OverrideBlock[];
    final: Final;
  }

  async function finalFor(filePath: string): Promise<ForFile> {
    const configPath = await configFileFor(filePath);
    const layer = await layerFor(configPath);
    // Without overrides (the common case) one result per config file, as before; with them, one per set of matches.
    const matched = layer.overrides?.length ? await matchingOverrides(layer.overrides, path.resolve(cwd, filePath)) : [];
    const key = matched.length === 0 ? configPath : `${configPath}\0${matched.map((block) => layer.overrides!.indexOf(block)).join(',')}`;
    let final = finals.get(key);
    if (!final) {
      cliEntries ??= parseCliRules(options.cliRules ?? [], locale);
      final = cliEntries.then((cli) => resolver.finalize(layer, cli, new Set(matched)));
      finals.set(key, final);
    }
    return { configPath, layer, matched, final: await final };
  }

  async function testerFor(configPath: string, layer: Layer): Promise<IgnoreTester | undefined> {
    let tester = testers.get(configPath);
    if (!tester) testers.set(configPath, (tester = createIgnoreTester([...(layer.ignorePatterns ?? []), ...cliIgnores])));
    return tester;
  }

  async function ignoredBy(filePath: string): Promise<IgnoreHit | undefined> {
    if (options.ignore === false) return undefined;
    const configPath = await configFileFor(filePath);
    const layer = await layerFor(configPath);
    if (!layer.ignorePatterns?.length && cliIgnores.length === 0) return undefined;
    return (await testerFor(configPath, layer))?.(path.resolve(cwd, filePath));
  }

  return {
    async forFile(filePath) {
      return (await finalFor(filePath)).final.resolved;
    },
    async printConfig(filePath) {
      return structuredClone((await finalFor(filePath)).final.printable);
    },
    async inspectConfig(filePath, defaults) {
      const { layer, matched, final } = await finalFor(filePath);
      const hit = options.ignore === false ? undefined : (defaults?.hit ?? (await ignoredBy(filePath)));
      // Only --print-config needs it: loaded then.
      const { provenanceOf } = await import('./provenance.js');
      const provenance = provenanceOf({
        layer,
        matched: new Set(matched),
        cliEntries: await (cliEntries ?? Promise.resolve([])),
        resolved: final.resolved,
        builtinRules: options.builtinRules,
        ignorePatterns: [
          ...(defaults?.patterns ?? []).map((pattern) => ({ pattern, from: 'default' })),
          ...(layer.ignorePatterns ?? []),
          ...cliIgnores,
        ],
        ignored: hit ?? null,
        locale,
      });
      return { ...structuredClone(final.printable), provenance };
    },
    ignoredBy,
  };
}
