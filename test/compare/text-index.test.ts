/**
 * The parts of no-copied-text's comparison (src/compare/): what two paragraphs are compared on, how a text is cut
 * into paragraphs, what the index learns as stock wording, and a saved index read back — also when cut or tampered.
 */
import { describe, expect, it } from 'vitest';
import { fingerprints } from '../../src/compare/fingerprints.js';
import { normalise } from '../../src/compare/normalise.js';
import { splitParagraphs } from '../../src/compare/paragraphs.js';
import { BadIndexError, readTextIndex, TextIndexBuilder, writeTextIndex, type TextIndex } from '../../src/compare/text-index.js';

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

  it('stores postings sorted by fingerprint, then by paragraph, over the whole 30-bit range (the radix sort)', () => {
    // Fingerprints chosen so that both 15-bit digits matter: equal low digits, equal high digits, 0 and 2^30 − 1.
    const top = 2 ** 30 - 1;
    const prints = [top, 0, 5, 5 + 2 ** 15, 2 ** 15, 7 * 2 ** 15 + 5, top - 1, 1];
    const builder = new TextIndexBuilder();
    let added = 0;
    for (let d = 0; d < 4; d += 1) {
      const paragraphs = [
        { start: 0, end: 10, size: 10, prints: prints.filter((_, i) => (i + d) % 3 !== 0), place: { line: 1 } },
        { start: 11, end: 20, size: 9, prints: [...prints].reverse().slice(d), place: { line: 2 } },
      ];
      builder.addAnalysed({ path: `d${d}.txt`, reference: false }, paragraphs);
      added += paragraphs[0]!.prints.length + paragraphs[1]!.prints.length;
    }
    const { postings } = builder.build().parts();
    const pairs = Array.from(postings.hashes, (hash, i) => [hash, postings.paragraphs[i]!] as const);
    const expected = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(pairs).toEqual(expected);
    // Four reports are too few to learn stock wording from: every posting is kept.
    expect(pairs.length).toBe(added);
  });

  it('a saved index reads back the same, also from a Node Buffer holding other bytes before it', () => {
    const built = index([['a.txt', `标题\n${PARAGRAPH}\n`]], true);
    const bytes = writeTextIndex(built, { note: 1 });
    const pooled = Buffer.concat([Buffer.from('xxxxxxx'), Buffer.from(bytes)]).subarray(7);
    const { index: back, meta } = readTextIndex(pooled);
    expect(meta).toEqual({ note: 1 });
    expect(bestSource(back, PARAGRAPH, 'x.txt')).toEqual(bestSource(built, PARAGRAPH, 'x.txt'));
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
    const other = new TextDecoder().decode(bytes).replace('reportlint-text-index/3', 'reportlint-text-index/9');
    refused(new TextEncoder().encode(other));
  });
});

describe('fingerprints', () => {
  it('two texts sharing eight characters share a fingerprint (winnowing guarantee)', () => {
    const shared = '依法行政工作要点';
    const a = new Set(fingerprints(`甲乙丙丁戊${shared}己庚辛壬`));
    expect(fingerprints(`天地玄黄宇宙${shared}洪荒日月`).some((print) => a.has(print))).toBe(true);
  });
});
