/**
 * `reportlint --init [--level township|county|department]`: writes a commented `.reportlintrc.yaml` starter
 * (src/config/init-template.ts) in the working directory and says what to do next. It refuses (exit 2) when the
 * directory already holds a config under any name the config search uses, so nothing is overwritten.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { SEARCH_PLACES } from '../config/files.js';
import { INIT_FILE, initLevel, initTemplate } from '../config/init-template.js';
import { t } from '../messages/index.js';
import type { CliOptions } from './options.js';
import type { Io } from './run.js';

export async function init(options: CliOptions, io: Pick<Io, 'cwd' | 'stdout'>): Promise<number> {
  const { locale } = options;
  if (options.paths.length > 0 || options.stdin) throw new UsageError(t('usage.initWithPaths', locale));
  const level = initLevel(options.level);
  if (level === undefined) throw new UsageError(t('usage.badLevel', locale, { value: options.level ?? '' }));
  const existing = await existingConfig(io.cwd);
  if (existing !== undefined) throw new UsageError(t('usage.initExists', locale, { file: existing }));
  const target = path.join(io.cwd, INIT_FILE);
  try {
    // `wx`: never replace a file that appeared meanwhile.
    await writeFile(target, initTemplate(level, locale), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(t('usage.initExists', locale, { file: INIT_FILE }));
    const reason = code === 'EACCES' || code === 'EPERM' ? t('usage.outputNoPermission', locale) : (code ?? String(error));
    throw new UsageError(t('usage.initFailed', locale, { file: target, reason }));
  }
  io.stdout(`${t('init.written', locale, { file: target })}\n${t('init.next', locale)}\n`);
  return 0;
}

/** The name of a config file in `dir` that the search would find (package.json only with a "reportlint" key). */
async function existingConfig(dir: string): Promise<string | undefined> {
  for (const name of SEARCH_PLACES) {
    const content = await readFile(path.join(dir, name), 'utf8').catch((error: NodeJS.ErrnoException) =>
      // A folder or an unreadable file by that name is in the way too.
      error.code === 'ENOENT' ? undefined : '',
    );
    if (content === undefined) continue;
    if (name !== 'package.json') return name;
    try {
      if ((JSON.parse(content) as Record<string, unknown> | null)?.reportlint !== undefined) return name;
    } catch {
      // an unparsable package.json holds no config we would overwrite
    }
  }
  return undefined;
}
