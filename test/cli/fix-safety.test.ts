/**
 * Issue 11, point 5: --fix never loses data. It writes through symbolic links to the real file, keeps its mode and
 * owner, refuses (one line, exit 2, the other files go on) when the file changed on disk after it was read, leaves no
 * temporary file behind (also when killed in the middle of a write), leaves the original intact when the write fails,
 * keeps the encoding, BOM and line endings, and two runs on one folder at the same time do not corrupt a file.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readForFix, STALE_TEMP_MS, writeFixed } from '../../src/cli/write-fixed.js';
import { readDocument } from '../../src/read/index.js';
import { BIN, reportlint, ROOT } from './run-cli.js';

const CLEAN = readFileSync(path.join(ROOT, 'fixtures/cli/clean.txt'), 'utf8');
/** The clean report with two mechanical faults --fix repairs (a half-width comma and half-width parentheses). */
const BROKEN = CLEAN.replace('法治建设4次，对12项', '法治建设4次,对12项').replace('（一）加强执法队伍建设', '(一)加强执法队伍建设');
const FIXED = CLEAN;
/** A temporary file of --fix, or its lock. */
const TEMP = /\.reportlint-(?:[0-9a-f]{16}\.tmp|lock)$/;

function inTemp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-fix-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Every temporary file of --fix below `dir`. */
function temporaries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => TEMP.test(name) || name.includes('reportlint-tmp'));
}

interface Child {
  code: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill: (signal: NodeJS.Signals) => void;
}

/** Starts the CLI in the background; with `pause`, each write stops before its rename until the marker is deleted. */
function start(args: string[], cwd: string, pause?: string): Child {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, VITEST: 'true', ...(pause ? { REPORTLINT_TEST_PAUSE_BEFORE_RENAME: pause } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (exitCode, signal) => resolve({ code: exitCode, signal, stdout, stderr })),
  );
  return { code, kill: (signal) => child.kill(signal) };
}

/** Waits until the marker exists and returns what it says (the temporary file's path). */
async function paused(marker: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (existsSync(marker)) {
      const content = readFileSync(marker, 'utf8');
      if (content !== '') return content;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the child never reached the rename');
}

/** Running as root, and the CLI can run as user 1234 (the checkout is readable by others). */
function canRunAsAnotherUser(): boolean {
  if (process.getuid?.() !== 0) return false;
  return spawnSync(process.execPath, [BIN, '--version'], { cwd: tmpdir(), uid: 1234, gid: 1234 }).status === 0;
}

describe('--fix writes the real file, as it was', () => {
  it('writes through a symbolic link to the real file and keeps the link', () => {
    const dir = inTemp({ 'real/r.txt': BROKEN });
    symlinkSync(path.join('real', 'r.txt'), path.join(dir, 'link.txt'));
    const run = reportlint(['link.txt', '--fix', '--no-config-lookup'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real/r.txt'), 'utf8')).toBe(FIXED);
    expect(temporaries(dir)).toEqual([]);
  });

  it('follows a chain of links, also to another folder', () => {
    const dir = inTemp({ 'a/b/r.txt': BROKEN });
    symlinkSync(path.join(dir, 'a/b/r.txt'), path.join(dir, 'a/one.txt'));
    symlinkSync(path.join('a', 'one.txt'), path.join(dir, 'two.txt'));
    expect(reportlint(['two.txt', '--fix', '--no-config-lookup'], { cwd: dir }).code).toBe(0);
    expect(lstatSync(path.join(dir, 'two.txt')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, 'a/one.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'a/b/r.txt'), 'utf8')).toBe(FIXED);
    expect(temporaries(dir)).toEqual([]);
  });

  it('keeps the permission bits (640 stays 640)', () => {
    const dir = inTemp({ 'r.txt': BROKEN, 'x.txt': BROKEN });
    chmodSync(path.join(dir, 'r.txt'), 0o640);
    chmodSync(path.join(dir, 'x.txt'), 0o604);
    expect(reportlint(['.', '--fix', '--no-config-lookup'], { cwd: dir }).code).toBe(0);
    expect(statSync(path.join(dir, 'r.txt')).mode & 0o7777).toBe(0o640);
    expect(statSync(path.join(dir, 'x.txt')).mode & 0o7777).toBe(0o604);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(FIXED);
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner and group (running as root)', () => {
    const dir = inTemp({ 'r.txt': BROKEN });
    chownSync(path.join(dir, 'r.txt'), 1234, 2345);
    expect(reportlint(['r.txt', '--fix', '--no-config-lookup'], { cwd: dir }).code).toBe(0);
    const info = statSync(path.join(dir, 'r.txt'));
    expect([info.uid, info.gid]).toEqual([1234, 2345]);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(FIXED);
  });

  it.runIf(canRunAsAnotherUser())('refuses, as another user, a file it could not give back to its owner', () => {
    const dir = inTemp({ 'r.txt': BROKEN });
    chmodSync(dir, 0o777);
    chownSync(path.join(dir, 'r.txt'), 5678, 5678);
    chmodSync(path.join(dir, 'r.txt'), 0o666);
    // User 1234 may write the file and the folder, but cannot make a new file belong to user 5678.
    const run = spawnSync(process.execPath, [BIN, 'r.txt', '--fix', '--no-config-lookup', '-f', 'unix'], { cwd: dir, uid: 1234, gid: 1234, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('r.txt：--fix 无法写入（无法保留文件原来的所有者：用户 5678、组 5678），原文件没有改动');
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(BROKEN);
    expect(statSync(path.join(dir, 'r.txt')).uid).toBe(5678);
    expect(temporaries(dir)).toEqual([]);
  });

  it('keeps a UTF-8 BOM, a UTF-16 BOM and CRLF line endings', () => {
    const crlf = BROKEN.replace(/\n/g, '\r\n');
    const dir = inTemp({
      'bom8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]),
      'bom16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BROKEN, 'utf16le')]),
    });
    reportlint(['.', '--fix', '--no-config-lookup'], { cwd: dir });
    const utf8 = readFileSync(path.join(dir, 'bom8.txt'));
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.subarray(3).toString('utf8')).toBe(FIXED.replace(/\n/g, '\r\n'));
    const utf16 = readFileSync(path.join(dir, 'bom16.txt'));
    expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(utf16.subarray(2).toString('utf16le')).toBe(FIXED);
  });
});

describe('--fix refuses rather than lose a change', () => {
  it('does not write a file that changed on disk after it was read: one line, exit 2, the other files are fixed', async () => {
    const dir = inTemp({ 'a.txt': BROKEN, 'b.txt': BROKEN });
    const marker = path.join(dir, '..', `${path.basename(dir)}.marker`);
    const child = start(['.', '--fix', '--no-config-lookup'], dir, marker);
    // The first write stops before its rename: someone edits that file meanwhile.
    const first = await paused(marker);
    const edited = path.join(path.dirname(first), path.basename(first).replace(/^\.(.*)\.reportlint-.*$/, '$1'));
    const theirs = `${BROKEN}\n补充：本段由他人在检查期间加入。\n`;
    writeFileSync(edited, theirs);
    unlinkSync(marker);
    // The second write goes on.
    await paused(marker);
    unlinkSync(marker);
    const { code, stderr } = await child.code;
    expect(code).toBe(2);
    const other = path.join(dir, path.basename(edited) === 'a.txt' ? 'b.txt' : 'a.txt');
    expect(readFileSync(edited, 'utf8')).toBe(theirs);
    expect(readFileSync(other, 'utf8')).toBe(FIXED);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.basename(edited));
    expect(lines[0]).toContain('读取之后文件又被修改过，--fix 没有写入');
    expect(temporaries(dir)).toEqual([]);
  });

  it('says so in English too', async () => {
    const dir = inTemp({ 'r.txt': BROKEN });
    const document = await readForFix(path.join(dir, 'r.txt'), () => readDocument(path.join(dir, 'r.txt')));
    writeFileSync(path.join(dir, 'r.txt'), `${BROKEN}。`);
    const refused = await writeFixed(document, path.join(dir, 'r.txt'), Buffer.from(FIXED), { locale: 'en', shown: 'r.txt' });
    expect(refused).toBe('r.txt: the file changed on disk after it was read; --fix did not write it, so as not to undo that change; run again');
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(`${BROKEN}。`);
    expect(temporaries(dir)).toEqual([]);
  });

  it('notices a change that keeps the size and the modification time (the content is compared)', async () => {
    const dir = inTemp({ 'r.txt': BROKEN });
    const file = path.join(dir, 'r.txt');
    const document = await readForFix(file, () => readDocument(file));
    const { atime, mtime } = statSync(file);
    writeFileSync(file, BROKEN.replace('柳河镇', '柳溪镇'));
    utimesSync(file, atime, mtime);
    expect(await writeFixed(document, file, Buffer.from(FIXED), { locale: 'zh', shown: 'r.txt' })).toContain('读取之后文件又被修改过');
    expect(readFileSync(file, 'utf8')).toContain('柳溪镇');
  });

  it('does not write when the link now points elsewhere, or the file was deleted', async () => {
    const dir = inTemp({ 'a.txt': BROKEN, 'b.txt': BROKEN });
    symlinkSync('a.txt', path.join(dir, 'link.txt'));
    const document = await readForFix(path.join(dir, 'link.txt'), () => readDocument(path.join(dir, 'link.txt')));
    unlinkSync(path.join(dir, 'link.txt'));
    symlinkSync('b.txt', path.join(dir, 'link.txt'));
    expect(await writeFixed(document, path.join(dir, 'link.txt'), Buffer.from(FIXED), { locale: 'zh', shown: 'link.txt' })).toContain('读取之后文件又被修改过');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(BROKEN);

    const gone = await readForFix(path.join(dir, 'a.txt'), () => readDocument(path.join(dir, 'a.txt')));
    rmSync(path.join(dir, 'a.txt'));
    expect(await writeFixed(gone, path.join(dir, 'a.txt'), Buffer.from(FIXED), { locale: 'zh', shown: 'a.txt' })).toContain('读取之后文件又被修改过');
    expect(existsSync(path.join(dir, 'a.txt'))).toBe(false);
    expect(temporaries(dir)).toEqual([]);
  });

  it('a failed write removes its temporary file and leaves the original intact', async () => {
    const dir = inTemp({ 'r.txt': BROKEN });
    chmodSync(path.join(dir, 'r.txt'), 0o640);
    const file = path.join(dir, 'r.txt');
    const document = await readForFix(file, () => readDocument(file));
    let seen = '';
    const refused = await writeFixed(document, file, Buffer.from(FIXED), {
      locale: 'zh',
      shown: 'r.txt',
      beforeRename: async (temporary) => {
        seen = temporary;
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    expect(refused).toBe('r.txt：--fix 无法写入（磁盘空间不足），原文件没有改动');
    expect(path.basename(seen)).toMatch(/^\.r\.txt\.reportlint-[0-9a-f]{16}\.tmp$/);
    // The temporary file was private while it existed, and is gone now.
    expect(existsSync(seen)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(BROKEN);
    expect(statSync(file).mode & 0o7777).toBe(0o640);
    expect(temporaries(dir)).toEqual([]);
  });

  it('does not write a file whose encoding does not give back the bytes read (nothing but the fixes may change)', async () => {
    const iconv = (await import('iconv-lite')).default;
    // A lone 0x80 between GB18030 characters: the GBK decoder reads it as €, which GB18030 writes as A2 E3.
    const [head, tail] = BROKEN.split('聘请法律顾问');
    const bytes = Buffer.concat([iconv.encode(head!, 'gb18030'), Buffer.from([0x80]), iconv.encode(`聘请法律顾问${tail}`, 'gb18030')]);
    const dir = inTemp({ 'r.txt': bytes });
    const run = reportlint(['r.txt', '--fix', '--no-config-lookup', '-f', 'unix'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('r.txt：按原来的编码写回会改动修复之外的内容，--fix 没有写入；请在原文件中按提示修改');
    expect(readFileSync(path.join(dir, 'r.txt')).equals(bytes)).toBe(true);
    // What remains is what is in the file, the fixable findings included.
    expect(run.stdout).toContain('r.txt:7:30: error 中文中使用了半角标点“,”');
    expect(temporaries(dir)).toEqual([]);
  });

  it('a document that was not read for --fix is never written', async () => {
    const dir = inTemp({ 'r.txt': BROKEN });
    const document = await readDocument(path.join(dir, 'r.txt'));
    expect(await writeFixed(document, path.join(dir, 'r.txt'), Buffer.from(FIXED), { locale: 'zh', shown: 'r.txt' })).toContain('没有写入');
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(BROKEN);
  });

  it('the temporary file names are unpredictable', async () => {
    const names = new Set<string>();
    const dir = inTemp({ 'r.txt': BROKEN });
    const file = path.join(dir, 'r.txt');
    for (let round = 0; round < 5; round += 1) {
      const document = await readForFix(file, () => readDocument(file));
      await writeFixed(document, file, Buffer.from(`${BROKEN}${round}`), { locale: 'zh', shown: 'r.txt', beforeRename: async (temporary) => void names.add(temporary) });
    }
    expect(names.size).toBe(5);
    expect(readFileSync(file, 'utf8')).toBe(`${BROKEN}4`);
  });
});

describe('--fix leaves no temporary file', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('killed with %s in the middle of a write: no temporary file, the original intact', async (signal) => {
    const dir = inTemp({ 'r.txt': BROKEN });
    chmodSync(path.join(dir, 'r.txt'), 0o640);
    const marker = path.join(dir, '..', `${path.basename(dir)}.marker`);
    const child = start(['r.txt', '--fix', '--no-config-lookup'], dir, marker);
    const temporary = await paused(marker);
    // The temporary file holds the whole fixed text, waiting for its rename.
    expect(readFileSync(temporary, 'utf8')).toBe(FIXED);
    child.kill(signal);
    const ended = await child.code;
    rmSync(marker, { force: true });
    expect(ended.signal).toBe(signal);
    expect(existsSync(temporary)).toBe(false);
    expect(temporaries(dir)).toEqual([]);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(BROKEN);
    expect(statSync(path.join(dir, 'r.txt')).mode & 0o7777).toBe(0o640);
  });

  it('after SIGKILL, the next --fix of the file removes the stale temporary file (a fresh one may be another run’s)', () => {
    const dir = inTemp({ 'r.txt': BROKEN });
    const stale = path.join(dir, '.r.txt.reportlint-0123456789abcdef.tmp');
    const fresh = path.join(dir, '.r.txt.reportlint-fedcba9876543210.tmp');
    const unrelated = path.join(dir, '.other.txt.reportlint-0123456789abcdef.tmp');
    // And the lock a run killed between its last comparison and its rename held.
    const lock = path.join(dir, '.r.txt.reportlint-lock');
    for (const file of [stale, fresh, unrelated, lock]) writeFileSync(file, 'half a report');
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    for (const file of [stale, unrelated, lock]) utimesSync(file, old, old);
    // A folder run does not lint them (dot files are ignored).
    expect(reportlint(['.', '--fix', '--no-config-lookup', '-f', 'unix'], { cwd: dir }).stdout).toBe('');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe(FIXED);
  });
});

describe('two --fix runs on one folder at the same time', () => {
  it('corrupt no file: each ends with the fixed text, or the one refuses and the other wrote it', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index += 1) {
      files[`${String(index).padStart(2, '0')}.txt`] = BROKEN.replace('柳河镇', `柳河镇${index}村`);
    }
    const dir = inTemp(files);
    const runs = await Promise.all([start(['.', '--fix', '--no-config-lookup'], dir).code, start(['.', '--fix', '--no-config-lookup'], dir).code]);
    for (const run of runs) {
      expect([0, 2]).toContain(run.code);
      // A refusal is the one-line message, nothing else.
      for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toContain('读取之后文件又被修改过');
      if (run.code === 2) expect(run.stderr).not.toBe('');
    }
    for (const [name, content] of Object.entries(files)) {
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe(content.replace('法治建设4次,对12项', '法治建设4次，对12项').replace('(一)加强执法队伍建设', '（一）加强执法队伍建设'));
    }
    expect(temporaries(dir)).toEqual([]);
  });

  it('with different fixes: the second applies on top of the first, or refuses and leaves the first one’s file', async () => {
    const names = Array.from({ length: 12 }, (_, index) => `${String(index).padStart(2, '0')}.txt`);
    const dir = inTemp(Object.fromEntries(names.map((name) => [name, BROKEN])));
    // One run fixes the comma only; the other fixes the comma and the heading ordinal.
    const commaOnly = BROKEN.replace('法治建设4次,对12项', '法治建设4次，对12项');
    const [partial, full] = await Promise.all([
      start(['.', '--fix', '--no-config-lookup', '--rule', 'heading-numbering: off'], dir).code,
      start(['.', '--fix', '--no-config-lookup'], dir).code,
    ]);
    const refusedBy = (run: { stderr: string }, name: string) => run.stderr.split('\n').some((line) => line.startsWith(`${name}：`));
    for (const name of names) {
      const content = readFileSync(path.join(dir, name), 'utf8');
      expect([FIXED, commaOnly]).toContain(content);
      // The comma-only text survives only when the full run saw it changed under it and refused.
      if (content === commaOnly) expect(refusedBy(full, name)).toBe(true);
    }
    for (const run of [partial, full]) expect(run.code === 2).toBe(run.stderr !== '');
    expect(temporaries(dir)).toEqual([]);
  });
});
