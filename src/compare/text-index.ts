/**
 * The index of other reports that no-copied-text asks (issue 13): every paragraph of every report in it, as
 * fingerprints (./fingerprints.ts) in an inverted index. A lookup costs the paragraph's fingerprints times the few
 * paragraphs holding each, never a comparison with every report, so a pool of 10,000 reports is searched as fast as
 * a county's 300.
 *
 * Paragraphs with the same fingerprints (a passage copied word for word into many reports, the case this index is
 * for) are stored as one class: the fingerprints are posted once for the class, which lists its paragraphs. A lookup
 * then counts each shared passage once, not once per report holding it, and answers exactly as if every paragraph
 * were posted on its own (the class's paragraphs hold the same fingerprints, so they count the same).
 *
 * Layout, for memory: two Uint32Arrays sorted by fingerprint — the fingerprints and, beside each, its class — (put in
 * order by a stable radix sort on the fingerprint, the classes being numbered in order), the classes' paragraphs, and
 * a few Uint32Arrays per paragraph; about 8 bytes per stored fingerprint. Fingerprints found in many of the reports
 * (COMMON_SHARE of them, at least COMMON_MIN_DOCUMENTS) are stock wording the index learns: they are dropped and
 * never count towards a match.
 */
import { fingerprints, HASH_BITS, K, WINDOW } from './fingerprints.js';
import { hanLength, normalise } from './normalise.js';
import { ParagraphMemo } from './paragraph-memo.js';
import { splitParagraphs } from './paragraphs.js';

/** Where a paragraph stands in its original file (Word: 第N段; PDF: page and line). */
export interface SourcePlace {
  line: number;
  paragraph?: number;
  page?: number;
  pageLine?: number;
}

export interface IndexedDocument {
  /** The report's identity: the path as the linted file's `filePath` would be (a report is not compared with itself). */
  path: string;
  /** As shown in messages (relative to the working directory); `path` when not given. */
  name?: string;
  /** A reference report (settings.referenceReports: last year's), not a file of this run. */
  reference: boolean;
}

export interface SourceMatch {
  document: IndexedDocument;
  /** The other paragraph: its offsets in that document's text, and its place in the original file. */
  start: number;
  end: number;
  place: SourcePlace;
  /** The share of the asked paragraph's fingerprints found in that paragraph, 0–1. */
  share: number;
  /** The share of that paragraph's fingerprints found in the asked one (1 when all of it was taken over). */
  sourceShare: number;
}

/** A paragraph of the asked text: its offsets, its size in compared characters, and its best source if any. */
export interface ComparedParagraph {
  start: number;
  end: number;
  /** Han characters left after normalising (./normalise.ts): what `minLength` counts. */
  size: number;
  match?: SourceMatch;
}

/** One paragraph as the index compares it. */
interface Analysed {
  start: number;
  end: number;
  size: number;
  prints: number[];
}

/** A paragraph as the index stores it: analysed, with its place in the original file (when it has fingerprints). */
export interface PlacedParagraph extends Analysed {
  place?: SourcePlace;
}

/**
 * A report cut, normalised, fingerprinted and placed: what TextIndexBuilder.addAnalysed stores. Made where the report
 * is read — in a parallel run, by the lint workers, so the main thread only sorts the fingerprints in.
 */
export function analyseReport(text: string, locate: (offset: number) => SourcePlace, memo?: ParagraphMemo): PlacedParagraph[] {
  // A placed paragraph made field by field, not spread: this runs for every paragraph of every report of a run.
  return analyse(text, memo).map((paragraph) => {
    const { start, end, size, prints } = paragraph;
    return prints.length === 0 ? paragraph : { start, end, size, prints, place: locate(start) };
  });
}

/** A text cut into paragraphs, normalised and fingerprinted; a paragraph `memo` has seen is taken from it. */
export function analyse(text: string, memo?: ParagraphMemo): Analysed[] {
  return splitParagraphs(text).map(({ start, end }) => {
    const paragraph = text.slice(start, end);
    const known = memo?.get(paragraph);
    if (known) return { start, end, size: known.size, prints: known.prints };
    const normalised = normalise(paragraph);
    const analysed = { start, end, size: hanLength(normalised), prints: fingerprints(normalised) };
    memo?.add(text, paragraph, analysed);
    return analysed;
  });
}

/** What a rule sees of the index (RuleContext.textIndex). */
export interface TextIndexView {
  /**
   * Every paragraph of `text` (the report at `ownPath`), with the one paragraph of another report holding most of it
   * for those of at least `minSize` characters. A report the index holds is not analysed again.
   */
  compare(text: string, ownPath: string, minSize: number): ComparedParagraph[];
}

/** Paragraphs an index holds at most (2^23, some 240,000 reports): more is refused with a RangeError. */
export const MAX_PARAGRAPHS = 2 ** 23;
/** A fingerprint in this share of the reports (and at least COMMON_MIN_DOCUMENTS of them) is stock wording. */
const COMMON_SHARE = 0.2;
const COMMON_MIN_DOCUMENTS = 10;
/** Bumped when normalising, splitting or fingerprinting changes: a saved index of another version is rebuilt. */
export const INDEX_FORMAT = `reportlint-text-index/4 k${K} w${WINDOW} h${HASH_BITS}`;

/** Every stored fingerprint with the class holding it, sorted by fingerprint (then class). */
interface Postings {
  hashes: Uint32Array;
  classes: Uint32Array;
}

/**
 * The classes of paragraphs with the same fingerprints: class c's paragraphs are `members[start[c]]` up to
 * `members[start[c + 1]]`, ascending. Classes are numbered by their first paragraph, so a lower class number means a
 * lower first paragraph.
 */
interface Classes {
  start: Uint32Array;
  members: Uint32Array;
}

interface ParagraphTable {
  document: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  line: Uint32Array;
  /** 0 when the original has no such numbering. */
  wordParagraph: Uint32Array;
  page: Uint32Array;
  pageLine: Uint32Array;
  /** How many of the paragraph's fingerprints the index keeps (stock wording dropped). */
  prints: Uint32Array;
}

/** Collects documents; `build()` sorts them into a TextIndex. */
export class TextIndexBuilder {
  private readonly documents: IndexedDocument[] = [];
  private readonly paragraphs: Array<{ document: number; start: number; end: number; place: SourcePlace; class: number }> = [];
  /** Every stored fingerprint and its class, in the order added, in typed arrays grown by doubling (8 bytes each). */
  private hashes: Uint32Array = new Uint32Array(1024);
  private owners: Uint32Array = new Uint32Array(1024);
  private keyCount = 0;
  /** Where each class's fingerprints start in `hashes` (they end where the next class's start). */
  private classKeys: number[] = [];
  /** A hash of a class's fingerprints → the first class with it; classes sharing a hash are chained by `sameHash`. */
  private classByHash = new Map<number, number>();
  private sameHash: number[] = [];
  /** The run's own reports as analysed, for `compare` to reuse when the rule asks about the same text. */
  private readonly analysed = new Map<string, { text: string; paragraphs: Analysed[] }>();
  /** Paragraphs analysed so far, for a paragraph copied into several reports to be analysed once (until `build`). */
  private memo: ParagraphMemo | undefined = new ParagraphMemo();

  /**
   * Adds one report. `locate` gives the place in the original file (Word, PDF), as LintDocument.locate does. A report
   * that will be asked about (`remember`: one of the run's files) keeps its analysis until it is.
   */
  add(document: IndexedDocument, text: string, locate: (offset: number) => SourcePlace, remember = false): void {
    const paragraphs = analyseReport(text, locate, this.memo);
    if (remember) this.analysed.set(document.path, { text, paragraphs });
    this.addAnalysed(document, paragraphs);
  }

  /** Adds one report analysed elsewhere (./analyseReport): the same as `add` of its text, without remembering it. */
  addAnalysed(document: IndexedDocument, paragraphs: readonly PlacedParagraph[]): void {
    const id = this.documents.length;
    this.documents.push(document);
    for (const paragraph of paragraphs) {
      const { prints, place } = paragraph;
      if (prints.length === 0 || place === undefined) continue;
      if (this.paragraphs.length >= MAX_PARAGRAPHS) throw new RangeError(`text index: more than ${MAX_PARAGRAPHS} paragraphs`);
      this.paragraphs.push({ document: id, start: paragraph.start, end: paragraph.end, place, class: this.classFor(prints) });
    }
  }

  /** The class of a paragraph with these fingerprints: the one of an earlier paragraph with the same, else a new one. */
  private classFor(prints: readonly number[]): number {
    const hash = hashPrints(prints);
    const first = this.classByHash.get(hash);
    for (let known = first ?? -1; known >= 0; known = this.sameHash[known]!) {
      if (this.holds(known, prints)) return known;
    }
    const number = this.classKeys.length;
    this.classKeys.push(this.keyCount);
    this.sameHash.push(first ?? -1);
    this.classByHash.set(hash, number);
    if (this.keyCount + prints.length > this.hashes.length) {
      const size = Math.max(this.hashes.length * 2, this.keyCount + prints.length);
      this.hashes = grown(this.hashes, size, this.keyCount);
      this.owners = grown(this.owners, size, this.keyCount);
    }
    for (const print of prints) {
      this.hashes[this.keyCount] = print;
      this.owners[this.keyCount++] = number;
    }
    return number;
  }

  /** Whether the class's fingerprints are `prints`, in the same order. */
  private holds(known: number, prints: readonly number[]): boolean {
    const from = this.classKeys[known]!;
    const to = known + 1 < this.classKeys.length ? this.classKeys[known + 1]! : this.keyCount;
    if (to - from !== prints.length) return false;
    for (let i = 0; i < prints.length; i += 1) if (this.hashes[from + i] !== prints[i]) return false;
    return true;
  }

  get size(): number {
    return this.documents.length;
  }

  build(): TextIndex {
    // Stable, so each fingerprint's classes stay in the order they were added: ascending.
    const sorted = sortByHash(this.hashes.subarray(0, this.keyCount), this.owners.subarray(0, this.keyCount));
    const classCount = this.classKeys.length;
    this.hashes = new Uint32Array(0);
    this.owners = new Uint32Array(0);
    this.keyCount = 0;
    this.classKeys = [];
    this.classByHash = new Map();
    this.sameHash = [];
    this.memo = undefined;
    const count = this.paragraphs.length;
    const classes = membersOf(this.paragraphs, classCount);
    const table: ParagraphTable = {
      document: new Uint32Array(count),
      start: new Uint32Array(count),
      end: new Uint32Array(count),
      line: new Uint32Array(count),
      wordParagraph: new Uint32Array(count),
      page: new Uint32Array(count),
      pageLine: new Uint32Array(count),
      prints: new Uint32Array(count),
    };
    this.paragraphs.forEach((paragraph, i) => {
      table.document[i] = paragraph.document;
      table.start[i] = paragraph.start;
      table.end[i] = paragraph.end;
      table.line[i] = paragraph.place.line;
      table.wordParagraph[i] = paragraph.place.paragraph ?? 0;
      table.page[i] = paragraph.place.page ?? 0;
      table.pageLine[i] = paragraph.place.pageLine ?? 0;
    });
    const { postings, common } = withoutCommon(sorted, classes, table.document, this.documents.length);
    const kept = new Uint32Array(classCount);
    for (const owner of postings.classes) kept[owner] = kept[owner]! + 1;
    this.paragraphs.forEach((paragraph, i) => {
      table.prints[i] = kept[paragraph.class]!;
    });
    return new TextIndex(this.documents, table, classes, postings, common, this.analysed);
  }
}

/** The classes' paragraphs (./Classes), from each paragraph's class. */
function membersOf(paragraphs: ReadonlyArray<{ class: number }>, classCount: number): Classes {
  const start = new Uint32Array(classCount + 1);
  for (const paragraph of paragraphs) start[paragraph.class + 1] = start[paragraph.class + 1]! + 1;
  for (let c = 0; c < classCount; c += 1) start[c + 1] = start[c + 1]! + start[c]!;
  const next = start.slice(0, classCount);
  const members = new Uint32Array(paragraphs.length);
  // Paragraphs in order, so each class's list comes out ascending.
  paragraphs.forEach((paragraph, i) => {
    members[next[paragraph.class]!++] = i;
  });
  return { start, members };
}

/** A typed array of `size` holding the first `count` entries of `array`. */
function grown(array: Uint32Array, size: number, count: number): Uint32Array {
  const bigger = new Uint32Array(size);
  bigger.set(array.subarray(0, count));
  return bigger;
}

const RADIX_BITS = 15;
const RADIX = 1 << RADIX_BITS;

/**
 * The pairs sorted by hash, stably: a least-significant-digit radix sort in two passes of 15 bits (hashes have
 * HASH_BITS = 30), linear in the number of keys.
 */
function sortByHash(hashes: Uint32Array, owners: Uint32Array): Postings {
  const pairs: Postings[] = [
    { hashes, classes: owners },
    { hashes: new Uint32Array(hashes.length), classes: new Uint32Array(hashes.length) },
  ];
  const counts = new Uint32Array(RADIX);
  let from = 0;
  for (let shift = 0; shift < HASH_BITS; shift += RADIX_BITS) {
    const source = pairs[from]!;
    const target = pairs[1 - from]!;
    counts.fill(0);
    for (let i = 0; i < source.hashes.length; i += 1) counts[(source.hashes[i]! >>> shift) & (RADIX - 1)]! += 1;
    let at = 0;
    for (let digit = 0; digit < RADIX; digit += 1) {
      const count = counts[digit]!;
      counts[digit] = at;
      at += count;
    }
    for (let i = 0; i < source.hashes.length; i += 1) {
      const hash = source.hashes[i]!;
      const to = counts[(hash >>> shift) & (RADIX - 1)]!++;
      target.hashes[to] = hash;
      target.classes[to] = source.classes[i]!;
    }
    from = 1 - from;
  }
  return pairs[from]!;
}

/** Drops the postings of fingerprints that too many reports share (the index learning its stock wording). */
function withoutCommon(sorted: Postings, classes: Classes, documentOf: Uint32Array, documents: number): { postings: Postings; common: Uint32Array } {
  const threshold = Math.max(COMMON_MIN_DOCUMENTS, Math.ceil(documents * COMMON_SHARE));
  const { hashes, classes: owners } = sorted;
  const common: number[] = [];
  // Too few reports to tell stock wording: every posting is kept.
  let kept = documents < threshold ? hashes.length : 0;
  // The fingerprint (numbered from 1) that last counted each report: each report counts once per fingerprint.
  const countedFor = kept === hashes.length ? new Uint32Array(0) : new Uint32Array(documents);
  let group = 0;
  for (let i = kept; i < hashes.length; ) {
    const print = hashes[i]!;
    group += 1;
    let j = i;
    let distinct = 0;
    for (; j < hashes.length && hashes[j] === print; j += 1) {
      const owner = owners[j]!;
      for (let m = classes.start[owner]!; m < classes.start[owner + 1]! && distinct < threshold; m += 1) {
        const document = documentOf[classes.members[m]!]!;
        if (countedFor[document] !== group) {
          countedFor[document] = group;
          distinct += 1;
        }
      }
    }
    if (distinct < threshold) {
      for (let k = i; k < j; k += 1) {
        hashes[kept] = hashes[k]!;
        owners[kept++] = owners[k]!;
      }
    } else common.push(print);
    i = j;
  }
  // Copied to their size: the dropped share, and the builder's room to grow, would otherwise stay allocated as long as
  // the index.
  const fits = (array: Uint32Array) => kept === array.length && array.byteLength === array.buffer.byteLength;
  const postings = fits(hashes) && fits(owners) ? sorted : { hashes: hashes.slice(0, kept), classes: owners.slice(0, kept) };
  return { postings, common: Uint32Array.from(common) };
}

export class TextIndex implements TextIndexView {
  constructor(
    readonly documents: readonly IndexedDocument[],
    private readonly table: ParagraphTable,
    private readonly classes: Classes,
    private readonly postings: Postings,
    /** The fingerprints dropped as stock wording, sorted. */
    private readonly common: Uint32Array,
    /** The run's reports as analysed when indexed (./TextIndexBuilder `remember`); each used once, then dropped. */
    readonly analysed: Map<string, { text: string; paragraphs: Analysed[] }> = new Map(),
  ) {
    this.commonSet = new Set(common);
    for (const print of common) this.commonLow[print & 0xffff] = 1;
  }

  private readonly commonSet: Set<number>;
  /** Which low 16 bits the stock-wording fingerprints have: most fingerprints asked about are ruled out by this alone. */
  private readonly commonLow = new Uint8Array(0x10000);

  /** The same index with its documents renamed (a saved index stores paths relative to its own file). */
  withDocuments(rename: (document: IndexedDocument) => IndexedDocument): TextIndex {
    return new TextIndex(
      this.documents.map(rename),
      this.table,
      this.classes,
      this.postings,
      this.common,
    );
  }

  /** The arrays, for writeTextIndex. */
  parts(): { postings: Postings; table: Readonly<ParagraphTable>; classes: Classes; common: Uint32Array } {
    return { postings: this.postings, table: this.table, classes: this.classes, common: this.common };
  }

  get paragraphCount(): number {
    return this.table.document.length;
  }

  compare(text: string, ownPath: string, minSize: number): ComparedParagraph[] {
    return compareIn([this], text, ownPath, minSize);
  }

  private ids: Map<string, number> | undefined;

  /** Document path → number (the first, if a path were given twice). */
  private documentIds(): Map<string, number> {
    if (!this.ids) {
      this.ids = new Map();
      this.documents.forEach((document, i) => {
        if (!this.ids!.has(document.path)) this.ids!.set(document.path, i);
      });
    }
    return this.ids;
  }

  /** Per-class counters for ranking, made once: a query then allocates nothing that grows with the index. */
  private counts: Uint32Array | undefined;
  private touched: Uint32Array | undefined;
  /** Each report's paragraphs end before this paragraph number (a report's paragraphs are numbered together). */
  private documentEnds: Uint32Array | undefined;

  /**
   * Rankings already made, by a hash of the asked fingerprints (each kept with its fingerprints, so a hash collision
   * is never taken for the same paragraph). Only costly ones are kept: a paragraph copied into hundreds of reports is
   * counted once for all of them, and a paragraph found nowhere else costs no memory.
   */
  private remembered = new Map<number, Array<{ prints: Uint32Array; ranking: Ranking }>>();
  private rememberedCount = 0;

  /**
   * The paragraph (of a report other than `ownPath`) holding most of `prints`, and how many; the earlier paragraph
   * on a tie.
   */
  mostShared(prints: readonly number[], ownPath: string): { paragraph: number; count: number } | undefined {
    const own = this.documentIds().get(ownPath) ?? -1;
    const hash = hashPrints(prints);
    let ranking = this.remembered.get(hash)?.find((entry) => samePrints(entry.prints, prints))?.ranking;
    if (!ranking) {
      const ranked = this.rank(prints);
      ranking = ranked.ranking;
      if (ranked.postings >= REMEMBER_MIN_POSTINGS && this.rememberedCount < REMEMBER_MAX) {
        const entries = this.remembered.get(hash) ?? [];
        entries.push({ prints: Uint32Array.from(prints), ranking });
        this.remembered.set(hash, entries);
        this.rememberedCount += 1;
      }
    }
    const { first, second } = ranking;
    return first && this.table.document[first.paragraph] === own ? second : first;
  }

  /**
   * Counts `prints` in every class holding any (in a typed array, resetting only what it touched), and ranks:
   * `first` is the paragraph holding most of them (the earlier paragraph on a tie), `second` the one holding most of
   * those in other reports than `first`'s — the answer when `first` is in the asking report itself. `postings`: how
   * many paragraphs' entries were counted (a class counting for each of its paragraphs), the cost of the lookup had
   * every paragraph been posted on its own.
   */
  private rank(prints: readonly number[]): { ranking: Ranking; postings: number } {
    const { start, members } = this.classes;
    const classCount = start.length - 1;
    const counts = (this.counts ??= new Uint32Array(classCount));
    // The classes counted, each once: a typed array as long as the classes, made once like `counts`.
    const touched = (this.touched ??= new Uint32Array(classCount));
    const documentOf = this.table.document;
    const { hashes, classes: owners } = this.postings;
    let touchedCount = 0;
    let postings = 0;
    for (let p = 0; p < prints.length; p += 1) {
      const print = prints[p]!;
      for (let i = lowerBound(hashes, print, 0, hashes.length); i < hashes.length && hashes[i] === print; i += 1) {
        const owner = owners[i]!;
        const count = counts[owner]!;
        if (count === 0) touched[touchedCount++] = owner;
        counts[owner] = count + 1;
        postings += start[owner + 1]! - start[owner]!;
      }
    }
    // The class counting most, the lower on a tie; its first paragraph is the earliest of the paragraphs counting most.
    let firstClass = -1;
    for (let k = 0; k < touchedCount; k += 1) {
      const owner = touched[k]!;
      if (firstClass < 0 || counts[owner]! > counts[firstClass]! || (counts[owner] === counts[firstClass] && owner < firstClass)) firstClass = owner;
    }
    let first = -1;
    let second = -1;
    let secondCount = 0;
    if (firstClass >= 0) {
      first = members[start[firstClass]!]!;
      const firstDocument = documentOf[first]!;
      for (let k = 0; k < touchedCount; k += 1) {
        const owner = touched[k]!;
        const paragraph = this.firstOutside(owner, firstDocument);
        const count = counts[owner]!;
        if (paragraph >= 0 && (second < 0 || count > secondCount || (count === secondCount && paragraph < second))) {
          second = paragraph;
          secondCount = count;
        }
      }
    }
    const ranking: Ranking = {};
    if (first >= 0) ranking.first = { paragraph: first, count: counts[firstClass]! };
    if (second >= 0) ranking.second = { paragraph: second, count: secondCount };
    for (let k = 0; k < touchedCount; k += 1) counts[touched[k]!] = 0;
    return { ranking, postings };
  }

  /** The class's first paragraph in another report than `document`, or -1. */
  private firstOutside(owner: number, document: number): number {
    const { start, members } = this.classes;
    const from = start[owner]!;
    const to = start[owner + 1]!;
    const documentOf = this.table.document;
    if (documentOf[members[from]!] !== document) return members[from]!;
    // The class's paragraphs in `document` come first (it holds the lowest) and are numbered together: skip them.
    const after = lowerBound(members, this.documentEnd(document), from, to);
    return after < to ? members[after]! : -1;
  }

  /** The number after the last paragraph of the report. */
  private documentEnd(document: number): number {
    if (!this.documentEnds) {
      const ends = new Uint32Array(this.documents.length);
      const documentOf = this.table.document;
      for (let i = 0; i < documentOf.length; i += 1) ends[documentOf[i]!] = Math.max(ends[documentOf[i]!]!, i + 1);
      this.documentEnds = ends;
    }
    return this.documentEnds[document]!;
  }

  /** Whether the index dropped this fingerprint as stock wording. */
  isCommon(print: number): boolean {
    return this.commonLow[print & 0xffff] === 1 && this.commonSet.has(print);
  }

  /** The paragraph as a match: `count` of the asked paragraph's `asked` fingerprints are found in it. */
  matchAt(paragraph: number, count: number, asked: number): SourceMatch {
    const table = this.table;
    const place: SourcePlace = { line: table.line[paragraph]! };
    if (table.wordParagraph[paragraph]) place.paragraph = table.wordParagraph[paragraph];
    if (table.page[paragraph]) {
      place.page = table.page[paragraph];
      place.pageLine = table.pageLine[paragraph];
    }
    const share = count / asked;
    const sourceShare = Math.min(1, count / Math.max(1, table.prints[paragraph]!));
    return { document: this.documents[table.document[paragraph]!]!, start: table.start[paragraph]!, end: table.end[paragraph]!, place, share, sourceShare };
  }
}

/**
 * The best source of a paragraph's fingerprints over several indexes (a saved reference pool and this run's files):
 * the one paragraph holding most of them. A fingerprint that any of them learned as stock wording counts in none.
 */
function bestOf(indexes: readonly TextIndex[], all: readonly number[], ownPath: string): SourceMatch | undefined {
  const prints = all.filter((print) => {
    for (const index of indexes) if (index.isCommon(print)) return false;
    return true;
  });
  if (prints.length === 0) return undefined;
  let best: { index: TextIndex; paragraph: number; count: number } | undefined;
  for (const index of indexes) {
    const found = index.mostShared(prints, ownPath);
    // Ties go to the first index (and, within one, to the earlier paragraph).
    if (found && (!best || found.count > best.count)) best = { index, ...found };
  }
  return best && best.index.matchAt(best.paragraph, best.count, prints.length);
}

/** Several indexes asked as one (RuleContext.textIndex). */
export function combinedIndex(indexes: readonly TextIndex[]): TextIndexView {
  return {
    compare: (text, ownPath, minSize) => compareIn(indexes, text, ownPath, minSize),
  };
}

/** Every paragraph of `text` with its best source (./TextIndexView.compare), over several indexes. */
function compareIn(indexes: readonly TextIndex[], text: string, ownPath: string, minSize: number): ComparedParagraph[] {
  let paragraphs: Analysed[] | undefined;
  for (const index of indexes) {
    const kept = index.analysed.get(ownPath);
    if (kept === undefined) continue;
    // Used once: a fix pass asks about a new text, and the memory goes back as the run goes on.
    index.analysed.delete(ownPath);
    if (kept.text === text) paragraphs = kept.paragraphs;
  }
  return (paragraphs ?? analyse(text)).map(({ start, end, size, prints }) => {
    const match = size >= minSize ? bestOf(indexes, prints, ownPath) : undefined;
    const compared: ComparedParagraph = { start, end, size };
    if (match) compared.match = match;
    return compared;
  });
}

/** A ranking of the paragraphs holding some asked fingerprints (TextIndex.rank). */
interface Ranking {
  first?: { paragraph: number; count: number };
  second?: { paragraph: number; count: number };
}

/** Rankings that read at least this many postings are remembered, up to REMEMBER_MAX of them (about 200 bytes each). */
const REMEMBER_MIN_POSTINGS = 256;
const REMEMBER_MAX = 100_000;

/** FNV-1a over the fingerprints, for the remembered rankings. */
function hashPrints(prints: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const print of prints) {
    hash = Math.imul(hash ^ (print & 0xffff), 0x01000193);
    hash = Math.imul(hash ^ (print >>> 16), 0x01000193);
  }
  return hash >>> 0;
}

function samePrints(kept: Uint32Array, prints: readonly number[]): boolean {
  if (kept.length !== prints.length) return false;
  for (let i = 0; i < kept.length; i += 1) if (kept[i] !== prints[i]) return false;
  return true;
}

/** The first position in keys[from, to) (ascending there) holding `value` or more. */
function lowerBound(keys: Uint32Array, value: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const MAGIC = 'RLTXIDX1';
const TABLE_FIELDS = ['document', 'start', 'end', 'line', 'wordParagraph', 'page', 'pageLine', 'prints'] as const;

/** Thrown by `readTextIndex` for bytes that are not an index this version wrote. */
export class BadIndexError extends Error {}

/** Whether the bytes start as a reportlint text index does (of any version): such a file may be rebuilt over. */
export function looksLikeTextIndex(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) === MAGIC;
}

/**
 * An index as bytes (--reference-index): magic, a JSON header (format, documents, counts, and the caller's `meta`,
 * e.g. which files it was built from), then the arrays. Loaded by copying, never by evaluating anything.
 */
export function writeTextIndex(index: TextIndex, meta: unknown): Uint8Array {
  const { postings, table, classes, common } = index.parts();
  const classCount = classes.start.length - 1;
  const header = new TextEncoder().encode(
    JSON.stringify({ format: INDEX_FORMAT, documents: index.documents, paragraphs: table.document.length, classes: classCount, keys: postings.hashes.length, common: common.length, meta }),
  );
  const headerEnd = align8(MAGIC.length + 4 + header.length);
  const size =
    headerEnd + 2 * postings.hashes.byteLength + TABLE_FIELDS.length * table.document.byteLength + common.byteLength + classes.start.byteLength + classes.members.byteLength;
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, header.length, true);
  bytes.set(header, MAGIC.length + 4);
  let at = headerEnd;
  const put = (array: Float64Array | Uint32Array) => {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  };
  put(postings.hashes);
  put(postings.classes);
  for (const field of TABLE_FIELDS) put(table[field]);
  put(common);
  put(classes.start);
  put(classes.members);
  return bytes;
}

/** The index and its `meta` back from bytes; BadIndexError for anything else (another version, cut, tampered). */
export function readTextIndex(bytes: Uint8Array): { index: TextIndex; meta: unknown } {
  const fail = (why: string): never => {
    throw new BadIndexError(why);
  };
  if (bytes.length < MAGIC.length + 4 || !looksLikeTextIndex(bytes)) fail('not a reportlint text index');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + headerLength > bytes.length) fail('cut short');
  let header: { format?: unknown; documents?: unknown; paragraphs?: unknown; classes?: unknown; keys?: unknown; common?: unknown; meta?: unknown };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength)));
  } catch {
    return fail('header unreadable');
  }
  if (header.format !== INDEX_FORMAT) fail(`made by another version (${String(header.format)})`);
  const { paragraphs, classes: classNumber, keys: keyCount, common: commonCount } = header;
  if (![paragraphs, classNumber, keyCount, commonCount].every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) fail('bad counts');
  const classCount = classNumber as number;
  const documents = header.documents;
  if (!Array.isArray(documents) || !documents.every((d) => typeof d?.path === 'string' && typeof d?.reference === 'boolean' && (d.name === undefined || typeof d.name === 'string'))) fail('bad document list');
  const count = paragraphs as number;
  const headerEnd = align8(MAGIC.length + 4 + headerLength);
  const arraysSize = (keyCount as number) * 8 + TABLE_FIELDS.length * count * 4 + (commonCount as number) * 4 + (classCount + 1) * 4 + count * 4;
  if (headerEnd + arraysSize !== bytes.length) fail('size does not match');
  // The arrays view the bytes where they are aligned (a large file read whole: no second copy of a big index in
  // memory); else, and for a small Node Buffer whose offset in its pool is odd, they view an aligned copy.
  const aligned = (bytes.byteOffset + headerEnd) % 8 === 0;
  const copy = aligned ? bytes.buffer : new Uint8Array(bytes.subarray(headerEnd)).buffer;
  let at = aligned ? bytes.byteOffset + headerEnd : 0;
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, width: number): T => {
    const array = make(copy, at, length);
    at += length * width;
    return array;
  };
  const postings: Postings = {
    hashes: take((b, o, n) => new Uint32Array(b, o, n), keyCount as number, 4),
    classes: take((b, o, n) => new Uint32Array(b, o, n), keyCount as number, 4),
  };
  const table = Object.fromEntries(TABLE_FIELDS.map((field) => [field, take((b, o, n) => new Uint32Array(b, o, n), count, 4)])) as unknown as ParagraphTable;
  const common = take((b, o, n) => new Uint32Array(b, o, n), commonCount as number, 4);
  const classes: Classes = { start: take((b, o, n) => new Uint32Array(b, o, n), classCount + 1, 4), members: take((b, o, n) => new Uint32Array(b, o, n), count, 4) };
  const documentList = documents as IndexedDocument[];
  // Every number that indexes another array is checked, and every order a lookup relies on (a binary search).
  for (let i = 0; i < count; i += 1) if (table.document[i]! >= documentList.length || (i > 0 && table.document[i]! < table.document[i - 1]!)) fail('bad paragraph');
  if (classes.start[0] !== 0 || classes.start[classCount] !== count) fail('bad class');
  for (let c = 0; c < classCount; c += 1) {
    if (classes.start[c + 1]! <= classes.start[c]!) fail('bad class');
    for (let m = classes.start[c]!; m < classes.start[c + 1]!; m += 1) {
      if (classes.members[m]! >= count || (m > classes.start[c]! && classes.members[m]! <= classes.members[m - 1]!)) fail('bad class');
    }
  }
  const { hashes, classes: owners } = postings;
  for (let i = 0; i < hashes.length; i += 1) {
    if (owners[i]! >= classCount || (i > 0 && hashes[i]! < hashes[i - 1]!)) fail('bad key');
  }
  const named = documentList.map(({ path, name, reference }) => ({ path, ...(name === undefined ? {} : { name }), reference }));
  return { index: new TextIndex(named, table, classes, postings, common), meta: header.meta };
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
