/**
 * Which files a run does not lint: the default ignores, `ignorePatterns` in config files and `--ignore-pattern`.
 *
 * - Default ignores (folder and glob runs, and a file named on the command line; ./default-ignores.ts): `附件/`
 *   folders, `~$*` lock files, and dot files and dot-folders (`.*`). node_modules is never searched (not an ignore: it
 *   holds no reports). `--no-ignore` lints them.
 * - `ignorePatterns` (a string or a list, in a config file or anywhere in its `extends` chain) and `--ignore-pattern`
 *   (repeatable) are gitignore patterns, matched with `ignore` (the package ESLint uses): relative to the directory of
 *   the config file that writes them, and to the working directory for `--ignore-pattern`. They are evaluated in order
 *   (the extends chain outermost first, then the file's own, then the command line); a later `!pattern` re-includes
 *   what an earlier one excluded, as in one .gitignore. A file outside a pattern's directory is not matched by it.
 *
 * This module, and the `ignore` package, are loaded only when some pattern exists: a run without patterns costs what
 * it did before.
 */
import path from 'node:path';
import type ignoreFactory from 'ignore';

// The default ignores live in ./default-ignores.ts, which every run loads; re-exported so this module names all ignoring.
export { defaultIgnore, type DefaultIgnore } from './default-ignores.js';

type Ignore = ReturnType<typeof ignoreFactory>;

/** One gitignore pattern with the directory it is relative to and where it was written (`file#ignorePatterns[0]`). */
export interface IgnorePattern {
  pattern: string;
  base: string;
  from: string;
  /** Written in a config found beside the reports (below the working directory, ./trust.ts): see IgnoreHit. */
  beside?: true;
}

/**
 * Why a file is ignored: the pattern and where it was written. `beside`: by a config found beside the reports, which
 * may not drop a file from the reviewer's run silently (issue 11): a folder or glob run lists the file, with a warning.
 * (When the reviewer's config enforces rules, such patterns do not apply at all: ./load.ts.)
 */
export interface IgnoreHit {
  pattern: string;
  from: string;
  beside?: true;
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
  const beside = new Set(usable.flatMap((item) => (item.beside ? [item.from] : [])));
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
        const from = result.rule?.mark ?? '';
        hit = { pattern: result.rule?.pattern ?? '', from, ...(beside.has(from) ? { beside: true as const } : {}) };
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
