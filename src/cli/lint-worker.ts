/**
 * A worker thread of the lint pool (./pool.ts, issue 14): reads (or is given the bytes of), decodes and lints a file, under
 * the config its own loader resolves with the main thread's loader options (so plugins and custom rules load here
 * too). Only results travel back; reading, the cache, fixes and output stay on the main thread.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader, type ConfigLoaderOptions } from '../config/index.js';
import { ReadError } from '../errors.js';
import { lintText, type LintOptions } from '../engine/lint-text.js';
import { readFailure } from '../read/failure.js';
import { readFileBytes, readText } from '../read/index.js';
import { limitsFromSettings } from '../read/limits.js';
import type { PlacedParagraph } from '../compare/text-index.js';
import type { ParagraphMemo } from '../compare/paragraph-memo.js';
import type { Locale } from '../types.js';
import type { PoolIndex, PoolReply, PoolTask } from './pool.js';
import { sizeHeapForText } from './large-text-memory.js';

export interface WorkerSetup {
  loader: Omit<ConfigLoaderOptions, 'builtinRules'>;
  lintOptions: LintOptions;
  encoding?: string;
  locale: Locale;
  /** Characters of analysed files this worker may keep for their lint (see analysedHere). */
  keepCharacters: number;
}

const setup = workerData as WorkerSetup;
const loader = createConfigLoader({ ...setup.loader, builtinRules });
// The run's text index (./text-index.ts) comes later, when a rule compares reports: built from what the workers
// analysed first (PoolTask `analyse`), and loaded only then.
let lintOptions: LintOptions = setup.lintOptions;

/**
 * The files this worker analysed for the index, with their texts, for no-copied-text not to analyse them again when
 * they are linted here (the pool sends a file's lint to the worker that analysed it when that one is free). Up to the
 * serial run's budget shared out among the workers; each is given up when its file is linted.
 */
const analysedHere = new Map<string, { text: string; paragraphs: PlacedParagraph[] }>();
let keptCharacters = 0;
/** The paragraphs this worker analysed for the index (../compare/paragraph-memo.ts), until the index is made. */
let paragraphMemo: ParagraphMemo | undefined;

async function useIndex({ textIndexBytes }: PoolIndex): Promise<void> {
  const { combinedIndex, readTextIndex } = await import('../compare/text-index.js');
  const indexes = textIndexBytes.map((bytes) => readTextIndex(bytes).index);
  // The index asks its `analysed` for the linted text's analysis (and takes it only for the same text).
  for (const [filePath, kept] of analysedHere) indexes[0]?.analysed.set(filePath, kept);
  analysedHere.clear();
  paragraphMemo = undefined;
  lintOptions = { ...setup.lintOptions, textIndex: combinedIndex(indexes) };
}

async function lint(task: PoolTask): Promise<PoolReply> {
  const config = await loader.forFile(path.resolve(setup.loader.cwd, task.filePath));
  // As the main thread reads a file (src/cli/run.ts readOptionsFor): the limits of its config.
  const readOptions = { ...(setup.encoding ? { encoding: setup.encoding } : {}), locale: setup.locale, limits: limitsFromSettings(config.settings) };
  try {
    const document = await readText(task.bytes ?? (await readFileBytes(task.filePath, readOptions)), task.filePath, readOptions);
    sizeHeapForText(document.text.length);
    if (task.analyse) {
      const { analyseDocument } = await import('../compare/documents.js');
      paragraphMemo ??= new (await import('../compare/paragraph-memo.js')).ParagraphMemo();
      const analysed = analyseDocument(document, paragraphMemo);
      if (keptCharacters + document.text.length <= setup.keepCharacters) {
        keptCharacters += document.text.length;
        analysedHere.set(document.filePath, { text: document.text, paragraphs: analysed });
      }
      return { id: task.id, analysed };
    }
    return { id: task.id, result: await lintText(document, config, lintOptions) };
  } catch (error) {
    if (error instanceof ReadError) return { id: task.id, unreadable: readFailure(error, setup.locale) };
    throw error;
  }
}

// Tasks wait for the index to be loaded: messages arrive in order, and the index is sent before any file to lint.
let ready: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: PoolTask | PoolIndex) => {
  if ('textIndexBytes' in message) {
    ready = useIndex(message);
    return;
  }
  const task = message;
  ready.then(() => lint(task)).then(
    (reply) => parentPort!.postMessage(reply),
    (error: unknown) => parentPort!.postMessage({ id: task.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PoolReply),
  );
});
