/**
 * Issue 10's acceptance: a run that uses none of the county features (summary formats, overrides, ignorePatterns,
 * customRules, --print-config's provenance, --init) costs no more than before them, because their modules load only
 * when used. The built CLI runs on a seed report under a module-load trace (a resolve hook that writes every URL it
 * resolves); a plain run must not load them, and each feature must load its own (so that the trace is seen to work).
 *
 * The module graph is traced as tsc built it (dist/src: what the library and the lint workers load). bin/reportlint.js
 * loads the same modules bundled into one script with V8's cached code (issue 14), where a module reached only by
 * import() still runs its top level only when first imported; test/cli/bundle.test.ts checks that the bundle leaves
 * these packages out and loads them only with their feature.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, UNBUNDLED_BIN } from './run-cli.js';

const SEED = path.join(ROOT, 'fixtures/seeds/000_452fc7be030a272b.txt');

/** Packages only a county feature needs (playwright-core only the html report's browser test). */
const FEATURE_PACKAGES = ['exceljs', 're2js', 'ignore', 'picomatch', 'playwright-core'];

/** The modules of the county features, under dist/src/. */
const FEATURE_MODULES = [
  'formatters/table.js',
  'formatters/html.js',
  'formatters/html/page.js',
  'formatters/html/report.js',
  'formatters/html/styles.js',
  'formatters/html/script.js',
  'formatters/html/markup.js',
  'formatters/xlsx.js',
  'formatters/summary.js',
  'config/overrides.js',
  'config/ignore.js',
  'config/provenance.js',
  'config/custom-rules.js',
  'config/patterns.js',
  'config/init-template.js',
  'model/parts.js',
  'cli/custom-rules.js',
  'cli/init.js',
  'cli/rule-basis.js',
];

let dir: string;
let hook: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reportlint-lazy-'));
  // The trace: registered with --import, the hook (run on Node's loader thread) appends each resolved URL to a file.
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
let out;
export function initialize(data) { out = data.out; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(out, result.url + '\\n');
  return result;
}
`,
  );
  hook = path.join(dir, 'register.mjs');
  writeFileSync(
    hook,
    `import { register } from 'node:module';
register(new URL('./hooks.mjs', import.meta.url), { data: { out: process.env.REPORTLINT_TRACE } });
`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;

/** Runs the built CLI (unbundled) in a fresh folder holding 报告.txt and `files`; returns what it loaded and how it ended. */
function traced(args: string[], files: Record<string, string> = {}): { loaded: string[]; code: number | null; stderr: string; cwd: string } {
  const cwd = path.join(dir, `run-${++runs}`);
  mkdirSync(cwd);
  copyFileSync(SEED, path.join(cwd, '报告.txt'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(cwd, name), content);
  const trace = path.join(dir, `trace-${runs}.txt`);
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, UNBUNDLED_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, REPORTLINT_TRACE: trace },
  });
  const loaded = existsSync(trace) ? [...new Set(readFileSync(trace, 'utf8').split('\n').filter(Boolean))] : [];
  return { loaded, code: run.status, stderr: run.stderr, cwd };
}

const packagesIn = (loaded: readonly string[]) =>
  FEATURE_PACKAGES.filter((name) => loaded.some((url) => url.includes(`/node_modules/${name}/`)));
const modulesIn = (loaded: readonly string[]) => FEATURE_MODULES.filter((module) => loaded.some((url) => url.endsWith(`/dist/src/${module}`)));

describe('a run without the county features', () => {
  it.each([
    ['stylish', ['报告.txt']],
    ['json', ['报告.txt', '--format', 'json']],
    ['unix', ['报告.txt', '--format', 'unix']],
  ])('loads none of their modules or packages (%s, no config)', (_format, args) => {
    const { loaded, code, stderr } = traced(args);
    expect(code, stderr).toBe(1);
    // The trace saw the run: the engine and the rules were loaded.
    expect(loaded.some((url) => url.endsWith('/dist/src/engine/lint-text.js'))).toBe(true);
    expect(packagesIn(loaded)).toEqual([]);
    expect(modulesIn(loaded)).toEqual([]);
  });

  it('loads none of them with a config of extends, rules and settings only', () => {
    const config = 'extends: reportlint:recommended\nrules:\n  terminology: warn\nsettings:\n  level: township\n';
    const { loaded, code, stderr } = traced(['报告.txt'], { '.reportlintrc.yaml': config });
    expect(code, stderr).toBe(1);
    expect(loaded.some((url) => url.includes('/node_modules/yaml/'))).toBe(true);
    expect(packagesIn(loaded)).toEqual([]);
    expect(modulesIn(loaded)).toEqual([]);
  });
});

describe('each feature loads its own modules', () => {
  it('--format table', () => {
    const { loaded } = traced(['报告.txt', '--format', 'table']);
    expect(modulesIn(loaded)).toEqual(['formatters/table.js', 'formatters/summary.js']);
    expect(packagesIn(loaded)).toEqual([]);
  });

  it('--format html', () => {
    const { loaded } = traced(['报告.txt', '--format', 'html', '-o', 'review.html']);
    expect(modulesIn(loaded)).toEqual(expect.arrayContaining(['formatters/html.js', 'formatters/html/page.js', 'formatters/summary.js', 'cli/rule-basis.js']));
    expect(modulesIn(loaded)).not.toContain('formatters/xlsx.js');
    expect(packagesIn(loaded)).toEqual([]);
  });

  it('--format xlsx -o', () => {
    const { loaded, cwd } = traced(['报告.txt', '--format', 'xlsx', '-o', 'summary.xlsx']);
    expect(existsSync(path.join(cwd, 'summary.xlsx'))).toBe(true);
    expect(modulesIn(loaded)).toEqual(expect.arrayContaining(['formatters/xlsx.js', 'formatters/summary.js']));
    expect(packagesIn(loaded)).toEqual(['exceljs']);
  });

  it('a config with customRules (a regular expression among the patterns)', () => {
    const config = `customRules:
  - id: require-legal-adviser
    kind: require
    in: measures
    patterns: [法律顾问, /公职律师|法律顾问/]
    message: 未说明法律顾问工作情况
`;
    const { loaded, code, stderr } = traced(['报告.txt', '--format', 'json'], { '.reportlintrc.yaml': config });
    expect(code, stderr).not.toBe(2);
    expect(modulesIn(loaded)).toEqual(['config/custom-rules.js', 'config/patterns.js', 'model/parts.js']);
    expect(packagesIn(loaded)).toEqual(['re2js']);
  });

  it('a config with overrides and ignorePatterns', () => {
    const config = 'extends: reportlint:recommended\noverrides:\n  - files: ["*.txt"]\n    rules:\n      terminology: off\nignorePatterns: [草稿/]\n';
    const { loaded, code, stderr } = traced(['报告.txt'], { '.reportlintrc.yaml': config });
    expect(code, stderr).toBe(1);
    expect(modulesIn(loaded)).toEqual(['config/overrides.js', 'config/ignore.js']);
    expect(packagesIn(loaded)).toEqual(['ignore', 'picomatch']);
  });

  it('--print-config and --init', () => {
    expect(modulesIn(traced(['--print-config', '报告.txt']).loaded)).toEqual(['config/provenance.js']);
    const init = traced(['--init']);
    expect(init.code, init.stderr).toBe(0);
    expect(modulesIn(init.loaded)).toEqual(['config/init-template.js', 'cli/init.js']);
  });
});

describe('no-copied-text (issue 14: an editor lints one file on every save)', () => {
  const indexLoaded = (loaded: readonly string[]) => loaded.some((url) => url.endsWith('/dist/src/compare/text-index.js'));

  it('one report and no reference reports: nothing to compare with, so the index is neither built nor loaded', () => {
    const { loaded, code, stderr } = traced(['报告.txt', '--format', 'json']);
    expect(code, stderr).toBe(1);
    expect(loaded.some((url) => url.endsWith('/dist/src/engine/lint-text.js'))).toBe(true);
    expect(indexLoaded(loaded)).toBe(false);
    // Nor the built-ins only a folder run (the worker pool), --cache or --fix need.
    expect(loaded.filter((url) => url === 'node:worker_threads' || url === 'node:crypto')).toEqual([]);
  });

  it('two reports: the index is loaded and the copy found', () => {
    const { loaded, code, stderr, cwd } = traced(['.', '--format', 'json', '-o', 'out.json'], { '副本.txt': readFileSync(SEED, 'utf8') });
    expect(code, stderr).toBe(1);
    expect(indexLoaded(loaded)).toBe(true);
    const results = JSON.parse(readFileSync(path.join(cwd, 'out.json'), 'utf8')) as Array<{ messages: Array<{ ruleId: string }> }>;
    for (const result of results) expect(result.messages.some((message) => message.ruleId === 'no-copied-text')).toBe(true);
  });
});

describe('config lookup', () => {
  const cosmiconfigLoaded = (loaded: readonly string[]) => loaded.some((url) => url.includes('/node_modules/cosmiconfig/'));

  it('a package.json that only names reportlint (a dependency, its name) holds no config: cosmiconfig is not loaded', () => {
    const manifest = JSON.stringify({ name: 'county-reportlint-config', dependencies: { reportlint: '^1.0.0' } });
    const { loaded, code, stderr } = traced(['报告.txt', '--format', 'json'], { 'package.json': manifest });
    expect(code, stderr).toBe(1);
    expect(cosmiconfigLoaded(loaded)).toBe(false);
  });

  it('a package.json with a "reportlint" key is a config, found through cosmiconfig', () => {
    const manifest = JSON.stringify({ name: 'unit', reportlint: { rules: { terminology: 'off' } } });
    const { loaded, code, stderr, cwd } = traced(['报告.txt', '--format', 'json', '-o', 'out.json'], { 'package.json': manifest });
    expect(code, stderr).not.toBe(2);
    expect(cosmiconfigLoaded(loaded)).toBe(true);
    const [result] = JSON.parse(readFileSync(path.join(cwd, 'out.json'), 'utf8')) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result!.messages.some((message) => message.ruleId === 'terminology')).toBe(false);
  });
});
