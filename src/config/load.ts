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
 * - Every problem throws ConfigError (exit code 2) with a one-line message naming the file and key.
 * - Searches are cached per directory and results per config file, so files sharing a config share one object.
 *
 * The ResolvedConfig holds only enabled rules (severity 1 or 2), keyed by id in id order; `printConfig` also lists the
 * rules that are off.
 */
import path from 'node:path';
import type { AnyRule, Locale, ResolvedConfig } from '../types.js';
import { ConfigSearch } from './files.js';
import { parseCliRules, Resolver, type Final, type RuleEntry } from './resolve.js';

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
}

/** What --print-config shows: plain JSON. */
export interface PrintedConfig {
  /** Presets and files the config came from, outermost first (`--rule` last when given). */
  sources: string[];
  settings: Record<string, unknown>;
  /** Every configured rule, including those that are off: id → [severity, options merged over defaults]. */
  rules: Record<string, [string, Record<string, unknown>]>;
}

export interface ConfigLoader {
  forFile(filePath: string): Promise<ResolvedConfig>;
  printConfig(filePath: string): Promise<PrintedConfig>;
}

/** Key of the "no config file" case in the cache (recommended preset). */
const NO_FILE = '';

export function createConfigLoader(options: ConfigLoaderOptions): ConfigLoader {
  const locale = options.locale ?? 'zh';
  const cwd = path.resolve(options.cwd);
  const resolver = new Resolver(options.builtinRules, locale);
  const lookup = options.configFile === undefined && options.useConfigLookup !== false;
  const search = lookup ? new ConfigSearch(locale) : undefined;
  const finals = new Map<string, Promise<Final>>();
  let cliEntries: Promise<RuleEntry[]> | undefined;

  async function configFileFor(filePath: string): Promise<string> {
    if (options.configFile !== undefined) return path.resolve(cwd, options.configFile);
    if (!search) return NO_FILE;
    const found = await search.search(path.dirname(path.resolve(cwd, filePath)));
    if (!found) return NO_FILE;
    resolver.seed(found.filepath, found.config);
    return found.filepath;
  }

  async function build(configPath: string): Promise<Final> {
    cliEntries ??= parseCliRules(options.cliRules ?? [], locale);
    const [layer, cli] = await Promise.all([
      configPath === NO_FILE ? resolver.presetLayer('reportlint:recommended') : resolver.fileLayer(configPath),
      cliEntries,
    ]);
    return resolver.finalize(layer, cli);
  }

  async function finalFor(filePath: string): Promise<Final> {
    const configPath = await configFileFor(filePath);
    let final = finals.get(configPath);
    if (!final) finals.set(configPath, (final = build(configPath)));
    return final;
  }

  return {
    async forFile(filePath) {
      return (await finalFor(filePath)).resolved;
    },
    async printConfig(filePath) {
      return structuredClone((await finalFor(filePath)).printable);
    },
  };
}
