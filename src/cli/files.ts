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
 * Ignored files (src/config/ignore.ts: `附件/` folders, `~$*` lock files and dot files by default, and the patterns of
 * `ignorePatterns`/`--ignore-pattern`) are skipped without a word in folders and globs; a folder or glob whose report
 * files are all ignored is a target with a problem, as an empty one is. A file named on the command line that is
 * ignored is a target with `ignored` (its result is one warning, as ESLint's). `--no-ignore` turns all this off.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultIgnore, DEFAULT_IGNORE_GLOBS, type DefaultIgnore, type IgnoreHit } from '../config/ignore.js';
import { displayPath } from '../formatters/location.js';
import { LINTABLE_EXTENSIONS } from '../read/index.js';
import { list, t, type MessageKey } from '../messages/index.js';
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

/** The message of a file that could not be checked: "无法读取：<reason>" (the result already names the file). */
export function cannotRead(locale: Locale, reason: string): string {
  return t('files.cannotRead', locale, { reason });
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
      for (const file of found.files) if (!(byPattern && (await byPattern(file)))) files.push(file);
      if (files.length === 0) {
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
  /** `hidden`: no file was found, but the default ignores hid some. */
  | { kind: 'directory' | 'glob'; files: string[]; hidden: boolean };

/**
 * One command-line path: a file, a folder (searched for `extensions`), a glob (filtered to them), or nothing. With
 * `ignoreDefaults`, the default ignores apply below the folder (and to the folder itself, seen from cwd), or to the
 * glob's matches seen from cwd.
 */
async function expandOne(pattern: string, cwd: string, extensions: readonly string[], ignoreDefaults: boolean): Promise<Expanded> {
  const absolute = path.resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => undefined);
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
  const files = folderIgnored ? [] : await search(ignoreDefaults);
  // Only when nothing was found: were there reports the default ignores hid? (Says "all ignored", not "empty".)
  const hidden = ignoreDefaults && files.length === 0 && (await search(false)).length > 0;
  return { kind, files, hidden };
}
