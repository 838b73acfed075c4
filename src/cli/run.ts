/**
 * One CLI run: options → files → (config, read, lint, fix) per file → formatter → exit code
 * (`--why` hands the files to ./why.ts, which judges one statutory rule). No lint logic here. Exit codes (ESLint's): 0 clean or warnings within --max-warnings; 1 errors or
 * too many warnings; 2 bad usage, bad config, unreadable input, or a rule that crashed.
 *
 * Every file named or found gets a result: one that cannot be read (missing, legacy Word, a scan, a broken .docx, an
 * undecodable text) gets a result with one fatal message saying what to do, as ESLint reports a file it cannot parse,
 * and the run exits 2 after printing everything. A reader that closes stdout early (`| head`) ends the output quietly;
 * the exit code stays the one the results give.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader, type ConfigLoader } from '../config/index.js';
import { defaultIgnore, DEFAULT_IGNORE_PATTERN, DEFAULT_IGNORE_PATTERNS } from '../config/default-ignores.js';
import { closest } from '../config/messages.js';
import { ReadError, UsageError } from '../errors.js';
import { lintText, type LintOptions } from '../engine/lint-text.js';
import { createLocator } from '../engine/position.js';
import { PACKAGE_ROOT, ruleSummary } from '../engine/messages.js';
import { assertFormatterName, assertOutputFile, renderResults, renderResultsInPieces } from '../formatters/index.js';
import type { RuleMetaSummary } from '../formatters/types.js';
import { t } from '../messages/index.js';
import { readDocument, readFileBytes, readText, type ReadDocumentResult } from '../read/index.js';
import { readFailure } from '../read/failure.js';
import { limitsFromSettings } from '../read/limits.js';
import type { LintMessage, LintResult, Locale, ResolvedConfig } from '../types.js';
import { displayPath } from '../formatters/location.js';
import { lineDiff, originalOffsets } from './diff.js';
import { findTargets, ignoredMessage } from './files.js';
import type { CliOptions } from './options.js';
import { describeRules } from './rules-list.js';
import { why } from './why.js';
import { inChunks } from './chunks.js';
import { readAhead, settled } from './read-ahead.js';
import { readForFix, writeFixed } from './write-fixed.js';
import { workerCount } from './concurrency.js';
import { ignoredFile, unreadable } from './results.js';
import { sizeHeapForText } from './large-text-memory.js';
import { KEEP_CHARACTERS, planRunIndex, type Analyser, type RunIndex, type RunIndexPlan } from './text-index.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export async function run(options: CliOptions, io: Io): Promise<number> {
  const { locale } = options;
  ignoreClosedOutput();
  if (options.init) return (await import('./init.js')).init(options, io);
  if (options.level !== undefined) throw new UsageError(t('usage.levelWithoutInit', locale));
  if (options.web !== undefined) return (await import('./web.js')).writeWebPage(options, io);

  // The same options make the loader of each lint worker (./pool.ts), so every thread resolves the same configs.
  const loaderOptions = {
    ...(options.config ? { configFile: path.resolve(io.cwd, options.config) } : {}),
    useConfigLookup: options.configLookup,
    cliRules: options.rule,
    cwd: io.cwd,
    locale,
    ignorePatterns: options.ignorePattern,
    ignore: options.ignore,
  };
  const loader = createConfigLoader({ ...loaderOptions, builtinRules });
  const ignore = { enabled: options.ignore, ignoredBy: loader.ignoredBy };
  // --list-rules, --explain and --test-rules read the config for cwd (or -c) for the rules it defines (customRules),
  // with ./custom-rules.ts, which a lint run does not load.
  if (options.listRules) {
    const { configForCwd, customRulesOf } = await import('./custom-rules.js');
    const custom = customRulesOf(await configForCwd(loader, io.cwd));
    io.stdout(describeRules({ ...builtinRules, ...Object.fromEntries(custom.map((rule) => [rule.meta.id, rule])) }, locale));
    return 0;
  }
  if (options.explain) return explain(options.explain, io, locale, loader);
  if (options.testRules) return (await import('./custom-rules.js')).testRules(options, loader, io);
  if (options.printConfig) {
    // A folder means "a file in that folder": its own config applies, not its parent's.
    const target = path.resolve(io.cwd, options.printConfig);
    const isFolder = (await stat(target).catch(() => undefined))?.isDirectory() === true;
    const file = isFolder ? path.join(target, '报告.txt') : target;
    // The fields of old (sources, settings, rules), then where each part came from (src/config/provenance.ts).
    const reason = options.ignore && !isFolder ? defaultIgnore(path.relative(io.cwd, file)) : undefined;
    const printed = await loader.inspectConfig(file, {
      patterns: DEFAULT_IGNORE_PATTERNS,
      ...(reason === undefined ? {} : { hit: { pattern: DEFAULT_IGNORE_PATTERN[reason], from: 'default' } }),
    });
    io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  }
  checkUsage(options);
  const color = !options.outputFile && (options.color ?? (io.stdoutIsTTY && !('NO_COLOR' in io.env)));
  // A file format (xlsx) gives bytes, and checkUsage made sure they go to a file.
  // stylish, json and unix come in pieces (renderResultsInPieces), written one by one; they end with a newline as a
  // printed string does (withFinalNewline).
  const emit = async (output: string | Uint8Array | Iterable<string>, errors: readonly string[]) => {
    if (options.outputFile) await writeOutputFile(path.resolve(io.cwd, options.outputFile), output, locale);
    else if (typeof output === 'string') {
      if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    } else if (!(output instanceof Uint8Array)) {
      for (const piece of output) io.stdout(piece);
    }
    for (const line of errors) io.stderr(`${line}\n`);
  };
  if (options.why !== undefined) {
    const outcome = await why(options.why, options, loader, { cwd: io.cwd, color, readStdin: io.readStdin, ignore });
    await emit(outcome.output, outcome.failures);
    return outcome.code;
  }

  const results: LintResult[] = [];
  const notes: string[] = [];
  const wantsFix = options.fix || options.fixDryRun;
  const dryRun = options.fixDryRun || (options.fix && options.stdin);
  // --fix writes files back (./write-fixed.ts); a file it refused to write makes the run exit 2.
  const writesFixes = wantsFix && !dryRun;
  let fixRefused = false;
  // json carries the fixed text in each result's `output` and its messages belong to that text (ESLint's
  // --fix-dry-run, what editors read); the other formats show a diff and place what remains on the file as it is.
  const json = options.format.startsWith('json');
  // The read limits (settings.maxFileSizeMB and the like, src/read/limits.ts) are those of each file's config.
  const readOptionsFor = async (filePath: string) => ({
    ...(options.encoding ? { encoding: options.encoding } : {}),
    locale,
    limits: limitsFromSettings((await loader.forFile(path.resolve(io.cwd, filePath))).settings),
  });
  const shown = (filePath: string) => displayPath(filePath, io.cwd);
  // The meta of every rule that ran on some file, for json-with-metadata (ESLint's rulesMeta).
  const rulesMeta: Record<string, RuleMetaSummary> = {};
  const noteRulesMeta = (config: ResolvedConfig) => {
    for (const [id, { rule, setting }] of config.rules) {
      if (setting.severity === 0 || rulesMeta[id]) continue;
      rulesMeta[id] = ruleSummary(rule.meta, config.settings, locale);
    }
  };
  // The html review report and the xlsx findings sheet show the text at every finding, also for plain text and web pages.
  const baseLintOptions = { locale, inlineConfig: options.inlineConfig, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ? 1 : 0, excerpts: options.format === 'html' || options.format === 'xlsx' } as const;
  // The cross-file stage (./text-index.ts) gives the index of the other reports once the files are known. With --cache
  // the results are keyed by what the index would hold (the files' bytes and the pool), and the index is built only
  // when some file is not in the cache.
  let lintOptions: LintOptions = baseLintOptions;
  let runIndex: RunIndex | undefined;
  let indexPlan: RunIndexPlan | undefined;
  const planIndex = async (files: readonly string[], stdinDocument?: ReadDocumentResult) => {
    indexPlan = await planRunIndex({
      cwd: io.cwd,
      locale,
      files,
      ...(stdinDocument ? { stdinDocument } : {}),
      configFor: (filePath: string) => loader.forFile(path.resolve(io.cwd, filePath)),
      readOptionsFor,
      ...(options.referenceIndex ? { referenceIndexFile: options.referenceIndex } : {}),
    });
    // The index itself is built when the first file needs linting (with --cache, maybe never).
    if (indexPlan && cache) cacheOptions = { ...cacheOptions, textIndex: await indexPlan.digest() };
  };
  const ensureIndex = async (analyse?: Analyser) => {
    if (!indexPlan || runIndex) return;
    runIndex = await indexPlan.build(analyse);
    notes.push(...runIndex.notes);
    lintOptions = { ...baseLintOptions, textIndex: runIndex.view };
  };
  const lintOne = async (document: ReadDocumentResult) => {
    const config = await loader.forFile(path.resolve(io.cwd, document.filePath));
    noteRulesMeta(config);
    const fix = wantsFix && document.writable;
    sizeHeapForText(document.text.length);
    const result = await lintText(document, config, { ...lintOptions, fix });
    if (wantsFix && !document.writable) {
      // Word, PDF and HTML positions map back to the original, so the engine drops the fixes: ask it about the
      // extracted text to know whether anything could have been fixed, and say "not fixed" only then.
      const asText = await lintText({ filePath: document.filePath, text: document.text, syntax: document.syntax }, config, { ...lintOptions, fix: false });
      const fixable = asText.fixableErrorCount + asText.fixableWarningCount;
      const format = document.sourceFormat ?? path.extname(document.filePath).slice(1);
      if (fixable > 0) notes.push(notFixed(locale, shown(document.filePath), format, fixable));
    }
    if (result.output !== undefined && dryRun && !json) {
      io.stdout(lineDiff(shown(document.filePath), document.text, result.output, locale));
      results.push(onOriginal(result, document.text, result.output));
      return;
    }
    if (result.output !== undefined && !dryRun && document.encode) {
      const refused = await writeFixed(document, document.filePath, document.encode(result.output), { locale, shown: shown(document.filePath), unfixed: document.encode(document.text) });
      if (refused !== undefined) {
        // Nothing was written: the findings are those of the text as read, the fixable ones included.
        notes.push(refused);
        fixRefused = true;
        results.push(await lintText(document, config, { ...lintOptions, fix: false }));
        return;
      }
    }
    results.push(result);
  };
  const readAndLint = async (filePath: string, read: () => Promise<ReadDocumentResult>) => {
    let document: ReadDocumentResult;
    try {
      document = await read();
    } catch (error) {
      // One unreadable submission must not hide the findings on the others: it is a result, and the run exits 2.
      // A bad config or bad usage (an unknown --encoding) stops the whole run.
      if (!(error instanceof ReadError)) throw error;
      results.push(unreadable(filePath, readFailure(error, locale)));
      return;
    }
    await lintOne(document);
  };

  // What besides the bytes and the config changes a result: part of every --cache key.
  let cacheOptions: Readonly<Record<string, unknown>> = { ...baseLintOptions, encoding: options.encoding ?? null };
  // --cache (./cache.ts): not when fixing (a fix run writes files, and its results are those of the fixed text).
  const cache = options.cache && !wantsFix ? await (await import('./cache.js')).openCache(options.cacheLocation, io.cwd) : undefined;
  /** Lints a file through the cache: its bytes are read and hashed first, and decoded and linted only on a miss. */
  const lintCached = async (filePath: string, cached: NonNullable<typeof cache>) => {
    const absolute = path.resolve(io.cwd, filePath);
    const config = await loader.forFile(absolute);
    const readOptions = await readOptionsFor(filePath);
    let bytes: Buffer;
    try {
      bytes = await readFileBytes(filePath, readOptions);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      results.push(unreadable(filePath, readFailure(error, locale)));
      return;
    }
    const key = await cached.keyFor(bytes, config, cacheOptions);
    const hit = cached.get(absolute, key);
    if (hit) {
      noteRulesMeta(config);
      results.push({ ...hit, filePath });
      return;
    }
    await ensureIndex();
    await readAndLint(filePath, () => readText(bytes, filePath, readOptions));
    const result = results.at(-1);
    if (result?.filePath === filePath) cached.set(absolute, key, result);
  };

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>.txt';
    const reported = options.stdinFilename ?? '<text>';
    // As ESLint: a --stdin-filename that is ignored gets the ignored file's warning, and nothing is linted.
    const ignored = options.stdinFilename && options.ignore ? await ignoredMessage(path.resolve(io.cwd, options.stdinFilename), io.cwd, locale, loader.ignoredBy) : undefined;
    if (ignored !== undefined) results.push(ignoredFile(reported, ignored));
    else
      await readAndLint(reported, async () => {
        const document = { ...(await readText(await io.readStdin(), name, await readOptionsFor(name))), filePath: reported };
        // An editor's buffer is compared with the reference reports (last year's); stdin is never served from --cache.
        await planIndex([], document);
        await ensureIndex();
        return document;
      });
  } else {
    const targets = await findTargets(options.paths, io.cwd, locale, ignore);
    const lintableFiles = targets.filter((target) => target.ignored === undefined && target.problem === undefined).map((target) => target.filePath);
    const lintable = lintableFiles.length;
    await planIndex(lintableFiles);
    // Fixes are written (and diffed) one file at a time; everything else may go to the lint pool.
    const workers = wantsFix ? 0 : workerCount(options.concurrency, lintable);
    if (workers > 0) {
      const { lintInParallel } = await import('./parallel.js');
      const parallel = await lintInParallel(targets, {
        workers,
        // The workers start at the first file the cache does not hold: the index is built then, if there is one,
        // from the files as they analyse them.
        setup: {
          loader: loaderOptions,
          lintOptions: baseLintOptions,
          locale,
          keepCharacters: Math.floor(KEEP_CHARACTERS / workers),
          ...(options.encoding ? { encoding: options.encoding } : {}),
        },
        ...(indexPlan
          ? {
              textIndex: async (analyse: Analyser) => {
                await ensureIndex(analyse);
                return runIndex!.bytes();
              },
            }
          : {}),
        configFor: (filePath) => loader.forFile(path.resolve(io.cwd, filePath)),
        readOptionsFor,
        ...(cache ? { cache } : {}),
        cacheOptions,
        cwd: io.cwd,
        locale,
      });
      for (const config of parallel.configs) noteRulesMeta(config);
      results.push(...parallel.results);
    }
    // On the main thread the index is built here, before the first file; on the pool, by the workers' analyses.
    if (workers === 0 && !cache) await ensureIndex();
    // Files linted as read (no cache, no fixes) are read a few ahead of the one being linted.
    const readsAhead = workers === 0 && !cache && !writesFixes;
    const isLintable = (target: (typeof targets)[number]) => target.ignored === undefined && target.problem === undefined;
    // A document read for the index is linted once: the run lets go of it then, not at its end.
    const takeIndexed = (filePath: string) => {
      const document = runIndex?.documents.get(filePath);
      runIndex?.documents.delete(filePath);
      return document;
    };
    const reads = readsAhead
      ? readAhead(targets, async (target) => (isLintable(target) ? (takeIndexed(target.filePath) ?? readDocument(target.filePath, await readOptionsFor(target.filePath))) : undefined))
      : undefined;
    for (const target of workers > 0 ? [] : targets) {
      const read = reads ? (await reads.next()).value?.[1] : undefined;
      if (target.ignored !== undefined) results.push(ignoredFile(target.filePath, target.ignored));
      else if (target.problem !== undefined) results.push(unreadable(target.filePath, target.problem));
      else if (cache) await lintCached(target.filePath, cache);
      else if (writesFixes) await readAndLint(target.filePath, () => readForFix(target.filePath, async () => readDocument(target.filePath, await readOptionsFor(target.filePath))));
      else await readAndLint(target.filePath, async () => settled(read!) as ReadDocumentResult);
    }
  }

  if (cache) {
    const failed = await cache.save();
    if (failed !== undefined) notes.push(t('cache.writeFailed', locale, { file: cache.file, reason: failed }));
  }
  const code = exitCode(results, fixRefused, options.maxWarnings);
  // As ESLint: when warnings alone fail the run, say so (with --quiet they are not even shown).
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  if (errors === 0 && options.maxWarnings >= 0 && warnings > options.maxWarnings) notes.push(tooManyWarnings(locale, warnings, options.maxWarnings));
  // Only the html review report shows each rule's legal basis: only then are the rules' pages read.
  if (options.format === 'html') await (await import('./rule-basis.js')).addRuleBasis(rulesMeta, new Set(Object.keys(builtinRules)));
  const formatOptions = { format: options.format, locale, color, cwd: io.cwd, quiet: options.quiet, rulesMeta };
  const printed = options.quiet ? results.map(errorsOnly) : results;
  const pieces = renderResultsInPieces(printed, formatOptions);
  await emit(pieces ? inWriteChunks(pieces) : await renderResults(printed, formatOptions), notes);
  return code;
}


function notFixed(locale: Locale, filePath: string, format: string, fixable: number): string {
  return format
    ? t('cli.notFixed', locale, { file: filePath, count: fixable, format })
    : t('cli.notFixedUnknown', locale, { file: filePath, count: fixable });
}

function tooManyWarnings(locale: Locale, warnings: number, maximum: number): string {
  return t('cli.tooManyWarnings', locale, { max: maximum, count: warnings });
}

/**
 * --fix-dry-run leaves the file as it is: the problems that remain, found on the fixed text, are moved to the same
 * places in the original so the writer finds them there.
 */
function onOriginal(result: LintResult, original: string, fixed: string): LintResult {
  const toOriginal = originalOffsets(original, fixed);
  const position = createLocator(original);
  const move = (message: LintMessage): LintMessage => {
    const start = toOriginal(message.range[0]);
    const end = Math.max(start, toOriginal(message.range[1]));
    const from = position(start);
    const to = position(end);
    const { fix: _fix, ...rest } = message;
    return { ...rest, range: [start, end], line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  return { ...result, messages: result.messages.map(move), suppressedMessages: result.suppressedMessages.map(move) };
}

/** `| head` closes stdout (or stderr) early: stop writing there and let the run end with its usual exit code. */
let outputGuarded = false;
function ignoreClosedOutput(): void {
  if (outputGuarded) return;
  outputGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      throw error;
    });
  }
}

function checkUsage(options: CliOptions): void {
  const { locale } = options;
  assertFormatterName(options.format, locale);
  assertOutputFile(options.format, options.outputFile, locale);
  if (options.stdin && options.paths.length > 0) {
    throw new UsageError(t('usage.stdinWithPaths', locale));
  }
  if (!options.stdin && options.paths.length === 0) {
    throw new UsageError(t('usage.noPaths', locale));
  }
  if (options.stdinFilename && !options.stdin) {
    throw new UsageError(t('usage.stdinFilenameAlone', locale));
  }
}

export function exitCode(results: readonly LintResult[], failed: boolean, maxWarnings: number): number {
  if (failed || results.some((result) => result.fatalErrorCount > 0)) return 2;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

/** Characters written at a time (./chunks.ts). */
const WRITE_CHUNK = 1 << 16;

/** The pieces in chunks of about WRITE_CHUNK characters (./chunks.ts), ending with the newline. */
function inWriteChunks(pieces: Iterable<string>): Iterable<string> {
  return inChunks(withFinalNewline(pieces), WRITE_CHUNK);
}

/** The pieces, then a newline when they end without one, as a printed string gets it (nothing for no text at all). */
function* withFinalNewline(pieces: Iterable<string>): Generator<string> {
  let last = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    last = piece;
    yield piece;
  }
  if (last !== '' && !last.endsWith('\n')) yield '\n';
}

/** Writes the output to `-o`'s file: text, bytes, or text in pieces (written as they are made). */
async function writeOutputFile(target: string, output: string | Uint8Array | Iterable<string>, locale: Locale): Promise<void> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EISDIR'
        ? t('usage.outputIsFolder', locale)
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? t('usage.outputBlocked', locale)
          : code === 'EACCES' || code === 'EPERM'
            ? t('usage.outputNoPermission', locale)
            : (code ?? String(error));
    throw new UsageError(t('usage.outputFileFailed', locale, { file: target, reason }));
  }
}

/**
 * --explain: the rule's page. The pages are written in Chinese; with --locale en the page is preceded by a line
 * saying so, with the rule's English description.
 */
async function explain(ruleId: string, io: Io, locale: Locale, loader: ConfigLoader): Promise<number> {
  const rule = Object.hasOwn(builtinRules, ruleId) ? builtinRules[ruleId] : undefined;
  if (!rule) {
    // A rule the config for cwd defines in customRules has no page: its definition and docs text.
    const { configForCwd, customRulesOf, explainCustomRule } = await import('./custom-rules.js');
    const config = await configForCwd(loader, io.cwd);
    const custom = customRulesOf(config);
    const defined = custom.find((candidate) => candidate.meta.id === ruleId);
    if (defined) {
      io.stdout(explainCustomRule(defined, config, locale, io.cwd));
      return 0;
    }
    const guess = closest(ruleId, [...Object.keys(builtinRules), ...custom.map((candidate) => candidate.meta.id)]);
    throw new UsageError(t('usage.noSuchRule', locale, { rule: ruleId, hint: guess ? t('usage.didYouMean', locale, { name: guess }) : '' }));
  }
  const page = await readFile(new URL(`rules/${ruleId}.md`, PACKAGE_ROOT), 'utf8');
  if (locale === 'en') {
    io.stdout(`${t('cli.explainInChinese', locale, { rule: ruleId, summary: rule.meta.descriptionEn })}\n\n`);
  }
  io.stdout(page);
  return 0;
}
