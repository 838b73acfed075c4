/**
 * The engine of the browser page, in a Web Worker: reads the bytes the writer dropped with the CLI's readers, lints
 * them with the CLI's engine and rules under the page's config, and posts back what the page shows (./protocol.ts).
 * Off the main thread, so reading a 200-page PDF never freezes the page.
 */
import './pdf-in-worker.js';
import { lineDiff } from '../cli/diff.js';
import { ConfigError, ReadError } from '../errors.js';
import { docsUrl } from '../engine/messages.js';
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
/** Documents linted, by the page's id, for `fix`. */
const documents = new Map<number, { name: string; document: ReadDocumentResult }>();

const post = (reply: Reply, transfer: ArrayBuffer[] = []) => self.postMessage(reply, transfer);

function rulesOf(resolved: ResolvedConfig, locale: Locale): Extract<Reply, { type: 'result' }>['rules'] {
  const rules: Extract<Reply, { type: 'result' }>['rules'] = {};
  for (const [id, { rule }] of resolved.rules) {
    const url = docsUrl(rule.meta, resolved.settings);
    rules[id] = { description: locale === 'en' ? rule.meta.descriptionEn : rule.meta.description, custom: rule.meta.custom !== undefined, ...(url ? { url } : {}) };
  }
  return rules;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function lint(request: Extract<Request, { type: 'lint' }>): Promise<void> {
  const { id, name, locale } = request;
  const resolved = await (await configFor(locale)).forFile(name);
  post({ type: 'progress', id, stage: 'reading' });
  let document: ReadDocumentResult;
  try {
    document = await readText(Buffer.from(request.bytes), name, {
      locale,
      limits: limitsFromSettings(resolved.settings),
      onProgress: (done, total) => post({ type: 'progress', id, stage: 'reading', done, total }),
    });
  } catch (error) {
    if (error instanceof ReadError) return post({ type: 'error', id, message: readFailure(error, locale) });
    throw error;
  }
  documents.set(id, { name, document });
  post({ type: 'progress', id, stage: 'linting' });
  const result = await lintText(document, resolved, { locale, excerpts: true });
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
  const { name, document } = kept;
  const resolved = await (await configFor(locale)).forFile(name);
  const fixed = await lintText(document, resolved, { locale, excerpts: true, fix: true });
  const output = fixed.output ?? document.text;
  const bytes = encode(output);
  // A copy that owns its memory, so it can be transferred to the page.
  const owned = new Uint8Array(bytes).buffer;
  documents.set(id, { name, document: { ...document, text: output } });
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
      else post({ type: 'config', ok: false, message: message(error) });
    }),
  );
};

void configFor('zh').then((loaded) => post({ type: 'ready', config: loaded.info }));
