/**
 * Builds the benchmark inputs from the real reports: a corpus of report-sized files made by recombining their
 * paragraphs, one multi-megabyte text file, and the paragraphs a large Word document is made of. Everything is
 * drawn from a seeded PRNG, so the same seed gives byte-identical files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, good enough to shuffle paragraphs reproducibly. */
export function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

/** Where the real reports are: the copies in fixtures/, else the shared material they were copied from. */
export function findSources(root) {
  const candidates = [
    [path.join(root, 'fixtures', 'seeds'), path.join(root, 'fixtures', 'corpus', 'reports')],
    ['/work/shared/seeds', '/work/shared/corpus/reports'],
  ];
  for (const dirs of candidates) {
    const files = dirs
      .filter((dir) => existsSync(dir))
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((name) => /\.(txt|md)$/.test(name) && !name.endsWith('.check.txt') && !/^readme/i.test(name))
          .sort()
          .map((name) => path.join(dir, name)),
      );
    if (files.length > 0) return { dirs: dirs.filter((dir) => existsSync(dir)), files };
  }
  return { dirs: [], files: [] };
}

const SECTION = /^\s*(#+\s*)?[一二三四五六七八九十]+、/;
const SUBSECTION = /^\s*(#+\s*)?[（(][一二三四五六七八九十]+[）)]/;
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 123 → 一百二十三 (enough for section numbers of a very long report). */
export function chineseNumeral(n) {
  if (n < 10) return NUMERALS[n];
  if (n < 20) return `十${NUMERALS[n % 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${NUMERALS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
    return `${NUMERALS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

/** Splits each report into header, section headings, subsection headings, body paragraphs and closing lines. */
export function loadPools(files) {
  const reports = [];
  const pools = { section: [], subsection: [], body: [] };
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    const markdown = file.endsWith('.md');
    const firstSection = lines.findIndex((line) => SECTION.test(line));
    const nonEmpty = lines.map((line, i) => [line, i]).filter(([line]) => line.trim() !== '');
    const closingStart = nonEmpty.length >= 3 ? nonEmpty[nonEmpty.length - 3][1] : lines.length;
    const header = lines.slice(0, Math.max(0, firstSection));
    const closing = lines.slice(closingStart);
    for (const line of lines.slice(Math.max(0, firstSection), closingStart)) {
      if (line.trim() === '') continue;
      const text = line.replace(/^\s*#+\s*/, '');
      if (SECTION.test(line)) pools.section.push(text.replace(/^\s*[一二三四五六七八九十]+、/, ''));
      else if (SUBSECTION.test(line)) pools.subsection.push(text.replace(/^\s*[（(][一二三四五六七八九十]+[）)]/, ''));
      else if (!/^\s*(#|[-*] |>|\|)/.test(line)) pools.body.push(line);
    }
    reports.push({ file, markdown, header, closing, sectionCount: Math.max(3, lines.filter((l) => SECTION.test(l)).length) });
  }
  return { reports, pools };
}

/** One report-sized file: a real report's header and closing around recombined sections. */
export function makeReport(random, { reports, pools }) {
  const skeleton = random.pick(reports);
  const md = skeleton.markdown;
  const out = [...skeleton.header];
  const sections = Math.min(6, Math.max(3, skeleton.sectionCount + random.int(-1, 1)));
  for (let s = 1; s <= sections; s++) {
    out.push(`${md ? '## ' : ''}${chineseNumeral(s)}、${random.pick(pools.section)}`);
    const subsections = random.int(0, 3);
    for (let k = 0; k <= subsections; k++) {
      if (subsections > 0) out.push(`${md ? '### ' : ''}（${chineseNumeral(k + 1)}）${random.pick(pools.subsection)}`);
      const paragraphs = random.int(1, 3);
      for (let p = 0; p < paragraphs; p++) {
        out.push(random.pick(pools.body));
        if (md) out.push('');
      }
    }
  }
  out.push(...skeleton.closing);
  return { ext: md ? '.md' : '.txt', text: `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n` };
}

/** A plain-text report of at least `bytes` bytes: one header and closing, a very long run of sections. */
export function makeLargeText(random, { reports, pools }, bytes) {
  const skeleton = random.pick(reports.filter((r) => !r.markdown));
  const out = [...skeleton.header];
  let size = Buffer.byteLength(out.join('\n'));
  for (let s = 1; size < bytes; s++) {
    const lines = [`${chineseNumeral(s)}、${random.pick(pools.section)}`];
    for (let k = 1; k <= 3; k++) {
      lines.push(`（${chineseNumeral(k)}）${random.pick(pools.subsection)}`);
      for (let p = random.int(2, 4); p > 0; p--) lines.push(random.pick(pools.body));
    }
    out.push(...lines);
    size += Buffer.byteLength(lines.join('\n')) + 1;
  }
  out.push(...skeleton.closing);
  return `${out.join('\n')}\n`;
}

/** Lines of a long Word report (`chars` characters of text or more): title, sections as headings, body paragraphs. */
export function makeLongReportLines(random, { reports, pools }, chars) {
  const skeleton = random.pick(reports.filter((r) => !r.markdown));
  const lines = [];
  for (const line of skeleton.header) if (line.trim() !== '') lines.push({ text: line.trim(), kind: 'header' });
  let count = lines.reduce((n, l) => n + l.text.length, 0);
  for (let s = 1; count < chars; s++) {
    const heading = `${chineseNumeral(s)}、${random.pick(pools.section)}`;
    lines.push({ text: heading, kind: 'section' });
    count += heading.length;
    for (let k = 1; k <= 3; k++) {
      const sub = `（${chineseNumeral(k)}）${random.pick(pools.subsection)}`;
      lines.push({ text: sub, kind: 'body' });
      count += sub.length;
      for (let p = random.int(2, 4); p > 0; p--) {
        const body = random.pick(pools.body).trim();
        lines.push({ text: body, kind: 'body' });
        count += body.length;
      }
    }
  }
  for (const line of skeleton.closing) if (line.trim() !== '') lines.push({ text: line.trim(), kind: 'closing' });
  return lines;
}
