/**
 * What must hold for every input (issue 11), checked on one generated report:
 *
 * - lintText never throws and never yields an internal-error diagnostic (a fatal message: the model could not be built,
 *   or a rule crashed), and every statutory rule gets a verdict other than 'error';
 * - every position (messages, silenced messages, checklist evidence) lies in the text, agrees with the line index of
 *   src/engine/position.ts, and never splits a surrogate pair;
 * - fixes never overlap, stay inside the text and on the lines of their message, never split a surrogate pair, and are
 *   idempotent: fixing the fixed text changes nothing;
 * - the result is deterministic.
 */
import { lintText, type LintOptions } from '../../src/engine/lint-text.js';
import { createLineIndex } from '../../src/engine/position.js';
import type { LintDocument, LintMessage, LintResult, ResolvedConfig } from '../../src/types.js';
import { recommendedConfig } from '../rule-tester.js';

const config: ResolvedConfig = recommendedConfig();

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

/** Checks the places of one result against its text. */
export function checkPositions(text: string, result: LintResult): void {
  const lines = createLineIndex(text);
  const checkRange = (range: readonly [number, number], what: string, where?: { line: number; column: number; endLine: number; endColumn: number }) => {
    const [start, end] = range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) fail(`${what} outside the text`, { range, length: text.length });
    if (splitsPair(text, start) || splitsPair(text, end)) fail(`${what} splits a surrogate pair`, { range });
    if (where) {
      const from = lines.locate(start);
      const to = lines.locate(end);
      if (where.line !== from.line || where.column !== from.column || where.endLine !== to.line || where.endColumn !== to.column) {
        fail(`${what}: line/column disagree with the offsets`, { range, where, from, to });
      }
    }
  };
  const all: LintMessage[] = [...result.messages, ...result.suppressedMessages];
  /** The messages offering each edit (several may offer the same one: residue at the end of a file). */
  const byFix = new Map<string, LintMessage[]>();
  for (const message of all) {
    checkRange(message.range, `message ${message.ruleId}`, message);
    if (!message.fix) continue;
    checkRange(message.fix.range, `fix of ${message.ruleId}`);
    const key = JSON.stringify(message.fix);
    byFix.set(key, [...(byFix.get(key) ?? []), message]);
  }
  // A fix stays on the lines of the messages that offer it: what else it edits is whitespace (a line it deletes may
  // take line breaks and blank lines around it).
  for (const [key, messages] of byFix) {
    const [from, to] = (JSON.parse(key) as { range: [number, number] }).range;
    const spans = messages.map((m) => [lines.lineStart(m.range[0]), lines.lineEnd(m.range[1])] as const);
    for (let at = from; at < to; at += 1) {
      if (spans.some(([a, b]) => at >= a && at < b) || /\s/.test(text.charAt(at))) continue;
      fail(`fix of ${messages[0]?.ruleId} leaves its message's lines`, { range: messages[0]?.range, fix: messages[0]?.fix });
    }
  }
  for (const item of result.checklist ?? []) for (const evidence of item.evidence) checkRange(evidence.range, `evidence of ${item.ruleId}`, evidence);
}

/**
 * No two fixes of one result overlap: each edits text no other touches (the same edit offered by several messages is
 * one edit; two insertions at one place would conflict).
 */
export function checkFixesApart(result: LintResult): void {
  const unique = new Map<string, { range: readonly [number, number]; text: string; ruleId: string | null }>();
  for (const m of result.messages) if (m.fix) unique.set(JSON.stringify(m.fix), { ...m.fix, ruleId: m.ruleId });
  const fixes = [...unique.values()].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 1; i < fixes.length; i += 1) {
    const before = fixes[i - 1]!;
    const fix = fixes[i]!;
    const sameInsertionPoint = fix.range[0] === fix.range[1] && before.range[0] === before.range[1] && fix.range[0] === before.range[0];
    if (fix.range[0] < before.range[1] || sameInsertionPoint) fail('two fixes overlap', [before, fix]);
  }
}

/** The internal errors: a fatal message, or a statutory rule without a verdict. */
export function checkNoInternalError(result: LintResult): void {
  const fatal = result.messages.filter((m) => m.fatal === true);
  if (fatal.length > 0) fail('internal error', fatal.map((m) => m.message));
  const broken = (result.checklist ?? []).filter((item) => item.status === 'error');
  if (broken.length > 0) fail('statutory rule without a verdict', broken);
}

/** Everything at once, for one document and options. */
export async function checkDocument(doc: LintDocument, options: LintOptions = {}): Promise<void> {
  const result = await lintText(doc, config, options);
  checkNoInternalError(result);
  checkPositions(doc.text, result);
  checkFixesApart(result);

  const again = await lintText(doc, config, options);
  if (JSON.stringify(again) !== JSON.stringify(result)) fail('not deterministic', { first: result.messages.length, second: again.messages.length });

  const fixed = await lintText(doc, config, { ...options, fix: true });
  checkNoInternalError(fixed);
  const output = fixed.output ?? doc.text;
  checkPositions(output, fixed);
  const refixed = await lintText({ ...doc, text: output }, config, { ...options, fix: true });
  if (refixed.output !== undefined && refixed.output !== output) {
    fail('fixing the fixed text changes it', { fixed: output.slice(0, 300), refixed: refixed.output.slice(0, 300) });
  }
}
