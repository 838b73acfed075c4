/**
 * The cross-file stage of a CLI run (issue 13): before any file is linted, the index of the texts no-copied-text
 * compares with — the run's own files, and the reference reports its configs name (settings.referenceReports) —
 * built only when some file's config turns on a rule with `meta.crossFile`. The per-file engine stays pure: it gets
 * the finished index as an input (LintOptions.textIndex).
 *
 * --reference-index <file> keeps the reference pool's index in a file: it is reused while the pool's files are the
 * same (names, sizes, times), rebuilt and rewritten when they changed, and used as it is when no config names a pool
 * (an index made elsewhere, e.g. a province archive handed to the counties).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { referencePatterns } from '../config/reference-reports.js';
import { wantsTextIndex } from '../compare/wants-index.js';
import type { PlacedParagraph, TextIndex, TextIndexView } from '../compare/text-index.js';
import { ReadError, UsageError } from '../errors.js';
import { displayPath } from '../formatters/location.js';
import { t } from '../messages/index.js';
import { readAhead } from './read-ahead.js';
import { replaceFile } from './replace-file.js';
import { LINTABLE_EXTENSIONS, readDocument, readFileBytes, type ReadDocumentResult, type ReadOptions } from '../read/index.js';
import type { LintDocument, Locale, ResolvedConfig } from '../types.js';
import { sizeHeapForText } from './large-text-memory.js';

export interface IndexStage {
  cwd: string;
  locale: Locale;
  /** The run's files (as lintText will see their paths) and the stdin document, if any. */
  files: readonly string[];
  stdinDocument?: LintDocument;
  configFor(filePath: string): Promise<ResolvedConfig>;
  readOptionsFor(filePath: string): Promise<ReadOptions>;
  referenceIndexFile?: string;
}

export interface RunIndex {
  view: TextIndexView;
  /** Each index as bytes: for the lint workers. */
  bytes(): Uint8Array[];
  /** The run's documents read for the index, for the lint pass not to read them again. */
  documents: Map<string, ReadDocumentResult>;
  notes: string[];
}

/**
 * What the cross-file stage will compare, before anything is decoded: `digest()` identifies it from the files' bytes
 * (for --cache: a run whose files and pool are unchanged is served from the cache without building the index at all),
 * `build()` reads and indexes them. Both are computed once.
 */
export interface RunIndexPlan {
  digest(): Promise<string>;
  /** With `analyse`, the run's files are read and analysed by it (the lint workers) instead of here. */
  build(analyse?: Analyser): Promise<RunIndex>;
}

/** A run file read and analysed for the index elsewhere (a lint worker); undefined when it cannot be read. */
export type Analyser = (filePath: string) => Promise<PlacedParagraph[] | undefined>;

/** The index itself, loaded only when a run has something to compare (a one-file run on save does not). */
const indexModule = () => import('../compare/text-index.js');

/** Documents kept between the index and the lint pass, up to this many characters in all (in a parallel run, shared out among the workers). */
export const KEEP_CHARACTERS = 64 * 1024 * 1024;

/** The run's cross-file stage; undefined when no file's config turns on a cross-file rule. */
export async function planRunIndex(stage: IndexStage): Promise<RunIndexPlan | undefined> {
  const configs: ResolvedConfig[] = [];
  for (const filePath of [...stage.files, ...(stage.stdinDocument ? [stage.stdinDocument.filePath] : [])]) {
    configs.push(await stage.configFor(filePath));
  }
  if (!configs.some(wantsTextIndex)) return undefined;
  const patterns = [...new Set(configs.filter(wantsTextIndex).flatMap((config) => referencePatterns(config.settings)))].sort();
  // One report and no reference reports: there is nothing to compare it with (an editor's run on save).
  if (configs.length <= 1 && patterns.length === 0 && stage.referenceIndexFile === undefined) return undefined;
  // Absolute path → the path the run gives the file: a reference report that is one of the run's files is that file.
  const runFiles = new Map(stage.files.map((filePath) => [path.resolve(stage.cwd, filePath), filePath]));
  let built: Promise<RunIndex> | undefined;
  let digested: Promise<string> | undefined;
  // The pool's files are globbed and looked at once, for the digest and for the build alike.
  let state: Promise<PoolState> | undefined;
  const pool = () => (state ??= poolState(patterns, runFiles));
  return {
    build: (analyse) => (built ??= buildRunIndex(stage, patterns, pool, runFiles, analyse)),
    digest: () => (digested ??= runDigest(stage, pool)),
  };
}

/** The run's files by name and content, the pool by name, size and time, and the saved index file as it is. */
async function runDigest(stage: IndexStage, pool: () => Promise<PoolState>): Promise<string> {
  const { INDEX_FORMAT } = await indexModule();
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  hash.update(INDEX_FORMAT);
  for (const filePath of stage.files) {
    const bytes = await readFileBytes(filePath, await stage.readOptionsFor(filePath)).catch((error: unknown) => {
      if (error instanceof ReadError) return Buffer.alloc(0);
      throw error;
    });
    hash.update(`\0${filePath}\0`).update(createHash('sha256').update(bytes).digest());
  }
  if (stage.stdinDocument) hash.update(`\0stdin\0${stage.stdinDocument.text}`);
  hash.update(JSON.stringify(await pool()));
  if (stage.referenceIndexFile !== undefined) {
    const saved = await stat(path.resolve(stage.cwd, stage.referenceIndexFile)).catch(() => undefined);
    hash.update(JSON.stringify(saved ? [saved.size, saved.mtimeMs] : null));
  }
  return hash.digest('hex');
}

async function buildRunIndex(
  stage: IndexStage,
  patterns: readonly string[],
  pool: () => Promise<PoolState>,
  runFiles: ReadonlyMap<string, string>,
  analyse: Analyser | undefined,
): Promise<RunIndex> {
  const { combinedIndex, TextIndexBuilder, writeTextIndex } = await indexModule();
  const { addDocument } = await import('../compare/documents.js');
  const notes: string[] = [];
  const indexes: TextIndex[] = [];
  const reference = await referenceIndex(stage, patterns.length === 0 ? undefined : pool, runFiles, notes);
  if (reference) indexes.push(reference);

  const builder = new TextIndexBuilder();
  const documents = new Map<string, ReadDocumentResult>();
  let kept = 0;
  // Reports are added in the run's order whoever analyses them: paragraph numbers decide ties between sources.
  if (analyse) {
    for await (const [filePath, read] of readAhead(stage.files, analyse)) {
      if ('error' in read) throw read.error;
      if (read.value) builder.addAnalysed({ path: filePath, name: displayPath(filePath, stage.cwd), reference: false }, read.value);
    }
  } else {
    for await (const [filePath, read] of readAhead(stage.files, async (filePath) => readDocument(filePath, await stage.readOptionsFor(filePath)))) {
      if ('error' in read) {
        // The lint pass reports the file as unreadable; it has nothing to compare.
        if (read.error instanceof ReadError) continue;
        throw read.error;
      }
      const document = read.value;
      sizeHeapForText(document.text.length);
      addDocument(builder, { path: filePath, name: displayPath(filePath, stage.cwd) }, false, document);
      if (kept + document.text.length <= KEEP_CHARACTERS) {
        documents.set(filePath, document);
        kept += document.text.length;
      }
    }
  }
  if (stage.stdinDocument) addDocument(builder, { path: stage.stdinDocument.filePath, name: stage.stdinDocument.filePath }, false, stage.stdinDocument);
  indexes.push(builder.build());
  let bytes: Uint8Array[] | undefined;
  return { view: combinedIndex(indexes), bytes: () => (bytes ??= indexes.map((index) => writeTextIndex(index, null))), documents, notes };
}

/** What a saved index was built from: the globs and every file's name, size and time. */
interface PoolState {
  patterns: string[];
  files: Array<[string, number, number]>;
}

async function poolState(patterns: readonly string[], runFiles: ReadonlyMap<string, string>): Promise<PoolState> {
  const { glob } = await import('tinyglobby');
  const found = patterns.length === 0 ? [] : await glob([...patterns], { absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
  const files: Array<[string, number, number]> = [];
  for (const file of found.map((name) => path.resolve(name)).sort()) {
    if (!LINTABLE_EXTENSIONS.includes(path.extname(file).toLowerCase()) || runFiles.has(file)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) files.push([file, info.size, Math.round(info.mtimeMs)]);
  }
  return { patterns: [...patterns], files };
}

/** The pool's index: the saved one while it is current, else read from `pool` (none when the configs name no pool). */
async function referenceIndex(stage: IndexStage, pool: (() => Promise<PoolState>) | undefined, runFiles: ReadonlyMap<string, string>, notes: string[]): Promise<TextIndex | undefined> {
  const file = stage.referenceIndexFile === undefined ? undefined : path.resolve(stage.cwd, stage.referenceIndexFile);
  const loaded = file === undefined ? undefined : await loadSaved(file, stage.locale);
  const saved = loaded === UNREADABLE_INDEX ? undefined : loaded;
  if (pool === undefined && saved === undefined) {
    if (file === undefined) return undefined;
    // An index this version cannot read (one handed on from elsewhere) with nothing to rebuild it from: said as such.
    const key = loaded === UNREADABLE_INDEX ? 'referenceIndex.unreadableIndex' : 'referenceIndex.nothing';
    throw new UsageError(t(key, stage.locale, { file: displayPath(file, stage.cwd) }));
  }
  const state = pool === undefined ? undefined : await pool();
  if (saved && (state === undefined || JSON.stringify(saved.meta) === JSON.stringify(state))) {
    const located = saved.index.withDocuments((document) => {
      const absolute = path.resolve(path.dirname(file!), document.path);
      // An index made elsewhere may hold a file of this run: it must not be compared with itself.
      return { path: runFiles.get(absolute) ?? absolute, name: displayPath(absolute, stage.cwd), reference: true };
    });
    return located;
  }
  const { TextIndexBuilder, writeTextIndex } = await indexModule();
  const { addDocument } = await import('../compare/documents.js');
  const builder = new TextIndexBuilder();
  let unreadable = 0;
  for (const [name] of state!.files) {
    try {
      // A reference file is read as a report is, under the config of the file it is compared with: the limits of the first.
      addDocument(builder, { path: name, name: displayPath(name, stage.cwd) }, true, await readDocument(name, await stage.readOptionsFor(name)));
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      unreadable += 1;
    }
  }
  if (unreadable > 0) notes.push(t('referenceIndex.unreadable', stage.locale, { count: unreadable }));
  const index = builder.build();
  if (file !== undefined) {
    // Saved with paths relative to the index file, so that it can be moved with its archive or handed on.
    const portable = index.withDocuments((document) => ({ path: path.relative(path.dirname(file), document.path).split(path.sep).join('/'), reference: true }));
    const failed = await replaceFile(file, writeTextIndex(portable, state));
    if (failed !== undefined) notes.push(t('referenceIndex.writeFailed', stage.locale, { file: displayPath(file, stage.cwd), reason: failed }));
  }
  return index;
}

/**
 * What loadSaved gives for an index this version cannot read — made by another version, or damaged (the reader tells
 * them apart only in its own words) — rebuilt when the pool is known.
 */
const UNREADABLE_INDEX = 'unreadable index';

/** A saved index; undefined when there is none yet; UNREADABLE_INDEX for an index this version cannot read. */
async function loadSaved(file: string, locale: Locale): Promise<{ index: TextIndex; meta: unknown } | typeof UNREADABLE_INDEX | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(t('referenceIndex.unreadableFile', locale, { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const { BadIndexError, looksLikeTextIndex, readTextIndex } = await indexModule();
  try {
    return readTextIndex(bytes);
  } catch (error) {
    if (!(error instanceof BadIndexError)) throw error;
    // Some other file: never overwritten. An index of another version, or a damaged one: rebuilt.
    if (!looksLikeTextIndex(bytes)) throw new UsageError(t('referenceIndex.notAnIndex', locale, { file }));
    return UNREADABLE_INDEX;
  }
}
