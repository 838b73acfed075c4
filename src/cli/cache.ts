/**
 * --cache (issue 14): a second run over an unchanged folder costs little more than reading the files.
 *
 * One file (`--cache-location`, default `.reportlintcache` in the working directory) maps each file's absolute path to
 * the result of its last lint and the key it was linted under: a line of JSON saying the format and reportlint's
 * version, then a line per file — `["path","key"]`, a tab, the result's JSON. Written and read a chunk at a time, so
 * a province archive's cache (tens of thousands of results, past the longest string V8 can make) is as usable as a
 * county's.
 *
 * The key is a SHA-256 over everything the result depends on: the file's bytes; the effective config for the file —
 * each enabled rule's id, severity and options and what the rule is (built in: reportlint's version; defined in
 * `customRules`: its definition; from a plugin: its code and the plugin file's bytes), the settings, the enforced
 * rules, the rule ids directives may name; the lint options (locale, inline config, unused-directive reports,
 * excerpts, encoding); and reportlint's version. Results with findings are cached too; results with a fatal message
 * (a crashed rule, an unreadable file) are not.
 *
 * The file is other people's data as much as ours (it sits in a shared folder): an unreadable, corrupt or foreign
 * cache, or an entry of the wrong shape, is ignored — never trusted, never an error — and replaced when the run
 * ends. It is written to a temporary file and renamed, so a run that is interrupted leaves the old cache whole.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { inChunks } from './chunks.js';
import { replaceFile } from './replace-file.js';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { PACKAGE_ROOT } from '../engine/messages.js';
import type { LintResult, ResolvedConfig } from '../types.js';

/** The cache file's name when --cache-location is not given or names a folder (ESLint's is .eslintcache). */
export const CACHE_FILE = '.reportlintcache';
/** Bumped when the file's layout changes: an older file is then ignored. */
const FORMAT = 3;

/**
 * A cached result is kept as its own JSON text: the cache opens without building every result's objects, a hit is
 * parsed once into objects of its own (nothing the run does to them reaches the cache), and a save writes the texts
 * of the results it did not change as they were.
 */
interface Entry {
  key: string;
  result: string;
}

/** Opens the cache for a run: at --cache-location (or the default), for this version of reportlint. */
export async function openCache(location: string | undefined, cwd: string): Promise<ResultCache> {
  const { version } = JSON.parse(await readFile(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string };
  return ResultCache.open(await cacheFile(location, cwd), version);
}

/** Where the cache lives: the file named, or CACHE_FILE in the folder named (or in the working directory). */
export async function cacheFile(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined) return path.join(cwd, CACHE_FILE);
  const target = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(target, CACHE_FILE);
  const info = await stat(target).catch(() => undefined);
  return info?.isDirectory() ? path.join(target, CACHE_FILE) : target;
}

export class ResultCache {
  private readonly identities = new WeakMap<ResolvedConfig, Promise<string>>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens the cache at `file`; anything unusable in it is dropped (see the module comment). */
  static async open(file: string, version: string): Promise<ResultCache> {
    const entries = new Map<string, Entry>();
    try {
      let header = true;
      for await (const line of linesOf(file)) {
        if (header) {
          const data = JSON.parse(line) as unknown;
          // Another format or version (or not a cache at all): nothing in it is used.
          if (!isRecord(data) || data['format'] !== FORMAT || data['version'] !== version) break;
          header = false;
          continue;
        }
        const entry = entryOf(line);
        if (entry) entries.set(entry.filePath, { key: entry.key, result: entry.result });
      }
    } catch {
      // Missing, unreadable or not JSON: start empty.
      entries.clear();
    }
    return new ResultCache(file, version, entries);
  }

  /** The key of `bytes` linted under `config` with `options` (the lint options that change results). */
  async keyFor(bytes: Uint8Array, config: ResolvedConfig, options: Readonly<Record<string, unknown>>): Promise<string> {
    const hash = createHash('sha256');
    hash.update(await this.identityOf(config));
    hash.update(JSON.stringify(options));
    hash.update(bytes);
    return hash.digest('hex');
  }

  /** The cached result for `filePath`, when it was linted under `key` (and its text is a whole result). */
  get(filePath: string, key: string): LintResult | undefined {
    const entry = this.entries.get(filePath);
    if (entry?.key !== key) return undefined;
    try {
      const result = JSON.parse(entry.result) as unknown;
      return isResult(result) ? result : undefined;
    } catch {
      return undefined;
    }
  }

  set(filePath: string, key: string, result: LintResult): void {
    if (result.messages.some((message) => message.fatal)) {
      this.changed = this.entries.delete(filePath) || this.changed;
      return;
    }
    const { output: _output, ...kept } = result;
    this.entries.set(filePath, { key, result: JSON.stringify(kept) });
    this.changed = true;
  }

  /** Writes the cache if anything changed; returns the error's text when it could not be written. */
  async save(): Promise<string | undefined> {
    if (!this.changed) return undefined;
    // A few hundred kilobytes at a time (see the module comment).
    const failed = await replaceFile(this.file, inChunks(this.pieces(), CHUNK_CHARACTERS));
    if (failed === undefined) this.changed = false;
    return failed;
  }

  /** The file's text in pieces: its header line, then each entry's line (a result's JSON as it is kept). */
  private *pieces(): Generator<string> {
    yield `${JSON.stringify({ format: FORMAT, version: this.version })}\n`;
    for (const [filePath, { key, result }] of this.entries) {
      yield `${JSON.stringify([filePath, key])}\t`;
      yield result;
      yield '\n';
    }
  }

  /** What of a config decides results, as one string (computed once per resolved config). */
  private identityOf(config: ResolvedConfig): Promise<string> {
    let identity = this.identities.get(config);
    if (!identity) {
      identity = configIdentity(config, this.version);
      this.identities.set(config, identity);
    }
    return identity;
  }
}

async function configIdentity(config: ResolvedConfig, version: string): Promise<string> {
  const rules = [...config.rules]
    .filter(([, { setting }]) => setting.severity !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, { rule, setting }]) => {
      const origin =
        builtinRules[id] === rule
          ? 'builtin'
          : rule.meta.custom !== undefined
            ? { custom: rule.meta.custom }
            : { plugin: createHash('sha256').update(String(rule.check)).update(JSON.stringify(rule.meta)).digest('hex') };
      return [id, setting.severity, setting.options, origin];
    });
  const plugins: Array<[string, string]> = [];
  for (const file of config.pluginFiles ?? []) {
    const bytes = await readFile(file).catch(() => undefined);
    plugins.push([file, bytes ? createHash('sha256').update(bytes).digest('hex') : 'unreadable']);
  }
  const enforcement = config.enforcement ? { rules: [...config.enforcement.rules], attempts: config.enforcement.attempts } : null;
  return JSON.stringify({ version, rules, plugins, settings: config.settings, enforcement, known: config.knownRuleIds ?? null });
}

/** Characters written at a time when the cache is saved. */
const CHUNK_CHARACTERS = 256 * 1024;

/** A line longer than this is not a cache's (a result of 60,000 messages takes some 20 MB): reading stops there. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

/** A file's lines (without their line breaks), read a chunk at a time: no string as long as the file is made. */
async function* linesOf(file: string): AsyncGenerator<string> {
  // The start of a line that runs on into the next chunks, and its length.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, end);
      yield pending.length > 0 ? Buffer.concat([...pending, piece]).toString('utf8') : piece.toString('utf8');
      pending = [];
      pendingBytes = 0;
      start = end + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) throw new RangeError('cache line too long');
    }
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8');
}

/** A cache line's file, key and result text; undefined for a line of another shape (its file is linted again). */
function entryOf(line: string): { filePath: string; key: string; result: string } | undefined {
  const tab = line.indexOf('\t');
  if (tab === -1) return undefined;
  try {
    const [filePath, key] = JSON.parse(line.slice(0, tab)) as unknown[];
    return typeof filePath === 'string' && typeof key === 'string' ? { filePath, key, result: line.slice(tab + 1) } : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Enough of a LintResult's shape that formatters cannot trip over a damaged entry. */
function isResult(value: unknown): value is LintResult {
  if (!isRecord(value)) return false;
  const counts = ['errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'fatalErrorCount'];
  return (
    typeof value['filePath'] === 'string' &&
    Array.isArray(value['messages']) &&
    Array.isArray(value['suppressedMessages']) &&
    counts.every((name) => typeof value[name] === 'number') &&
    [...(value['messages'] as unknown[]), ...(value['suppressedMessages'] as unknown[])].every(
      (message) =>
        isRecord(message) &&
        typeof message['message'] === 'string' &&
        (message['severity'] === 1 || message['severity'] === 2) &&
        typeof message['line'] === 'number' &&
        typeof message['column'] === 'number' &&
        (message['ruleId'] === null || typeof message['ruleId'] === 'string'),
    )
  );
}
