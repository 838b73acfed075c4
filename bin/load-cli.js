/**
 * Loads the command line. When the build made it, from dist/cli.cjs: the CLI and what a lint needs in one script
 * (scripts/build-cli.js), compiled with the code V8 cached for it at build time, so a one-report run does not spend
 * its start-up loading ~100 ES modules. Without the bundle (a build by tsc alone) from dist/src as it is. Stack traces
 * name lines of dist/cli.cjs, whose comments name the module each part comes from; under `node --enable-source-maps`
 * they name dist/src's files.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** The bundled CLI and the code V8 compiled for it, as scripts/build-cli.js writes them. */
export const CLI_BUNDLE = path.join(dist, 'cli.cjs');
export const CLI_CODE_CACHE = `${CLI_BUNDLE}.cache`;

/** The cached code, if it was made for this bundle: V8 checks only the source's length, so an older cache is refused here. */
function cachedData(bundleTime) {
  try {
    return statSync(CLI_CODE_CACHE).mtimeMs >= bundleTime ? readFileSync(CLI_CODE_CACHE) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ useCache?: boolean }} [options] useCache: false compiles without the cache (scripts/write-code-cache.js)
 * @returns {Promise<{ cli: () => Promise<void>, script?: vm.Script }>} script: the compiled bundle, to cache its code
 */
export async function loadCli({ useCache = true } = {}) {
  let bundleTime;
  try {
    bundleTime = statSync(CLI_BUNDLE).mtimeMs;
  } catch {
    return import(pathToFileURL(path.join(dist, 'src', 'cli.js')).href);
  }
  // Node applies source maps only to modules it loads itself: `node --enable-source-maps` gets stack traces in
  // dist/src's files, without the cached code.
  if (process.sourceMapsEnabled) return createRequire(import.meta.url)(CLI_BUNDLE);
  // A cache whose bytes were damaged (same length, other content) crashes V8 outright unless it carries a checksum and
  // V8 checks it; with this flag set (as scripts/write-code-cache.js sets it) such a cache is refused instead.
  v8.setFlagsFromString('--verify-snapshot-checksum');
  // Wrapped as Node wraps a CommonJS module, on the first line so that line numbers in stack traces stay the file's.
  const source = `(function (exports, require, module, __filename, __dirname, __hostImport) {${readFileSync(CLI_BUNDLE, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: CLI_BUNDLE, cachedData: useCache ? cachedData(bundleTime) : undefined });
  const module = { exports: {} };
  // The bundle's import() of a package left out of it, a node: module or a user's file is made here: code from V8's
  // cache cannot call import() itself. A bare name resolves from bin/ as from dist/, in the same package.
  const hostImport = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(CLI_BUNDLE), module, CLI_BUNDLE, dist, hostImport);
  return { cli: module.exports.cli, script };
}
