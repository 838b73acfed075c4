/**
 * ESLint-compatible JSON on one line: an array with one object per file, so tools that read `eslint -f json`
 * (reviewdog, code-quality converters, editor plugins) read reportlint's output unchanged. Extra fields beyond
 * ESLint's — `range`, `url`, and for Word/PDF `paragraph`, `page`, `pageLine`, `excerpt`, and `data` from rules that publish it — are added, never renamed.
 * `json-with-metadata` wraps the same array as ESLint does: `{ results, metadata: { rulesMeta, … } }`.
 * A result whose lint ran statutory rules also carries `checklist`: each such rule's verdict with its evidence; a
 * result whose report could be read carries `report`: the unit and year read from it (what summaries show).
 */
import type { ChecklistItem, EvidencePlace, LintMessage, LintResult } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';

type Json = Record<string, unknown>;

export function serializeMessage(message: LintMessage, context: FormatterContext): Json {
  const url = message.url ?? (message.ruleId === null ? undefined : context.rulesMeta?.[message.ruleId]?.url);
  const out: Json = {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
  };
  if (message.messageId !== undefined) out['messageId'] = message.messageId;
  out['range'] = message.range;
  if (url !== undefined) out['url'] = url;
  if (message.fix !== undefined) out['fix'] = { range: message.fix.range, text: message.fix.text };
  Object.assign(out, originalPlace(message));
  if (message.excerpt !== undefined) out['excerpt'] = message.excerpt;
  // A rule with meta.publicData (no-copied-text: the other file, its place and range, the share found there).
  if (message.data !== undefined) out['data'] = { ...message.data };
  if (message.fatal === true) out['fatal'] = true;
  // ESLint's field on a silenced message: the reportlint-disable comment and its `-- 理由` ('' when it gives none).
  if (message.suppressions !== undefined) out['suppressions'] = message.suppressions.map(({ kind, justification }) => ({ kind, justification }));
  return out;
}

/** One result as an object of json's shape (for callers that want objects; jsonPieces writes the same text). */
export function serializeResult(result: LintResult, context: FormatterContext): Json {
  return {
    filePath: result.filePath,
    messages: result.messages.map((m) => serializeMessage(m, context)),
    suppressedMessages: result.suppressedMessages.map((m) => serializeMessage(m, context)),
    ...resultFields(result),
  };
}

/** A result's fields after its two message arrays (the counts come first, so there is always one). */
function resultFields(result: LintResult): Json {
  const out: Json = {
    errorCount: result.errorCount,
    fatalErrorCount: result.fatalErrorCount,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
  };
  if (result.sourceFormat !== undefined) out['sourceFormat'] = result.sourceFormat;
  if (result.output !== undefined) out['output'] = result.output;
  if (result.checklist !== undefined) out['checklist'] = result.checklist.map(serializeChecklistItem);
  if (result.report !== undefined) out['report'] = { ...result.report };
  return out;
}

export function serializeChecklistItem(item: ChecklistItem): Json {
  const out: Json = {
    ruleId: item.ruleId,
    item: item.item,
    status: item.status,
    evidence: item.evidence.map(serializeEvidence),
    messages: [...item.messages],
  };
  if (item.suppressed === true) out['suppressed'] = true;
  return out;
}

function serializeEvidence(place: EvidencePlace): Json {
  const out: Json = {};
  if (place.label !== undefined) out['label'] = place.label;
  Object.assign(out, {
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    range: place.range,
    excerpt: place.excerpt,
  });
  return Object.assign(out, originalPlace(place));
}

/** Word's paragraph, or PDF's page and line, when the place has them. */
function originalPlace(place: Pick<EvidencePlace, 'paragraph' | 'page' | 'pageLine'>): Json {
  const out: Json = {};
  if (place.paragraph !== undefined) out['paragraph'] = place.paragraph;
  if (place.page !== undefined) out['page'] = place.page;
  if (place.pageLine !== undefined) out['pageLine'] = place.pageLine;
  return out;
}

/** Messages serialized at a time: the pieces stay small, and few enough that writing them costs nothing. */
const MESSAGES_PER_PIECE = 100;

/**
 * The json text in pieces, in order, each made when it is asked for: the CLI writes each piece as it comes, so a run
 * with tens of thousands of messages never holds their whole text (a 2 MB input with 68,565 messages made 22 MB of
 * json, held twice over while it was built and written). Joined, the pieces are exactly JSON.stringify of the results.
 */
export function* jsonPieces(results: readonly LintResult[], context: FormatterContext): Generator<string> {
  yield '[';
  for (let i = 0; i < results.length; i++) {
    if (i > 0) yield ',';
    yield* resultPieces(results[i]!, context);
  }
  yield ']';
}

function* resultPieces(result: LintResult, context: FormatterContext): Generator<string> {
  yield `{"filePath":${JSON.stringify(result.filePath)},"messages":`;
  yield* messagePieces(result.messages, context);
  yield ',"suppressedMessages":';
  yield* messagePieces(result.suppressedMessages, context);
  yield `,${JSON.stringify(resultFields(result)).slice(1)}`;
}

function* messagePieces(messages: readonly LintMessage[], context: FormatterContext): Generator<string> {
  if (messages.length === 0) {
    yield '[]';
    return;
  }
  for (let start = 0; start < messages.length; start += MESSAGES_PER_PIECE) {
    const piece = JSON.stringify(messages.slice(start, start + MESSAGES_PER_PIECE).map((m) => serializeMessage(m, context)));
    // '[a,b' for the first piece, ',c,d' for the next ones, ']' closing the last: the brackets apart, so the slice
    // (a view of the stringified piece) is written without being copied into a joined string.
    yield start === 0 ? '[' : ',';
    yield piece.slice(1, -1);
    if (start + MESSAGES_PER_PIECE >= messages.length) yield ']';
  }
}

/** json-with-metadata in pieces: ESLint's `{ results, metadata }`, the results as jsonPieces gives them. */
export function* jsonWithMetadataPieces(results: readonly LintResult[], context: FormatterContext): Generator<string> {
  yield '{"results":';
  yield* jsonPieces(results, context);
  const metadata = { tool: 'reportlint', columnUnit: 'utf16', cwd: context.cwd, rulesMeta: context.rulesMeta ?? {} };
  yield `,"metadata":${JSON.stringify(metadata)}}`;
}

export const json: Formatter = (results, context) => `${[...jsonPieces(results, context)].join('')}\n`;

export const jsonWithMetadata: Formatter = (results, context) => `${[...jsonWithMetadataPieces(results, context)].join('')}\n`;
