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
import { UsageError } from '../errors.js';
import { LINTABLE_EXTENSIONS } from '../read/index.js';
import type { Locale } from '../types.js';

const GLOB_CHARS = /[*?[\]{}!]/;
const IGNORED = ['**/node_modules/**', '**/.*/**'];

interface Unsupported {
  zh: string;
  en: string;
}

/**
 * Report-like formats reportlint cannot read, with what the writer should do. Files with these extensions are
 * never decoded as text (an .rtf or .mht file would decode, and its markup would be linted as the report).
 */
const UNSUPPORTED: Readonly<Record<string, Unsupported>> = {
  '.rtf': { zh: '不支持 RTF 格式（.rtf），请在 Word 或 WPS 中另存为 .docx 后再检查', en: 'RTF files (.rtf) are not supported; save it as .docx first' },
  '.odt': {
    zh: '不支持 OpenDocument 文本格式（.odt），请在 WPS、LibreOffice 或 Word 中另存为 .docx 后再检查',
    en: 'OpenDocument text (.odt) is not supported; save it as .docx first',
  },
  '.docm': { zh: '不支持启用宏的 Word 文档（.docm），请在 Word 中另存为 .docx 后再检查', en: 'Macro-enabled Word files (.docm) are not supported; save it as .docx first' },
  '.uof': { zh: '不支持 UOF 文档（.uof），请在 WPS 中另存为 .docx 后再检查', en: 'UOF documents (.uof) are not supported; save it as .docx first' },
  '.uot': { zh: '不支持 UOF 文档（.uot），请在 WPS 中另存为 .docx 后再检查', en: 'UOF documents (.uot) are not supported; save it as .docx first' },
  '.ofd': {
    zh: '不支持 OFD 版式文件（.ofd），请提供 Word 文档（.docx）或带文字层的 PDF',
    en: 'OFD files (.ofd) are not supported; provide the Word file (.docx) or a PDF with a text layer',
  },
  '.mht': {
    zh: '不支持单个文件网页（.mht），请在浏览器中另存为“网页，全部”（.html），或提供 Word 文档（.docx）',
    en: 'Single-file web pages (.mht) are not supported; save the page as .html, or provide the Word file (.docx)',
  },
  '.mhtml': {
    zh: '不支持单个文件网页（.mhtml），请在浏览器中另存为“网页，全部”（.html），或提供 Word 文档（.docx）',
    en: 'Single-file web pages (.mhtml) are not supported; save the page as .html, or provide the Word file (.docx)',
  },
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
  return reason === undefined ? undefined : cannotRead(locale, reason[locale]);
}

/** The message of a file that could not be checked: "无法读取：<reason>" (the result already names the file). */
export function cannotRead(locale: Locale, reason: string): string {
  return locale === 'zh' ? `无法读取：${reason}` : `Cannot read: ${reason}`;
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
      add({ filePath: found.filePath, problem: cannotRead(locale, say(locale, '文件或文件夹不存在，请检查路径是否写错', 'no such file or directory; check the path')) });
    } else if (found.files.length === 0) {
      const list = LINTABLE_EXTENSIONS.join(locale === 'zh' ? '、' : ', ');
      add({
        filePath: path.resolve(cwd, pattern),
        problem:
          found.kind === 'directory'
            ? say(locale, `这个文件夹中没有报告文件（${list}），没有检查任何文件`, `This folder holds no report files (${list}); nothing was checked`)
            : say(locale, `没有与这个通配符匹配的报告文件（${list}），没有检查任何文件`, `No report files match this pattern (${list}); nothing was checked`),
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

/**
 * The files to lint for `--why`: the readable report formats only; a missing path or a pattern that matches no
 * report stops the run with a UsageError (exit 2).
 */
export async function expandPaths(patterns: readonly string[], cwd: string, locale: Locale): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd, LINTABLE_EXTENSIONS);
    if (found.kind === 'file') {
      files.add(found.filePath);
      continue;
    }
    if (found.kind === 'missing') {
      throw new UsageError(locale === 'zh' ? `找不到文件或文件夹：${pattern}` : `No such file or directory: ${pattern}`);
    }
    if (found.files.length === 0) {
      throw new UsageError(
        locale === 'zh'
          ? `“${pattern}”中没有可检查的报告文件（支持 ${LINTABLE_EXTENSIONS.join('、')}）`
          : `No report files match "${pattern}" (supported: ${LINTABLE_EXTENSIONS.join(', ')})`,
      );
    }
    for (const file of found.files) files.add(file);
  }
  return [...files].sort();
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

function say(locale: Locale, zh: string, en: string): string {
  return locale === 'zh' ? zh : en;
}
