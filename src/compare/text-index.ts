/**
 * The index of other reports that no-copied-text asks (issue 13): every paragraph of every report in it, as
 * fingerprints (./fingerprints.ts) in an inverted index. A lookup costs the paragraph's fingerprints times the few
 * paragraphs holding each, never a comparison with every report, so a pool of 10,000 reports is searched as fast as
 * a county's 300.
 *
 * Layout, for memory: two Uint32Arrays sorted by fingerprint — the fingerprints and, beside each, its paragraph —
 * (put in order by a stable radix sort on the fingerprint, the paragraphs being added in order), and a few
 * Uint32Arrays per paragraph; about 8 bytes per stored fingerprint. Fingerprints found in many of the reports
 * (COMMON_SHARE of them, at least COMMON_MIN_DOCUMENTS) are stock wording the index learns: they are dropped and
 * never count towards a match.
 */
import { fingerprints, HASH_BITS, K, WINDOW } from './fingerprints.js';
import { hanLength, normalise } from './normalise.js';
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
export function analyseReport(text: string, locate: (offset: number) => SourcePlace): PlacedParagraph[] {
  // A placed paragraph made field by field, not spread: this runs for every paragraph of every report of a run.
  return analyse(text).map((paragraph) => {
    const { start, end, size, prints } = paragraph;
    return prints.length === 0 ? paragraph : { start, end, size, prints, place: locate(start) };
  });
}

/** A text cut into paragraphs, normalised and fingerprinted. */
export function analyse(text: string): Analysed[] {
  return splitParagraphs(text).map(({ start, end }) => {
    const normalised = normalise(text.slice(start, end));
    return { start, end, size: hanLength(normalised), prints: fingerprints(normalised) };
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
export const INDEX_FORMAT = `reportlint-text-index/3 k${K} w${WINDOW} h${HASH_BITS}`;

/** Every stored fingerprint with the paragraph holding it, sorted by fingerprint (then paragraph). */
interface Postings {
  hashes: Uint32Array;
  paragraphs: Uint32Array;
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
  private readonly paragraphs: Array<{ document: number; start: number; end: number; place: SourcePlace }> = [];
  /** Every stored fingerprint and its paragraph, in the order added, in typed arrays grown by doubling (8 bytes each). */
  private hashes: Uint32Array = new Uint32Array(1024);
  private owners: Uint32Array = new Uint32Array(1024);
  private keyCount = 0;
  /** The run's own reports as analysed, for `compare` to reuse when the rule asks about the same text. */
  private readonly analysed = new Map<string, { text: string; paragraphs: Analysed[] }>();

  /**
   * Adds one report. `locate` gives the place in the original file (Word, PDF), as LintDocument.locate does. A report
   * that will be asked about (`remember`: one of the run's files) keeps its analysis until it is.
   */
  add(document: IndexedDocument, text: string, locate: (offset: number) => SourcePlace, remember = false): void {
    const paragraphs = analyseReport(text, locate);
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
      const number = this.paragraphs.length;
      if (number >= MAX_PARAGRAPHS) throw new RangeError(`text index: more than ${MAX_PARAGRAPHS} paragraphs`);
      this.paragraphs.push({ document: id, start: paragraph.start, end: paragraph.end, place });
      if (this.keyCount + prints.length > this.hashes.length) {
        const size = Math.max(this.hashes.length * 2, this.keyCount + prints.length);
        this.hashes = grown(this.hashes, size, this.keyCount);
        this.owners = grown(this.owners, size, this.keyCount);
      }
      for (const print of prints) {
        this.hashes[this.keyCount] = print;
        this.owners[this.keyCount++] = number;
      }
    }
  }

  get size(): number {
    return this.documents.length;
  }

  build(): TextIndex {
    // Stable, so each fingerprint's paragraphs stay in the order they were added: ascending.
    const sorted = sortByHash(this.hashes.subarray(0, this.keyCount), this.owners.subarray(0, this.keyCount));
    this.hashes = new Uint32Array(0);
    this.owners = new Uint32Array(0);
    this.keyCount = 0;
    const count = this.paragraphs.length;
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
    const { postings, common } = withoutCommon(sorted, table.document, this.documents.length);
    for (const paragraph of postings.paragraphs) table.prints[paragraph] = table.prints[paragraph]! + 1;
    return new TextIndex(this.documents, table, postings, common, this.analysed);
  }
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
    { hashes, paragraphs: owners },
    { hashes: new Uint32Array(hashes.length), paragraphs: new Uint32Array(hashes.length) },
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
      target.paragraphs[to] = source.paragraphs[i]!;
    }
    from = 1 - from;
  }
  return pairs[from]!;
}

/** Drops the postings of fingerprints that too many reports share (the index learning its stock wording). */
function withoutCommon(sorted: Postings, documentOf: Uint32Array, documents: number): { postings: Postings; common: Uint32Array } {
  const threshold = Math.max(COMMON_MIN_DOCUMENTS, Math.ceil(documents * COMMON_SHARE));
  const { hashes, paragraphs } = sorted;
  const common: number[] = [];
  // Too few reports to tell stock wording: every posting is kept.
  let kept = documents < threshold ? hashes.length : 0;
  for (let i = kept; i < hashes.length; ) {
    const print = hashes[i]!;
    let j = i;
    let distinct = 0;
    let last = -1;
    while (j < hashes.length && hashes[j] === print) {
      // A fingerprint's postings are sorted by paragraph, and a report's paragraphs are numbered together.
      const document = documentOf[paragraphs[j]!]!;
      if (document !== last) distinct += 1;
      last = document;
      j += 1;
    }
    if (distinct < threshold) {
      for (let k = i; k < j; k += 1) {
        hashes[kept] = hashes[k]!;
        paragraphs[kept++] = paragraphs[k]!;
      }
    } else common.push(print);
    i = j;
  }
  // Copied to their size: the dropped share, and the builder's room to grow, would otherwise stay allocated as long as
  // the index.
  const fits = (array: Uint32Array) => kept === array.length && array.byteLength === array.buffer.byteLength;
  const postings = fits(hashes) && fits(paragraphs) ? sorted : { hashes: hashes.slice(0, kept), paragraphs: paragraphs.slice(0, kept) };
  return { postings, common: Uint32Array.from(common) };
}

export class TextIndex implements TextIndexView {
  constructor(
    readonly documents: readonly IndexedDocument[],
    private readonly table: ParagraphTable,
    private readonly postings: Postings,
    /** The fingerprints dropped as stock wording, sorted. */
    private readonly common: Uint32Array,
    /** The run's reports as analysed when indexed (./TextIndexBuilder `remember`); each used once, then dropped. */
    readonly analysed: Map<string, { text: string; paragraphs: Analysed[] }> = new Map(),
  ) {
    this.commonSet = new Set(common);
  }

  private readonly commonSet: Set<number>;

  /** The same index with its documents renamed (a saved index stores paths relative to its own file). */
  withDocuments(rename: (document: IndexedDocument) => IndexedDocument): TextIndex {
    return new TextIndex(
      this.documents.map(rename),
      this.table,
      this.postings,
      this.common,
    );
  }

  /** The arrays, for writeTextIndex. */
  parts(): { postings: Postings; table: Readonly<ParagraphTable>; common: Uint32Array } {
    return { postings: this.postings, table: this.table, common: this.common };
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

  /** Per-paragraph counters for ranking, made once: a query then allocates nothing that grows with the index. */
  private counts: Uint32Array | undefined;
  private touched: Uint32Array | undefined;

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
   * Counts `prints` in every paragraph holding any (in a typed array, resetting only what it touched), and ranks:
   * `first` holds most of them (the earlier paragraph on a tie), `second` most of those in other reports than
   * `first`'s — the answer when `first` is in the asking report itself. `postings`: how many entries were read.
   */
  private rank(prints: readonly number[]): { ranking: Ranking; postings: number } {
    const paragraphCount = this.table.document.length;
    const counts = (this.counts ??= new Uint32Array(paragraphCount));
    // The paragraphs counted, each once: a typed array as long as the table, made once like `counts`.
    const touched = (this.touched ??= new Uint32Array(paragraphCount));
    const documentOf = this.table.document;
    const { hashes, paragraphs } = this.postings;
    let touchedCount = 0;
    let postings = 0;
    for (let p = 0; p < prints.length; p += 1) {
      const print = prints[p]!;
      for (let i = lowerBound(hashes, print); i < hashes.length && hashes[i] === print; i += 1) {
        const paragraph = paragraphs[i]!;
        const count = counts[paragraph]!;
        if (count === 0) touched[touchedCount++] = paragraph;
        counts[paragraph] = count + 1;
        postings += 1;
      }
    }
    let first = -1;
    for (let k = 0; k < touchedCount; k += 1) if (better(counts, touched[k]!, first)) first = touched[k]!;
    let second = -1;
    const firstDocument = first < 0 ? -1 : documentOf[first]!;
    for (let k = 0; k < touchedCount; k += 1) {
      const paragraph = touched[k]!;
      if (documentOf[paragraph] !== firstDocument && better(counts, paragraph, second)) second = paragraph;
    }
    const ranking: Ranking = {
      ...(first < 0 ? {} : { first: { paragraph: first, count: counts[first]! } }),
      ...(second < 0 ? {} : { second: { paragraph: second, count: counts[second]! } }),
    };
    for (let k = 0; k < touchedCount; k += 1) counts[touched[k]!] = 0;
    return { ranking, postings };
  }

  /** Whether the index dropped this fingerprint as stock wording. */
  isCommon(print: number): boolean {
    return this.commonSet.has(print);
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
  const prints = all.filter((print) => !indexes.some((index) => index.isCommon(print)));
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

/** Whether `paragraph` ranks above `best`: more fingerprints, or as many and earlier. */
function better(counts: Uint32Array, paragraph: number, best: number): boolean {
  if (best < 0) return true;
  const count = counts[paragraph]!;
  const bestCount = counts[best]!;
  return count > bestCount || (count === bestCount && paragraph < best);
}

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

function lowerBound(keys: Uint32Array, value: number): number {
  let low = 0;
  let high = keys.length;
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
  const { postings, table, common } = index.parts();
  const header = new TextEncoder().encode(
    JSON.stringify({ format: INDEX_FORMAT, documents: index.documents, paragraphs: table.document.length, keys: postings.hashes.length, common: common.length, meta }),
  );
  const headerEnd = align8(MAGIC.length + 4 + header.length);
  const size = headerEnd + 2 * postings.hashes.byteLength + TABLE_FIELDS.length * table.document.byteLength + common.byteLength;
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
  put(postings.paragraphs);
  for (const field of TABLE_FIELDS) put(table[field]);
  put(common);
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
  let header: { format?: unknown; documents?: unknown; paragraphs?: unknown; keys?: unknown; common?: unknown; meta?: unknown };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength)));
  } catch {
    return fail('header unreadable');
  }
  if (header.format !== INDEX_FORMAT) fail(`made by another version (${String(header.format)})`);
  const { paragraphs, keys: keyCount, common: commonCount } = header;
  if (![paragraphs, keyCount, commonCount].every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) fail('bad counts');
  const documents = header.documents;
  if (!Array.isArray(documents) || !documents.every((d) => typeof d?.path === 'string' && typeof d?.reference === 'boolean' && (d.name === undefined || typeof d.name === 'string'))) fail('bad document list');
  const count = paragraphs as number;
  const headerEnd = align8(MAGIC.length + 4 + headerLength);
  if (headerEnd + (keyCount as number) * 8 + TABLE_FIELDS.length * count * 4 + (commonCount as number) * 4 !== bytes.length) fail('size does not match');
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
    paragraphs: take((b, o, n) => new Uint32Array(b, o, n), keyCount as number, 4),
  };
  const table = Object.fromEntries(TABLE_FIELDS.map((field) => [field, take((b, o, n) => new Uint32Array(b, o, n), count, 4)])) as unknown as ParagraphTable;
  const common = take((b, o, n) => new Uint32Array(b, o, n), commonCount as number, 4);
  const documentList = documents as IndexedDocument[];
  for (let i = 0; i < count; i += 1) if (table.document[i]! >= documentList.length) fail('bad paragraph');
  const { hashes, paragraphs: owners } = postings;
  for (let i = 0; i < hashes.length; i += 1) {
    if (owners[i]! >= count || (i > 0 && hashes[i]! < hashes[i - 1]!)) fail('bad key');
  }
  return { index: new TextIndex(documentList.map(({ path, name, reference }) => ({ path, ...(name === undefined ? {} : { name }), reference })), table, postings, common), meta: header.meta };
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
