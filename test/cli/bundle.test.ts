/**
 * Issue 14's cold start: bin/reportlint.js runs dist/cli.cjs, the CLI bundled into one script (scripts/build-cli.js),
 * compiled with the code V8 cached for it at build time. These tests hold the bundle to what it replaces: the same
 * output as the modules of dist/src, V8's cache really used (and never one made for another bundle), and the packages
 * it leaves out still loaded only by the feature that needs them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE as BUNDLE, CLI_CODE_CACHE as CODE_CACHE } from '../../bin/load-cli.js';
import { BIN, ROOT, UNBUNDLED_BIN } from './run-cli.js';
const SEED = path.join(ROOT, 'fixtures/seeds/000_452fc7be030a272b.txt');

/** Packages the bundle leaves to node_modules, each loaded only by a feature (scripts/build-cli.js). */
const LEFT_OUT = ['cosmiconfig', 'yaml', 'exceljs', 'mammoth', 'pdfjs-dist', 'rehype-parse', 're2js', 'ignore', 'picomatch', 'tinyglobby', 'iconv-lite'];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reportlint-bundle-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function node(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env } });
}

/** How bin/<loader> at `loaderPath` loaded the CLI: from the bundle or not, and whether V8 took the cached code. */
function howLoaded(loaderPath: string): { bundled: boolean; cacheRejected: boolean | undefined } {
  const probe = `import { loadCli } from ${JSON.stringify(pathToFileURL(loaderPath).href)};
const { cli, script } = await loadCli();
console.log(JSON.stringify({ bundled: script !== undefined, cacheRejected: script?.cachedDataRejected, cli: typeof cli }));`;
  const run = node(['--input-type=module', '-e', probe]);
  expect(run.status, run.stderr).toBe(0);
  const { cli, ...result } = JSON.parse(run.stdout) as { bundled: boolean; cacheRejected: boolean | undefined; cli: string };
  expect(cli).toBe('function');
  return result;
}

/** A copy of the package's loader and bundle in `name`, with `cache` as its code cache; returns the copy's loader. */
function packageCopy(name: string, cache?: Buffer): string {
  const copy = path.join(dir, name);
  mkdirSync(path.join(copy, 'bin'), { recursive: true });
  mkdirSync(path.join(copy, 'dist'));
  copyFileSync(path.join(ROOT, 'bin/load-cli.js'), path.join(copy, 'bin/load-cli.js'));
  copyFileSync(BUNDLE, path.join(copy, 'dist/cli.cjs'));
  if (cache) writeFileSync(path.join(copy, 'dist/cli.cjs.cache'), cache);
  return path.join(copy, 'bin/load-cli.js');
}

describe('bin/reportlint.js runs the bundle', () => {
  it('with the code V8 cached for it at build time (cachedDataRejected false: the cache was given and taken)', () => {
    expect(statSync(BUNDLE).size).toBeGreaterThan(0);
    expect(howLoaded(path.join(ROOT, 'bin/load-cli.js'))).toEqual({ bundled: true, cacheRejected: false });
  });

  it('never with a cache older than the bundle: V8 would take a cache of another bundle of the same length', () => {
    // The cache made older than the bundle (a rebuilt or edited bundle).
    const loader = packageCopy('stale', readFileSync(CODE_CACHE));
    const dist = path.join(path.dirname(loader), '..', 'dist');
    const now = Date.now() / 1000;
    utimesSync(path.join(dist, 'cli.cjs'), now, now);
    utimesSync(path.join(dist, 'cli.cjs.cache'), now - 60, now - 60);
    // No cache given: cachedDataRejected is not even set.
    expect(howLoaded(loader)).toEqual({ bundled: true, cacheRejected: undefined });
    // The same files with the cache as new as the bundle (as npm's tarballs leave them): taken.
    utimesSync(path.join(dist, 'cli.cjs.cache'), now, now);
    expect(howLoaded(loader)).toEqual({ bundled: true, cacheRejected: false });
  });

  it('refuses a damaged cache of the right length (V8 verifies its checksum) instead of crashing', () => {
    const cache = readFileSync(CODE_CACHE);
    // 64 bytes in the middle inverted: the length, V8's version and the source's length still match.
    for (let i = cache.length >> 1; i < (cache.length >> 1) + 64; i++) cache[i] = cache[i]! ^ 0xff;
    expect(howLoaded(packageCopy('damaged', cache))).toEqual({ bundled: true, cacheRejected: true });
  });

  it('falls back to the modules of dist/src when there is no bundle (a build by tsc alone)', () => {
    const copy = path.join(dir, 'no-bundle');
    mkdirSync(path.join(copy, 'bin'), { recursive: true });
    copyFileSync(path.join(ROOT, 'bin/load-cli.js'), path.join(copy, 'bin/load-cli.js'));
    // dist/src of the copy: a link to the real one, so that its modules find their packages.
    mkdirSync(path.join(copy, 'dist'));
    spawnSync('ln', ['-s', path.join(ROOT, 'dist/src'), path.join(copy, 'dist/src')]);
    expect(howLoaded(path.join(copy, 'bin/load-cli.js'))).toEqual({ bundled: false, cacheRejected: undefined });
  });
});

describe('the bundle gives what the modules of dist/src give', () => {
  const formats = path.join(ROOT, 'fixtures/formats');
  // Plain text and Markdown, and the readers whose packages the bundle leaves out: Word, PDF, HTML, GB 18030.
  const inputs = [
    'fixtures/seeds',
    'fixtures/corpus/reports',
    ...readdirSync(formats)
      .filter((name) => name.startsWith('001_') || name.startsWith('003_'))
      .map((name) => path.relative(ROOT, path.join(formats, name))),
  ];

  it.each([
    ['json', ['--format', 'json']],
    ['unix, --no-config-lookup', ['--format', 'unix', '--no-config-lookup']],
  ])('on the real reports of fixtures/ in every input format (%s)', (_label, options) => {
    const bundled = node([BIN, ...options, ...inputs]);
    const modules = node([UNBUNDLED_BIN, ...options, ...inputs]);
    expect(bundled.stderr).toBe(modules.stderr);
    expect(bundled.status).toBe(1);
    expect(bundled.status).toBe(modules.status);
    expect(bundled.stdout).toBe(modules.stdout);
    // Every format was read, not refused: no file is missing from the output.
    if (options.includes('json')) expect((JSON.parse(bundled.stdout) as unknown[]).length).toBeGreaterThanOrEqual(inputs.length);
  });
});

describe('the packages the bundle leaves out', () => {
  it('are not in it (esbuild marks each bundled package file with a comment; the parser is there, these are not)', () => {
    const bundle = readFileSync(BUNDLE, 'utf8');
    expect(bundle).toMatch(/^\/\/ node_modules\/micromark\//m);
    for (const name of LEFT_OUT) expect(bundle, name).not.toMatch(new RegExp(`^// node_modules/${name}/`, 'm'));
  });

  /** Runs the bundled CLI with every package it loads traced, through import() (an ESM hook) and require(). */
  function traced(args: string[], files: Record<string, string | Buffer> = {}): { packages: string[]; status: number | null; stderr: string } {
    const cwd = mkdtempSync(path.join(dir, 'run-'));
    copyFileSync(SEED, path.join(cwd, '报告.txt'));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(cwd, name), content);
    const trace = path.join(cwd, 'trace.txt');
    writeFileSync(
      path.join(cwd, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(trace)}, result.url + '\\n');
  return result;
}
`,
    );
    writeFileSync(
      path.join(cwd, 'trace.cjs'),
      `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const file = resolve.apply(this, args);
  appendFileSync(${JSON.stringify(trace)}, file + '\\n');
  return file;
};
Module.register('./hooks.mjs', require('node:url').pathToFileURL(__filename));
`,
    );
    const run = node(['--require', path.join(cwd, 'trace.cjs'), BIN, ...args], cwd);
    let loaded = '';
    try {
      loaded = readFileSync(trace, 'utf8');
    } catch {
      // nothing traced
    }
    const packages = LEFT_OUT.filter((name) => loaded.includes(`/node_modules/${name}/`));
    return { packages, status: run.status, stderr: run.stderr };
  }

  it('none is loaded by a plain run on one plain-text report', () => {
    const run = traced(['报告.txt', '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.packages).toEqual([]);
  });

  it.each([
    ['a .reportlintrc.yaml (found by cosmiconfig)', ['报告.txt'], { '.reportlintrc.yaml': 'rules:\n  terminology: warn\n' }, ['cosmiconfig', 'yaml']],
    ['--format xlsx', ['报告.txt', '--format', 'xlsx', '-o', 'out.xlsx'], {}, ['exceljs']],
    ['a folder (found with tinyglobby, which needs picomatch)', ['.', '--format', 'json'], {}, ['picomatch', 'tinyglobby']],
  ])('each is loaded by its feature: %s', (_label, args, files, expected) => {
    const run = traced(args, files);
    expect(run.status, run.stderr).not.toBe(2);
    expect(run.packages).toEqual(expected);
  });

  it('a Word report loads mammoth, a PDF pdfjs-dist, an HTML page rehype-parse', () => {
    const run = traced(['--format', 'json', ...['docx', 'pdf', 'html'].map((ext) => path.join(ROOT, 'fixtures/formats', `001_778d263dd7ed8752.${ext}`))]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.packages).toEqual(['mammoth', 'pdfjs-dist', 'rehype-parse']);
  });

  it('--fix of a GB 18030 report writes it back in GB 18030 with iconv-lite', () => {
    const gb18030 = readFileSync(path.join(ROOT, 'fixtures/formats/001_778d263dd7ed8752.gb18030.txt'));
    const run = traced(['--fix', '--format', 'json', '旧编码.txt'], { '旧编码.txt': gb18030 });
    expect(run.status, run.stderr).toBe(1);
    expect(run.packages).toEqual(['iconv-lite']);
  });
});
