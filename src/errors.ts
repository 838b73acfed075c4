/**
 * Errors that stop a run with exit code 2 (bad usage, bad config, unreadable input).
 *
 * The CLI prints `error.message` alone on stderr — one line, no stack trace — and exits with `error.exitCode`.
 * Messages are written by whoever throws, already in the user's locale (zh by default, en with `--locale en`).
 * Anything else that reaches the CLI is an internal crash: also exit 2, but worth a stack trace.
 */

/** Base class of every user-facing error. `exitCode` is always 2 (ESLint, textlint, markdownlint-cli2 agree). */
export class ReportlintError extends Error {
  readonly exitCode = 2 as const;

  constructor(message: string, options?: { cause?: unknown }) {
    // One line, always: a multi-line message would break the "one line on stderr" promise.
    super(oneLine(message), options);
    this.name = new.target.name;
  }
}

/** Bad command line: unknown flag, bad flag value, missing argument, a pattern that matched nothing. */
export class UsageError extends ReportlintError {}

/**
 * Invalid or missing config: unparsable file, unknown key, unknown rule, bad severity, option failing its schema,
 * missing `extends` target, plugin that cannot be loaded, `-c` file that does not exist.
 */
export class ConfigError extends ReportlintError {
  /** The config file at fault (absolute path), or `--rule`/`<cli>` for command-line rule settings. */
  readonly filePath: string | undefined;
  /** Dotted key path inside that file, e.g. `rules.require-measures` or `extends[1]`. */
  readonly keyPath: string | undefined;

  constructor(message: string, details: { filePath?: string; keyPath?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.filePath = details.filePath;
    this.keyPath = details.keyPath;
  }
}

/** A path that does not exist or cannot be read, or a file that is not text (binary, undecodable, unsupported). */
export class ReadError extends ReportlintError {
  readonly filePath: string;

  constructor(message: string, filePath: string, options?: { cause?: unknown }) {
    super(message, options);
    this.filePath = filePath;
  }
}

export function isReportlintError(error: unknown): error is ReportlintError {
  return error instanceof ReportlintError;
}

/** Collapses line breaks (and the spaces around them) so a message always prints as one line. */
export function oneLine(message: string): string {
  // Line by line (each whitespace run holding a line break becomes one space), not /\s*[\r\n]+\s*/, which retries
  // from every space of a long run without a line break.
  return message
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
