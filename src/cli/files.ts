/**
 * Command-line paths → the files to lint: files as given, directories searched for report files
 * (skipping node_modules), anything else treated as a glob.
 *
 * `findTargets` (the lint run) never drops a file without saying so: every path the user named and every report a
 * folder or glob finds becomes a target, and a target that cannot be read — a path that does not exist, a folder or
 * glob with no report in it, a report in an office format reportlint cannot read (.rtf, .odt, …) — carries the
 * message its result will show. Legacy Word (.doc, .wps) is found too; the reader says what to do with it.
 * Files that are clearly not reports (images, archives, spreadsheets, slides, …) are skipped in folders and globs.
 *
 * Ignored files (`附件/` folders, `~$*` lock files and dot files by default, src/config/default-ignores.ts, and the
 * patterns of `ignorePatterns`/`--ignore-pattern`, src/config/ignore.ts) are skipped without a word in folders and
 * globs; a folder or glob whose report files are all ignored is a target with a problem, as an empty one is. A file
 * named on the command line that is ignored is a target with `ignored` (its result is one warning, as ESLint's), and
 * so is a file a config beside the reports ignores (issue 11: a submission cannot drop its report in silence).
 * `--no-ignore` turns all this off.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultIgnore, DEFAULT_IGNORE_GLOBS, type DefaultIgnore } from '../config/default-ignores.js';
import type { IgnoreHit } from '../config/ignore.js';
import { displayPath } from '../formatters/location.js';
import { LINTABLE_EXTENSIONS } from '../read/index.js';
import { trimEndOf } from '../text/chars.js';
import { list, t, type MessageKey } from '../messages/index.js';
import { cannotRead } from '../read/failure.js';
import type { Locale } from '../types.js';

const GLOB_CHARS = /[*?[\]{}!]/;
/** Never searched, even with --no-ignore: no report lives in node_modules. */
const NEVER_SEARCHED = ['**/node_modules/**'];

/**
 * Report-like formats reportlint cannot read, with the message saying what the writer should do. Files with these
 * extensions are never decoded as text (an .rtf or .mht file would decode, and its markup would be linted as the report).
 */
const UNSUPPORTED: Readonly<Record<string, MessageKey>> = {
  '.rtf': 'files.rtf',
  '.odt': 'files.odt',
  '.docm': 'files.docm',
  '.uof': 'files.uof',
  '.uot': 'files.uot',
  '.ofd': 'files.ofd',
  '.mht': 'files.mht',
  '.mhtml': 'files.mhtml',
};

/** Legacy Word and WPS: found in folders; the reader turns them into a "save as .docx" error. */
const LEGACY_WORD = ['.doc', '.wps'];

/** Every extension a folder or glob picks up: what reportlint reads, and report formats it asks to be converted. */
export const REPORT_EXTENSIONS: readonly string[] = [...LINTABLE_EXTENSIONS, ...LEGACY_WORD, ...Object.keys(UNSUPPORTED)];

/**
 * One file to lint; `problem` (in the run's locale) when it cannot be read, to report as its result; `ignored` (the
 * warning its result shows) when it was named on the command line but is ignored.
 */
export interface Target {
  filePath: string;
  problem?: string;
  ignored?: string;
}

/** What to ignore. Default: the default ignores only. */
export interface IgnoreOptions {
  /** false = --no-ignore. */
  enabled: boolean;
  /** The `ignorePatterns`/`--ignore-pattern` pattern that excludes a file (absolute path), if any. */
  ignoredBy?: (filePath: string) => Promise<IgnoreHit | undefined>;
}

const DEFAULT_MESSAGES: Readonly<Record<DefaultIgnore, MessageKey>> = {
  attachment: 'ignore.attachment',
  lockFile: 'ignore.lockFile',
  dotFile: 'ignore.dotFile',
};

/** Why a file with this name cannot be read, before reading it; undefined when reportlint may try. */
export function unsupportedFormat(filePath: string, locale: Locale): string | undefined {
  const reason = UNSUPPORTED[path.extname(filePath).toLowerCase()];
  return reason === undefined ? undefined : cannotRead(locale, t(reason, locale));
}


/**
 * Every file the paths name, sorted and without duplicates. Never throws for a path: a missing path, and a folder
 * or glob without any report in it, are targets with a `problem` named by the path as given.
 */
export async function findTargets(
  patterns: readonly string[],
  cwd: string,
  locale: Locale,
  ignore: IgnoreOptions = { enabled: true },
): Promise<Target[]> {
  const targets = new Map<string, Target>();
  const add = (target: Target) => {
    if (!targets.has(target.filePath)) targets.set(target.filePath, target);
  };
  const byPattern = ignore.enabled ? ignore.ignoredBy : undefined;
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd, REPORT_EXTENSIONS, ignore.enabled);
    if (found.kind === 'file') {
      const ignored = ignore.enabled ? await ignoredMessage(found.filePath, cwd, locale, byPattern) : undefined;
      add(ignored === undefined ? { filePath: found.filePath, ...problemOf(found.filePath, locale) } : { filePath: found.filePath, ignored });
    } else if (found.kind === 'missing') {
      add({ filePath: found.filePath, problem: cannotRead(locale, t('files.missing', locale)) });
    } else {
      const files: string[] = [];
      /** Ignored by a config beside the reports (issue 11): listed with a warning, never dropped in silence. */
      const listed: string[] = [];
      for (const file of found.files) {
        const hit = byPattern ? await byPattern(file) : undefined;
        if (hit === undefined) files.push(file);
        else if (hit.beside) listed.push(file);
      }
      for (const file of listed) add({ filePath: file, ignored: (await ignoredMessage(file, cwd, locale, byPattern))! });
      for (const folder of found.folders ?? []) {
        if (!(byPattern && (await byPattern(folder.filePath)))) add({ filePath: folder.filePath, problem: cannotRead(locale, t(folder.problem, locale)) });
      }
      if (files.length === 0 && listed.length === 0 && (found.folders ?? []).length === 0) {
        const extensions = list(LINTABLE_EXTENSIONS, locale);
        const allIgnored = found.files.length > 0 || found.hidden;
        const key = found.kind === 'directory' ? (allIgnored ? 'files.allIgnoredFolder' : 'files.emptyFolder') : allIgnored ? 'files.allIgnoredGlob' : 'files.emptyGlob';
        add({ filePath: path.resolve(cwd, pattern), problem: t(key, locale, { list: extensions }) });
      }
      for (const file of files) add({ filePath: file, ...problemOf(file, locale) });
    }
  }
  return [...targets.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/**
 * Why a file named on the command line is ignored, as its result's warning; undefined when it is not. The default
 * ignores look at its path from cwd (its name only when it lies outside cwd).
 */
export async function ignoredMessage(
  filePath: string,
  cwd: string,
  locale: Locale,
  ignoredBy?: (filePath: string) => Promise<IgnoreHit | undefined>,
): Promise<string | undefined> {
  const reason = defaultIgnore(path.relative(cwd, filePath));
  if (reason !== undefined) return t(DEFAULT_MESSAGES[reason], locale);
  const hit = await ignoredBy?.(filePath);
  if (hit === undefined) return undefined;
  const file = hit.from.split('#')[0]!;
  const source = file === '--ignore-pattern' ? t('ignore.fromCli', locale) : displayPath(file, cwd);
  return t('ignore.pattern', locale, { pattern: hit.pattern, source });
}

function problemOf(filePath: string, locale: Locale): { problem?: string } {
  const problem = unsupportedFormat(filePath, locale);
  return problem === undefined ? {} : { problem };
}

type Expanded =
  | { kind: 'file'; filePath: string }
  | { kind: 'missing'; filePath: string }
  /**
   * `hidden`: no file was found, but the default ignores hid some. `folders`: folders in a searched folder that cannot
   * be searched (no permission) or are named like a report and hold none (issue 11).
   */
  | { kind: 'directory' | 'glob'; files: string[]; hidden: boolean; folders?: Array<{ filePath: string; problem: FolderProblem }> };

type FolderProblem = 'read.folderDenied' | 'read.folderNamedLikeReport';

/**
 * One command-line path: a file, a folder (searched for `extensions`), a glob (filtered to them), or nothing. With
 * `ignoreDefaults`, the default ignores apply below the folder (and to the folder itself, seen from cwd), or to the
 * glob's matches seen from cwd.
 */
async function expandOne(pattern: string, cwd: string, extensions: readonly string[], ignoreDefaults: boolean): Promise<Expanded> {
  const absolute = path.resolve(cwd, pattern);
  let info: Awaited<ReturnType<typeof stat>> | undefined;
  try {
    info = await stat(absolute);
  } catch (error) {
    // A path that is there but cannot be looked at (a symbolic link loop or one leading nowhere, no permission): a file
    // whose reader says why.
    const code = (error as NodeJS.ErrnoException).code;
    const link = code === 'ENOENT' ? await lstat(absolute).catch(() => undefined) : undefined;
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || link !== undefined) return { kind: 'file', filePath: absolute };
  }
  if (info !== undefined && !info.isDirectory()) return { kind: 'file', filePath: absolute };
  const isDirectory = info?.isDirectory() ?? false;
  if (!isDirectory && !GLOB_CHARS.test(pattern)) return { kind: 'missing', filePath: absolute };
  const kind = isDirectory ? 'directory' : 'glob';
  const { glob } = await import('tinyglobby');
  const search = (withDefaults: boolean) =>
    glob(isDirectory ? [`**/*.{${extensions.map((ext) => ext.slice(1)).join(',')}}`] : [pattern], {
      cwd: isDirectory ? absolute : cwd,
      absolute: true,
      ignore: withDefaults ? [...NEVER_SEARCHED, ...DEFAULT_IGNORE_GLOBS] : NEVER_SEARCHED,
      dot: !withDefaults,
      caseSensitiveMatch: false,
      expandDirectories: false,
    }).then((found) => found.filter((file) => extensions.includes(path.extname(file).toLowerCase())).map((file) => path.normalize(file)));
  // A folder that is itself ignored (`reportlint 部门/附件/`, `reportlint .drafts/`) is searched only with --no-ignore.
  const folderIgnored = ignoreDefaults && isDirectory && defaultIgnore(path.join(path.relative(cwd, absolute), 'x')) !== undefined;
  const found = folderIgnored ? [] : await search(ignoreDefaults);
  const odd = isDirectory && !folderIgnored ? await oddEntries(absolute, extensions, ignoreDefaults, found) : { files: [], folders: [] };
  // A report reached through a symbolic link to a folder (or a link loop) is found twice: it is checked once.
  const files = await oncePerFile([...found, ...odd.files]);
  // Only when nothing was found: were there reports the default ignores hid? (Says "all ignored", not "empty".)
  const hidden = ignoreDefaults && files.length === 0 && odd.folders.length === 0 && (await search(false)).length > 0;
  return { kind, files, hidden, folders: odd.folders };
}

/**
 * One path per file: of the paths that lead to the same file (through symbolic links), the one with the fewest
 * folders, then the first in order. A path whose real path cannot be known stands for itself.
 */
async function oncePerFile(files: readonly string[]): Promise<string[]> {
  const ordered = [...files].sort((a, b) => a.split(path.sep).length - b.split(path.sep).length || (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const file of ordered) {
    const real = await realpath(file).catch(() => file);
    if (seen.has(real)) continue;
    seen.add(real);
    kept.push(file);
  }
  return kept;
}

/**
 * What a folder search (tinyglobby) passes over without a word, and a folder run must report (issue 11): entries named
 * like a report that are not regular files — a named pipe, a device, a socket, a symbolic link that loops or leads
 * nowhere (their reader refuses them without opening them) — folders that cannot be opened, and folders named like a
 * report that hold none. Every folder the search walks is listed once (by its real path) and read with its entry types.
 */
async function oddEntries(
  root: string,
  extensions: readonly string[],
  ignoreDefaults: boolean,
  found: readonly string[],
): Promise<{ files: string[]; folders: Array<{ filePath: string; problem: FolderProblem }> }> {
  const { glob } = await import('tinyglobby');
  const folders = await glob(['**'], {
    cwd: root,
    absolute: true,
    onlyDirectories: true,
    ignore: ignoreDefaults ? [...NEVER_SEARCHED, ...DEFAULT_IGNORE_GLOBS] : NEVER_SEARCHED,
    dot: !ignoreDefaults,
    expandDirectories: false,
  });
  const reportLike = (name: string) => extensions.includes(path.extname(name).toLowerCase());
  const ignored = (entry: string) => ignoreDefaults && defaultIgnore(path.relative(root, entry)) !== undefined;
  const listed = new Set(found);
  const files: string[] = [];
  const problems: Array<{ filePath: string; problem: FolderProblem }> = [];
  const visited = new Set<string>();
  for (const folder of [root, ...folders.map((entry) => trimEndOf(path.normalize(entry), '\\/'))]) {
    const real = await realpath(folder).catch(() => folder);
    if (visited.has(real)) continue;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') problems.push({ filePath: folder, problem: 'read.folderDenied' });
      continue;
    }
    for (const entry of entries) {
      const entryPath = path.join(folder, entry.name);
      if (!reportLike(entry.name) || listed.has(entryPath) || ignored(entryPath)) continue;
      if (entry.isDirectory() || entry.isSymbolicLink()) {
        const target = await stat(entryPath).catch(() => undefined);
        if (target?.isDirectory()) {
          // A folder named 报告.docx is searched like any folder; said only when it holds no report.
          const inside = entryPath + path.sep;
          if (!found.some((file) => file.startsWith(inside))) problems.push({ filePath: entryPath, problem: 'read.folderNamedLikeReport' });
          continue;
        }
        if (target?.isFile()) continue; // a link to a regular file: tinyglobby lists it when it may
      } else if (entry.isFile()) {
        continue;
      }
      files.push(entryPath);
    }
  }
  return { files, folders: problems };
}
