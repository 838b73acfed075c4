/**
 * How many lint workers a run gets (issue 14): `--concurrency <n|auto|off>`. Apart from the pool (./pool.ts), so
 * that a run that stays on the main thread (one file, on every save in an editor) never loads node:worker_threads.
 *
 * `auto` is ESLint's rule: half the cores, and a worker only for every FILES_PER_WORKER files. One lint thread keeps
 * more than one core busy (V8 collects garbage and compiles beside it: 1.3 cores on average for a folder run), so a
 * worker per core gains little and costs each file its share of moving results between threads; measured on a
 * 2-core machine, two processes side by side reached 0.77× of one's time, the pool of two workers 1.0–1.2×.
 */
import { availableParallelism } from 'node:os';

/** Files a worker must have for `auto` to start it (ESLint's AUTO_FILES_PER_WORKER). */
export const FILES_PER_WORKER = 50;

/** How many workers `--concurrency` asks for, for `files` files: 0 means lint on the main thread. */
export function workerCount(setting: number | 'auto' | 'off', files: number, cores = availableParallelism()): number {
  if (setting === 'off') return 0;
  if (setting === 'auto') {
    const workers = Math.min(cores >> 1, Math.ceil(files / FILES_PER_WORKER));
    return workers > 1 ? workers : 0;
  }
  return Math.min(setting, files) > 1 ? Math.min(setting, files) : 0;
}
