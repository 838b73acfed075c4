/**
 * Configs in the browser page: the CLI's own resolver (src/config/resolve.ts), given the config as data.
 *
 * The page has no disk and runs no code from configs: a picked `.reportlintrc` (or the config baked into the page and
 * the files it extends) is put in the virtual files (./shims/vfs.ts) and resolved as an untrusted config — presets and
 * YAML/JSON `extends`, `customRules`, `overrides`, `settings`, `enforce`; never a JavaScript config or a plugin, which
 * are refused with a message of the page's own. A report named `x.docx` is looked at as `/config/x.docx`, beside the
 * config, so `overrides` globs written for a folder of submissions match by file name.
 */
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../errors.js';
import { Resolver, type Layer } from '../config/resolve.js';
import { isCodeFile } from '../config/trust.js';
import { t } from '../messages/index.js';
import type { Locale, ResolvedConfig } from '../types.js';
import type { ConfigBundle, ConfigInfo } from './protocol.js';
import { virtualFiles } from './shims/vfs.js';

/** The folder the virtual config files live in. */
const ROOT = '/config/';

export interface BrowserConfig {
  info: ConfigInfo;
  /** The resolved config for a report of this file name (overrides applied). */
  forFile(name: string): Promise<ResolvedConfig>;
}

/** reportlint:recommended, as a CLI run without any config file gets it. */
export function defaultConfig(locale: Locale): Promise<BrowserConfig> {
  const resolver = new Resolver(builtinRules, locale, ROOT);
  return fromLayer(resolver, resolver.presetLayer('reportlint:recommended'), 'default', 'reportlint:recommended', locale);
}

/** Resolves a config handed over as data; throws ConfigError with the CLI's message (paths shown as file names). */
export async function configFromBundle(bundle: ConfigBundle, source: 'baked' | 'loaded', locale: Locale): Promise<BrowserConfig> {
  const name = path.basename(bundle.name) || '.reportlintrc';
  if (isCodeFile(name)) throw new ConfigError(t('web.jsConfig', locale, { file: name }), { filePath: name });
  virtualFiles.clear();
  const entry = path.posix.join(ROOT, name);
  virtualFiles.set(entry, bundle.text);
  for (const [relative, text] of Object.entries(bundle.files ?? {})) virtualFiles.set(path.posix.join(ROOT, relative), text);
  const resolver = new Resolver(builtinRules, locale, ROOT);
  let layer: Layer;
  try {
    layer = await resolver.fileLayer(entry, [], false);
  } catch (error) {
    throw shownInPage(error, locale);
  }
  return fromLayer(resolver, layer, source, name, locale);
}

async function fromLayer(resolver: Resolver, layer: Layer, source: ConfigInfo['source'], name: string, locale: Locale): Promise<BrowserConfig> {
  const finals = new Map<string, ResolvedConfig>();
  const finalize = async (fileName: string): Promise<ResolvedConfig> => {
    const matched = layer.overrides?.length
      ? await (await import('../config/overrides.js')).matchingOverrides(layer.overrides, path.posix.join(ROOT, path.basename(fileName)))
      : [];
    const key = matched.map((block) => layer.overrides!.indexOf(block)).join(',');
    let final = finals.get(key);
    if (!final) {
      try {
        final = resolver.finalize(layer, [], new Set(matched)).resolved;
      } catch (error) {
        throw shownInPage(error, locale);
      }
      finals.set(key, final);
    }
    return final;
  };
  // Resolve once now, so a config with a bad rule entry is refused when it is loaded, not on the first report.
  const base = await finalize('');
  const rules: ConfigInfo['rules'] = [];
  for (const [id, { rule, setting }] of base.rules) {
    if (setting.severity === 0) continue;
    rules.push({
      id,
      severity: setting.severity === 2 ? 'error' : 'warn',
      custom: rule.meta.custom !== undefined,
      description: locale === 'en' ? rule.meta.descriptionEn : rule.meta.description,
    });
  }
  return { info: { source, name, rules }, forFile: finalize };
}

/** The CLI's config errors, reworded where the page differs (no code), and with the page's virtual folder left out. */
function shownInPage(error: unknown, locale: Locale): unknown {
  if (!(error instanceof ConfigError)) return error;
  const file = error.filePath ? path.basename(error.filePath) : '';
  if (error.keyPath?.startsWith('plugins')) return new ConfigError(t('web.plugin', locale, { file, key: error.keyPath }), { filePath: file, keyPath: error.keyPath });
  return new ConfigError(error.message.replaceAll(ROOT, ''), { filePath: file, ...(error.keyPath ? { keyPath: error.keyPath } : {}) });
}
