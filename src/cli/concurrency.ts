/**
 * How many lint workers a run gets (issue 14): `--concurrency <n|auto|off>`; auto uses the pool (./pool.ts) for runs
 * of at least MIN_PARALLEL_FILES files on a machine with more than one core. Apart from the pool, so that a run that
 * stays on the main thread (one file, on every save in an editor) never loads node:worker_threads.
 */
import { availableParallelism } from 'node:os';

/** Fewer files than this are linted on the main thread: starting workers costs more than it saves. */
export const MIN_PARALLEL_FILES = 8;

/** How many workers `--concurrency` asks for, for `files` files: 0 means lint on the main thread. */
export function workerCount(setting: number | 'auto' | 'off', files: number): number {
  if (setting === 'off') return 0;
  if (setting === 'auto') {
    const cores = availableParallelism();
    return cores > 1 && files >= MIN_PARALLEL_FILES ? Math.min(cores, files) : 0;
  }
  return Math.min(setting, files) > 1 ? Math.min(setting, files) : 0;
}
