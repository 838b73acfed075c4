/**
 * A lint run on the worker pool (./pool.ts, issue 14). The main thread resolves each file's config (so a bad config
 * stops the run as it does serially), answers from --cache when it can (reading and hashing the bytes for that), and
 * hands the rest to the workers, which read the files themselves otherwise; a few files are in flight per worker. The
 * results come back in the targets' order, so every formatter prints what a serial run prints.
 */
import path from 'node:path';
import { ReadError } from '../errors.js';
import { readFailure } from '../read/failure.js';
import { readFileBytes, type ReadOptions } from '../read/index.js';
import type { LintResult, Locale, ResolvedConfig } from '../types.js';
import type { ResultCache } from './cache.js';
import type { Target } from './files.js';
import type { WorkerSetup } from './lint-worker.js';
import type { Analyser } from './text-index.js';
import { LintPool } from './pool.js';
import { ignoredFile, unreadable } from './results.js';

export interface ParallelRun {
  workers: number;
  /** What the workers start with, when the first file needs linting (with --cache, maybe never). */
  setup: WorkerSetup;
  /**
   * The run's text index as bytes for the workers, when a rule compares reports: built before the first file is
   * linted, from the run's files as the workers read and analyse them (`analyse`), in parallel.
   */
  textIndex?(analyse: Analyser): Promise<Uint8Array[]>;
  configFor(filePath: string): Promise<ResolvedConfig>;
  readOptionsFor(filePath: string): Promise<ReadOptions>;
  cache?: ResultCache;
  /** The options that enter the cache key, as the serial run gives them. */
  cacheOptions: Readonly<Record<string, unknown>>;
  cwd: string;
  locale: Locale;
}

/** Files in flight per worker: one being linted, one read and waiting. */
const IN_FLIGHT_PER_WORKER = 2;

export async function lintInParallel(targets: readonly Target[], run: ParallelRun): Promise<{ results: LintResult[]; configs: ResolvedConfig[] }> {
  let pool: Promise<LintPool> | undefined;
  let started: LintPool | undefined;
  const startPool = () =>
    (pool ??= (async () => {
      started = new LintPool(run.workers, run.setup);
      if (run.textIndex) started.shareIndex({ textIndexBytes: await run.textIndex((filePath) => analyseOn(started!, filePath)) });
      return started;
    })());
  let analyses = 0;
  /** Which worker analysed each file: it keeps the analysis, and the file's lint goes there when it is free. */
  const analysedBy = new Map<string, number>();
  /** A run file read and analysed by a worker for the index; undefined when unreadable (its lint says so). */
  const analyseOn = async (lintPool: LintPool, filePath: string) => {
    const { reply, worker } = await lintPool.run({ id: -1 - analyses++, filePath, analyse: true });
    analysedBy.set(filePath, worker);
    if ('failure' in reply) throw new Error(reply.failure);
    return 'analysed' in reply ? reply.analysed : undefined;
  };
  const results: LintResult[] = new Array(targets.length);
  const configs: Array<ResolvedConfig | undefined> = new Array(targets.length);
  const locale = run.locale;

  const lintOne = async (index: number): Promise<LintResult> => {
    const target = targets[index]!;
    if (target.ignored !== undefined) return ignoredFile(target.filePath, target.ignored);
    if (target.problem !== undefined) return unreadable(target.filePath, target.problem);
    const { filePath } = target;
    const config = await run.configFor(filePath);
    configs[index] = config;
    // With --cache the bytes are read here, to be hashed; otherwise the worker reads them (the main thread stays free
    // for the results, on a machine whose cores the workers fill).
    let bytes: Buffer | undefined;
    if (run.cache) {
      try {
        bytes = await readFileBytes(filePath, await run.readOptionsFor(filePath));
      } catch (error) {
        if (!(error instanceof ReadError)) throw error;
        return unreadable(filePath, readFailure(error, locale));
      }
    }
    const absolute = path.resolve(run.cwd, filePath);
    const key = run.cache && bytes ? await run.cache.keyFor(bytes, config, run.cacheOptions) : undefined;
    const hit = key === undefined ? undefined : run.cache!.get(absolute, key);
    if (hit) return { ...hit, filePath };
    const { reply } = await (await startPool()).run({ id: index, filePath, ...(bytes ? { bytes } : {}) }, analysedBy.get(filePath));
    if ('failure' in reply) throw new Error(reply.failure);
    if ('unreadable' in reply) return unreadable(filePath, reply.unreadable);
    if (!('result' in reply)) throw new Error(`lint worker: no result for ${filePath}`);
    if (key !== undefined) run.cache!.set(absolute, key, reply.result);
    return reply.result;
  };

  let next = 0;
  const lane = async () => {
    while (next < targets.length) {
      const index = next++;
      results[index] = await lintOne(index);
    }
  };
  try {
    await Promise.all(Array.from({ length: run.workers * IN_FLIGHT_PER_WORKER }, lane));
  } finally {
    // The pool as made, even if building the index failed: its workers must not keep the process alive.
    await started?.close();
  }
  return { results, configs: configs.filter((config): config is ResolvedConfig => config !== undefined) };
}
