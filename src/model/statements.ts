/**
 * What a report states, found sentence by sentence with the part of the report known: the leaders' own
 * rule-of-law duty, each enforcement system, an analysis of causes. The words are the concepts of
 * concepts.ts; this module decides how they must meet (in one clause, one sentence, in which part).
 * Pure functions over text units (query.ts); the content rules call them and report.
 */
import {
  CAUSE_WORD,
  conceptRe,
  DUTY_NAME,
  ENFORCEMENT_SYSTEMS,
  EXPLANATION,
  LEAD_ACTION,
  NOT_PRINCIPAL,
  OTHER_DOMAIN,
  PRINCIPAL_LEADER,
  RULE_OF_LAW,
  type SystemConcept,
} from './concepts.js';
import { isWhitespaceCode } from '../text/chars.js';
import { alternation, maskBookTitles, type TextUnit, type UnitRole } from './query.js';
import { matchesOf } from '../text/matches.js';

/** A sentence of a unit: index range in `unit.plain`, its text, and its source range. */
export interface Sentence {
  unit: TextUnit;
  index: number;
  end: number;
  text: string;
  role: UnitRole;
  range: [number, number];
}

/** 。！？!?；; — the marks that end a sentence (by char code: this runs over every character of a report). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0xff1b || code === 0x3b;
}

/** ，,、：: and the sentence ends — the marks that end a clause. */
function isClauseEnd(code: number): boolean {
  return code === 0xff0c || code === 0x2c || code === 0x3001 || code === 0xff1a || code === 0x3a || isSentenceEnd(code);
}

/**
 * Whether text[start, end) holds a character that is neither space nor a sentence end (a sentence holding none is
 * empty). Looks within the range only: a run of thousands of 。 is thousands of one-character sentences.
 */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (!isWhitespaceCode(code) && !isSentenceEnd(code)) return true;
  }
  return false;
}

/**
 * The sentences of the units with the inside of 《》 masked (a cited document's title is not the report's
 * statement), cached per units array: several rules and systems search the same document units.
 */
export function maskedSentences(units: readonly TextUnit[]): SentenceList {
  let sentences = maskedCache.get(units);
  if (!sentences) {
    // A unit without 《 is its own masked copy (no copy of every unit of the report).
    sentences = new SentenceList(units.map((u) => (u.plain.includes('《') ? { ...u, plain: maskBookTitles(u.plain) } : u)));
    maskedCache.set(units, sentences);
  }
  return sentences;
}
const maskedCache = new WeakMap<readonly TextUnit[], SentenceList>();

/**
 * The sentences of some units, kept as three numbers each (unit, start, end) and made Sentence objects only while
 * they are looked at: the masked sentences of a report are kept while its rules run, and a report of 50,000 headings
 * has at least as many.
 */
export class SentenceList implements Iterable<Sentence> {
  /** For sentence k: its unit's index at 3k, its start in the unit's plain at 3k + 1, its end at 3k + 2. */
  private readonly places: Int32Array;
  readonly length: number;

  constructor(private readonly units: readonly TextUnit[]) {
    let places = new Int32Array(3 * Math.max(16, units.length));
    let count = 0;
    units.forEach((unit, u) => {
      forEachSentence(unit.plain, (start, end) => {
        if (3 * count + 3 > places.length) {
          const larger = new Int32Array(places.length * 2);
          larger.set(places);
          places = larger;
        }
        places[3 * count] = u;
        places[3 * count + 1] = start;
        places[3 * count + 2] = end;
        count += 1;
      });
    });
    this.places = places.slice(0, 3 * count);
    this.length = count;
  }

  at(k: number): Sentence {
    const places = this.places;
    return new UnitSentence(this.units[places[3 * k] as number] as TextUnit, places[3 * k + 1] as number, places[3 * k + 2] as number);
  }

  *[Symbol.iterator](): Generator<Sentence> {
    for (let k = 0; k < this.length; k += 1) yield this.at(k);
  }

  /** The sentences `wanted` accepts, in order (only they are kept). */
  filter(wanted: (sentence: Sentence) => boolean): Sentence[] {
    const found: Sentence[] = [];
    for (let k = 0; k < this.length; k += 1) {
      const sentence = this.at(k);
      if (wanted(sentence)) found.push(sentence);
    }
    return found;
  }

  find(wanted: (sentence: Sentence) => boolean): Sentence | undefined {
    for (let k = 0; k < this.length; k += 1) {
      const sentence = this.at(k);
      if (wanted(sentence)) return sentence;
    }
    return undefined;
  }
}

/** The sentences of the units, in order (a sentence ends at 。！？；; the unit's end closes the last). */
export function sentencesOf(units: readonly TextUnit[]): Sentence[] {
  return [...eachSentence(units)];
}

/** sentencesOf one at a time, for a search that stops at the first it wants (no array of every sentence). */
export function* eachSentence(units: Iterable<TextUnit>): Generator<Sentence> {
  for (const unit of units) {
    const found: number[] = [];
    forEachSentence(unit.plain, (start, end) => found.push(start, end));
    for (let k = 0; k < found.length; k += 2) yield new UnitSentence(unit, found[k] as number, found[k + 1] as number);
  }
}

/** Calls `each` with the [start, end) of every sentence of `plain`, in order. */
function forEachSentence(plain: string, each: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i <= plain.length; i += 1) {
    if (i < plain.length && !isSentenceEnd(plain.charCodeAt(i))) continue;
    const end = Math.min(plain.length, i + 1);
    if (end > start && hasContent(plain, start, end)) each(start, end);
    start = end;
  }
}

/**
 * A Sentence as three fields, its text, role and range read from its unit when asked: the masked sentences of a
 * report are kept for as long as its rules run, and a large report has a hundred thousand of them.
 */
class UnitSentence implements Sentence {
  constructor(
    readonly unit: TextUnit,
    readonly index: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.unit.plain.slice(this.index, this.end);
  }

  get role(): UnitRole {
    return this.unit.role;
  }

  get range(): [number, number] {
    return [this.unit.toOffset(this.index), this.unit.toOffset(this.end - 1) + 1];
  }
}

function* filtered<T>(items: Iterable<T>, wanted: (item: T) => boolean): Generator<T> {
  for (const item of items) if (wanted(item)) yield item;
}

function firstOf<T>(items: Iterable<T>, wanted: (item: T) => boolean = () => true): T | undefined {
  for (const item of items) if (wanted(item)) return item;
  return undefined;
}

/** A sub-heading up to this long once its ordinal is set aside only labels what follows ("（一）存在的问题"). */
const LABEL_LENGTH = 15;

/** A unit that states something: a paragraph, a run-in heading, or a heading line too long to be a mere label. */
export function isStatement(unit: TextUnit): boolean {
  if (unit.kind === 'paragraph' || unit.section?.heading.runIn) return true;
  // At most 20 characters before the number: the prefix and the number may share digits, so an unbounded prefix
  // would make a long run of digits quadratic.
  return unit.plain.replace(/^[^\p{L}]{0,20}[一二三四五六七八九十\d]+[、.．)）]/u, '').length > LABEL_LENGTH;
}

/**
 * The first sentence of the units' text, label sub-headings skipped: the evidence for a part that exists
 * ("the problems start here").
 */
export function firstSentence(units: readonly TextUnit[]): Sentence | undefined {
  return firstOf(eachSentence(units.filter(isStatement))) ?? firstOf(eachSentence(units));
}

/** The clauses of a text (cut at ，、：and sentence ends), with their index ranges. */
export function clausesOf(text: string): Array<{ text: string; index: number }> {
  return [...eachClause(text)];
}

/**
 * clausesOf one at a time: a search that stops at the first clause it wants holds no array of every clause (a
 * sentence of 300,000 commas would otherwise be 300,000 objects alive at once).
 */
export function* eachClause(text: string, isEnd: (code: number) => boolean = isClauseEnd): Generator<{ text: string; index: number }> {
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !isEnd(text.charCodeAt(i))) continue;
    if (i > start) yield { text: text.slice(start, i), index: start };
    start = i + 1;
  }
}

/** The parts where the year's work is told: not the problems, not the plans. */
export const isWorkPart = (role: UnitRole): boolean => role !== 'plan' && role !== 'problems';

// ——— The leaders' duty ————————————————————————————————————————————————————————————

export interface DutyVocabulary {
  leaders: readonly string[];
  otherDomains: readonly string[];
}

/** The duty vocabulary as RegExps; `all…` are global copies for finding the last match. */
interface DutyTerms {
  duty: RegExp;
  leader: RegExp;
  others: RegExp;
  law: RegExp;
  action: RegExp;
  allOthers: RegExp;
  allLaw: RegExp;
}

/** Compiled once per vocabulary (the built-in one and each config's extra words). */
const dutyTermsCache = new Map<string, DutyTerms>();

function dutyTerms(vocabulary: DutyVocabulary): DutyTerms {
  const key = `${vocabulary.leaders.join('\u0000')}\u0001${vocabulary.otherDomains.join('\u0000')}`;
  let terms = dutyTermsCache.get(key);
  if (!terms) {
    terms = compileDuty(vocabulary);
    dutyTermsCache.set(key, terms);
  }
  return terms;
}

function compileDuty(vocabulary: DutyVocabulary): DutyTerms {
  // No other domain at all matches nothing (an empty alternation would match everywhere).
  const others = alternation(vocabulary.otherDomains) || '(?!)';
  const law = RULE_OF_LAW.join('|');
  return {
    duty: conceptRe(DUTY_NAME, 'g'),
    leader: new RegExp(alternation(vocabulary.leaders), 'g'),
    others: new RegExp(others),
    law: new RegExp(law),
    action: conceptRe(LEAD_ACTION),
    allOthers: new RegExp(others, 'g'),
    allLaw: new RegExp(law, 'g'),
  };
}

/** The built-in vocabulary of the duty, before a rule's options add to it. */
export const DUTY_VOCABULARY: DutyVocabulary = { leaders: PRINCIPAL_LEADER, otherDomains: OTHER_DOMAIN };

/** A promise rather than an account: 将, 拟, 力争, 计划 between the leader and the act. */
const PROMISE = /将(?!近|其|之|军)|拟|力争|计划|争取/;

/** Persons among the leader terms (a 党委 or 班子 is a body, not the principal leader in person). */
const BODY_TERMS = /^(党组|党委|党工委|班子)$/;

/**
 * The sentence where a principal leader's own rule-of-law duty is told, in the year's work (not in the
 * problems or plans): either the duty by name — 第一责任人 for the rule of law, not for another domain — or
 * a principal leader (not a deputy, not a village or office head) leading rule-of-law work in person:
 * 亲自部署依法行政工作, 主持召开会议专题研究法治政府建设, 带头学法, 专题述法.
 */
export function findLeaderDuty(units: readonly TextUnit[], vocabulary: DutyVocabulary = DUTY_VOCABULARY): Sentence | undefined {
  const terms = dutyTerms(vocabulary);
  // A heading line names a part, it does not tell what was done; a run-in heading is a sentence.
  const sentences = maskedSentences(units);
  const told = (s: Sentence): boolean => isWorkPart(s.role) && (s.unit.kind === 'paragraph' || s.unit.section?.heading.runIn === true);
  // Looked through twice rather than kept as a list: the sentences of the year's work are most of a report's.
  return (
    sentences.find((s) => told(s) && namesDuty(s.text, terms)) ??
    firstOf(joinedAtSemicolons(filtered(sentences, told)), (s) => leadsInPerson(s.text, terms))
  );
}

/**
 * The sentences with those that a ；/; closes joined to the next of the same unit: the leader is often named once,
 * before the semicolons that list what they did ("分局党组书记、局长……亲自主持制定……；全年主持召开党组会议专题研究法治
 * 建设4次；带头参加集体学法6次").
 */
function* joinedAtSemicolons(sentences: Iterable<Sentence>): Generator<Sentence> {
  let first: Sentence | undefined;
  let last: Sentence | undefined;
  for (const sentence of sentences) {
    if (first && last && (last.unit !== sentence.unit || last.end !== sentence.index || !endsAtSemicolon(last))) {
      yield first === last ? first : new UnitSentence(first.unit, first.index, last.end);
      first = undefined;
    }
    first ??= sentence;
    last = sentence;
  }
  if (first && last) yield first === last ? first : new UnitSentence(first.unit, first.index, last.end);
}

function endsAtSemicolon(sentence: Sentence): boolean {
  const code = sentence.unit.plain.charCodeAt(sentence.end - 1);
  return code === 0xff1b || code === 0x3b;
}

/** How far before a 第一责任 its clause is looked at for the domain word (a clause of natural Chinese is far shorter). */
const DUTY_LOOKBACK = 200;

/** The duty named: 第一责任 in the rule-of-law domain (the domain word nearest before it in its clause decides). */
function namesDuty(sentence: string, terms: DutyTerms): boolean {
  // What every match asks about the whole sentence, asked once (a long sentence may name the duty many times).
  let principal: number | undefined;
  let othersInSentence: boolean | undefined;
  // The start of the clause holding the current match, moved forward match by match: one pass over the sentence.
  let clauseStart = 0;
  let scanned = 0;
  for (const m of matchesOf(terms.duty, sentence)) {
    for (; scanned < m.index; scanned += 1) if (isDutyClauseBoundary(sentence.charCodeAt(scanned))) clauseStart = scanned + 1;
    const before = sentence.slice(Math.max(clauseStart, m.index - DUTY_LOOKBACK), m.index);
    const lastOther = lastIndexOf(before, terms.allOthers);
    const lastLaw = lastIndexOf(before, terms.allLaw);
    if (lastOther > lastLaw) continue;
    if (lastLaw >= 0) return true;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 16).split(/[，,；;。]/)[0] ?? '';
    if (terms.others.test(after)) continue;
    if (terms.law.test(after)) return true;
    principal ??= principalAt(sentence, terms);
    othersInSentence ??= terms.others.test(sentence);
    if (principal >= 0 && !othersInSentence) return true;
  }
  return false;
}

/** A meeting named after a leader (主任办公会, 镇长办公会议) is not the leader in person. */
const MEETING_AFTER = /^(办公会|办公室|常务会|专题会|碰头会|会议|会)/;

/** Where a clause ends, for namesDuty's walk over a sentence: ，,；;。：: */
const isDutyClauseBoundary = (code: number): boolean =>
  code === 0xff0c || code === 0x2c || code === 0xff1b || code === 0x3b || code === 0x3002 || code === 0xff1a || code === 0x3a;

/** Index of the first principal leader in person in the text (not 副镇长, 村支部书记, 办公室主任, 主任办公会), or -1. */
function principalAt(text: string, terms: DutyTerms): number {
  for (const m of matchesOf(terms.leader, text)) {
    if (BODY_TERMS.test(m[0])) continue;
    if (NOT_PRINCIPAL.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // MEETING_AFTER is anchored and its words are short: the few characters after the match are enough to look at.
    if (MEETING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    return m.index;
  }
  return -1;
}

/**
 * A principal leader leading rule-of-law work in person, in one sentence: the leader, then a lead act, then a
 * rule-of-law object in the clause of the act or after it — and no other domain in that clause instead.
 */
function leadsInPerson(sentence: string, terms: DutyTerms): boolean {
  const leaderAt = principalAt(sentence, terms);
  if (leaderAt < 0) return false;
  const rest = sentence.slice(leaderAt);
  // The first promise word after the leader, found once: a promise before an act is a promise before every later act.
  const promise = PROMISE.exec(rest);
  for (const clause of eachClause(rest)) {
    const act = terms.action.exec(clause.text);
    if (!act) continue;
    if (promise && promise.index + promise[0].length <= clause.index + act.index) return false;
    const object = clause.text.slice(act.index);
    if (terms.law.test(object) && !(terms.others.test(object) && lastIndexOf(object, terms.allOthers) > lastIndexOf(object, terms.allLaw))) {
      return true;
    }
    // "亲自部署、亲自过问依法行政工作": the object may close the next clauses of the sentence.
    const near = (rest.slice(clause.index + act.index, clause.index + act.index + 30).split(/[；;。]/)[0] ?? '');
    if (terms.law.test(near) && !terms.others.test(near)) return true;
  }
  return false;
}

/** Index of the last match of the global `re` in `text`, or -1. */
function lastIndexOf(text: string, re: RegExp): number {
  let last = -1;
  for (const m of matchesOf(re, text)) last = m.index;
  return last;
}

// ——— The enforcement systems ———————————————————————————————————————————————————

export type SystemKey = keyof typeof ENFORCEMENT_SYSTEMS;

/** A system found: the sentence, and whether by its name or by what it does. */
export interface SystemMention {
  sentence: Sentence;
  by: 'name' | 'function';
}

interface SystemTerms {
  name: RegExp;
  act: RegExp;
  object: RegExp;
  sentenceAct: RegExp;
  notObject: RegExp;
  required?: RegExp;
  lookAlikeReach: SystemConcept['lookAlikeReach'];
}

/** Compiled once per system and set of extra words. */
const systemTermsCache = new Map<string, SystemTerms>();

function systemTerms(key: SystemKey, extra: readonly string[]): SystemTerms {
  const cacheKey = `${key}\u0000${extra.join('\u0000')}`;
  let terms = systemTermsCache.get(cacheKey);
  if (!terms) {
    terms = compileSystem(ENFORCEMENT_SYSTEMS[key], extra);
    systemTermsCache.set(cacheKey, terms);
  }
  return terms;
}

function compileSystem(concept: SystemConcept, extra: readonly string[]): SystemTerms {
  const more = alternation(extra);
  return {
    name: conceptRe(more ? [...concept.name, more] : concept.name),
    act: conceptRe(concept.act),
    object: conceptRe(concept.object),
    sentenceAct: conceptRe(concept.sentenceAct),
    notObject: conceptRe(concept.notObject, 'g'),
    ...(concept.required ? { required: conceptRe(concept.required) } : {}),
    lookAlikeReach: concept.lookAlikeReach,
  };
}

/**
 * Where the report tells how an enforcement system works: by its name anywhere (the inside of 《》 is not
 * the report's own statement), or by what it does — an act on an enforcement object in one clause of the
 * year's work, with look-alike institutions (政务公开, 视频监控, 规范性文件合法性审查) masked first so that
 * they never supply the object. `extra` are plain words from the rule's options, counted as names.
 */
export function findSystem(units: readonly TextUnit[], key: SystemKey, extra: readonly string[] = []): SystemMention | undefined {
  const terms = systemTerms(key, extra);
  const sentences = maskedSentences(units);
  const named = sentences.filter((s) => terms.name.test(s.text));
  // As evidence, a sentence that also tells how the system works beats one that only lists the names
  // ("我们把行政执法公示、执法全过程记录和…作为基础性制度来抓"); then one that names this system alone.
  const others = (Object.keys(ENFORCEMENT_SYSTEMS) as SystemKey[]).filter((k) => k !== key).map((k) => systemTerms(k, []).name);
  const nameGone = new RegExp(terms.name.source, 'g');
  const best =
    named.find((s) => describes(s.text.replace(nameGone, (m) => '□'.repeat(m.length)), terms)) ??
    named.find((s) => !others.some((re) => re.test(s.text))) ??
    named[0];
  if (best) return { sentence: best, by: 'name' };
  const described = sentences.find((s) => isWorkPart(s.role) && describes(s.text, terms));
  return described ? { sentence: described, by: 'function' } : undefined;
}

/**
 * What a masked look-alike becomes: a private-use character, which no vocabulary holds and reports do not use (□
 * does occur in them, as a template's blank: "□□镇人民政府").
 */
const MASK = '\uE000';

function describes(sentence: string, terms: SystemTerms): boolean {
  // Masking only turns words into MASK (never clause punctuation, which the vocabularies' [^。；，] gaps stop at), and
  // no term holds MASK: an object the masked text has, the sentence has. Most sentences have none, and are done here.
  if (!terms.object.test(sentence)) return false;
  let text = sentence.replace(terms.notObject, (m) => MASK.repeat(m.length));
  const reach = text.includes(MASK) ? terms.lookAlikeReach : undefined;
  if (reach) text = maskLookAlikeClauses(text);
  if (terms.required && !terms.required.test(text)) return false;
  if (reach !== 'sentence' && terms.sentenceAct.test(text) && terms.object.test(text)) return true;
  for (const c of eachClause(text)) {
    if ((terms.act.test(c.text) || (reach === 'sentence' && terms.sentenceAct.test(c.text))) && terms.object.test(c.text)) return true;
  }
  return false;
}

/**
 * The text with every clause that holds a masked look-alike masked whole. A clause here runs to ，：；or the end, past
 * 、: what a look-alike lists is its own ("规范性文件涉及罚款、吊销许可证等事项的").
 */
function maskLookAlikeClauses(text: string): string {
  let out = '';
  let end = 0;
  for (const c of eachClause(text, isClauseEndPastEnumeration)) {
    out += text.slice(end, c.index) + (c.text.includes(MASK) ? MASK.repeat(c.text.length) : c.text);
    end = c.index + c.text.length;
  }
  return out + text.slice(end);
}

/** The clause ends but 、. */
const isClauseEndPastEnumeration = (code: number): boolean => code !== 0x3001 && isClauseEnd(code);

// ——— Causes ————————————————————————————————————————————————————————————————————

/**
 * The first sentence that analyses causes: a cause word (原因, 由于, 因素…, and `extra`) or an explanation
 * without one ("这与执法人员配备不足有很大关系", "说到底还是重视程度不够", "根本在于…").
 */
export function findCauseAnalysis(units: readonly TextUnit[], extra: readonly string[] = []): Sentence | undefined {
  const more = alternation(extra);
  const cause = conceptRe(more ? [...CAUSE_WORD, more] : CAUSE_WORD);
  const explanation = conceptRe(EXPLANATION);
  return firstOf(eachSentence(units), (s) => cause.test(s.text) || explanation.test(s.text));
}
