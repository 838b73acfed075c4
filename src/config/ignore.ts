/**
 * Which files a run does not lint: the default ignores, `ignorePatterns` in config files and `--ignore-pattern`.
 *
 * - Default ignores (folder and glob runs, and a file named on the command line): `附件/` folders (attachments sent with
 *   a submission), `~$*` files (the lock files Word and WPS leave beside an open document), and dot files and
 *   dot-folders (`.*`). node_modules is never searched (not an ignore: it holds no reports). `--no-ignore` lints them.
 * - `ignorePatterns` (a string or a list, in a config file or anywhere in its `extends` chain) and `--ignore-pattern`
 *   (repeatable) are gitignore patterns, matched with `ignore` (the package ESLint uses): relative to the directory of
 *   the config file that writes them, and to the working directory for `--ignore-pattern`. They are evaluated in order
 *   (the extends chain outermost first, then the file's own, then the command line); a later `!pattern` re-includes
 *   what an earlier one excluded, as in one .gitignore. A file outside a pattern's directory is not matched by it.
 *
 * The `ignore` package is loaded only when some pattern exists: a run without patterns costs what it did before.
 */
import path from 'node:path';
import type ignoreFactory from 'ignore';

type Ignore = ReturnType<typeof ignoreFactory>;

/** One gitignore pattern with the directory it is relative to and where it was written (`file#ignorePatterns[0]`). */
export interface IgnorePattern {
  pattern: string;
  base: string;
  from: string;
}

/** Why a file is ignored: the pattern and where it was written. */
export interface IgnoreHit {
  pattern: string;
  from: string;
}

/** Why a file falls under the default ignores. */
export type DefaultIgnore = 'attachment' | 'lockFile' | 'dotFile';

/** The folder whose files are attachments, not reports. */
export const ATTACHMENT_FOLDER = '附件';

/** The default ignores as globs for the folder search (relative to the folder searched). */
export const DEFAULT_IGNORE_GLOBS: readonly string[] = ['**/.*/**', '**/.*', `**/${ATTACHMENT_FOLDER}/**`, '**/~$*'];

/** The default ignores in gitignore notation, as --print-config lists them. */
export const DEFAULT_IGNORE_PATTERN: Readonly<Record<DefaultIgnore, string>> = {
  attachment: `${ATTACHMENT_FOLDER}/`,
  lockFile: '~$*',
  dotFile: '.*',
};
export const DEFAULT_IGNORE_PATTERNS: readonly string[] = Object.values(DEFAULT_IGNORE_PATTERN);

/**
 * Whether a path falls under the default ignores. `relative` is the path from the folder it was found in (or from the
 * working directory for a file named on the command line); only its own segments are looked at, so a folder named on
 * the command line is searched wherever it lies. A path outside (`../…`) is judged by its file name only.
 */
export function defaultIgnore(relative: string): DefaultIgnore | undefined {
  const parts = relative.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  const outside = parts[0] === '..' || path.isAbsolute(relative);
  const name = parts.at(-1) ?? '';
  if (name.startsWith('~$')) return 'lockFile';
  if (name.startsWith('.') && name !== '..') return 'dotFile';
  if (outside) return undefined;
  const folders = parts.slice(0, -1);
  if (folders.some((part) => part.startsWith('.') && part !== '..')) return 'dotFile';
  if (folders.includes(ATTACHMENT_FOLDER)) return 'attachment';
  return undefined;
}

export type IgnoreTester = (absolutePath: string) => IgnoreHit | undefined;

interface Group {
  base: string;
  /** Each rule carries where it was written as its `mark`, which the `ignore` package reports with the rule that decided. */
  matcher: Ignore;
}

/** A tester for `patterns` (in order); undefined when there are none, without loading anything. */
export async function createIgnoreTester(patterns: readonly IgnorePattern[]): Promise<IgnoreTester | undefined> {
  const usable = patterns.filter((p) => p.pattern.trim() !== '' && !p.pattern.startsWith('#'));
  if (usable.length === 0) return undefined;
  const { default: ignore } = await import('ignore');
  // Consecutive patterns with the same directory share one matcher, so `!` works within a file as in a .gitignore.
  const groups: Group[] = [];
  for (const item of usable) {
    let group = groups.at(-1);
    if (!group || group.base !== item.base) groups.push((group = { base: item.base, matcher: ignore() }));
    group.matcher.add({ pattern: item.pattern, mark: item.from });
  }
  return (absolutePath) => {
    let hit: IgnoreHit | undefined;
    for (const group of groups) {
      const relative = toPosix(path.relative(group.base, absolutePath));
      if (relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) continue;
      const result = group.matcher.test(relative);
      if (result.ignored) {
        hit = { pattern: result.rule?.pattern ?? '', from: result.rule?.mark ?? '' };
      } else if (result.unignored) {
        hit = undefined;
      }
    }
    return hit;
  };
}

function toPosix(relative: string): string {
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}
