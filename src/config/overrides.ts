/**
 * `overrides`: config for some files only, as in ESLint's classic (eslintrc) config.
 *
 *   overrides:
 *     - files: ["部门/**"]          # required: globs, a string or a list
 *       excludedFiles: ["部门/草稿/**"]
 *       rules: { require-measures: [error, { minLength: 300 }] }
 *       settings: { level: department }
 *
 * - Each block applies to the files its `files` match and its `excludedFiles` do not. Globs are relative to the
 *   directory of the config file that declares the block, also when that file is reached through `extends` (ESLint
 *   makes globs in extended configs relative to the extending config, and `-c` configs relative to the working
 *   directory; here a county's shared file means the same folders wherever it is used from). A glob without `/` matches
 *   the file name at any depth (ESLint's matchBase); dot files are matched by `*` (ESLint's `dot: true`). Unlike
 *   ESLint, a glob ending in `/` (`部门/`) matches every file below that folder, as an ignore pattern would.
 *   Absolute globs and globs containing `..` are errors (ESLint's "Invalid override pattern").
 * - Blocks are applied after the base config of the file that declares them, in order, later winning (ESLint's
 *   order: an extended file's overrides come before the extending file's own keys, so those win over them).
 * - `rules` entries are parsed and checked like top-level ones, every block whether it matches a file or not, with the
 *   key in errors (`overrides[1].rules.require-measures`); `settings` merge shallowly and are checked by ./settings.ts.
 *   Blocks take only `files`, `excludedFiles`, `rules` and `settings` (not ESLint's nested `overrides`, `extends`,
 *   `plugins`).
 *
 * picomatch is loaded only when some config has overrides.
 */
import path from 'node:path';
import { configError, closest, list, show, word, type Where } from './messages.js';
import { isPlainObject } from './options.js';
import { checkSettings } from './settings.js';

/** Keys an `overrides` block may have. */
export const OVERRIDE_KEYS: readonly string[] = ['files', 'excludedFiles', 'rules', 'settings'];

/** One `overrides` block: where it is written, the directory its globs are relative to, and its globs. */
export interface OverrideBlock {
  /** The config file and `overrides[i]`. */
  where: Where;
  /** The directory of the config file that declares it. */
  base: string;
  files: readonly string[];
  excludedFiles: readonly string[];
}

/** One `settings.<key>` as written, with where (base config or an override block). */
export interface SettingEntry {
  key: string;
  value: unknown;
  where: Where;
  override?: OverrideBlock;
}

/** A block as parsed: the block and its raw `rules` and checked `settings`, for the resolver to turn into entries. */
export interface ParsedOverride {
  block: OverrideBlock;
  rules: Record<string, unknown>;
  settings: Record<string, unknown>;
}

/** Checks the shape of `overrides` in the config file `file` (`at(key)` says where a key is). */
export function parseOverrides(value: unknown, file: string, at: (key: string) => Where): ParsedOverride[] {
  if (value === undefined) return [];
  const where = at('overrides');
  if (!Array.isArray(value)) throw configError('keyType', where, { expected: word('overridesList', where.locale), value: show(value) });
  return value.map((item, index) => parseBlock(item, `overrides[${index}]`, file, at));
}

function parseBlock(item: unknown, key: string, file: string, at: (key: string) => Where): ParsedOverride {
  const where = at(key);
  const { locale } = where;
  if (!isPlainObject(item)) throw configError('keyType', where, { expected: word('object', locale), value: show(item) });
  for (const name of Object.keys(item)) {
    if (OVERRIDE_KEYS.includes(name)) continue;
    const guess = closest(name, OVERRIDE_KEYS);
    throw configError('overrideUnknownKey', at(`${key}.${name}`), {
      hint: guess ? word('didYouMean', locale, { name: guess }) : '',
      keys: list(OVERRIDE_KEYS, locale),
    });
  }
  const files = item.files === undefined ? [] : globList(item.files, at(`${key}.files`));
  if (files.length === 0) throw configError('overrideNoFiles', at(`${key}.files`));
  const excludedFiles = item.excludedFiles === undefined ? [] : globList(item.excludedFiles, at(`${key}.excludedFiles`));
  const rules = item.rules ?? {};
  if (!isPlainObject(rules)) throw configError('keyType', at(`${key}.rules`), { expected: word('object', locale), value: show(rules) });
  const settings = item.settings ?? {};
  if (!isPlainObject(settings)) throw configError('keyType', at(`${key}.settings`), { expected: word('object', locale), value: show(settings) });
  checkSettings(settings, (name) => at(`${key}.settings.${name}`));
  return { block: { where, base: path.dirname(file), files, excludedFiles }, rules, settings };
}

/** A glob or a list of globs, each relative (no leading `/`, no drive, no `..`). */
function globList(value: unknown, where: Where): string[] {
  const globs = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  if (globs === undefined) throw configError('keyType', where, { expected: word('stringOrArray', where.locale), value: show(value) });
  for (const glob of globs) {
    if (glob.trim() === '' || path.isAbsolute(glob) || path.posix.isAbsolute(glob) || /^[a-z]:/i.test(glob) || glob.split(/[\\/]/).includes('..')) {
      throw configError('overridePattern', where, { value: show(glob) });
    }
  }
  return globs;
}

type Matcher = (relative: string) => boolean;
const compiled = new WeakMap<OverrideBlock, (absolutePath: string) => boolean>();

/** The blocks (of `blocks`, in order) that apply to `absolutePath`. Loads picomatch the first time. */
export async function matchingOverrides(blocks: readonly OverrideBlock[], absolutePath: string): Promise<OverrideBlock[]> {
  if (blocks.length === 0) return [];
  const { default: picomatch } = await import('picomatch');
  const compile = (glob: string): Matcher => {
    // `部门/` means everything below 部门 (not ESLint: there it matches nothing, since it names no file).
    const pattern = glob.endsWith('/') ? `${glob}**` : glob;
    const test = picomatch(pattern.replace(/^\.\//, ''), { dot: true });
    // picomatch's own `basename` option also applies to globs with a slash; ESLint's matchBase applies only without one.
    return pattern.includes('/') ? test : (relative) => test(path.posix.basename(relative));
  };
  return blocks.filter((block) => {
    let test = compiled.get(block);
    if (!test) {
      const includes = block.files.map(compile);
      const excludes = block.excludedFiles.map(compile);
      test = (file) => {
        const relative = toPosix(path.relative(block.base, file));
        return includes.some((m) => m(relative)) && !excludes.some((m) => m(relative));
      };
      compiled.set(block, test);
    }
    return test(absolutePath);
  });
}

function toPosix(relative: string): string {
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}
