/**
 * The default ignores, which every run applies to the files it finds and the files it is given (src/cli/files.ts):
 * `附件/` folders (attachments sent with a submission), `~$*` files (the lock files Word and WPS leave beside an open
 * document), and dot files and dot-folders (`.*`). `--no-ignore` lints them.
 *
 * Apart from ./ignore.ts (the `ignorePatterns`/`--ignore-pattern` tester) so that a run without patterns loads only
 * this.
 */
import path from 'node:path';

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
