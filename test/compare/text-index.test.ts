/**
 * The parts of no-copied-text's comparison (src/compare/): what two paragraphs are compared on, how a text is cut
 * into paragraphs, what the index learns as stock wording, and a saved index read back — also when cut or tampered.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fingerprints, HASH_BITS, K, WINDOW } from '../../src/compare/fingerprints.js';
import { markNumbers, normalise } from '../../src/compare/normalise.js';
import { splitParagraphs } from '../../src/compare/paragraphs.js';
import { ParagraphMemo } from '../../src/compare/paragraph-memo.js';
import { analyse, BadIndexError, readTextIndex, TextIndexBuilder, writeTextIndex, type TextIndex } from '../../src/compare/text-index.js';

const PARAGRAPH = '2023年，我镇坚持把普法宣传作为基础性工作，全年开展送法下乡活动12次，在全镇11个行政村设立法治宣传栏，群众的法治意识明显增强。';
const place = () => ({ line: 1 });

/** The best source of a one-paragraph text, as the rule asks the index (every paragraph compared). */
const bestSource = (index: TextIndex, text: string, ownPath: string) => index.compare(text, ownPath, 0)[0]?.match;

function index(docs: Array<[string, string]>, reference = false) {
  const builder = new TextIndexBuilder();
  for (const [path, text] of docs) builder.add({ path, reference }, text, place);
  return builder.build();
}

describe('normalise', () => {
  it('makes names, numbers and years equal, and drops punctuation, titles and stock formulas', () => {
    expect(normalise('2023年，赵庄镇开展送法下乡活动12次')).toBe(normalise('2024年，官田乡开展送法下乡活动十五次'));
    expect(normalise('深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》。')).toBe('认真落实');
    expect(normalise('a, b; c')).toBe('');
  });

  // The loop that replaced /[0-9０-９]+|[〇○零一二三四五六七八九十百千万亿两]+/g, held to it.
  const NUMBER = /[0-9０-９]+|[〇○零一二三四五六七八九十百千万亿两]+/g;
  test.prop([fc.string({ unit: fc.constantFrom(...'0129０９〇○零一十百万亿两法治a乙 ') })], { numRuns: 2000 })(
    'marks each run of digits and each run of Chinese numerals as the RegExp did',
    (text) => {
      expect(markNumbers(text)).toBe(text.replace(NUMBER, '乙'));
    },
  );
});

describe('splitParagraphs', () => {
  const cut = (text: string) => splitParagraphs(text).map(({ start, end }) => text.slice(start, end));

  it('joins a line broken mid-sentence to the next, keeps headings and finished sentences apart', () => {
    const text = '一、主要举措和成效\n（一）加强组织领导，压实工作责任\n全年开展送法下乡活动12次，在全镇11个行政村设立法治\n宣传栏。\n\n镇党委书记主持召开会议3次。\n';
    expect(cut(text)).toEqual(['一、主要举措和成效', '（一）加强组织领导，压实工作责任', '全年开展送法下乡活动12次，在全镇11个行政村设立法治\n宣传栏。', '镇党委书记主持召开会议3次。']);
  });

  it('cuts a report whose line breaks were lost into passages at sentence ends', () => {
    const text = PARAGRAPH.repeat(40);
    const pieces = cut(text);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.endsWith('。'))).toBe(true);
  });
});

describe('TextIndex', () => {
  it('finds the paragraph holding most of a text, never in the asking report itself', () => {
    const built = index([['a.txt', `标题\n${PARAGRAPH}\n`], ['b.txt', `其他内容的一段文字，与上面那一段毫不相干，讲的是行政复议和行政应诉工作的开展情况。\n`]]);
    const match = bestSource(built, PARAGRAPH.replace('2023', '2024').replace('镇', '乡'), 'c.txt');
    expect(match).toMatchObject({ document: { path: 'a.txt' }, share: 1, sourceShare: 1 });
    expect(bestSource(built, PARAGRAPH, 'a.txt')).toBeUndefined();
  });

  it('a paragraph copied into many reports: each asker is sent to another report, as a fresh index would send it', () => {
    // 30 of 170 reports hold the paragraph (under the fifth that makes it stock wording): every lookup reads
    // hundreds of postings, so the index remembers its ranking and answers the next askers from it.
    const docs: Array<[string, string]> = Array.from({ length: 170 }, (_, i) => [`r${i}.txt`, i < 30 ? `${PARAGRAPH}\n` : `第${i}份报告自己的内容。\n`]);
    const shared = index(docs);
    for (const asker of ['r0.txt', 'r1.txt', 'r7.txt', 'x.txt', 'r0.txt']) {
      const expected = asker === 'r0.txt' ? 'r1.txt' : 'r0.txt';
      expect(bestSource(shared, PARAGRAPH, asker)).toMatchObject({ document: { path: expected }, share: 1 });
      expect(bestSource(index(docs), PARAGRAPH, asker)).toEqual(bestSource(shared, PARAGRAPH, asker));
    }
  });

  it('learns stock wording: a passage in a fifth of the reports, and in ten at least, counts for no match', () => {
    const shared = '坚持问题导向和目标导向相统一，把各项工作任务分解细化到每个科室和每名干部，确保件件有着落事事有回音。';
    const docs = (holding: number): Array<[string, string]> =>
      Array.from({ length: 50 }, (_, i) => [`r${i}.txt`, `${i < holding ? shared : ''}\n本单位自己写的内容，讲的是具体做法${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'天地玄黄宇宙洪荒日月盈'[Math.floor(i / 10)]}。\n`]);
    expect(bestSource(index(docs(10)), shared, 'x.txt')).toBeUndefined();
    // In nine of fifty: not stock wording, the passage is found.
    expect(bestSource(index(docs(9)), shared, 'x.txt')?.share).toBe(1);
  });

  it('stores postings sorted by fingerprint, then by class, over the whole 30-bit range (the radix sort); same fingerprints posted once', () => {
    // Fingerprints chosen so that both 15-bit digits matter: equal low digits, equal high digits, 0 and 2^30 − 1.
    const top = 2 ** 30 - 1;
    const prints = [top, 0, 5, 5 + 2 ** 15, 2 ** 15, 7 * 2 ** 15 + 5, top - 1, 1];
    const builder = new TextIndexBuilder();
    const lists = new Set<string>();
    for (let d = 0; d < 4; d += 1) {
      const paragraphs = [
        { start: 0, end: 10, size: 10, prints: prints.filter((_, i) => (i + d) % 3 !== 0), place: { line: 1 } },
        { start: 11, end: 20, size: 9, prints: [...prints].reverse().slice(d), place: { line: 2 } },
      ];
      builder.addAnalysed({ path: `d${d}.txt`, reference: false }, paragraphs);
      for (const paragraph of paragraphs) lists.add(paragraph.prints.join());
    }
    const { postings, classes } = builder.build().parts();
    const pairs = Array.from(postings.hashes, (hash, i) => [hash, postings.classes[i]!] as const);
    const expected = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(pairs).toEqual(expected);
    // Reports 0 and 3 filter the same fingerprints out of the first paragraph: one class, posted once.
    expect(classes.start.length - 1).toBe(lists.size);
    expect(lists.size).toBe(7);
    // Four reports are too few to learn stock wording from: every class's fingerprints are kept.
    expect(pairs.length).toBe([...lists].reduce((sum, list) => sum + list.split(',').length, 0));
  });

  it('a saved index reads back the same, also from a Node Buffer holding other bytes before it', () => {
    const built = index([['a.txt', `标题\n${PARAGRAPH}\n`]], true);
    const bytes = writeTextIndex(built, { note: 1 });
    const pooled = Buffer.concat([Buffer.from('xxxxxxx'), Buffer.from(bytes)]).subarray(7);
    const { index: back, meta } = readTextIndex(pooled);
    expect(meta).toEqual({ note: 1 });
    expect(bestSource(back, PARAGRAPH, 'x.txt')).toEqual(bestSource(built, PARAGRAPH, 'x.txt'));
  });

  // Classes must answer exactly as paragraphs posted one by one: the paragraph holding most of the asked fingerprints,
  // outside the asking report, the earlier on a tie. Paragraphs drawn from a few lists, so many are the same, in one
  // report and across reports, often enough for rankings to be remembered and reused. Under ten reports, so that
  // none of it is learned as stock wording.
  const printLists = fc.uniqueArray(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 12 });
  test.prop(
    [
      fc.array(printLists, { minLength: 1, maxLength: 6 }),
      fc.array(fc.array(fc.nat(), { minLength: 0, maxLength: 60 }), { minLength: 1, maxLength: 9 }),
      fc.array(fc.tuple(printLists, fc.nat()), { minLength: 1, maxLength: 20 }),
    ],
    { numRuns: 300 },
  )('ranks as a comparison with every paragraph would', (pool, reports, askers) => {
    const builder = new TextIndexBuilder();
    const stored: Array<{ document: number; prints: number[] }> = [];
    reports.forEach((picks, document) => {
      const paragraphs = picks.map((pick, i) => ({ start: i, end: i + 1, size: 1, prints: pool[pick % pool.length]!, place: { line: i + 1 } }));
      builder.addAnalysed({ path: `r${document}.txt`, reference: false }, paragraphs);
      for (const paragraph of paragraphs) stored.push({ document, prints: paragraph.prints });
    });
    const built = builder.build();
    const asked = [...askers, ...askers];
    for (const [prints, own] of asked) {
      const ownDocument = own % (reports.length + 1);
      const ownPath = `r${ownDocument}.txt`;
      let best: { paragraph: number; count: number } | undefined;
      stored.forEach((paragraph, number) => {
        if (paragraph.document === ownDocument) return;
        const count = paragraph.prints.filter((print) => prints.includes(print)).length;
        if (count > 0 && (!best || count > best.count)) best = { paragraph: number, count };
      });
      expect(built.mostShared(prints, ownPath)).toEqual(best);
    }
  });

  it('refuses bytes that are not an index it wrote: another file, cut short, tampered, another version', () => {
    const bytes = writeTextIndex(index([['a.txt', PARAGRAPH]]), null);
    const refused = (data: Uint8Array) => expect(() => readTextIndex(data)).toThrow(BadIndexError);
    refused(new TextEncoder().encode('PK\u0003\u0004 a zip'));
    refused(bytes.subarray(0, bytes.length - 4));
    const tampered = bytes.slice();
    // The first posting's paragraph number pointed past the table.
    const view = new DataView(tampered.buffer);
    const headerLength = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(tampered.subarray(12, 12 + headerLength))) as { keys: number };
    const postingsAt = Math.ceil((12 + headerLength) / 8) * 8;
    view.setUint32(postingsAt + 4 * header.keys, 2 ** 23 - 1, true);
    refused(tampered);
    const other = new TextDecoder().decode(bytes).replace('reportlint-text-index/4', 'reportlint-text-index/9');
    refused(new TextEncoder().encode(other));
  });
});

/** Fingerprints as first written (a Set, a hash per shingle read from the string): what the fast version must equal. */
function referenceFingerprints(normalised: string): number[] {
  const hash = (at: number) => {
    let h = 0x811c9dc5;
    for (let i = at; i < at + K; i += 1) h = Math.imul(h ^ normalised.charCodeAt(i), 0x01000193);
    return (h >>> 0) & (2 ** HASH_BITS - 1);
  };
  const hashes = Array.from({ length: Math.max(0, normalised.length - K + 1) }, (_, i) => hash(i));
  if (hashes.length === 0) return [];
  if (hashes.length <= WINDOW) return [Math.min(...hashes)];
  const chosen = new Set<number>();
  let lastAt = -1;
  for (let w = 0; w + WINDOW <= hashes.length; w += 1) {
    let at = w;
    for (let i = w + 1; i < w + WINDOW; i += 1) if (hashes[i]! <= hashes[at]!) at = i;
    if (at !== lastAt) chosen.add(hashes[at]!);
    lastAt = at;
  }
  return [...chosen];
}

describe('ParagraphMemo', () => {
  it('gives a paragraph met again the analysis it would be given afresh', () => {
    const memo = new ParagraphMemo();
    const reports = [`标题\n${PARAGRAPH}\n\n另一段自己的内容，讲的是行政复议。\n`, `${PARAGRAPH}\n第二份报告自己的内容。\n${PARAGRAPH}\n`];
    for (const text of [...reports, ...reports]) expect(analyse(text, memo)).toEqual(analyse(text));
    // Each distinct paragraph analysed once.
    expect(memo.size).toBe(4);
  });

  it('takes paragraphs from texts of up to its budget in all, then only answers', () => {
    const memo = new ParagraphMemo(100);
    const first = `${PARAGRAPH}\n`;
    const second = `另一份报告里的一段，说的是另外一件事情，与第一段不同。\n`.repeat(2);
    analyse(first, memo);
    analyse(second, memo);
    // The second text would pass the budget: nothing of it is kept, and the first text's paragraph still answers.
    expect(first.length + second.length).toBeGreaterThan(100);
    expect(memo.size).toBe(1);
    expect(analyse(first, memo)).toEqual(analyse(first));
  });
});

describe('fingerprints', () => {
  // A small alphabet repeats shingles within a text (the duplicate check), long texts grow the scratch arrays.
  test.prop([fc.string({ unit: fc.constantFrom(...'法治政府建设甲乙'), maxLength: 3000 })], { numRuns: 1000 })(
    'are the distinct winnowed hashes, in the order first chosen, as the plain version computes them',
    (text) => {
      expect(fingerprints(text)).toEqual(referenceFingerprints(text));
    },
  );

  it('two texts sharing eight characters share a fingerprint (winnowing guarantee)', () => {
    const shared = '依法行政工作要点';
    const a = new Set(fingerprints(`甲乙丙丁戊${shared}己庚辛壬`));
    expect(fingerprints(`天地玄黄宇宙${shared}洪荒日月`).some((print) => a.has(print))).toBe(true);
  });
});
