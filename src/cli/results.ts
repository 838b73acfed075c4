/** The results of files that were not linted: one that could not be read, one that is ignored. */
import type { LintMessage, LintResult } from '../types.js';

/** The result of a file that could not be checked: one fatal message at its start, as ESLint reports a parse error. */
export function unreadable(filePath: string, message: string): LintResult {
  const fatal: LintMessage = { ruleId: null, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], fatal: true };
  return {
    filePath,
    messages: [fatal],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: 1,
  };
}

/**
 * The result of a file named on the command line that is ignored: one warning, not fatal, nothing linted (ESLint's
 * "File ignored because of a matching ignore pattern. Use "--no-ignore" to override.").
 */
export function ignoredFile(filePath: string, message: string): LintResult {
  const warning: LintMessage = { ruleId: null, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], fatal: false };
  return {
    filePath,
    messages: [warning],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: 0,
  };
}
