/**
 * Reading one config file (any supported form) and searching for the nearest one with cosmiconfig.
 *
 * The same loaders serve `-c <file>`, `extends` targets and cosmiconfig's search, so every parse error reads alike.
 * cosmiconfig and `yaml` are imported only when needed: a run with `-c x.json --no-config-lookup` loads neither.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../errors.js';
import type { Locale } from '../types.js';
import { configError, detailOf } from './messages.js';
import { isCodeFile } from './trust.js';
import { fileProblem, jsonProblem, scriptProblem, yamlFullwidthProblem, yamlProblem } from './problems.js';

export const MODULE_NAME = 'reportlint';

/** Where cosmiconfig looks in each directory, in order (the first one found in a directory wins). */
export const SEARCH_PLACES: readonly string[] = [
  'package.json',
  `.${MODULE_NAME}rc`,
  `.${MODULE_NAME}rc.json`,
  `.${MODULE_NAME}rc.yaml`,
  `.${MODULE_NAME}rc.yml`,
  `.${MODULE_NAME}rc.js`,
  `.${MODULE_NAME}rc.cjs`,
  `.${MODULE_NAME}rc.mjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.cjs`,
  `${MODULE_NAME}.config.mjs`,
];

type Loader = (filepath: string, content: string) => Promise<unknown>;

function makeLoaders(locale: Locale): Record<string, Loader> {
  const json: Loader = async (filepath, content) => {
    const text = stripBom(content);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw configError('unparsable', { file: filepath, locale }, { detail: jsonProblem(error, text, locale) }, error);
    }
  };
  const yaml: Loader = async (filepath, content) => {
    const text = stripBom(content);
    // `.reportlintrc` is often JSON: JSON.parse is much cheaper than loading the YAML parser (~35 ms) on every save.
    if (/^\s*\{/.test(text)) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // not JSON after all (YAML flow mapping, comments…): let YAML parse it and report errors.
      }
    }
    const { parseDocument } = await import('yaml');
    const doc = parseDocument(text);
    const problem = doc.errors[0];
    if (problem) throw configError('unparsable', { file: filepath, locale }, { detail: yamlProblem(problem, text, locale) }, problem);
    const value = doc.toJS() as unknown;
    // `settings：` or `　　rules:` may still parse, as text where a key was meant: say so rather than "unknown key".
    const fullwidth = yamlFullwidthProblem(text, value, locale);
    if (fullwidth) throw configError('unparsable', { file: filepath, locale }, { detail: fullwidth });
    return value;
  };
  const js: Loader = async (filepath) => {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(filepath).href)) as Record<string, unknown>;
    } catch (error) {
      throw configError('unparsable', { file: filepath, locale }, { detail: scriptProblem(error, locale) }, error);
    }
    return 'default' in mod ? mod.default : mod;
  };
  return { '.json': json, '.yaml': yaml, '.yml': yaml, noExt: yaml, '.js': js, '.cjs': js, '.mjs': js };
}

const loadersByLocale = new Map<Locale, Record<string, Loader>>();
export function loadersFor(locale: Locale): Record<string, Loader> {
  let loaders = loadersByLocale.get(locale);
  if (!loaders) loadersByLocale.set(locale, (loaders = makeLoaders(locale)));
  return loaders;
}

/**
 * Reads and parses one config file. `package.json` yields its `reportlint` property, or an empty config when it has
 * none. An empty file is an empty config.
 */
export async function readConfigFile(filepath: string, locale: Locale): Promise<unknown> {
  const loader = loadersFor(locale)[path.extname(filepath) || 'noExt'];
  if (!loader) throw configError('unsupportedFormat', { file: filepath, locale });
  let content: string;
  try {
    content = await readFile(filepath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw configError('fileMissing', { file: filepath, locale }, {}, error);
    throw configError('unreadable', { file: filepath, locale }, { detail: fileProblem(error, locale) }, error);
  }
  if (content.trim() === '' && !/\.[cm]?js$/.test(filepath)) return {};
  const loaded = await loader(filepath, content);
  if (path.basename(filepath) === 'package.json') {
    const own = (loaded as Record<string, unknown> | null)?.[MODULE_NAME];
    return own === undefined ? {} : own;
  }
  return loaded ?? {};
}

export interface Found {
  filepath: string;
  config: unknown;
}

type Explorer = { search(from: string): Promise<{ filepath: string; config: unknown; isEmpty?: boolean } | null> };

/**
 * Finds the nearest config for files in `dir`: the directory itself, then each parent up to the filesystem root.
 * Results are cached per directory (so a parent is searched once for all its subfolders).
 *
 * cosmiconfig 9 searches only the start directory by default (`searchStrategy: 'none'`), and its 'global' strategy
 * stops at the home directory and then reads a per-user config dir; we want neither, so cosmiconfig looks in one
 * directory at a time and the walk upward happens here.
 */
export class ConfigSearch {
  private explorer: Promise<Explorer> | undefined;
  private readonly cache = new Map<string, Promise<Found | null>>();

  /**
   * `trusted(file)`: whether a JavaScript config found at `file` may be run (./trust.ts: in the working directory or
   * above). One that may not is refused before it is imported. Without it every config found is run (the API's old way).
   */
  constructor(
    private readonly locale: Locale,
    private readonly trusted?: (file: string) => boolean,
  ) {}

  search(dir: string): Promise<Found | null> {
    let found = this.cache.get(dir);
    if (!found) {
      found = this.searchUncached(dir);
      this.cache.set(dir, found);
    }
    return found;
  }

  private async searchUncached(dir: string): Promise<Found | null> {
    if (await mayHoldConfig(dir)) {
      let result: Awaited<ReturnType<Explorer['search']>>;
      try {
        result = await (await this.getExplorer()).search(dir);
      } catch (error) {
        return this.rethrow(error, dir);
      }
      if (result && !result.isEmpty && result.config !== null && result.config !== undefined) {
        return { filepath: result.filepath, config: result.config };
      }
    }
    const parent = path.dirname(dir);
    return parent === dir ? null : this.search(parent);
  }

  /**
   * Errors from cosmiconfig itself become a ConfigError, never a crash. Besides our loaders' errors (already
   * ConfigErrors) it throws its own: creating an explorer reads cosmiconfig's "meta config" from process.cwd()
   * (package.json, package.yaml, .config/config.*) with its own parsers, so a broken package.json in the directory
   * reportlint is started from would otherwise print a stack trace. Such a file is read again with our loaders, so its
   * parse error reads like every other one.
   */
  private async rethrow(error: unknown, dir: string): Promise<never> {
    if (error instanceof ConfigError) throw error;
    const filepath = (error as { filepath?: unknown } | null)?.filepath;
    const file = typeof filepath === 'string' ? filepath : dir;
    if (file !== dir) await readConfigFile(file, this.locale);
    throw configError('unparsable', { file, locale: this.locale }, { detail: detailOf(error) }, error);
  }

  private getExplorer(): Promise<Explorer> {
    this.explorer ??= import('cosmiconfig').then(({ cosmiconfig }) =>
      cosmiconfig(MODULE_NAME, {
        searchPlaces: [...SEARCH_PLACES],
        searchStrategy: 'none',
        loaders: searchLoaders(this.locale, this.trusted),
        // Our own per-directory cache above covers search; cosmiconfig's cache keys on the start dir only.
        cache: false,
      }),
    );
    return this.explorer;
  }
}

/**
 * The loaders the search gives cosmiconfig: ours, with two guards (issue 11, ./trust.ts). A JavaScript config that is
 * not `trusted` is refused before it is imported. And `$import`, which cosmiconfig would follow (loading the files it
 * names with these loaders, JavaScript included) although reportlint does not document it, is an unknown key, as it
 * is in a file read by `-c` or `extends`.
 */
function searchLoaders(locale: Locale, trusted: ((file: string) => boolean) | undefined): Record<string, Loader> {
  const loaders = loadersFor(locale);
  const guarded: Record<string, Loader> = {};
  for (const [extension, loader] of Object.entries(loaders)) {
    guarded[extension] = async (filepath, content) => {
      if (trusted && isCodeFile(filepath) && !trusted(filepath)) throw configError('untrustedConfigFile', { file: filepath, locale });
      const loaded = await loader(filepath, content);
      const own = path.basename(filepath) === 'package.json' ? (loaded as Record<string, unknown> | null)?.[MODULE_NAME] : loaded;
      if (own !== null && typeof own === 'object' && Object.hasOwn(own, '$import')) {
        throw configError('importKey', { file: filepath, key: '$import', locale });
      }
      return loaded;
    };
  }
  return guarded;
}

/**
 * A cheap look before asking cosmiconfig: one readdir per directory, and a peek into package.json for the
 * "reportlint" key. Most runs find no config file on the way up, and then never load cosmiconfig at all —
 * editors run reportlint on every save. Unreadable directories are left to cosmiconfig to report.
 */
async function mayHoldConfig(dir: string): Promise<boolean> {
  let names: Set<string>;
  try {
    names = new Set(await readdir(dir));
  } catch {
    return true;
  }
  for (const place of SEARCH_PLACES) {
    if (!names.has(place)) continue;
    if (place !== 'package.json') return true;
    const manifest = await readFile(path.join(dir, place), 'utf8').catch(() => '');
    if (!manifest.includes(`"${MODULE_NAME}"`)) continue;
    // The word alone is not a config: "name": "reportlint", or a county package that depends on it. Only a top-level
    // "reportlint" key is; a manifest that does not parse is left to cosmiconfig to report.
    try {
      const parsed = JSON.parse(manifest) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Object.hasOwn(parsed, MODULE_NAME)) return true;
    } catch {
      return true;
    }
  }
  return false;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
