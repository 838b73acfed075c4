/**
 * How --fix writes a fixed report back without ever losing data (issue 11):
 *
 * - `readForFix` wraps the read: it notes the file's identity (device, inode, size, modification time) before the
 *   read, and after it the same plus a hash of the bytes; a file that changed while it was being read is never written.
 * - `writeFixed` refuses when the text as read, encoded again, is not the bytes that were read (the file would change
 *   beyond the fixes). It writes through symbolic links to the real file (fs.realpath), into a new temporary file
 *   beside it (`.<name>.reportlint-<16 random hex>.tmp`, created with O_EXCL and mode 600, so no other process can have
 *   it open or guess it), gives the temporary file the original's owner and group (when they differ: as root, or a
 *   group the user is in; otherwise it refuses) and permission bits, flushes it to disk (fsync), checks that the real
 *   file is still what was read (identity, size, modification time, SHA-256 of the content) and only then renames the
 *   temporary file over it (atomic on one file system) and flushes the folder. Anything else — the file changed,
 *   cannot keep its owner, no room, no permission — removes the temporary file and leaves the original as it was.
 * - A temporary file is in a process-wide set while it exists: SIGINT, SIGTERM or SIGHUP during a write removes it
 *   before the process ends with that signal. A process killed with SIGKILL cannot clean up: its temporary file (a
 *   dot file, which folder runs ignore) is removed by the next --fix of that file once it is 10 minutes old.
 *
 * Two --fix runs on the same file: each rename is atomic, and each makes its last comparison and its rename while
 * holding a lock file (`.<name>.reportlint-lock`), so the later one compares with the earlier one's result: it finds
 * the text it would write there already, or refuses (it fixes on top when it read after the earlier one's rename). The
 * file is always either the original or a complete fixed version.
 */
import { createRequire } from 'node:module';
import { unlinkSync } from 'node:fs';
import { access, constants, open, readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../messages/index.js';
import type { Locale } from '../types.js';

/** What was read: the file's identity and content when the reader read it. */
interface Baseline {
  realPath: string;
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  hash: string;
}

/** The state of a document --fix may write: what was read, or 'changed' when the file changed while it was read. */
const baselines = new WeakMap<object, Baseline | 'changed'>();

/** A temporary file left by a run killed with SIGKILL is removed by a later --fix of the same file after this long. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Reads `filePath` with `read` (the usual reader, whose errors are thrown as they are) and, when the document is one
 * --fix writes back, remembers what was read for `writeFixed`.
 */
export async function readForFix<T extends { writable: boolean }>(filePath: string, read: () => Promise<T>): Promise<T> {
  const before = await stat(filePath, { bigint: true }).catch(() => undefined);
  const document = await read();
  if (!document.writable || !before?.isFile()) return document;
  try {
    const after = await snapshot(filePath);
    baselines.set(document, sameFile(before, after) ? after : 'changed');
  } catch {
    baselines.set(document, 'changed');
  }
  return document;
}

/** The real path, identity and content hash of a regular file (opened without blocking: a FIFO put there throws). */
async function snapshot(filePath: string): Promise<Baseline> {
  const realPath = await realpath(filePath);
  const handle = await open(realPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat({ bigint: true });
    if (!info.isFile()) throw Object.assign(new Error(`${realPath} is not a regular file`), { code: 'ENOTFILE' });
    const hash = sha256(await handle.readFile());
    return { realPath, dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs, hash };
  } finally {
    await handle.close();
  }
}

function sameFile(a: Pick<Baseline, 'dev' | 'ino' | 'size' | 'mtimeNs'>, b: Pick<Baseline, 'dev' | 'ino' | 'size' | 'mtimeNs'>): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/** node:crypto, loaded when a file is fixed: a run that fixes nothing does not pay its start-up (~5 ms). */
const crypto = () => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

function sha256(data: Uint8Array): string {
  return crypto().createHash('sha256').update(data).digest('hex');
}

export interface WriteFixedOptions {
  locale: Locale;
  /** The file's name as the output shows it. */
  shown: string;
  /**
   * The text as read, encoded as `data` is: when it is not the bytes that were read, writing `data` would change more
   * than the fixes (an encoding that does not round-trip), and nothing is written.
   */
  unfixed?: Uint8Array;
  /** Tests: called with the temporary file's path once it is written, before the last check and the rename. */
  beforeRename?: (temporary: string) => Promise<void>;
}

/**
 * Writes `data` (the fixed report, encoded) over the file `document` was read from (see the module comment).
 * Returns undefined when the file holds the fixed text, else the one-line message saying why nothing was written.
 */
export async function writeFixed(document: object, filePath: string, data: Uint8Array, options: WriteFixedOptions): Promise<string | undefined> {
  const { locale, shown } = options;
  const changed = t('fix.changedOnDisk', locale, { file: shown });
  const failed = (reason: string) => t('fix.writeFailed', locale, { file: shown, reason });
  const baseline = baselines.get(document);
  if (baseline === undefined) return changed;
  if (baseline === 'changed') {
    // Changed while it was read (by another --fix run, say): fine if it already holds what we would write.
    const now = await snapshot(filePath).catch(() => undefined);
    return now?.hash === sha256(data) ? undefined : changed;
  }
  if (options.unfixed !== undefined && sha256(options.unfixed) !== baseline.hash) return t('fix.notRoundTrip', locale, { file: shown });

  let target: string;
  let mode: number;
  let uid: number;
  let gid: number;
  try {
    target = await realpath(filePath);
    if (target !== baseline.realPath) return changed;
    const info = await stat(target);
    if (!info.isFile()) return changed;
    ({ mode, uid, gid } = info);
    await access(target, constants.W_OK);
  } catch (error) {
    return isMissing(error) ? changed : failed(reasonOf(error, locale));
  }
  await removeStaleTemporaries(target);

  const temporary = path.join(path.dirname(target), `${temporaryPrefix(target)}${crypto().randomBytes(8).toString('hex')}.tmp`);
  pending.add(temporary);
  listen();
  let renamed = false;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      const own = await handle.stat();
      if (own.uid !== uid || own.gid !== gid) {
        try {
          await handle.chown(uid, gid);
        } catch {
          return failed(t('fix.reasonOwner', locale, { uid, gid }));
        }
      }
      // After chown, which clears the set-user-ID and set-group-ID bits.
      await handle.chmod(mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await testPause(temporary);
    await options.beforeRename?.(temporary);

    // The last look and the rename, one reportlint run at a time: the file must still be what was read (or already
    // hold what we would write).
    const outcome = await underLock(target, async () => {
      const now = await snapshot(target).catch((error: unknown) => (isMissing(error) ? undefined : Promise.reject(error)));
      if (now === undefined || now.realPath !== target) return 'changed';
      if (now.hash === sha256(data)) return 'done';
      if (!sameFile(now, baseline) || now.hash !== baseline.hash) return 'changed';
      await rename(temporary, target);
      renamed = true;
      return 'done';
    });
    if (outcome === 'busy') return failed(t('fix.reasonBusy', locale));
    if (outcome === 'changed') return changed;
    if (renamed) await syncFolder(path.dirname(target));
    return undefined;
  } catch (error) {
    return failed(reasonOf(error, locale));
  } finally {
    if (!renamed) await unlink(temporary).catch(() => undefined);
    pending.delete(temporary);
    if (pending.size === 0) unlisten();
  }
}

/** How long a lock may be held before it counts as left by a killed run, and how long to wait for one. */
const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `critical` while holding `.<name>.reportlint-lock` beside `target` (created with O_EXCL), so that between two
 * reportlint runs the last comparison and the rename of one are never interleaved with the other's. It waits for a lock
 * another run holds (for milliseconds: a hash and a rename), takes over one left by a killed run, and gives up with
 * 'busy' after LOCK_WAIT_MS. Editors do not take the lock: against them the window is that of the comparison.
 */
async function underLock<T>(target: string, critical: () => Promise<T>): Promise<T | 'busy'> {
  const lock = path.join(path.dirname(target), `${temporaryPrefix(target)}lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      pending.add(lock);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await stat(lock).catch(() => undefined);
      if (held !== undefined && Date.now() - held.mtimeMs > LOCK_STALE_MS) await unlink(lock).catch(() => undefined);
      else if (Date.now() > deadline) return 'busy';
      else await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  }
  try {
    return await critical();
  } finally {
    await unlink(lock).catch(() => undefined);
    pending.delete(lock);
  }
}

/** `.<name>.reportlint-`, the name cut so that the temporary file's name stays within 255 bytes. */
function temporaryPrefix(target: string): string {
  let name = path.basename(target);
  while (Buffer.byteLength(name) > 200) name = Array.from(name).slice(0, -1).join('');
  return `.${name}.reportlint-`;
}

/** Removes temporary files of `target` that a killed run left (older than STALE_TEMP_MS and not this run's). */
async function removeStaleTemporaries(target: string): Promise<void> {
  const folder = path.dirname(target);
  const prefix = temporaryPrefix(target);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{16}\.tmp$/.test(name.slice(prefix.length))) continue;
    const file = path.join(folder, name);
    if (pending.has(file)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile() && Date.now() - info.mtimeMs > STALE_TEMP_MS) await unlink(file).catch(() => undefined);
  }
}

/** Flushes a folder's entries (the rename) to disk; not every system can, and the rename is done either way. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync.
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function reasonOf(error: unknown, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return t('fix.reasonPermission', locale);
    case 'ENOSPC':
    case 'EDQUOT':
      return t('fix.reasonNoSpace', locale);
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/**
 * The temporary files being written. While there is one, SIGINT, SIGTERM and SIGHUP remove them and then end the
 * process with the same signal (the handlers are removed first, so the default action applies); exit removes them too.
 */
const pending = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let listening = false;

function removePending(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone, or renamed into place.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unlisten();
  process.kill(process.pid, signal);
}

function listen(): void {
  if (listening) return;
  listening = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removePending);
}

function unlisten(): void {
  if (!listening) return;
  listening = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removePending);
}

/**
 * Tests only (the variable is read only under vitest, which sets VITEST): REPORTLINT_TEST_PAUSE_BEFORE_RENAME names a
 * marker file; once the temporary file is written, its path is put in the marker, and the write waits until a test
 * deletes the marker (to change the file meanwhile) or kills the process.
 */
async function testPause(temporary: string): Promise<void> {
  const marker = process.env['VITEST'] ? process.env['REPORTLINT_TEST_PAUSE_BEFORE_RENAME'] : undefined;
  if (!marker) return;
  await writeFile(marker, temporary);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const exists = await stat(marker).then(
      () => true,
      () => false,
    );
    if (!exists) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
