/**
 * Issue 9, points 6 (in part) and 7: output that misleads, and a clean report that printed nothing.
 *
 * - a closed stdout (`reportlint -f json … | head -c 10`) ends the run quietly with the usual exit code;
 * - --fix-dry-run places the problems that remain on the file as it is on disk;
 * - --fix on Word/PDF/HTML says "未自动修复" only when something could have been fixed;
 * - --print-config <folder> uses that folder's own config;
 * - stylish says how many files were checked when nothing was found; the machine formats do not change.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, reportlint, ROOT } from './run-cli.js';

const CLEAN = 'fixtures/cli/clean.txt';
const MIXED = 'fixtures/cli/mixed';
const cleanText = readFileSync(path.join(ROOT, CLEAN), 'utf8');


/** Runs reportlint with its stdout closed by the reader before anything is written (`| head -c 0`). */
function withClosedStdout(args: string[], cwd = ROOT): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function inTemp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-output-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function asHtml(text: string): string {
  const body = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body><div class="article">${body}</div></body></html>`;
}

describe('a closed stdout ends the run quietly, with the usual exit code', () => {
  for (const [label, args, usual] of [
    ['json, clean report', ['-f', 'json', CLEAN], 0],
    ['json, a folder with files that cannot be checked', ['-f', 'json', MIXED], 2],
    ['stylish, seed reports', ['fixtures/seeds'], 1],
  ] as const) {
    it(label, async () => {
      const run = await withClosedStdout([...args]);
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled|\bat .+:\d+:\d+/);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(usual);
    });
  }

  it('--fix-dry-run, whose changes are printed while linting', async () => {
    const dir = inTemp({ 'r.txt': cleanText.replace('（一）加强执法队伍建设', '(一)加强执法队伍建设').replace('法治建设4次，对12项', '法治建设4次,对12项') });
    const run = await withClosedStdout(['r.txt', '--fix-dry-run', '--no-config-lookup'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('through a real pipe into head', () => {
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} -f json fixtures/seeds | head -c 10 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('exit=1\n');
  });
});

describe('--fix-dry-run places what remains on the file on disk', () => {
  // The fix turns " , " into "，" (two characters shorter) before the mobile number on the same line.
  const text = cleanText.replace('（一）加强执法队伍建设，全年组织业务培训不少于6次。', '（一）加强执法队伍建设 , 全年组织业务培训不少于6次，联系人手机13812345678。');
  const line = text.split('\n').findIndex((l) => l.includes('13812345678')) + 1;

  it('unix and stylish give the line and column of the file as it is', () => {
    const dir = inTemp({ 'r.txt': text });
    const plain = reportlint(['r.txt', '-f', 'unix', '--no-config-lookup'], { cwd: dir });
    const onDisk = plain.stdout.split('\n').find((l) => l.includes('no-personal-info'))!;
    expect(onDisk).toMatch(new RegExp(`^r\\.txt:${line}:\\d+:`));
    const column = text.split('\n')[line - 1]!.indexOf('13812345678') + 1;
    expect(onDisk).toContain(`:${line}:${column}:`);

    const dry = reportlint(['r.txt', '-f', 'unix', '--no-config-lookup', '--fix-dry-run'], { cwd: dir });
    expect(dry.stdout).toContain(`${onDisk}\n`);
    expect(dry.stdout).not.toContain('fullwidth-punctuation');
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(text);

    const stylish = reportlint(['r.txt', '--no-config-lookup', '--fix-dry-run'], { cwd: dir });
    expect(stylish.stdout).toContain(`  ${line}:${column}  错误  报告中有手机号码`);
    // The diff names the file as the user wrote it and numbers lines as on disk.
    expect(stylish.stdout).toContain('--fix 将修改 r.txt：\n');
    expect(stylish.stdout).toContain(`-${String(line).padStart(5)} | （一）加强执法队伍建设 , `);
    expect(stylish.stdout).toContain(`+${String(line).padStart(5)} | （一）加强执法队伍建设，`);
  });

  it('json keeps ESLint\'s --fix-dry-run: messages belong to `output`', () => {
    const dir = inTemp({ 'r.txt': text });
    const [result] = JSON.parse(reportlint(['r.txt', '-f', 'json', '--no-config-lookup', '--fix-dry-run'], { cwd: dir }).stdout) as Array<{
      output: string;
      messages: Array<{ ruleId: string; line: number; column: number }>;
    }>;
    const phone = result!.messages.find((m) => m.ruleId === 'no-personal-info')!;
    expect(result!.output.split('\n')[phone.line - 1]!.indexOf('13812345678') + 1).toBe(phone.column);
  });
});

describe('--fix on a file that cannot be written back', () => {
  it('says "未自动修复" only when there was something to fix', () => {
    const dir = inTemp({
      'clean.html': asHtml(cleanText),
      'fixable.html': asHtml(cleanText.replace('（一）加强执法队伍建设', '(一)加强执法队伍建设')),
    });
    const clean = reportlint(['clean.html', '--fix', '--no-config-lookup'], { cwd: dir });
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    const fixable = reportlint(['fixable.html', '--fix', '--no-config-lookup'], { cwd: dir });
    expect(fixable.stderr).toContain('fixable.html');
    expect(fixable.stderr).toContain('未自动修复');
    expect(fixable.stderr).not.toContain(dir);
    expect(fixable.code).toBe(1);
    const both = reportlint(['.', '--fix', '--no-config-lookup'], { cwd: dir });
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--print-config <folder>', () => {
  it('uses the config of that folder, as for a file in it', () => {
    const dir = inTemp({
      'town/.reportlintrc.json': JSON.stringify({ extends: 'reportlint:recommended', rules: { 'require-issuer-and-date': 'off' } }),
      'town/r.txt': cleanText,
    });
    for (const target of ['town', 'town/', path.join(dir, 'town')]) {
      const run = reportlint(['--print-config', target], { cwd: dir });
      expect(run.code).toBe(0);
      const printed = JSON.parse(run.stdout) as { rules: Record<string, [string, unknown]>; sources: string[] };
      expect(printed.rules['require-issuer-and-date']?.[0], target).toBe('off');
    }
    const file = JSON.parse(reportlint(['--print-config', 'town/r.txt'], { cwd: dir }).stdout) as unknown;
    expect(JSON.parse(reportlint(['--print-config', 'town'], { cwd: dir }).stdout)).toEqual(file);
  });
});

describe('a clean run says so in stylish (issue 9, point 7)', () => {
  it('one clean report', () => {
    const run = reportlint([CLEAN]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 检查了 1 个文件，没有发现问题\n');
    expect(reportlint([CLEAN, '--locale', 'en']).stdout).toBe('✔ 1 file checked, no problems found\n');
  });

  it('a folder of clean reports', () => {
    const dir = inTemp({ 'a/甲乡.txt': cleanText, 'a/乙乡.md': cleanText, 'a/丙乡.txt': cleanText });
    // The same text three times: no-copied-text rightly finds each a copy of the others, so it is off here.
    const off = ['--rule', 'no-copied-text: off'];
    const run = reportlint(['a', '--no-config-lookup', ...off], { cwd: dir });
    expect(run.stdout).toBe('✔ 检查了 3 个文件，没有发现问题\n');
    expect(reportlint(['a', '--no-config-lookup', '--locale', 'en', ...off], { cwd: dir }).stdout).toBe('✔ 3 files checked, no problems found\n');
  });

  it('machine formats do not change', () => {
    expect(reportlint([CLEAN, '-f', 'unix']).stdout).toBe('');
    const json = JSON.parse(reportlint([CLEAN, '-f', 'json']).stdout) as unknown[];
    expect(json).toHaveLength(1);
  });

  it('--quiet hides warnings, so it says no errors were found, and too many warnings are named', () => {
    const dir = inTemp({ 'a.txt': cleanText.replace('音像记录执法活动41次', '音像记录执法活动41次(试行)') });
    const quiet = reportlint(['a.txt', '--no-config-lookup', '--quiet', '--rule', 'fullwidth-punctuation: warn'], { cwd: dir });
    expect(quiet.stdout).toBe('✔ 检查了 1 个文件，没有发现错误\n');
    expect(quiet.code).toBe(0);
    const capped = reportlint(['a.txt', '--no-config-lookup', '--quiet', '--max-warnings', '0', '--rule', 'fullwidth-punctuation: warn'], { cwd: dir });
    expect(capped.code).toBe(1);
    expect(capped.stderr).toMatch(/警告数超过上限（--max-warnings 0）/);
  });
});

describe('json-with-metadata', () => {
  it('rulesMeta holds every rule that ran, with its description and docs link (as ESLint)', () => {
    const run = reportlint(['-f', 'json-with-metadata', 'fixtures/cli/clean.txt', '--no-config-lookup']);
    const { metadata } = JSON.parse(run.stdout) as { metadata: { rulesMeta: Record<string, { description: string; url?: string }> } };
    expect(metadata.rulesMeta['require-measures']).toEqual({
      description: '报告应写明上一年度推进法治政府建设的主要举措和成效',
      url: expect.stringMatching(/rules\/require-measures\.md$/),
    });
    expect(Object.keys(metadata.rulesMeta).length).toBeGreaterThanOrEqual(20);
  });
});
