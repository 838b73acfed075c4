/**
 * `reportlint --web [file] [-c county.yaml]`: copies the offline page (dist/web/reportlint.html, built by
 * `npm run build:web`) out of the package, so a county office can hand it to its townships; with `-c`, the county's
 * config is baked into the copy and the page runs it instead of reportlint:recommended.
 *
 * The page runs no code from configs, so the config baked in must be data: YAML/JSON, `extends` of presets and of
 * other YAML/JSON files (which are baked in with it, by their path relative to the config), no `plugins`, no npm
 * packages. It is checked here with the resolver the page uses (untrusted: data only), so a config the page would
 * refuse is refused now, with the CLI's message, and never reaches a township.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigError, UsageError } from '../errors.js';
import { readConfigFile } from '../config/files.js';
import { isPathLike } from '../config/modules.js';
import { isPlainObject } from '../config/options.js';
import { isPresetName } from '../config/presets.js';
import { Resolver } from '../config/resolve.js';
import { isCodeFile } from '../config/trust.js';
import { PACKAGE_ROOT } from '../engine/messages.js';
import { t } from '../messages/index.js';
import type { Locale } from '../types.js';
import { bakeConfig } from '../web/page-slots.js';
import type { ConfigBundle } from '../web/protocol.js';
import type { CliOptions } from './options.js';
import type { Io } from './run.js';

/** The file name the page is written under when `--web` names no file, or names a folder. */
export const WEB_FILE = 'reportlint.html';

export async function writeWebPage(options: CliOptions, io: Pick<Io, 'cwd' | 'stdout'>): Promise<number> {
  const { locale } = options;
  if (options.paths.length > 0 || options.stdin) throw new UsageError(t('usage.webWithPaths', locale));
  const built = new URL('dist/web/reportlint.html', PACKAGE_ROOT);
  let page: string;
  try {
    page = await readFile(built, 'utf8');
  } catch {
    throw new UsageError(t('web.notBuilt', locale, { file: decodeURIComponent(built.pathname) }));
  }
  let configName: string | undefined;
  if (options.config) {
    const bundle = await configBundle(path.resolve(io.cwd, options.config), locale);
    const baked = bakeConfig(page, bundle);
    if (baked === undefined) throw new UsageError(t('web.notBuilt', locale, { file: decodeURIComponent(built.pathname) }));
    page = baked;
    configName = bundle.name;
  }
  const target = await targetFile(options.web === true || options.web === undefined ? WEB_FILE : options.web, io.cwd);
  try {
    await writeFile(target, page);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? t('usage.outputNoPermission', locale) : (code ?? String(error));
    throw new UsageError(t('web.writeFailed', locale, { file: target, reason }));
  }
  const size = (Buffer.byteLength(page) / 1024 / 1024).toFixed(1);
  io.stdout(
    `${t('web.written', locale, { file: path.relative(io.cwd, target) || target, size })}\n` +
      `${configName ? t('web.withConfig', locale, { config: configName }) : t('web.withoutConfig', locale)}\n`,
  );
  return 0;
}

/** `--web out.html` → that file; `--web some/folder` → reportlint.html in it. */
async function targetFile(value: string, cwd: string): Promise<string> {
  const target = path.resolve(cwd, value);
  const info = await stat(target).catch(() => undefined);
  return info?.isDirectory() ? path.join(target, WEB_FILE) : target;
}

/**
 * The config at `entry` and every YAML/JSON file its `extends` reaches, as the page takes them; throws ConfigError
 * when the page could not use it (code, plugins, packages) or when it is invalid.
 */
export async function configBundle(entry: string, locale: Locale): Promise<ConfigBundle> {
  const base = path.dirname(entry);
  const files: Record<string, string> = {};
  const refuse = (file: string, key: string, message: string) => new ConfigError(message, { filePath: file, keyPath: key });
  const visit = async (file: string, seen: ReadonlySet<string>): Promise<void> => {
    if (isCodeFile(file)) throw new ConfigError(t('web.jsConfig', locale, { file }), { filePath: file });
    if (seen.has(file)) return; // a cycle: the resolver below names it
    const raw = await readConfigFile(file, locale);
    if (file !== entry) files[path.relative(base, file).split(path.sep).join('/')] = await readFile(file, 'utf8');
    if (!isPlainObject(raw)) return;
    const plugins = raw.plugins === undefined ? [] : [raw.plugins].flat();
    if (plugins.length > 0) throw refuse(file, 'plugins', t('web.plugin', locale, { file, key: 'plugins' }));
    const targets = raw.extends === undefined ? [] : [raw.extends].flat();
    for (const [index, target] of targets.entries()) {
      if (typeof target !== 'string' || isPresetName(target)) continue;
      const key = Array.isArray(raw.extends) ? `extends[${index}]` : 'extends';
      if (!isPathLike(target)) throw refuse(file, key, t('web.packageExtends', locale, { file, key, value: target }));
      await visit(path.resolve(path.dirname(file), target), new Set([...seen, file]));
    }
  };
  await visit(entry, new Set());
  // What the page will do with it: the resolver for data-only configs, then every rule entry checked.
  const resolver = new Resolver(builtinRules, locale, base);
  resolver.finalize(await resolver.fileLayer(entry, [], false), []);
  return { name: path.basename(entry), text: await readFile(entry, 'utf8'), ...(Object.keys(files).length > 0 ? { files } : {}) };
}
