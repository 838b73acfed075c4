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
 * - Trust (./trust.ts, issue 11): a config found below the working directory (beside the reports) or outside it is data
 *   only — a JavaScript config, `plugins` or an `extends` of JavaScript there is refused before it is loaded; `-c` and
 *   configs in the working directory or above may be code.
 * - `enforce` (issue 11): the rules the reviewer's config (the one found for the working directory) enforces are laid
 *   under every other config a file gets (crossFor), which cannot turn them off, lower them or change their options.
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
import type { IgnoreHit, IgnorePattern, IgnoreTester } from './ignore.js';
import type { OverrideBlock } from './overrides.js';
import type { Provenance } from './provenance.js';
import { parseCliRules, Resolver, type CrossEnforcement, type Final, type Layer, type RuleEntry } from './resolve.js';
import { atOrAboveCwd } from './trust.js';

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
  const resolver = new Resolver(options.builtinRules, locale, cwd);
  const lookup = options.configFile === undefined && options.useConfigLookup !== false;
  // Trust (./trust.ts): a config found in the working directory or above may be code; one found beside the reports
  // may not. `-c` is trusted.
  const trustedFile = (file: string) => atOrAboveCwd(file, cwd);
  const search = lookup ? new ConfigSearch(locale, trustedFile) : undefined;
  const layers = new Map<string, Promise<Layer>>();
  const finals = new Map<string, Promise<Final>>();
  /** The reviewer's config finalized for a set of its overrides, without `--rule`: what it enforces (crossFor). */
  const enforcing = new Map<string, Promise<Final>>();
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
      layer =
        configPath === NO_FILE
          ? Promise.resolve(resolver.presetLayer('reportlint:recommended'))
          : resolver.fileLayer(configPath, [], options.configFile !== undefined || trustedFile(configPath));
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
    // Without overrides (the common case) one result per config file, as before, and ./overrides.ts stays unloaded;
    // with them, one per set of matches.
    const matched = layer.overrides?.length
      ? await (await import('./overrides.js')).matchingOverrides(layer.overrides, path.resolve(cwd, filePath))
      : [];
    const { key: crossKey, cross } = await crossFor(filePath, configPath);
    const key = (matched.length === 0 ? configPath : `${configPath}\0${matched.map((block) => layer.overrides!.indexOf(block)).join(',')}`) + crossKey;
    let final = finals.get(key);
    if (!final) {
      cliEntries ??= parseCliRules(options.cliRules ?? [], locale);
      final = cliEntries.then((cli) => resolver.finalize(layer, cli, new Set(matched), cross));
      finals.set(key, final);
    }
    return { configPath, layer, matched, final: await final };
  }

  /**
   * Enforced rules across configs (issue 11): the reviewer's config — the one the search finds for the working
   * directory — may `enforce` rules. A file whose nearest config is another one (a township's, beside its reports)
   * gets those rules at the reviewer's setting for that file, under its own config, which cannot lower them. Nothing
   * to do with `-c` (every file has that config) or when the reviewer's config enforces nothing.
   */
  async function crossFor(filePath: string, configPath: string): Promise<{ key: string; cross?: CrossEnforcement }> {
    if (!search) return { key: '' };
    const found = await search.search(cwd);
    if (!found || found.filepath === configPath) return { key: '' };
    resolver.seed(found.filepath, found.config);
    const layer = await layerFor(found.filepath);
    if (!layer.enforce?.length) return { key: '' };
    const matched = layer.overrides?.length
      ? await (await import('./overrides.js')).matchingOverrides(layer.overrides, path.resolve(cwd, filePath))
      : [];
    const key = `${found.filepath}\0${matched.map((block) => layer.overrides!.indexOf(block)).join(',')}`;
    let final = enforcing.get(key);
    if (!final) enforcing.set(key, (final = Promise.resolve().then(() => resolver.finalize(layer, [], new Set(matched)))));
    const { resolved } = await final;
    const floors = new Map<string, CrossEnforcement['floors'] extends ReadonlyMap<string, infer F> ? F : never>();
    for (const [id, by] of resolved.enforcement?.rules ?? []) {
      const enabled = resolved.rules.get(id);
      if (enabled) floors.set(id, { ...enabled, by });
    }
    return { key: `\0\0${key}`, cross: { floors, sources: new Set(layer.sources) } };
  }

  async function testerFor(configPath: string, layer: Layer): Promise<IgnoreTester | undefined> {
    let tester = testers.get(configPath);
    // Only called when there are patterns (see ignoredBy): a run without them does not load ./ignore.ts.
    if (!tester) {
      // Issue 11: when the reviewer's config enforces rules, a config beside the reports cannot take a report out of
      // the run at all (else its enforced rules could be dodged); otherwise what it ignores is listed (IgnoreHit.beside).
      const strict = layer.ignorePatterns?.some((pattern) => pattern.beside) === true && (await reviewerEnforces(configPath));
      const patterns = [...(layer.ignorePatterns ?? []).filter((pattern) => !(strict && pattern.beside)), ...cliIgnores];
      tester = testers.get(configPath) ?? import('./ignore.js').then(({ createIgnoreTester }) => createIgnoreTester(patterns));
      testers.set(configPath, tester);
    }
    return tester;
  }

  /** Whether the reviewer's config (the one for the working directory), when it is not `configPath`, enforces rules. */
  async function reviewerEnforces(configPath: string): Promise<boolean> {
    const found = search ? await search.search(cwd) : null;
    if (!found || found.filepath === configPath) return false;
    resolver.seed(found.filepath, found.config);
    return ((await layerFor(found.filepath)).enforce?.length ?? 0) > 0;
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
