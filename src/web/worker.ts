/**
 * The engine of the browser page, in a Web Worker: reads the bytes the writer dropped with the CLI's readers, lints
 * them with the CLI's engine and rules under the page's config, and posts back what the page shows (./protocol.ts).
 * Off the main thread, so reading a 200-page PDF never freezes the page.
 *
 * Files dropped together (`lint-batch`) are compared with each other as the CLI compares a folder's files
 * (no-copied-text): all of them are read first, indexed as src/cli/text-index.ts indexes a run's files (by file name,
 * not reference reports), and each is then linted against that index. A file dropped alone has nothing to compare with.
 */
import './pdf-in-worker.js';
import { lineDiff } from '../cli/diff.js';
import { addDocument } from '../compare/documents.js';
import { wantsTextIndex } from '../compare/wants-index.js';
import { combinedIndex, TextIndexBuilder, type TextIndexView } from '../compare/text-index.js';
import { ConfigError, ReadError } from '../errors.js';
import { ruleSummary } from '../engine/messages.js';
import { lintText } from '../engine/lint-text.js';
import { readText, type ReadDocumentResult } from '../read/index.js';
import { readFailure } from '../read/failure.js';
import { limitsFromSettings } from '../read/limits.js';
import type { Locale, LintResult, ResolvedConfig } from '../types.js';
import { configFromBundle, defaultConfig, type BrowserConfig } from './browser-config.js';
import type { ConfigBundle, Reply, Request } from './protocol.js';

interface WorkerScope {
  postMessage(message: Reply, transfer?: ArrayBuffer[]): void;
  onmessage: ((event: { data: Request }) => void) | null;
}
declare const self: WorkerScope;

/** The config in use (none: reportlint:recommended) and the page's own, baked into it at build time, if any. */
let chosen: { bundle: ConfigBundle; source: 'baked' | 'loaded' } | undefined;
let baked: ConfigBundle | undefined;
/** The config in use resolved per locale (its messages and rule descriptions are in that language). */
const resolvedConfigs = new Map<Locale, Promise<BrowserConfig>>();

function configFor(locale: Locale): Promise<BrowserConfig> {
  let found = resolvedConfigs.get(locale);
  if (!found) {
    found = chosen ? configFromBundle(chosen.bundle, chosen.source, locale) : defaultConfig(locale);
    resolvedConfigs.set(locale, found);
  }
  return found;
}
/** Documents linted, by the page's id, for `fix` (with the index of the batch they were linted in, if any). */
const documents = new Map<number, { name: string; document: ReadDocumentResult; textIndex?: TextIndexView }>();

const post = (reply: Reply, transfer: ArrayBuffer[] = []) => self.postMessage(reply, transfer);

function rulesOf(resolved: ResolvedConfig, locale: Locale): Extract<Reply, { type: 'result' }>['rules'] {
  const rules: Extract<Reply, { type: 'result' }>['rules'] = {};
  for (const [id, { rule }] of resolved.rules) {
    rules[id] = { ...ruleSummary(rule.meta, resolved.settings, locale), custom: rule.meta.custom !== undefined };
  }
  return rules;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads one file; undefined (and the file's `error` posted) when it cannot be read. */
async function readOne(id: number, name: string, bytes: ArrayBuffer, resolved: ResolvedConfig, locale: Locale): Promise<ReadDocumentResult | undefined> {
  post({ type: 'progress', id, stage: 'reading' });
  try {
    return await readText(Buffer.from(bytes), name, {
      locale,
      limits: limitsFromSettings(resolved.settings),
      onProgress: (done, total) => post({ type: 'progress', id, stage: 'reading', done, total }),
    });
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    post({ type: 'error', id, message: readFailure(error, locale) });
    return undefined;
  }
}

async function lint(request: Extract<Request, { type: 'lint' }>): Promise<void> {
  const { id, name, locale } = request;
  const resolved = await (await configFor(locale)).forFile(name);
  const document = await readOne(id, name, request.bytes, resolved, locale);
  if (document) await lintRead(id, name, document, resolved, locale);
}

/** Files dropped together: all read, then indexed (if a rule compares reports), then each linted against the others. */
async function lintBatch(request: Extract<Request, { type: 'lint-batch' }>): Promise<void> {
  const { locale } = request;
  const config = await configFor(locale);
  const wanted = await Promise.all(request.files.map((file) => config.forFile(file.name).then(wantsTextIndex, () => false)));
  if (request.files.length < 2 || !wanted.some(Boolean)) {
    // Nothing compares reports (no-copied-text is off): each file is shown as soon as it is checked.
    for (const { id, name, bytes } of request.files) await ownError(id, () => lint({ type: 'lint', id, name, bytes, locale }));
    return;
  }
  const read: Array<{ id: number; name: string; resolved: ResolvedConfig; document: ReadDocumentResult }> = [];
  for (const file of request.files) {
    await ownError(file.id, async () => {
      const resolved = await config.forFile(file.name);
      const document = await readOne(file.id, file.name, file.bytes, resolved, locale);
      if (document) read.push({ id: file.id, name: file.name, resolved, document });
    });
  }
  let textIndex: TextIndexView | undefined;
  if (read.length > 1 && read.some(({ resolved }) => wantsTextIndex(resolved))) {
    const builder = new TextIndexBuilder();
    // As the CLI indexes a run's files: the path the linted document has (its name), placed in the original file.
    for (const { name, document } of read) addDocument(builder, { path: document.filePath, name }, false, document);
    textIndex = combinedIndex([builder.build()]);
  }
  for (const { id, name, resolved, document } of read) await ownError(id, () => lintRead(id, name, document, resolved, locale, textIndex));
}

/** One file's part of a batch: a crash of the engine on it is that file's error, and the other files go on. */
async function ownError(id: number, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    post({ type: 'error', id, message: message(error) });
  }
}

/** Lints a document read for the request `id` and posts the result; `textIndex`: the other files of its batch. */
async function lintRead(id: number, name: string, document: ReadDocumentResult, resolved: ResolvedConfig, locale: Locale, textIndex?: TextIndexView): Promise<void> {
  documents.set(id, { name, document, ...(textIndex ? { textIndex } : {}) });
  post({ type: 'progress', id, stage: 'linting' });
  const result = await lintText(document, resolved, { locale, excerpts: true, ...(textIndex ? { textIndex } : {}) });
  post({
    type: 'result',
    id,
    result: plain(result),
    text: document.text,
    syntax: document.syntax,
    writable: document.writable,
    fixable: document.writable ? result.fixableErrorCount + result.fixableWarningCount : 0,
    rules: rulesOf(resolved, locale),
  });
}

async function fix(request: Extract<Request, { type: 'fix' }>): Promise<void> {
  const { id, locale } = request;
  const kept = documents.get(id);
  const encode = kept?.document.encode;
  if (!kept || !encode) return post({ type: 'error', id, message: 'not a text file' });
  const { name, document, textIndex } = kept;
  const resolved = await (await configFor(locale)).forFile(name);
  const fixed = await lintText(document, resolved, { locale, excerpts: true, fix: true, ...(textIndex ? { textIndex } : {}) });
  const output = fixed.output ?? document.text;
  const bytes = encode(output);
  // A copy that owns its memory, so it can be transferred to the page.
  const owned = new Uint8Array(bytes).buffer;
  documents.set(id, { ...kept, document: { ...document, text: output } });
  post({ type: 'fixed', id, name, diff: lineDiff(name, document.text, output, locale), bytes: owned, result: plain(fixed), text: output }, [owned]);
}

/** A result as structured-clone data: `output` is sent on its own, as text. */
function plain(result: LintResult): LintResult {
  const { output: _output, ...rest } = result;
  return rest;
}

/** Switches to `next` (undefined: recommended) if it resolves; a refused config leaves the one in use as it was. */
async function setConfig(next: typeof chosen, locale: Locale): Promise<void> {
  const trial = next ? configFromBundle(next.bundle, next.source, locale) : defaultConfig(locale);
  try {
    const loaded = await trial;
    chosen = next;
    resolvedConfigs.clear();
    resolvedConfigs.set(locale, trial);
    post({ type: 'config', ok: true, config: loaded.info });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    post({ type: 'config', ok: false, message: message(error) });
  }
}

async function handle(request: Request): Promise<void> {
  switch (request.type) {
    case 'config':
      if (request.baked) baked = request.config;
      return setConfig({ bundle: request.config, source: request.baked ? 'baked' : 'loaded' }, request.locale);
    case 'reset-config':
      return setConfig(baked ? { bundle: baked, source: 'baked' } : undefined, request.locale);
    case 'lint':
      return lint(request);
    case 'lint-batch':
      return lintBatch(request);
    case 'fix':
      return fix(request);
    case 'forget':
      documents.delete(request.id);
      return;
  }
}

// Requests are handled one at a time, in order: a config change applies to every file sent after it.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) => {
      // A crash of the engine on one file is that file's error, never the end of the page.
      if ('id' in request && request.type !== 'forget') post({ type: 'error', id: request.id, message: message(error) });
      else if (request.type === 'lint-batch') for (const { id } of request.files) post({ type: 'error', id, message: message(error) });
      else post({ type: 'config', ok: false, message: message(error) });
    }),
  );
};

void configFor('zh').then((loaded) => post({ type: 'ready', config: loaded.info }));
