/**
 * Command-line paths → the files to lint: files as given, directories searched for report files
 * (skipping node_modules and dot-folders), anything else treated as a glob.
 *
 * `findTargets` (the lint run) never drops a file without saying so: every path the user named and every report a
 * folder or glob finds becomes a target, and a target that cannot be read — a path that does not exist, a folder or
 * glob with no report in it, a report in an office format reportlint cannot read (.rtf, .odt, …) — carries the
 * message its result will show. Legacy Word (.doc, .wps) is found too; the reader says what to do with it.
 * Files that are clearly not reports (images, archives, spreadsheets, slides, …) are skipped in folders and globs.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { LINTABLE_EXTENSIONS } from '../read/index.js';
import { list, t, type MessageKey } from '../messages/index.js';
import type { Locale } from '../types.js';

const GLOB_CHARS = /[*?[\]{}!]/;
const IGNORED = ['**/node_modules/**', '**/.*/**'];

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

/** One file to lint; `problem` (in the run's locale) when it cannot be read, to report as its result. */
export interface Target {
  filePath: string;
  problem?: string;
}

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
export async function findTargets(patterns: readonly string[], cwd: string, locale: Locale): Promise<Target[]> {
  const targets = new Map<string, Target>();
  const add = (target: Target) => {
    if (!targets.has(target.filePath)) targets.set(target.filePath, target);
  };
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd, REPORT_EXTENSIONS);
    if (found.kind === 'file') {
      add({ filePath: found.filePath, ...problemOf(found.filePath, locale) });
    } else if (found.kind === 'missing') {
      add({ filePath: found.filePath, problem: cannotRead(locale, t('files.missing', locale)) });
    } else if (found.files.length === 0) {
      const extensions = list(LINTABLE_EXTENSIONS, locale);
      add({
        filePath: path.resolve(cwd, pattern),
        problem: t(found.kind === 'directory' ? 'files.emptyFolder' : 'files.emptyGlob', locale, { list: extensions }),
      });
    } else {
      for (const file of found.files) add({ filePath: file, ...problemOf(file, locale) });
    }
  }
  return [...targets.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

function problemOf(filePath: string, locale: Locale): { problem?: string } {
  const problem = unsupportedFormat(filePath, locale);
  return problem === undefined ? {} : { problem };
}

type Expanded =
  | { kind: 'file'; filePath: string }
  | { kind: 'missing'; filePath: string }
  | { kind: 'directory' | 'glob'; files: string[] };

/** One command-line path: a file, a folder (searched for `extensions`), a glob (filtered to them), or nothing. */
async function expandOne(pattern: string, cwd: string, extensions: readonly string[]): Promise<Expanded> {
  const absolute = path.resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => undefined);
  if (info !== undefined && !info.isDirectory()) return { kind: 'file', filePath: absolute };
  const isDirectory = info?.isDirectory() ?? false;
  if (!isDirectory && !GLOB_CHARS.test(pattern)) return { kind: 'missing', filePath: absolute };
  const { glob } = await import('tinyglobby');
  const found = await glob(isDirectory ? [`**/*.{${extensions.map((ext) => ext.slice(1)).join(',')}}`] : [pattern], {
    cwd: isDirectory ? absolute : cwd,
    absolute: true,
    ignore: IGNORED,
    caseSensitiveMatch: false,
    expandDirectories: false,
  });
  const files = found
    .filter((file) => extensions.includes(path.extname(file).toLowerCase()))
    .map((file) => path.normalize(file));
  return { kind: isDirectory ? 'directory' : 'glob', files };
}
