/**
 * Finding `extends` targets and plugins: local paths and npm packages, resolved from the directory of the config file
 * that names them (as ESLint does), with the `reportlint-config-` / `reportlint-plugin-` shorthand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CONFIG_PREFIX = 'reportlint-config';
export const PLUGIN_PREFIX = 'reportlint-plugin';

/** `./x`, `../x`, `.x`, `/x`, `C:\x`: a file path rather than a package name. */
export function isPathLike(name: string): boolean {
  return name.startsWith('.') || path.isAbsolute(name) || /^[A-Za-z]:[\\/]/.test(name);
}

/**
 * ESLint's shorthand: `county` → `reportlint-config-county`, `@org` → `@org/reportlint-config`,
 * `@org/x` → `@org/reportlint-config-x`; full names are kept. A subpath (`county/strict`) keeps its tail.
 */
export function normalizePackageName(name: string, prefix: string): string {
  if (name.startsWith('@')) {
    const match = /^(@[^/]+)(?:\/([^/]+))?(\/.*)?$/.exec(name);
    if (!match) return name;
    const [, scope, pkg, rest = ''] = match;
    if (pkg === undefined) return `${scope}/${prefix}`;
    if (pkg === prefix || pkg.startsWith(`${prefix}-`)) return name;
    return `${scope}/${prefix}-${pkg}${rest}`;
  }
  const slash = name.indexOf('/');
  const pkg = slash === -1 ? name : name.slice(0, slash);
  const rest = slash === -1 ? '' : name.slice(slash);
  if (pkg === prefix || pkg.startsWith(`${prefix}-`)) return name;
  return `${prefix}-${pkg}${rest}`;
}

/** The name a plugin's rules are registered under: package name minus the prefix, or the file's base name. */
export function pluginNameOf(specifier: string, resolvedPath: string): string {
  if (isPathLike(specifier)) {
    const base = path.basename(resolvedPath).replace(/\.[^.]*$/, '');
    return base === 'index' ? path.basename(path.dirname(resolvedPath)) : base;
  }
  const full = normalizePackageName(specifier, PLUGIN_PREFIX);
  const scoped = /^(@[^/]+)\/(.+)$/.exec(full);
  if (scoped) {
    const [, scope, pkg] = scoped as unknown as [string, string, string];
    if (pkg === PLUGIN_PREFIX) return scope;
    return `${scope}/${pkg.slice(PLUGIN_PREFIX.length + 1)}`;
  }
  return full.slice(PLUGIN_PREFIX.length + 1);
}

/** A package.json that could not be parsed: its path, its text and JSON.parse's error. */
export interface BrokenManifest {
  path: string;
  text: string;
  error: unknown;
}

/**
 * Resolves a package (or package subpath) from `fromFile`'s directory. Tries `require.resolve` first; for packages that
 * only export an `import` condition, falls back to reading `node_modules/<name>/package.json` up the tree.
 * Returns the candidates tried (for the error message) when nothing is found, and the package.json that could not be
 * parsed when that is why: a package that is there but broken must not be reported as missing.
 */
export function resolvePackage(
  names: readonly string[],
  fromFile: string,
): { resolved: string } | { tried: string[]; manifest?: BrokenManifest } {
  const require = createRequire(fromFile);
  let manifest: BrokenManifest | undefined;
  for (const name of names) {
    try {
      return { resolved: require.resolve(name) };
    } catch (error) {
      // Node names the package.json it could not parse ("Error parsing …/package.json: …").
      const broken = (error as { path?: unknown } | null)?.path;
      if (typeof broken === 'string' && path.basename(broken) === 'package.json') manifest ??= brokenManifest(broken);
      const manual = resolveByPackageJson(name, path.dirname(fromFile));
      if (typeof manual === 'string') return { resolved: manual };
      manifest ??= manual;
    }
  }
  return { tried: [...new Set(names)], ...(manifest ? { manifest } : {}) };
}

/** The manifest with JSON.parse's own error, or undefined when it parses after all. */
function brokenManifest(manifestPath: string): BrokenManifest | undefined {
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch {
    return undefined;
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return { path: manifestPath, text, error };
  }
}

function resolveByPackageJson(name: string, fromDir: string): string | BrokenManifest | undefined {
  const match = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(name);
  if (!match) return undefined;
  const [, pkg = name, subpath] = match;
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const root = path.join(dir, 'node_modules', pkg);
    const manifestPath = path.join(root, 'package.json');
    if (existsSync(manifestPath)) {
      if (subpath) {
        const file = path.join(root, subpath);
        return existsSync(file) ? file : undefined;
      }
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      } catch {
        return brokenManifest(manifestPath);
      }
      const entry = exportEntry(manifest.exports) ?? (manifest.module as string) ?? (manifest.main as string) ?? 'index.js';
      if (typeof entry !== 'string') return undefined;
      const file = path.join(root, entry);
      return existsSync(file) ? file : undefined;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function exportEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (exports && typeof exports === 'object') {
    const record = exports as Record<string, unknown>;
    const dot = '.' in record ? record['.'] : record;
    if (typeof dot === 'string') return dot;
    if (dot && typeof dot === 'object') {
      for (const condition of ['import', 'default', 'node', 'require']) {
        const value = exportEntry((dot as Record<string, unknown>)[condition]);
        if (value) return value;
      }
    }
  }
  return undefined;
}
