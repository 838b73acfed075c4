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

interface Job {
  task: PoolTask;
  settle: (done: PoolDone) => void;
  fail: (error: Error) => void;
}

/** A reply, and which worker gave it (for a file's lint to go where its analysis is kept: LintPool.run `prefer`). */
export interface PoolDone {
  reply: PoolReply;
  worker: number;
}

export class LintPool {
  private readonly idle: number[] = [];
  /** Tasks for any worker, and, per worker, tasks that would rather run there. */
  private readonly shared: Job[] = [];
  private readonly preferring: Job[][];
  private readonly busy = new Map<number, Job>();
  private readonly workers: Worker[] = [];
  private readonly stopped = new Set<number>();

  constructor(size: number, setup: WorkerSetup) {
    this.preferring = Array.from({ length: size }, () => []);
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: setup });
      worker.on('message', (reply: PoolReply) => this.done(index, true, (job) => job.settle({ reply, worker: index })));
      // A worker that died (out of memory, a crash in native code) fails its file and is not used again.
      worker.on('error', (error) => this.done(index, false, (job) => job.fail(error)));
      this.workers.push(worker);
      this.idle.push(index);
    }
  }

  /**
   * Lints (or analyses) one file on the next free worker; on worker `prefer` when it is free first (it keeps the
   * file's analysis from the index stage: ./lint-worker.ts), else on any other, so no worker waits while one is busy.
   */
  run(task: PoolTask, prefer?: number): Promise<PoolDone> {
    return new Promise((settle, fail) => {
      const job = { task, settle, fail };
      if (prefer !== undefined && this.preferring[prefer] && !this.stopped.has(prefer)) this.preferring[prefer].push(job);
      else this.shared.push(job);
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

  private done(worker: number, alive: boolean, finish: (job: Job) => void): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    if (alive) this.idle.push(worker);
    else {
      this.stopped.add(worker);
      // Its waiting tasks go to the others.
      for (const waiting of this.preferring[worker]!.splice(0)) this.shared.push(waiting);
      if (this.idle.length === 0 && this.busy.size === 0) for (const waiting of this.shared.splice(0)) waiting.fail(new Error('every lint worker stopped'));
    }
    if (job) finish(job);
    this.next();
  }

  private next(): void {
    // A free worker's own tasks first; then tasks for any worker; then those a busy worker would rather have run.
    for (let i = this.idle.length - 1; i >= 0; i -= 1) {
      const worker = this.idle[i]!;
      const job = this.preferring[worker]!.shift();
      if (!job) continue;
      this.idle.splice(i, 1);
      this.start(worker, job);
    }
    while (this.idle.length > 0) {
      const job = this.shared.shift() ?? this.preferring.find((queue) => queue.length > 0)?.shift();
      if (!job) return;
      this.start(this.idle.pop()!, job);
    }
  }

  private start(worker: number, job: Job): void {
    this.busy.set(worker, job);
    const bytes = job.task.bytes;
    this.workers[worker]!.postMessage(job.task, bytes && bytes.buffer.byteLength === bytes.byteLength ? [bytes.buffer as ArrayBuffer] : []);
  }
}
