/**
 * The lint pool (issue 14): worker threads (./lint-worker.ts) that decode and lint files in parallel, one file at a
 * time each, sized by ./concurrency.ts. The main thread keeps the order of the results, so the output is the serial
 * run's.
 */
import { Worker } from 'node:worker_threads';
import type { PlacedParagraph } from '../compare/text-index.js';
import type { LintResult } from '../types.js';
import type { WorkerSetup } from './lint-worker.js';

/**
 * A file to lint, or (`analyse`) to read and analyse for the run's text index. Its bytes when the main thread read
 * them (for --cache, which hashes them first); without them the worker reads the file itself.
 */
export interface PoolTask {
  id: number;
  filePath: string;
  bytes?: Uint8Array;
  analyse?: true;
}

/** Sent to every worker once, after the index was built from their analyses and before any file is linted. */
export interface PoolIndex {
  textIndexBytes: Uint8Array[];
}

export type PoolReply =
  | { id: number; result: LintResult }
  | { id: number; analysed: PlacedParagraph[] }
  | { id: number; unreadable: string }
  /** Anything else thrown in the worker (its stack): the run fails as a serial run would. */
  | { id: number; failure: string };

export class LintPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<{ task: PoolTask; settle: (reply: PoolReply) => void; fail: (error: Error) => void }> = [];
  private readonly busy = new Map<Worker, { settle: (reply: PoolReply) => void; fail: (error: Error) => void }>();
  private readonly workers: Worker[] = [];

  constructor(size: number, setup: WorkerSetup) {
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: setup });
      worker.on('message', (reply: PoolReply) => this.done(worker, true, (job) => job.settle(reply)));
      // A worker that died (out of memory, a crash in native code) fails its file and is not used again.
      worker.on('error', (error) => this.done(worker, false, (job) => job.fail(error)));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Lints (or analyses) one file on the next free worker. */
  run(task: PoolTask): Promise<PoolReply> {
    return new Promise((settle, fail) => {
      this.waiting.push({ task, settle, fail });
      this.next();
    });
  }

  /** Gives every worker the run's text index; called while none is busy, so each has it before its next file. */
  shareIndex(index: PoolIndex): void {
    for (const worker of this.workers) worker.postMessage(index);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private done(worker: Worker, alive: boolean, finish: (job: { settle: (reply: PoolReply) => void; fail: (error: Error) => void }) => void): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    if (alive) this.idle.push(worker);
    else if (this.idle.length === 0 && this.busy.size === 0) for (const waiting of this.waiting.splice(0)) waiting.fail(new Error('every lint worker stopped'));
    if (job) finish(job);
    this.next();
  }

  private next(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const { task, settle, fail } = this.waiting.shift()!;
      this.busy.set(worker, { settle, fail });
      const bytes = task.bytes;
      worker.postMessage(task, bytes && bytes.buffer.byteLength === bytes.byteLength ? [bytes.buffer as ArrayBuffer] : []);
    }
  }
}
