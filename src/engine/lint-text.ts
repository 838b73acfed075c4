/**
 * The pure core: a LintDocument and a resolved config in, a LintResult out. No file system, no
 * process: the CLI, an editor integration and the tests all call this.
 *
 * parse → directives → model → every enabled rule (each isolated: one that throws becomes one fatal
 * message; fixes kept only from rules marked `meta.fixable`) → messages with positions → inline-config
 * filtering → checklist of the statutory rules' verdicts → (--fix: apply, lint again).
 */
import type { Root } from 'mdast';
import { buildModel } from '../model/build.js';
import { reportIdentity } from '../model/identity.js';
import type { ReportModel } from '../model/types.js';
import type {
  AnyRule,
  ChecklistItem,
  Enforcement,
  Evidence,
  EvidencePlace,
  Fix,
  LintDocument,
  LintMessage,
  LintResult,
  Locale,
  OptionsOf,
  OptionsSchema,
  OriginalLocation,
  ProblemReport,
  ResolvedConfig,
  TextIndexView,
} from '../types.js';
import { collectDirectives, suppressorIndex, type Directive } from './directives.js';
import { applyFixes, keepFixesApart, protectedRanges } from './fix.js';
import { t } from '../messages/index.js';
import { docsUrl, renderTemplate } from './messages.js';
import { plainNotes } from './markdown.js';
import { parseWithNotes } from './parse.js';
import { maskPersonalInfoInResult } from './privacy.js';
import { lineIndexOf, type Locator } from './position.js';
import { isSurrogatePairAt } from '../text/chars.js';

export interface LintOptions {
  locale?: Locale;
  /** Apply fixes, lint again, and return the fixed text in `output`. */
  fix?: boolean;
  /** false = ignore every reportlint-* comment (--no-inline-config). */
  inlineConfig?: boolean;
  /** Severity for directives that silenced nothing (--report-unused-disable-directives). */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
  /**
   * Give every message an `excerpt`, also in plain text and HTML (Word and PDF messages always have one): the html
   * review report shows the text at each finding. Off by default, so json and stylish print what they always did.
   */
  excerpts?: boolean;
  /** The other reports (src/compare/text-index.ts), for rules with `meta.crossFile`; built by the caller. */
  textIndex?: TextIndexView;
}

const MAX_FIX_PASSES = 10;

export async function lintText(doc: LintDocument, config: ResolvedConfig, options: LintOptions = {}): Promise<LintResult> {
  let text = doc.text;
  let { result, tree } = await lintOnce({ ...doc, text }, config, options);
  if (!options.fix) return result;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
    const fixes = result.messages.flatMap((message) => (message.fix ? [message.fix] : []));
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(text, fixes, protectedRanges(tree, text));
    if (applied === 0 || output === text) break;
    text = output;
    ({ result, tree } = await lintOnce({ ...doc, text }, config, options));
  }
  return text === doc.text ? result : { ...result, output: text };
}

/** One lint pass; also returns the parsed tree, which the fix loop needs to know what it may not touch. */
async function lintOnce(
  doc: LintDocument,
  config: ResolvedConfig,
  options: LintOptions,
): Promise<{ result: LintResult; tree: Root }> {
  const locale = options.locale ?? 'zh';
  const { tree: parsed, plain } = await parseWithNotes(doc);
  const inline = options.inlineConfig !== false;
  const { directives, tree } = inline
    ? collectDirectives(parsed, doc.text, doc.syntax)
    : { directives: [] as Directive[], tree: parsed };
  const lines = lineIndexOf(doc.text);
  const locator = lines.locate;
  const place = placer(doc, locator, options.excerpts === true);
  const collected: LintMessage[] = [];
  // Parts of a Markdown file read as plain text, so that no input makes the parser take super-linear time (issue 11).
  for (const note of plainNotes(doc.text, plain, (offset) => lines.locate(offset).line, lines.lineEnd)) {
    const more = note.data.count > 1 ? t('engine.plainMore', locale, { count: note.data.count }) : '';
    const key = note.reason === 'nesting' ? 'engine.plainNesting' : note.reason === 'nestedItems' ? 'engine.plainNestedItems' : 'engine.plainMarkers';
    collected.push({ ruleId: null, severity: 1, message: t(key, locale, { ...note.data, more }), ...place(note.range) });
  }
  /** The enabled statutory rules in order, with the evidence each gave (none when it crashed). */
  const verdicts: Verdict[] = [];

  let model: ReportModel | undefined;
  const intern = interner();
  let notRun: string | undefined;
  try {
    model = buildModel(doc.text, tree);
  } catch (error) {
    notRun = modelFailure(error, locale);
    collected.push(fatalMessage(null, notRun, place));
  }

  for (const { rule, setting } of config.rules.values()) {
    if (setting.severity === 0) continue;
    if (!model) {
      // No rule ran: a statutory item then has no verdict, which the checklist says as 'error'.
      if (rule.meta.statutory) verdicts.push({ rule, evidence: [], ...(notRun === undefined ? {} : { notRun }) });
      continue;
    }
    const ran = runRule(rule, setting.severity, setting.options, { doc, tree, model, config, locale, place, textIndex: options.textIndex, intern });
    for (const message of ran.messages) collected.push(message);
    if (rule.meta.statutory) verdicts.push({ rule, evidence: ran.evidence });
  }

  const known = new Set([...config.rules.keys(), ...(config.knownRuleIds ?? [])]);
  const messages: LintMessage[] = [];
  const suppressedMessages: LintMessage[] = [];
  const used = new Set<Directive>();
  const enforced = config.enforcement?.rules;
  /** Comments that would have silenced an enforced rule (issue 11), with the rules: reported, not obeyed. */
  const overruled = new Map<Directive, Set<string>>();
  const findSuppressor = suppressorIndex(directives);
  for (const message of collected) {
    const { ruleId } = message;
    const suppressor = ruleId && !message.fatal ? findSuppressor(ruleId, message.range[0], locator(message.range[0]).line) : undefined;
    if (suppressor && enforced?.has(ruleId!)) {
      // Every comment that would have silenced it is an attempt, not only the first.
      let rest = directives;
      for (let found: Directive | undefined = suppressor; found; ) {
        used.add(found);
        overruled.set(found, (overruled.get(found) ?? new Set()).add(ruleId!));
        const done = found;
        rest = rest.filter((directive) => directive !== done);
        found = suppressorIndex(rest)(ruleId!, message.range[0], locator(message.range[0]).line);
      }
      messages.push(message);
    } else if (suppressor) {
      used.add(suppressor);
      // ESLint's field: what silenced it, with the comment's `-- 理由`, so a reviewer sees what was silenced and why.
      // Object.assign, not { ...message, suppressions }: in this V8 an object spread and then given a new field gets a
      // hidden class of its own, one per message.
      suppressedMessages.push(Object.assign({}, message, { suppressions: [{ kind: 'directive' as const, justification: suppressor.justification ?? '' }] }));
    } else messages.push(message);
  }
  // One by one, not push(...list): a list as long as the file's comments would overflow the call's arguments.
  if (config.enforcement) for (const problem of enforcementProblems(config.enforcement, directives, overruled, used, locale, place)) messages.push(problem);
  for (const problem of directiveProblems(directives, known, used, options.reportUnusedDisableDirectives ?? 0, locale, place)) messages.push(problem);
  messages.sort((a, b) => a.range[0] - b.range[0] || a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
  keepFixesApart(messages);
  const result = summarise(doc, messages, suppressedMessages);
  if (verdicts.length > 0) result.checklist = verdicts.map((verdict) => checklistItem(verdict, result, locale));
  if (model) {
    const identity = reportIdentity(model);
    if (identity.unit !== undefined || identity.year !== undefined) result.report = identity;
  }
  // No message, excerpt or evidence repeats a personal number in full (./privacy.ts); fixes keep the report's text.
  return { result: maskPersonalInfoInResult(result, doc.text), tree: parsed };
}

interface Verdict {
  rule: AnyRule;
  evidence: EvidencePlace[];
  /** Why the rule did not run at all (the report's structure could not be analysed). */
  notRun?: string;
}

/**
 * A statutory rule's verdict from the messages left after the directives: a crash (or not running at all) makes it
 * 'error'; any other message of its own makes it 'fail'; else 'pass', marked `suppressed` when all it reported was
 * silenced by a reportlint-disable comment.
 */
function checklistItem({ rule, evidence, notRun }: Verdict, result: LintResult, locale: Locale): ChecklistItem {
  const { id, statutory } = rule.meta;
  const base = { ruleId: id, item: statutory?.[locale] ?? id, evidence };
  if (notRun !== undefined) return { ...base, status: 'error', messages: [notRun] };
  const own = result.messages.filter((message) => message.ruleId === id);
  const crash = own.filter((message) => message.fatal === true);
  if (crash.length > 0) return { ...base, status: 'error', messages: crash.map((message) => message.message) };
  if (own.length > 0) return { ...base, status: 'fail', messages: own.map((message) => message.message) };
  const suppressed = result.suppressedMessages.some((message) => message.ruleId === id);
  return { ...base, status: 'pass', messages: [], ...(suppressed ? { suppressed: true as const } : {}) };
}

interface RunEnv {
  doc: LintDocument;
  tree: Root;
  model: ReportModel;
  config: ResolvedConfig;
  locale: Locale;
  place: Placer;
  textIndex: TextIndexView | undefined;
  /** One string for equal message texts (see interner). */
  intern: (text: string) => string;
}

/** How many distinct message texts one lint pass shares (beyond that, a text is kept as rendered). */
const INTERN_MAX = 10_000;

/**
 * Equal strings made one: tens of thousands of messages of a large report (one per heading, per comma) say a few
 * dozen things, and each would otherwise keep its own copy of its text until the output is written.
 */
function interner(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined) return found;
    if (known.size < INTERN_MAX) known.set(text, text);
    return text;
  };
}

/**
 * Runs one rule: its messages and, for a statutory rule, the places it said satisfy the item. A throwing or
 * misbehaving rule (bad range, unknown messageId, bad evidence range) yields one fatal message and no evidence.
 */
function runRule(
  rule: AnyRule,
  severity: 1 | 2,
  ruleOptions: Readonly<Record<string, unknown>>,
  env: RunEnv,
): { messages: LintMessage[]; evidence: EvidencePlace[] } {
  const { meta } = rule;
  const url = docsUrl(meta, env.config.settings);
  const link = url === undefined ? {} : { url };
  const messages: LintMessage[] = [];
  /** The first report that could not become a message: the rule then counts as crashed (see below). */
  let badReport: unknown;
  const satisfied: Evidence[] = [];
  const statutory = meta.statutory !== undefined;
  try {
    rule.check({
      filePath: env.doc.filePath,
      text: env.doc.text,
      tree: env.tree,
      model: env.model,
      // The config layer validated these against meta.options and filled in the defaults.
      options: ruleOptions as OptionsOf<OptionsSchema>,
      settings: env.config.settings,
      // Made a message at once, so the rule's report object is garbage while still young (a rule reporting every
      // heading of a long list would otherwise keep them all until it returns). A report that cannot be made one is
      // remembered, not thrown: a rule catching its own errors must not swallow it.
      report: (problem) => {
        if (badReport !== undefined) return;
        try {
          messages.push(messageOf(problem, meta, severity, url, env));
        } catch (error) {
          badReport = error;
        }
      },
      satisfied: (evidence) => {
        if (statutory) satisfied.push(evidence);
      },
      ...(meta.crossFile === true && env.textIndex ? { textIndex: env.textIndex } : {}),
    });
    if (badReport !== undefined) throw badReport;
    const evidence = satisfied.map((given) => evidencePlace(given, env));
    return { messages, evidence };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const text = t('engine.ruleCrashed', env.locale, { rule: meta.id, reason });
    return { messages: [{ ...fatalMessage(meta.id, text, env.place), ...link }], evidence: [] };
  }
}

/** One report as a message; throws when the rule named no message of its own or gave a range outside the text. */
function messageOf(problem: ProblemReport, meta: AnyRule['meta'], severity: 1 | 2, url: string | undefined, env: RunEnv): LintMessage {
  const template = meta.messages[problem.messageId];
  if (!template) throw new Error(`unknown messageId "${problem.messageId}"`);
  const range = checkedRange(problem.range ?? [0, 0], env.doc.text.length, 'range');
  // A fix edits `text`; when the reader maps positions back to a Word/PDF/HTML file, `text` is not
  // the file, so there is nothing a fix could be applied to. A rule whose meta does not say `fixable` has
  // promised no fixes (--list-rules does not mark it): any it offers is dropped, so it is neither applied
  // by --fix nor counted as fixable.
  const fix =
    problem.fix && meta.fixable === true && !env.doc.locate
      ? { range: checkedRange(problem.fix.range, env.doc.text.length, 'fix.range'), text: problem.fix.text }
      : undefined;
  const text = env.intern(renderTemplate(template, env.locale, problem.data));
  // Made with every field it usually has, the place's filled in by env.place: fields added to an object after its
  // literal go to a second array of its own (60 bytes a message: 4 MB for a file of 50,000 headings).
  const { id: ruleId } = meta;
  const { messageId } = problem;
  const unplaced =
    url === undefined
      ? { ruleId, messageId, severity, message: text, line: 0, column: 0, endLine: 0, endColumn: 0, range }
      : { ruleId, messageId, severity, message: text, line: 0, column: 0, endLine: 0, endColumn: 0, range, url };
  const message: LintMessage = env.place(range, problem.excerpt, unplaced);
  if (fix) message.fix = fix;
  if (meta.publicData === true && problem.data) message.data = problem.data;
  return message;
}

/** An evidence range, checked like a report's, with the place fields a message gets and the text it covers. */
function evidencePlace(given: Evidence, env: RunEnv): EvidencePlace {
  if (!Array.isArray(given?.range)) throw new Error('satisfied() was called without a range');
  const range = checkedRange(given.range, env.doc.text.length, 'evidence range');
  const label = typeof given.label === 'string' && given.label.trim() !== '' ? given.label.trim() : undefined;
  return {
    ...(label === undefined ? {} : { label }),
    ...env.place(range),
    range,
    excerpt: evidenceExcerpt(env.doc.text, range[0], range[1]),
  };
}

const EVIDENCE_EXCERPT_MAX = 40;

/**
 * The text a piece of evidence covers, on one line, at most about 40 characters (then cut with …); for an empty
 * range, the rest of its line.
 */
export function evidenceExcerpt(text: string, start: number, end: number): string {
  return excerptOf(text, start, end, EVIDENCE_EXCERPT_MAX, 1);
}

function checkedRange(range: readonly [number, number], length: number, what: string): [number, number] {
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new Error(`${what} [${start}, ${end}] is outside the document (length ${length})`);
  }
  return [start, end];
}

type Placed = Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'range' | 'paragraph' | 'page' | 'pageLine' | 'excerpt'>;

/**
 * A range's place fields, set on `target` (a message being made; a new object when not given) in the order a
 * message lists them. Set one by one, not spread: this runs for every message of every file.
 */
interface Placer {
  (range: readonly [number, number], excerptText?: string): Placed;
  <T extends object>(range: readonly [number, number], excerptText: string | undefined, target: T): T & Placed;
}

/** Positions for a range: in the linted text, or in the original Word/PDF/HTML file when the reader maps back. */
function placer(doc: LintDocument, locator: Locator, excerpts: boolean): Placer {
  const withExcerpt = excerpts || doc.sourceFormat === 'docx' || doc.sourceFormat === 'pdf';
  // Word/PDF/HTML readers map back to the original file (with 第N段 / page places); text is its own file.
  const at: (offset: number) => OriginalLocation = doc.locate ?? locator;
  return (range: readonly [number, number], excerptText?: string, target?: object): Placed => {
    const [start, end] = range;
    const from = at(start);
    const to = at(end);
    const placed = (target ?? {}) as Placed;
    placed.line = from.line;
    placed.column = from.column;
    placed.endLine = to.line;
    placed.endColumn = to.column;
    placed.range = [start, end];
    if (from.paragraph !== undefined) placed.paragraph = from.paragraph;
    if (from.page !== undefined) placed.page = from.page;
    if (from.pageLine !== undefined) placed.pageLine = from.pageLine;
    if (withExcerpt) placed.excerpt = excerptText ?? excerpt(doc.text, start, end);
    return placed;
  };
}

/** A few characters of the text at the problem, so a Word or PDF reader can search for them. */
export function excerpt(text: string, start: number, end: number): string {
  return excerptOf(text, start, end, 24, 4);
}

/** How much of a range's text an excerpt looks at (see excerptOf). */
const EXCERPT_SOURCE_MAX = 4096;

/**
 * The text at [start, end) as a reader of the original sees it, on one line, at most `max` characters: the
 * Markdown a reader added (# of headings, ** of bold lines, backslash escapes) left out, never running into
 * the next paragraph. A range shorter than `minSpan` shows the text from it to the end of its line; an empty
 * range at a line's end (a missing date at the end of the report) shows that line's end, from a clause boundary.
 */
function excerptOf(text: string, start: number, end: number, max: number, minSpan: number): string {
  const lines = lineIndexOf(text);
  // Only the first EXCERPT_SOURCE_MAX characters of a long range can show (a few dozen do): cleaning the rest of a
  // megabyte-long paragraph for every message would make many messages cost quadratic time.
  const upTo = (to: number) => Math.min(to, start + EXCERPT_SOURCE_MAX);
  let raw: string;
  let cutBefore = false;
  if (end - start >= minSpan) raw = text.slice(start, upTo(end));
  else if (lines.lineEnd(start) > start) raw = text.slice(start, upTo(Math.max(end, lines.lineEnd(start))));
  else {
    const lineStart = lines.lineStart(start);
    // A line more than 4 × max code units long before `start` has more than max characters: only its tail shows.
    const long = start - lineStart > 4 * max;
    let line = text.slice(long ? start - 4 * max : lineStart, start);
    // Back from the end to a clause boundary, so the excerpt does not start in the middle of a word.
    if (long || Array.from(line).length > max) {
      const tail = line.slice(-max);
      const cut = tail.search(/[，。；：、,.;:\s][^，。；：、,.;:\s]/);
      line = cut === -1 ? tail : tail.slice(cut + 1);
      cutBefore = true;
    }
    raw = line;
  }
  // Up to the first blank line (search, not split: a split copies its RegExp on every call).
  const blank = raw.search(BLANK_LINE);
  const clean = (blank === -1 ? raw : raw.slice(0, blank))
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/\*\*/g, '')
    .replace(/\\(?=[\\`*_[\]<&#>+\-.!)=~|])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const shown = fitted(clean, max);
  return cutBefore && shown ? `…${shown}` : shown;
}

const BLANK_LINE = /\r?\n\s*\r?\n/;

/**
 * `text` if it has at most `max` characters (code points, a lone surrogate counting as one), else its first
 * `max` − 1 and "…". Counted only as far as needed: an excerpt's source may be thousands of characters.
 */
function fitted(text: string, max: number): string {
  if (text.length <= max) return text;
  const step = (index: number): number => index + (isSurrogatePairAt(text, index) ? 2 : 1);
  // `end`: after the first max − 1 characters; the text fits if at most one more follows.
  let end = 0;
  for (let count = 0; count < max - 1 && end < text.length; count += 1) end = step(end);
  return end >= text.length || step(end) >= text.length ? text : `${text.slice(0, end)}…`;
}

function fatalMessage(ruleId: string | null, message: string, place: Placer): LintMessage {
  return { ruleId, severity: 2, message, fatal: true, ...place([0, 0]) };
}

function modelFailure(error: unknown, locale: Locale): string {
  const reason = error instanceof Error ? error.message : String(error);
  return t('engine.modelFailed', locale, { reason });
}

function directiveProblems(
  directives: readonly Directive[],
  known: ReadonlySet<string>,
  used: ReadonlySet<Directive>,
  unusedSeverity: 0 | 1 | 2,
  locale: Locale,
  place: Placer,
): LintMessage[] {
  const problems: LintMessage[] = [];
  for (const directive of directives) {
    const range = [directive.start, directive.end] as const;
    for (const id of directive.ruleIds.filter((ruleId) => !known.has(ruleId))) {
      const message = t('engine.unknownDirectiveRule', locale, { kind: directive.kind, rule: id });
      problems.push({ ruleId: null, severity: 2, message, ...place(range) });
    }
    if (unusedSeverity !== 0 && directive.kind !== 'enable' && !used.has(directive)) {
      const message = t('engine.unusedDirective', locale, { kind: directive.kind });
      problems.push(Object.assign({ ruleId: null, severity: unusedSeverity, message }, place(range), { fix: removalFix(directive) }));
    }
  }
  return problems;
}

/**
 * Attempts to lower an enforced rule (issue 11), one error each: the config entries the config layer kept out (at the
 * start of the report), and the reportlint-disable comments that name an enforced rule or would have silenced one
 * (at the comment). Such a comment counts as used: it is reported here, not again as unused.
 */
function enforcementProblems(
  enforcement: Enforcement,
  directives: readonly Directive[],
  overruled: ReadonlyMap<Directive, ReadonlySet<string>>,
  used: Set<Directive>,
  locale: Locale,
  place: Placer,
): LintMessage[] {
  const problems: LintMessage[] = [];
  for (const { ruleId, file, key, kind, by } of enforcement.attempts) {
    const message = t(`enforce.${kind}`, locale, { file, key, rule: ruleId, by });
    problems.push({ ruleId: null, severity: 2, message, ...place([0, 0]) });
  }
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const ids = new Set([...directive.ruleIds.filter((id) => enforcement.rules.has(id)), ...(overruled.get(directive) ?? [])]);
    if (ids.size > 0) used.add(directive);
    for (const id of ids) {
      const message = t('enforce.directive', locale, { kind: directive.kind, rule: id, by: enforcement.rules.get(id) ?? '' });
      problems.push({ ruleId: null, severity: 2, message, ...place([directive.start, directive.end]) });
    }
  }
  return problems;
}

function removalFix(directive: Directive): Fix {
  return { range: [directive.start, directive.end], text: '' };
}

function summarise(doc: LintDocument, messages: LintMessage[], suppressedMessages: LintMessage[]): LintResult {
  const count = (predicate: (message: LintMessage) => boolean) => messages.filter(predicate).length;
  return {
    filePath: doc.filePath,
    messages,
    suppressedMessages,
    errorCount: count((m) => m.severity === 2),
    warningCount: count((m) => m.severity === 1),
    fixableErrorCount: count((m) => m.severity === 2 && m.fix !== undefined),
    fixableWarningCount: count((m) => m.severity === 1 && m.fix !== undefined),
    fatalErrorCount: count((m) => m.fatal === true),
    ...(doc.sourceFormat ? { sourceFormat: doc.sourceFormat } : {}),
  };
}
