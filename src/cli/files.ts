/**
 * Command-line paths → the files to lint: files as given, directories searched for report files
 * (skipping node_modules and dot-folders), anything else treated as a glob.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { LINTABLE_EXTENSIONS } from '../read/index.js';
import type { Locale } from '../types.js';

const GLOB_CHARS = /[*?[\]{}!]/;
const IGNORED = ['**/node_modules/**', '**/.*/**'];

export async function expandPaths(patterns: readonly string[], cwd: string, locale: Locale): Promise<string[]> {
  const files = new Set<string>();
  const extensions = LINTABLE_EXTENSIONS.map((ext) => ext.slice(1)).join(',');
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      files.add(absolute);
      continue;
    }
    const isDirectory = info?.isDirectory() ?? false;
    if (!isDirectory && !GLOB_CHARS.test(pattern)) {
      throw new UsageError(
        locale === 'zh' ? `找不到文件或文件夹：${pattern}` : `No such file or directory: ${pattern}`,
      );
    }
    const { glob } = await import('tinyglobby');
    const found = await glob(isDirectory ? [`**/*.{${extensions}}`] : [pattern], {
      cwd: isDirectory ? absolute : cwd,
      absolute: true,
      ignore: IGNORED,
      caseSensitiveMatch: false,
      expandDirectories: false,
    });
    const lintable = found.filter((file) => LINTABLE_EXTENSIONS.includes(path.extname(file).toLowerCase()));
    if (lintable.length === 0) {
      throw new UsageError(
        locale === 'zh'
          ? `“${pattern}”中没有可检查的报告文件（支持 ${LINTABLE_EXTENSIONS.join('、')}）`
          : `No report files match "${pattern}" (supported: ${LINTABLE_EXTENSIONS.join(', ')})`,
      );
    }
    for (const file of lintable) files.add(path.normalize(file));
  }
  return [...files].sort();
}
