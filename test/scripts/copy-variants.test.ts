/**
 * The generator of copied variants (scripts/lib/copy-variants.js) used by the tests and the bench of
 * `no-copied-text`: its truth must say exactly which lines were copied, from where, through which transform, and which
 * long lines are the target's own.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSources, makeCopiedVariants, splitSentences, TRANSFORMS, unitNames } from '../../scripts/lib/copy-variants.js';

type Source = { name: string; text: string };
type Copied = { file: string; line: number; source: string; sourceLine: number; transform: string };
type Result = { files: Source[]; copied: Copied[]; fresh: Array<{ file: string; line: number }> };

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources: Source[] = loadSources(root);
const byBase = new Map(sources.map((s) => [s.name.replace(/\.[^.]*$/, ''), s]));
const byName = new Map(sources.map((s) => [s.name, s]));

const han = (text: string) => text.match(/[\u4e00-\u9fa5]/g) ?? [];
const lines = (text: string) => text.split('\n');

/** Share of the shorter line's Han characters (as a multiset) that the longer one has too. */
function hanOverlap(a: string, b: string): number {
  const [short, long] = han(a).length <= han(b).length ? [han(a), han(b)] : [han(b), han(a)];
  const counts = new Map<string, number>();
  for (const c of long) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of short) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(c, n - 1);
    }
  }
  return short.length === 0 ? 0 : shared / short.length;
}

/** The target and source reports a variant was made from, by its file name. */
function parents(file: string): { target: Source; source: Source } {
  const m = /^copy-\d+-(.+)-from-(.+)\.txt$/.exec(file);
  expect(m, file).not.toBeNull();
  const target = byBase.get(m![1]!);
  const source = byBase.get(m![2]!);
  expect(target, file).toBeDefined();
  expect(source, file).toBeDefined();
  return { target: target!, source: source! };
}

const result: Result = makeCopiedVariants({ sources, seed: 20240601, count: 300 });
const fileText = new Map(result.files.map((f) => [f.name, f.text]));
const lineOf = (file: string, line: number) => lines(fileText.get(file)!)[line - 1]!;

describe('copy-variants sources', () => {
  it('finds the fixture reports, each with enough long paragraphs', () => {
    expect(sources.length).toBeGreaterThanOrEqual(20);
    for (const s of sources) {
      expect(s.name).toMatch(/\.txt$/);
      expect(s.name).not.toMatch(/\.check\.txt$/);
      expect(lines(s.text).filter((l) => han(l).length >= 40).length, s.name).toBeGreaterThanOrEqual(5);
      expect(s.text, s.name).not.toMatch(/^\[(?:title|h1|h2|sign|header)\]/m);
    }
  });

  it('reads unit names from titles and signatures', () => {
    expect(unitNames('清溪县鹤林乡人民政府关于2022年度法治政府建设工作情况的报告\n\n县委全面依法治县委员会办公室：\n正文')).toEqual(['清溪县', '鹤林乡']);
    expect(unitNames('中共漳平市官田乡委员会文件\n漳官委〔2023〕18号\n中共官田乡委员会 官田乡人民政府 关于 2023 年官田乡法治政府建设')).toEqual([
      '漳平市',
      '官田乡',
    ]);
    expect(unitNames('郑州市金岭区槐荫路街道办事处2021年度法治政府建设工作报告\n正文')).toEqual(['郑州市', '金岭区', '槐荫路街道']);
    expect(unitNames('关于2024年度法治政府建设情况的报告\n紧紧围绕县委中心工作\n霍东县青枫镇人民政府\n2025年1月20日')).toEqual(['霍东县', '青枫镇']);
    expect(unitNames('阳岭县横坑瑶族乡人民政府2021年度法治政府建设情况报告')).toEqual(['阳岭县', '横坑瑶族乡']);
  });

  it('splits sentences at 。；！？ without losing text', () => {
    const text = '（一）强化组织领导。根据实际；他说“好”。最后没有标点';
    expect(splitSentences(text)).toEqual(['（一）强化组织领导。', '根据实际；', '他说“好”。', '最后没有标点']);
    for (const s of sources.slice(0, 5)) for (const l of lines(s.text)) expect(splitSentences(l.trim()).join('')).toBe(l.trim());
  });
});

describe('makeCopiedVariants', () => {
  it('is deterministic: the same seed gives the same output, another seed another', () => {
    const again = makeCopiedVariants({ sources, seed: 20240601, count: 300 });
    expect(again).toEqual(result);
    const other = makeCopiedVariants({ sources, seed: 7, count: 300 });
    expect(other.files.map((f) => f.text)).not.toEqual(result.files.map((f) => f.text));
  });

  it('names variants copy-<n>-<target>-from-<source>.txt, target and source different, one per count', () => {
    expect(result.files).toHaveLength(300);
    result.files.forEach((f, i) => {
      expect(f.name.startsWith(`copy-${i + 1}-`)).toBe(true);
      const { target, source } = parents(f.name);
      expect(target.name).not.toBe(source.name);
      expect(f.text).not.toMatch(/\r/);
    });
    expect(new Set(result.files.map((f) => parents(f.name).target.name)).size).toBeGreaterThan(sources.length / 2);
  });

  it('puts copiesPerFile copies in each variant, from the source the name says', () => {
    const perFile = new Map<string, number>();
    for (const c of result.copied) {
      perFile.set(c.file, (perFile.get(c.file) ?? 0) + 1);
      expect(c.source).toBe(parents(c.file).source.name);
    }
    for (const f of result.files) expect(perFile.get(f.name), f.name).toBe(4);
    const two = makeCopiedVariants({ sources, seed: 3, count: 20, copiesPerFile: 2 });
    expect(two.copied).toHaveLength(40);
  });

  it('uses every transform, about evenly', () => {
    const counts = new Map<string, number>();
    for (const c of result.copied) counts.set(c.transform, (counts.get(c.transform) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...TRANSFORMS].sort());
    for (const t of TRANSFORMS as readonly string[]) expect(counts.get(t)!, t).toBeGreaterThanOrEqual(result.copied.length / TRANSFORMS.length - 5);
  });

  it('describes each copied line right: its line in the variant comes from that line of the source', () => {
    for (const c of result.copied) {
      const { target, source } = parents(c.file);
      const copy = lineOf(c.file, c.line).trim();
      const original = lines(byName.get(source.name)!.text)[c.sourceLine - 1]!.trim();
      const where = `${c.file}:${c.line} ${c.transform} ← ${c.source}:${c.sourceLine}`;
      expect(han(original).length, where).toBeGreaterThanOrEqual(60);
      expect(hanOverlap(copy, original), where).toBeGreaterThanOrEqual(0.8);
      if (c.transform === 'verbatim') {
        expect(copy, where).toBe(original);
      } else {
        expect(copy, where).not.toBe(original);
      }
      // A copy is not one of the target's own lines.
      expect(lines(target.text).map((l) => l.trim()), where).not.toContain(copy);
    }
  });

  it('applies each transform as described', () => {
    let renamedWithNames = 0;
    for (const c of result.copied) {
      const { target, source } = parents(c.file);
      const copy = lineOf(c.file, c.line).trim();
      const original = lines(source.text)[c.sourceLine - 1]!.trim();
      const where = `${c.file}:${c.line} ${c.transform} ← ${c.source}:${c.sourceLine}\n${original}\n${copy}`;
      const added = han(copy).length - han(original).length;
      switch (c.transform) {
        case 'sentence-added': {
          expect(added, where).toBeGreaterThanOrEqual(20);
          expect(added, where).toBeLessThanOrEqual(40);
          // Every sentence of the original is still there, in order.
          let from = 0;
          for (const s of splitSentences(original)) {
            const core = s.replace(/[。；！？;!?：:]+$/, '');
            const at = copy.indexOf(core, from);
            expect(at, where).toBeGreaterThanOrEqual(0);
            from = at + core.length;
          }
          break;
        }
        case 'sentence-dropped': {
          expect(splitSentences(original).length, where).toBeGreaterThanOrEqual(3);
          expect(han(copy).length, where).toBeGreaterThanOrEqual(60);
          expect(added, where).toBeLessThan(0);
          const kept = splitSentences(copy).map((s) => s.replace(/[。；！？;!?：:]+$/, ''));
          expect(kept.length, where).toBe(splitSentences(original).length - 1);
          for (const s of kept) expect(original, where).toContain(s);
          break;
        }
        case 'reordered': {
          expect(han(copy).sort().join(''), where).toBe(han(original).sort().join(''));
          const core = (s: string) => s.replace(/[。；！？;!?：:，,]+$/, '');
          const before = splitSentences(original).map(core);
          const after = splitSentences(copy).map(core);
          expect([...after].sort(), where).toEqual([...before].sort());
          expect(after, where).not.toEqual(before);
          // An ordinal that leads the paragraph ((三)…, 2.…, 一是…) still leads it.
          const ordinal = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[一二三四五六七八九十]+[、是])/.exec(original)?.[0];
          if (ordinal) expect(copy.startsWith(ordinal), where).toBe(true);
          break;
        }
        case 'renamed': {
          const sNames = unitNames(source.text).filter((n) => !unitNames(target.text).includes(n));
          const tNames = unitNames(target.text);
          for (const n of sNames) expect(copy, where).not.toContain(n);
          if (sNames.some((n) => original.includes(n)) && tNames.length > 0) {
            expect(tNames.some((n) => copy.includes(n)), where).toBe(true);
            renamedWithNames++;
          }
          // Numbers changed: the copy's Arabic numbers are not the original's (ordinals and year ranges may stay).
          const numbers = (s: string) => s.match(/\d+(?:\.\d+)?/g) ?? [];
          if (numbers(original).length >= 3) expect(numbers(copy), where).not.toEqual(numbers(original));
          break;
        }
        case 'verbatim':
          break;
        default:
          throw new Error(`unknown transform ${c.transform}`);
      }
    }
    // Renaming is exercised, not only number changes.
    expect(renamedWithNames).toBeGreaterThan(result.copied.filter((c) => c.transform === 'renamed').length / 5);
  });

  it('keeps the target around the copies: fresh lines are its own lines, unchanged and in order', () => {
    const copiedAt = new Map<string, Set<number>>();
    for (const c of result.copied) {
      if (!copiedAt.has(c.file)) copiedAt.set(c.file, new Set());
      copiedAt.get(c.file)!.add(c.line);
    }
    const freshAt = new Map<string, Set<number>>();
    for (const f of result.fresh) {
      if (!freshAt.has(f.file)) freshAt.set(f.file, new Set());
      expect(copiedAt.get(f.file)?.has(f.line), `${f.file}:${f.line}`).not.toBe(true);
      freshAt.get(f.file)!.add(f.line);
    }
    for (const file of result.files) {
      const { target } = parents(file.name);
      const own = lines(target.text);
      const variant = lines(file.text);
      const copies = copiedAt.get(file.name)!;
      const fresh = freshAt.get(file.name) ?? new Set<number>();
      // The variant's other lines are the target's lines in order, with only some long ones (replaced) missing.
      let j = 0;
      variant.forEach((line, i) => {
        if (copies.has(i + 1)) return;
        while (j < own.length && own[j] !== line) {
          expect(han(own[j]!).length, `${file.name}: lost ${JSON.stringify(own[j])}`).toBeGreaterThanOrEqual(40);
          j++;
        }
        expect(j, `${file.name}:${i + 1} is not a line of ${target.name}`).toBeLessThan(own.length);
        j++;
        // Each long line of the target that is still there is fresh; no short line is.
        expect(fresh.has(i + 1), `${file.name}:${i + 1}`).toBe(han(line).length >= 40);
      });
      const replaced = own.length - (variant.length - copies.size);
      expect(replaced, file.name).toBeGreaterThanOrEqual(0);
      expect(replaced, file.name).toBeLessThanOrEqual(copies.size);
    }
  });

  it('lands copies in different places, both replacing and following the target’s paragraphs', () => {
    let replacing = 0;
    let following = 0;
    let outOfOrder = 0;
    for (const file of result.files) {
      const { target } = parents(file.name);
      const variant = lines(file.text);
      const own = lines(target.text);
      const here = result.copied.filter((c) => c.file === file.name).sort((a, b) => a.line - b.line);
      if (here.some((c, k) => k > 0 && c.sourceLine < here[k - 1]!.sourceLine)) outOfOrder++;
      const extra = variant.length - own.length;
      replacing += here.length - extra;
      following += extra;
    }
    expect(replacing).toBeGreaterThan(result.copied.length / 4);
    expect(following).toBeGreaterThan(result.copied.length / 4);
    expect(outOfOrder).toBeGreaterThan(result.files.length / 4);
    const firstLines = new Set(result.copied.map((c) => c.line));
    expect(firstLines.size).toBeGreaterThan(20);
  });

  it('is fast: two thousand variants in a few seconds', () => {
    const start = performance.now();
    const many = makeCopiedVariants({ sources, seed: 99, count: 2000 });
    expect(many.files).toHaveLength(2000);
    expect(performance.now() - start).toBeLessThan(8000);
  });

  it('works on small inline sources and rejects fewer than two', () => {
    const para = (unit: string, topic: string) =>
      `${unit}深入推进${topic}工作，全年召开专题会议12次，研究解决问题8个。坚持问题导向，完善工作机制，细化责任分工，确保各项任务落到实处。同时加强督促检查，对发现的问题建立台账，逐项整改销号，工作成效得到上级肯定。`;
    const a = {
      name: 'a.txt',
      text: ['清溪县鹤林乡人民政府关于2022年度法治政府建设情况的报告', ...['普法', '调解', '执法', '决策', '政务公开'].map((t) => para('鹤林乡', t)), '清溪县鹤林乡人民政府', '2023年1月5日'].join('\n'),
    };
    const b = {
      name: 'b.txt',
      text: ['宝丰县赵庄镇人民政府关于2023年度法治政府建设情况的报告', ...['学法', '复议', '应诉', '监督', '服务'].map((t) => para('赵庄镇', t)), '宝丰县赵庄镇人民政府', '2024年1月8日'].join('\n'),
    };
    const out: Result = makeCopiedVariants({ sources: [a, b], seed: 1, count: 10, copiesPerFile: 3 });
    expect(out.files.map((f) => f.name)[0]).toMatch(/^copy-1-(a-from-b|b-from-a)\.txt$/);
    expect(out.copied).toHaveLength(30);
    expect(out.copied.filter((c) => c.transform === 'renamed').length).toBeGreaterThanOrEqual(5);
    for (const c of out.copied.filter((c) => c.transform === 'renamed')) {
      const text = lineOf2(out, c);
      const [from, to] = c.source === 'a.txt' ? ['鹤林乡', '赵庄镇'] : ['赵庄镇', '鹤林乡'];
      expect(text).not.toContain(from);
      expect(text).toContain(to);
      expect(text).not.toContain('12次');
    }
    expect(() => makeCopiedVariants({ sources: [a] })).toThrow();
  });
});

function lineOf2(out: Result, c: Copied): string {
  return lines(out.files.find((f) => f.name === c.file)!.text)[c.line - 1]!;
}
