#!/usr/bin/env node
/**
 * npm run build:cli → dist/cli.cjs (+ .map) and dist/cli.cjs.cache: the command line as ONE script and the code V8
 * compiled for it (issue 14, cold start).
 *
 * Why: an editor runs reportlint on every save, so a one-report run is mostly start-up. Loading the ~100 ES modules of
 * dist/src (resolving, reading and compiling each) was most of it, and Node 20 has no compile cache for ES modules
 * (`module.enableCompileCache()` came in Node 22). One CommonJS script can be compiled by `vm.Script` with cached data,
 * which Node 20 does support; bin/load-cli.js loads it that way.
 *
 * What is in the bundle: dist/src as tsc built it, and the packages a lint of one report needs (BUNDLED and what they
 * import). Every other dependency stays a real `import()` of node_modules, loaded only when used (a config file, a
 * Word or PDF report, a spreadsheet, a folder), so the bundle does not make those costs everyone's. The lint workers
 * (src/cli/pool.ts) and the library (package.json › exports) keep using dist/src.
 *
 * The code cache is made after the bundle by linting a plain-text and a Markdown report in a child process
 * (scripts/write-code-cache.js), so it holds the functions a lint compiles, not only the top level. V8 rejects it
 * (and the script is compiled as usual) under another V8 version or other V8 flags; bin/load-cli.js uses it only when
 * it is at least as new as the bundle, because V8's own check compares the source's length, not its text.
 *
 * Run after `tsc`; `npm run build` does both.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { CLI_BUNDLE, CLI_CODE_CACHE } from '../bin/load-cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** The dependencies a one-report lint loads; every other dependency is left to node_modules (see above). */
const BUNDLED = new Set(['commander', 'picocolors', 'unified', 'remark-parse', 'remark-frontmatter', 'unist-util-visit', 'vfile-location']);
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = Object.keys(manifest.dependencies).filter((name) => !BUNDLED.has(name));

/**
 * Two things a module of dist/src means that a CommonJS bundle must say otherwise:
 * - `import.meta.url`, the URL of the module it is written in: each module's becomes the URL of its file in dist/src,
 *   which is still there (src/cli/pool.ts starts its workers from it, src/engine/messages.ts finds the package from it,
 *   the readers `require` their CommonJS dependencies from it);
 * - `import(…)` of anything but a module of ours (a package left out, a node: module, a user's config or plugin):
 *   code compiled from V8's cache cannot call `import()` in Node 20 ("A dynamic import callback was not specified"),
 *   so these call `__import`, which bin/load-cli.js gives the bundle from an ES module of its own.
 */
const DYNAMIC_IMPORT = /\bimport\((\s*(['"])([^'"]*)\2)?/g;
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
/** An import() the bundle must leave to __import: of a user's file (not a literal), a node: module or a package left out. */
const leftToHost = (specifier) => specifier === undefined || specifier.startsWith('node:') || external.includes(packageOf(specifier));
const moduleSemantics = {
  name: 'module-semantics',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, async (args) => {
      const fromDist = path.relative(dist, args.path).split(path.sep).join('/');
      const text = (await readFile(args.path, 'utf8'))
        .replaceAll('import.meta.url', `__moduleUrl(${JSON.stringify(fromDist)})`)
        .replace(DYNAMIC_IMPORT, (call, literal = '', _quote, specifier) => (leftToHost(specifier) ? `__import(${literal}` : call));
      return { contents: text, loader: 'js' };
    });
  },
};

/** What the bundle's modules share: the two stand-ins above. Loaded by Node's require (no __hostImport), import() works. */
const PRELUDE = [
  '"use strict";',
  'const __moduleUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;',
  'const __import = typeof __hostImport === "function" ? __hostImport : (specifier) => import(specifier);',
].join('\n');

export async function buildCli() {
  // A cache left from an earlier bundle must never meet this one (see above).
  rmSync(CLI_CODE_CACHE, { force: true });
  await esbuild.build({
    entryPoints: [path.join(dist, 'src', 'cli.js')],
    outfile: CLI_BUNDLE,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    external: external.flatMap((name) => [name, `${name}/*`]),
    plugins: [moduleSemantics],
    banner: { js: PRELUDE },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const made = spawnSync(process.execPath, [path.join(root, 'scripts', 'write-code-cache.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Without a cache the CLI still runs, only slower to start: say so, do not fail the build.
  if (made.status !== 0) console.warn('build-cli: no code cache was written (the CLI will start without it)');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
