/**
 * End-to-end: the built bin/reportlint.js run as a user runs it, on files in fixtures/, checking
 * stdout, stderr and exit codes. `npm test` builds first.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportlint, ROOT } from './run-cli.js';

const SEED_001 = 'fixtures/seeds/001_778d263dd7ed8752.txt';
const CLEAN = 'fixtures/cli/clean.txt';


function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'reportlint-cli-'));
}

/** Isolated from the repo's own config files: a temp dir with `--no-config-lookup` unless the test wants one. */
function inTemp(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('exit codes and formats', () => {
  it('exits 0 on a complete report, and stylish says what was checked', () => {
    const run = reportlint([CLEAN]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 检查了 1 个文件，没有发现问题\n');
    expect(run.code).toBe(0);
  });

  it('exits 1 and groups findings by file in stylish', () => {
    const run = reportlint([SEED_001]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(SEED_001);
    expect(run.stdout).toContain('require-problems-and-causes');
    expect(run.stdout).toMatch(/✖ \d+ 个问题/);
  });

  it('prints unix lines for quickfix', () => {
    const run = reportlint([SEED_001, '--format', 'unix']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+: (error|warning) .+ \[[\w/-]+\]$/);
  });

  it('prints an ESLint-compatible json array', () => {
    const run = reportlint([SEED_001, CLEAN, '--format', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']),
      );
    }
    const seed = results.find((r) => String(r['filePath']).endsWith('001_778d263dd7ed8752.txt'))!;
    const messages = seed['messages'] as Array<Record<string, unknown>>;
    const date = messages.find((m) => m['ruleId'] === 'require-issuer-and-date')!;
    expect(date).toMatchObject({ severity: 2, line: expect.any(Number), column: expect.any(Number) });
    expect(date['url']).toMatch(/require-issuer-and-date\.md$/);
    expect(seed['errorCount']).toBe(messages.filter((m) => m['severity'] === 2).length);
  });

  it('keeps the exit code with --output-file and writes nothing to stdout', () => {
    const dir = tempDir();
    const out = path.join(dir, 'nested/result.json');
    const run = reportlint([SEED_001, '-f', 'json', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
  });

  it('exits 2 with one line when the output file cannot be written', () => {
    const dir = inTemp({ 'taken/x': '' });
    for (const target of ['taken', 'taken/x/result.json']) {
      const run = reportlint([path.join(ROOT, CLEAN), '-o', target], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(target);
    }
  });

  it('--quiet hides warnings; --max-warnings turns too many into exit 1', () => {
    const dir = inTemp({ 'a.txt': readFileSync(path.join(ROOT, CLEAN), 'utf8').replace('音像记录执法活动41次', '音像记录执法活动41次(试行)') });
    const noisy = reportlint(['a.txt', '--no-config-lookup', '-f', 'unix'], { cwd: dir });
    expect(noisy.code).toBe(1);
    const warnOnly = reportlint(['a.txt', '--no-config-lookup', '-f', 'unix', '--rule', 'fullwidth-punctuation: warn'], { cwd: dir });
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.stdout).toContain('warning');
    const quiet = reportlint(['a.txt', '--no-config-lookup', '-f', 'unix', '--quiet', '--rule', 'fullwidth-punctuation: warn'], { cwd: dir });
    expect(quiet.stdout).toBe('');
    expect(quiet.code).toBe(0);
    const capped = reportlint(['a.txt', '--no-config-lookup', '--max-warnings', '0', '--rule', 'fullwidth-punctuation: warn'], { cwd: dir });
    expect(capped.code).toBe(1);
  });

  it('--locale en prints English messages', () => {
    const run = reportlint([SEED_001, '--locale', 'en', '-f', 'unix']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/请在/);
    expect(run.stdout).toMatch(/[a-z]{4,}/);
  });
});

describe('input', () => {
  it('reads --stdin with --stdin-filename and reports that name', () => {
    const run = reportlint(['--stdin', '--stdin-filename', 'report.txt', '-f', 'unix'], {
      input: readFileSync(path.join(ROOT, SEED_001)),
    });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^report\.txt:\d+:\d+:/);
  });

  it('recurses into folders, skipping node_modules and dot-folders', () => {
    const seed = readFileSync(path.join(ROOT, SEED_001));
    const dir = inTemp({
      'subs/a.txt': seed,
      'subs/deeper/b.md': seed,
      'subs/node_modules/c.txt': seed,
      'subs/.git/d.txt': seed,
      'subs/notes.csv': 'x',
    });
    const run = reportlint(['subs', '-f', 'json', '--no-config-lookup'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => path.relative(dir, r.filePath)).sort();
    expect(files).toEqual(['subs/a.txt', 'subs/deeper/b.md']);
  });

  it('expands globs', () => {
    const seed = readFileSync(path.join(ROOT, SEED_001));
    const dir = inTemp({ 'x/a.txt': seed, 'x/b.txt': seed, 'x/c.md': seed });
    const run = reportlint(['x/*.txt', '-f', 'json', '--no-config-lookup'], { cwd: dir });
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);
  });

  it('exits 2 for a path that does not exist, reporting it as a result (no stack)', () => {
    const run = reportlint(['no/such/report.txt', '-f', 'unix']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('no/such/report.txt:1:1: error 无法读取：文件或文件夹不存在，请检查路径是否写错\n');
  });

  it('exits 2 for a binary file but still reports the other files', () => {
    const dir = inTemp({ 'bad.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'good.txt': readFileSync(path.join(ROOT, SEED_001)) });
    const run = reportlint(['bad.txt', 'good.txt', '-f', 'unix', '--no-config-lookup'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^bad\.txt:1:1: error 无法读取：不是文本文件/m);
    expect(run.stdout).toContain('good.txt');
  });

  it('exits 2 on an unknown option or a bad --max-warnings', () => {
    expect(reportlint(['--frobnicate', CLEAN]).code).toBe(2);
    expect(reportlint(['--max-warnings', 'many', CLEAN]).code).toBe(2);
    expect(reportlint([]).code).toBe(2);
  });
});

describe('config', () => {
  it('finds .reportlintrc upward from the linted file and applies it', () => {
    const seed = readFileSync(path.join(ROOT, SEED_001));
    const dir = inTemp({
      '.reportlintrc': JSON.stringify({ extends: 'reportlint:recommended', rules: { 'require-issuer-and-date': 'off' } }),
      'town/a/report.txt': seed,
    });
    const run = reportlint(['town/a/report.txt', '-f', 'unix'], { cwd: dir });
    expect(run.stdout).not.toContain('require-issuer-and-date');
    expect(run.stdout).toContain('require-problems-and-causes');
    const printed = JSON.parse(reportlint(['--print-config', 'town/a/report.txt'], { cwd: dir }).stdout) as {
      rules: Record<string, [string, unknown]>;
    };
    expect(printed.rules['require-issuer-and-date']?.[0]).toBe('off');
  });

  it('exits 2 naming the file and the key for an invalid config', () => {
    const dir = inTemp({ '.reportlintrc.json': JSON.stringify({ rules: { 'require-measures': 'fatal' } }), 'r.txt': 'x' });
    const run = reportlint(['r.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.reportlintrc.json');
    expect(run.stderr).toContain('require-measures');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an invalid config stops the whole run once, even for a folder of files', () => {
    const dir = inTemp({ '.reportlintrc.json': '{"rules": {"require-measures": "fatal"}}', 'a.txt': 'x', 'b.txt': 'y' });
    const run = reportlint(['.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^reportlint: /);
  });

  it('--rule overrides the config for one run', () => {
    const run = reportlint([SEED_001, '-f', 'unix', '--rule', 'require-issuer-and-date: off']);
    expect(run.stdout).not.toContain('require-issuer-and-date');
  });

  it('a crashing plugin rule becomes one fatal message; the other rules still report; exit 2', () => {
    const dir = inTemp({
      'plugin.mjs': `export const rules = { boom: { meta: { id: 'boom', description: '会出错的规则', descriptionEn: 'crashes', category: 'content', severity: 'error', messages: { x: { zh: 'x', en: 'x' } } }, check() { throw new Error('kaput'); } } };`,
      '.reportlintrc.json': JSON.stringify({ extends: 'reportlint:recommended', plugins: ['./plugin.mjs'], rules: { 'plugin/boom': 'error' } }),
      'r.txt': readFileSync(path.join(ROOT, SEED_001)),
    });
    const run = reportlint(['r.txt', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; fatal?: boolean; message: string }> }>;
    const crash = result!.messages.filter((m) => m.fatal);
    expect(crash).toHaveLength(1);
    expect(crash[0]!.ruleId).toBe('plugin/boom');
    expect(crash[0]!.message).toContain('kaput');
    expect(result!.messages.some((m) => m.ruleId === 'require-problems-and-causes')).toBe(true);
  });
});

describe('information', () => {
  it('--version, --help, --list-rules, --explain', () => {
    const version = reportlint(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const help = reportlint(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--stdin-filename');
    const list = reportlint(['--list-rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('require-first-responsible-person');
    const explain = reportlint(['--explain', 'require-measures']);
    expect(explain.code).toBe(0);
    expect(explain.stdout.startsWith('# require-measures')).toBe(true);
    expect(reportlint(['--explain', 'no-such-rule']).code).toBe(2);
  });
});

describe('--fix', () => {
  it('fixes mechanical faults in place, keeps the rest of the text, and reports what remains', () => {
    const original = readFileSync(path.join(ROOT, CLEAN), 'utf8').replace('法治建设4次，对12项', '法治建设4次,对12项').replace('（一）加强执法队伍建设', '(一)加强执法队伍建设');
    const dir = inTemp({ 'r.txt': original });
    const dry = reportlint(['r.txt', '--fix-dry-run', '--no-config-lookup'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(original);
    expect(dry.stdout).toContain('(一)加强执法队伍建设');
    const run = reportlint(['r.txt', '--fix', '--no-config-lookup'], { cwd: dir });
    const fixed = readFileSync(path.join(dir, 'r.txt'), 'utf8');
    expect(fixed).toContain('（一）加强执法队伍建设');
    expect(fixed).toContain('法治建设4次，对12项');
    // Only punctuation changed: no text was lost.
    expect(fixed.replace(/[（）(),，]/g, '')).toBe(original.replace(/[（）(),，]/g, ''));
    expect(run.code).toBe(0);
    const again = reportlint(['r.txt', '--fix', '--no-config-lookup'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(fixed);
  });

  it('--fix-dry-run --format json gives the fixed text in output and stays valid JSON (editors)', () => {
    const original = readFileSync(path.join(ROOT, CLEAN), 'utf8').replace('（一）加强执法队伍建设', '(一)加强执法队伍建设');
    const run = reportlint(['--stdin', '--stdin-filename', 'r.txt', '--fix-dry-run', '-f', 'json', '--no-config-lookup'], { input: original });
    const [result] = JSON.parse(run.stdout) as Array<{ output?: string; messages: unknown[] }>;
    expect(result!.output).toBe(original.replace('(一)加强执法队伍建设', '（一）加强执法队伍建设'));
    expect(result!.messages).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('writes a GB18030 file back in GB18030 with its CRLF line endings', async () => {
    const iconv = (await import('iconv-lite')).default;
    const text = readFileSync(path.join(ROOT, CLEAN), 'utf8').replace('（一）加强执法队伍建设', '(一)加强执法队伍建设').replace(/\n/g, '\r\n');
    const dir = inTemp({ 'r.txt': iconv.encode(text, 'gb18030') });
    reportlint(['r.txt', '--fix', '--no-config-lookup'], { cwd: dir });
    const back = iconv.decode(readFileSync(path.join(dir, 'r.txt')), 'gb18030');
    expect(back).toContain('（一）加强执法队伍建设');
    expect(back.split('\r\n').length).toBe(text.split('\r\n').length);
  });
});

describe('inline configuration', () => {
  it('honours disable comments, reports unknown ids and, on request, unused directives', () => {
    const seed = readFileSync(path.join(ROOT, SEED_001), 'utf8');
    const dir = inTemp({
      'a.txt': `<!-- reportlint-disable-file require-issuer-and-date -- 县里统一加盖公章 -->\n${seed}`,
      'b.txt': `<!-- reportlint-disable-file no-such-rule -->\n${seed}`,
      'c.txt': `<!-- reportlint-disable-file require-measures -->\n${seed}`,
    });
    const a = reportlint(['a.txt', '-f', 'unix', '--no-config-lookup'], { cwd: dir });
    expect(a.stdout).not.toContain('require-issuer-and-date');
    expect(a.stdout).toContain('require-problems-and-causes');
    const ignored = reportlint(['a.txt', '-f', 'unix', '--no-config-lookup', '--no-inline-config'], { cwd: dir });
    expect(ignored.stdout).toContain('require-issuer-and-date');
    const b = reportlint(['b.txt', '-f', 'unix', '--no-config-lookup'], { cwd: dir });
    expect(b.stdout).toContain('no-such-rule');
    // A built-in rule that is off is still a known rule to a directive.
    const off = reportlint(['c.txt', '-f', 'unix', '--no-config-lookup', '--rule', 'require-measures: off'], { cwd: dir });
    expect(off.stdout).not.toContain('不存在');
    const c = reportlint(['c.txt', '-f', 'unix', '--no-config-lookup', '--report-unused-disable-directives'], { cwd: dir });
    expect(c.stdout).toMatch(/c\.txt:1:1: warning .*reportlint-disable-file/);
  });
});
