/** The results of files that were not linted: one that could not be read, one that is ignored. */
import type { LintResult } from '../types.js';

/** The result of a file that could not be checked: one fatal message at its start, as ESLint reports a parse error. */
export function unreadable(filePath: string, message: string): LintResult {
  return oneMessage(filePath, message, true);
}

/**
 * The result of a file named on the command line that is ignored: one warning, not fatal, nothing linted (ESLint's
 * "File ignored because of a matching ignore pattern. Use "--no-ignore" to override.").
 */
export function ignoredFile(filePath: string, message: string): LintResult {
  return oneMessage(filePath, message, false);
}

/** A result of one message at the file's start, without a rule: a fatal error, or a warning. */
function oneMessage(filePath: string, message: string, fatal: boolean): LintResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: fatal ? 2 : 1, message, line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], fatal }],
    suppressedMessages: [],
    errorCount: fatal ? 1 : 0,
    warningCount: fatal ? 0 : 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: fatal ? 1 : 0,
  };
}
