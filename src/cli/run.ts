/**
 * One CLI run: options → files → (config, read, lint, fix) per file → formatter → exit code
 * (`--why` hands the files to ./why.ts, which judges one statutory rule). No lint logic here. Exit codes (ESLint's): 0 clean or warnings within --max-warnings; 1 errors or
 * too many warnings; 2 bad usage, bad config, unreadable input, or a rule that crashed.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader } from '../config/index.js';
import { ReadError, UsageError } from '../errors.js';
import { lintText } from '../engine/lint-text.js';
import { PACKAGE_ROOT } from '../engine/messages.js';
import { assertFormatterName, formatResults } from '../formatters/index.js';
import { readDocument, readText, type ReadDocumentResult } from '../read/index.js';
import type { LintResult, Locale } from '../types.js';
import { lineDiff } from './diff.js';
import { expandPaths } from './files.js';
import type { CliOptions } from './options.js';
import { describeRules } from './rules-list.js';
import { why } from './why.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

const say = (locale: Locale, zh: string, en: string) => (locale === 'zh' ? zh : en);

export async function run(options: CliOptions, io: Io): Promise<number> {
  const { locale } = options;
  if (options.listRules) {
    io.stdout(describeRules(builtinRules, locale));
    return 0;
  }
  if (options.explain) return explain(options.explain, io, locale);

  const loader = createConfigLoader({
    ...(options.config ? { configFile: path.resolve(io.cwd, options.config) } : {}),
    useConfigLookup: options.configLookup,
    cliRules: options.rule,
    cwd: io.cwd,
    builtinRules,
    locale,
  });
  if (options.printConfig) {
    const printed = await loader.printConfig(path.resolve(io.cwd, options.printConfig));
    io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  }
  checkUsage(options);
  const color = !options.outputFile && (options.color ?? (io.stdoutIsTTY && !('NO_COLOR' in io.env)));
  const emit = async (output: string, errors: readonly string[]) => {
    if (options.outputFile) await writeOutputFile(path.resolve(io.cwd, options.outputFile), output, locale);
    else if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    for (const line of errors) io.stderr(`${line}\n`);
  };
  if (options.why !== undefined) {
    const outcome = await why(options.why, options, loader, { cwd: io.cwd, color, readStdin: io.readStdin });
    await emit(outcome.output, outcome.failures);
    return outcome.code;
  }

  const results: LintResult[] = [];
  const failures: string[] = [];
  const notes: string[] = [];
  const wantsFix = options.fix || options.fixDryRun;
  const dryRun = options.fixDryRun || (options.fix && options.stdin);
  const readOptions = { ...(options.encoding ? { encoding: options.encoding } : {}), locale };
  const lintOne = async (document: ReadDocumentResult) => {
    const config = await loader.forFile(path.resolve(io.cwd, document.filePath));
    const fix = wantsFix && document.writable;
    if (wantsFix && !document.writable) {
      notes.push(say(locale, `${document.filePath}：${document.sourceFormat ?? ''} 文件无法按原格式写回，未自动修复；请按提示在原文件中修改`, `${document.filePath}: a ${document.sourceFormat ?? ''} file cannot be written back in its own format, so it was not fixed; make the changes in the original file`).replace(/\s+/g, ' '));
    }
    const result = await lintText(document, config, {
      locale,
      fix,
      inlineConfig: options.inlineConfig,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ? 1 : 0,
    });
    // json carries the fixed text in each result's `output` (ESLint's --fix-dry-run); others get a diff.
    const showDiff = dryRun && !options.format.startsWith('json');
    if (result.output !== undefined && showDiff) io.stdout(lineDiff(document.filePath, document.text, result.output, locale));
    if (result.output !== undefined && !dryRun && document.encode) await writeAtomically(document.filePath, document.encode(result.output));
    results.push(result);
  };

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>.txt';
    const document = await readText(await io.readStdin(), name, readOptions);
    await lintOne({ ...document, filePath: options.stdinFilename ?? '<text>' });
  } else {
    const files = await expandPaths(options.paths, io.cwd, locale);
    for (const file of files) {
      try {
        await lintOne(await readDocument(file, readOptions));
      } catch (error) {
        // One unreadable submission must not hide the findings on the others: report it, go on, exit 2.
        // A bad config or bad usage stops the whole run.
        if (!(error instanceof ReadError)) throw error;
        failures.push(error.message);
      }
    }
  }

  const shown = options.quiet ? results.map(errorsOnly) : results;
  const output = formatResults(shown, {
    format: options.format,
    locale,
    color,
    cwd: io.cwd,
  });
  await emit(output, [...notes, ...failures]);

  return exitCode(results, failures.length > 0, options.maxWarnings);
}

function checkUsage(options: CliOptions): void {
  const { locale } = options;
  assertFormatterName(options.format, locale);
  if (options.stdin && options.paths.length > 0) {
    throw new UsageError(say(locale, '--stdin 不能与文件路径同时使用', '--stdin cannot be combined with file paths'));
  }
  if (!options.stdin && options.paths.length === 0) {
    throw new UsageError(say(locale, '请指定要检查的文件或文件夹，或使用 --stdin；reportlint --help 查看用法', 'Give files or folders to lint, or use --stdin; see reportlint --help'));
  }
  if (options.stdinFilename && !options.stdin) {
    throw new UsageError(say(locale, '--stdin-filename 只能与 --stdin 一起使用', '--stdin-filename only works with --stdin'));
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

async function writeOutputFile(target: string, output: string, locale: Locale): Promise<void> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(say(locale, `无法写入结果文件 ${target}（${reason}）`, `Cannot write the output file ${target} (${reason})`));
  }
}

/** Write to a temporary file beside the target, then rename: a crash never leaves half a report. */
async function writeAtomically(filePath: string, data: Buffer): Promise<void> {
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.reportlint-tmp`);
  await writeFile(temporary, data);
  await rename(temporary, filePath);
}

async function explain(ruleId: string, io: Io, locale: Locale): Promise<number> {
  if (!Object.hasOwn(builtinRules, ruleId)) {
    throw new UsageError(say(locale, `没有名为“${ruleId}”的规则；reportlint --list-rules 查看全部规则`, `No rule named "${ruleId}"; see reportlint --list-rules`));
  }
  io.stdout(await readFile(new URL(`rules/${ruleId}.md`, PACKAGE_ROOT), 'utf8'));
  return 0;
}
