/** Small builders for formatter tests: a message with sensible defaults, and a result whose counts match it. */
import type { LintMessage, LintResult } from '../../src/types.js';

export function msg(partial: Partial<LintMessage> & Pick<LintMessage, 'line' | 'column' | 'message'>): LintMessage {
  return {
    ruleId: 'some-rule',
    severity: 2,
    endLine: partial.line,
    endColumn: partial.column + 1,
    range: [0, 1],
    ...partial,
  };
}

export function result(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    ...extra,
  };
}
