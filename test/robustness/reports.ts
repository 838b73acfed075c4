/**
 * Generated reports for the property tests (issue 11): random section trees in every ordinal style, Chinese and ASCII
 * text in both punctuation widths, dates, numbers, URLs, placeholders and web residue, CR/LF/CRLF, a BOM, astral
 * characters, lone surrogates, NUL and control characters, very long lines, Markdown constructs (nesting up to and
 * past the engine's limits) and reportlint-* directives — the material reports are made of, and what breaks them.
 */
import { fc } from '@fast-check/vitest';
import { builtinRules } from '../../rules/index.js';
import type { LintDocument } from '../../src/types.js';

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (and larger numbers written out digit by digit). */
function cn(n: number): string {
  if (n <= 10) return CN[n] ?? '〇';
  if (n < 20) return `十${CN[n % 10] === '〇' ? '' : CN[n % 10]}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN[n % 10]}`;
  return [...String(n)].map((d) => CN[Number(d)]).join('');
}

/** Every way reports number a heading or a point, standard or not. */
const ORDINALS: ReadonlyArray<(n: number) => string> = [
  (n) => `${cn(n)}、`,
  (n) => `（${cn(n)}）`,
  (n) => `(${cn(n)})`,
  (n) => `${n}.`,
  (n) => `${n}．`,
  (n) => `${n}、`,
  (n) => `（${n}）`,
  (n) => `(${n})`,
  (n) => `${n})`,
  (n) => `${n}）`,
  (n) => String.fromCodePoint(0x2460 + ((n - 1) % 20)),
  (n) => `第${cn(n)}部分`,
  (n) => `${cn(n)}是`,
  (n) => `${cn(n)}，`,
  (n) => `第${cn(n)}，`,
  (n) => `其${cn(n)}`,
];

const WORDS = [
  '法治政府建设', '依法行政', '第一责任人', '党政主要负责人', '乡党委书记', '县长', '局长', '亲自部署', '主持召开',
  '述法', '行政执法公示制度', '执法全过程记录制度', '重大执法决定法制审核制度', '行政复议', '行政应诉', '合法性审查',
  '存在的问题', '不足', '原因', '主要原因是', '下一步', '工作打算', '主要举措和成效', '普法', '习近平法治思想',
  '法制政府', '第责任人', '依法治县', '人民政府', '司法局', '办事处', '街道', '乡', '镇', '县', '区', '市', '省',
  '特此报告', '现将', '情况报告如下', '妥否，请批示', '恳请批准', '打印本页', '关闭窗口', '分享到', '发布时间：',
  '字体：【大 中 小】', '— 3 —', '第 2 页 共 5 页', 'XX县', '20XX年', '【填写单位名称】', '（此处填写）', '＊＊',
  '身份证号', '手机', '联系电话', '件', '次', '人次', '万元', '个', '%', '余', '多', '《中华人民共和国行政处罚法》',
  '关于', '报告', '请示', '通知', '年度', '2023年', '2024年', '二〇二三年', '2023年度', '2024年3月5日',
  '2024年03月05日', '24年3月5日', '二〇二四年一月十五日', '2024-3-5', '2024.3.5', '〔2024〕1号', '[2024]01号',
  '县政发〔2024〕3号', '县政发[24]第3号', '抄送：', '印发', '共印10份',
];

const ASCII = [
  'report', 'law', 'PDF', 'Word', 'http://www.gov.cn/a?b=1&c=2', 'https://x.org/路径', 'a.b+c@example.com', "Xi'an",
  '3.5%', '1,000', '10:30', '3:2', 'www.example.org', 'ftp://f', 'iPhone', 'A4', 'ISO 9001', 'e.g.', 'etc...',
  '110101199003071234', '13800138000', '6222021234567890123', '0931-1234567', '12', '2023', '99.5', '0', '007',
];

const PUNCT = [...'，,。.；;：:？?！!“”"\'‘’（）()《》【】[]…—-–－～~、·・|/\\#*_`<>&{}'];

/** Characters that have broken text tools: controls, NUL, BOM, zero-width and line separators, astral, lone surrogates. */
const SPECIAL = [
  '\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\ufeff', '\u200b', '\u200d',
  '\u2028', '\u2029', '\u3000', '\u00a0', '\t', '𠀀', '𪚥', '😀', '👨‍👩‍👧', '\ud800', '\udc00', '\udbff', '\ud83d',
  '\ufffd', '\uffff', '\u0301', '\u202e',
];

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 5, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'的是在了和有我们工作加强推进完善落实开展全面依法制度'), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.nat(99999).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\u3000\u3000', '\t') },
);

/** A sentence or clause: a few fragments, usually ended the Chinese way. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 14 }), fc.constantFrom('。', '。', '；', '，', '', '.', '！', '：'))
  .map(([parts, end]) => parts.join('') + end);

const paragraph: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '', '　　', '  ', '\t'), fc.array(sentence, { minLength: 1, maxLength: 5 }))
  .map(([indent, sentences]) => indent + sentences.join(''));

/** One line of the body: a heading, text, a blank, a directive, Markdown, or something long or strange. */
type Item =
  | { kind: 'heading'; level: number; title: string; runIn: string; number: number }
  | { kind: 'text'; text: string }
  | { kind: 'blank' }
  | { kind: 'directive'; text: string }
  | { kind: 'markdown'; text: string }
  | { kind: 'long'; text: string; times: number };

const ruleIds = Object.keys(builtinRules);

const directive: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file', 'disabled', 'disable-next'),
    fc.array(fc.constantFrom(...ruleIds, 'no-such-rule', 'fullwidth-punctuation', '全角'), { maxLength: 3 }),
    fc.constantFrom('', ' -- 理由', ' -- ', ' --理由', ' -- -- x'),
    fc.constantFrom(' ', '', '  ', '\t'),
    fc.constantFrom(', ', ' ', '，', ','),
  )
  .map(([kind, ids, reason, space, separator]) => `<!--${space}reportlint-${kind} ${ids.join(separator)}${reason}${space}-->`);

/** Markdown constructs, including nesting and marker counts around the limits of src/engine/markdown.ts. */
const markdown: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), sentence).map(([n, s]) => `${'#'.repeat(n)} ${s}`),
  fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. '), sentence).map(([n, m, s]) => `${'  '.repeat(n)}${m}${s}`),
  fc.tuple(fc.integer({ min: 1, max: 5 }), sentence).map(([n, s]) => `${'> '.repeat(n)}${s}`),
  fc.tuple(fc.integer({ min: 90, max: 130 }), fc.constantFrom('>', '> ', '- ', '> - ', '1. '), sentence).map(([n, m, s]) => `${m.repeat(n)}${s}`),
  fc.tuple(fc.integer({ min: 180, max: 260 }), sentence).map(([n, s]) => Array.from({ length: n }, (_, i) => `${'  '.repeat((i % 3) + 1)}- ${s}`).join('\n')),
  fc.tuple(fc.integer({ min: 200, max: 320 }), fc.constantFrom('**a** ', '*', '[', '`', '_a_ ', '<b>', '![x](y)'), sentence).map(([n, m, s]) => `${s}${m.repeat(n)}${s}`),
  fc.tuple(fc.constantFrom('```', '~~~', '````', '```js'), paragraph, fc.boolean()).map(([f, p, closed]) => `${f}\n${p}\n\n${p}${closed ? `\n${f.slice(0, 3)}` : ''}`),
  paragraph.map((p) => `    ${p}`),
  sentence.map((s) => `**${s}**`),
  fc.tuple(sentence, sentence).map(([a, b]) => `${a}*${b}*_${a}_\`${b}\``),
  fc.tuple(sentence, fc.constantFrom('http://x.cn', 'javascript:print()', '<http://a.b>', '')).map(([s, u]) => `[${s}](${u}) ![${s}](${u}) <${u}>`),
  fc.constantFrom('<div>', '</div>', '<!-- 备注 -->', '<!--', '-->', '<script>', '</script>', '<?php', '?>', '<![CDATA[', ']]>', '<br>'),
  fc.constantFrom('---', '***', '___', '===', '- - -', '+++', '...', '| a | b |', '|---|---|', '[ref]: http://x', '[ref]', '[^1]', '[^1]: 注'),
  fc.tuple(sentence, fc.constantFrom('  ', '\\')).map(([s, b]) => `${s}${b}`),
  sentence.map((s) => `\\*${s}\\_ &amp; &#12345; &#x1F600; &nbsp;`),
  fc.tuple(paragraph, fc.constantFrom('---', '+++')).map(([p, m]) => `${m}\ntitle: ${p}\n${m}`),
);

const item: fc.Arbitrary<Item> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('heading' as const), level: fc.integer({ min: 0, max: 3 }), title: sentence, runIn: fc.oneof(fc.constant(''), paragraph), number: fc.integer({ min: 1, max: 25 }) }) },
  { weight: 10, arbitrary: paragraph.map((text) => ({ kind: 'text' as const, text })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'blank' as const }) },
  { weight: 1, arbitrary: directive.map((text) => ({ kind: 'directive' as const, text })) },
  { weight: 3, arbitrary: markdown.map((text) => ({ kind: 'markdown' as const, text })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('long' as const), text: fc.oneof(sentence, fc.constantFrom('一、', 'a,', '，', '法', '*', '>', ' ', '1.', '（一）')), times: fc.integer({ min: 20, max: 400 }) }) },
);

export interface GeneratedReport {
  doc: LintDocument;
  options: { excerpts: boolean; inlineConfig: boolean; reportUnusedDisableDirectives: 0 | 1 | 2 };
}

/** The line break between lines: one kind for the whole file, or mixed line by line. */
const eolArb = fc.constantFrom('\n', '\r\n', '\r', 'mixed');

export const report: fc.Arbitrary<GeneratedReport> = fc
  .record({
    syntax: fc.constantFrom('text' as const, 'markdown' as const),
    bom: fc.boolean(),
    eol: eolArb,
    mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n'), { minLength: 1, maxLength: 8 }),
    styles: fc.array(fc.integer({ min: 0, max: ORDINALS.length - 1 }), { minLength: 4, maxLength: 4 }),
    sequential: fc.boolean(),
    markdownHeadings: fc.boolean(),
    title: fc.oneof(fc.constant(''), sentence, fc.constant('XX县2023年法治政府建设情况的报告'), fc.constant('关于2023年度法治政府建设工作情况的报告')),
    header: fc.array(fc.oneof(fc.constantFrom('XX县人民政府', '县政发〔2024〕3号', '签发人：张三'), sentence), { maxLength: 3 }),
    items: fc.array(item, { maxLength: 40 }),
    closing: fc.array(fc.oneof(fc.constantFrom('XX县人民政府', '2024年1月15日', '二〇二四年一月十五日', '2024年1月', '（此件公开发布）', '抄送：县委办', 'XX县司法局 2024年1月10日印发'), sentence), { maxLength: 4 }),
    trailing: fc.constantFrom('', '\n', '\n\n', ' ', '\r\n'),
    excerpts: fc.boolean(),
    inlineConfig: fc.boolean(),
    unused: fc.constantFrom(0 as const, 1 as const, 2 as const),
    raw: fc.option(fc.string({ unit: anyUnit, maxLength: 200 }), { freq: 12 }),
  })
  .map((r) => {
    const counters = [0, 0, 0, 0];
    const lines: string[] = [...r.header];
    if (r.title) lines.push(r.title);
    for (const it of r.items) {
      switch (it.kind) {
        case 'heading': {
          const level = it.level;
          counters[level] = (counters[level] ?? 0) + 1;
          for (let deeper = level + 1; deeper < counters.length; deeper += 1) counters[deeper] = 0;
          const n = r.sequential ? (counters[level] ?? 1) : it.number;
          const ordinal = ORDINALS[r.styles[level] ?? 0]?.(n) ?? '';
          const hashes = r.syntax === 'markdown' && r.markdownHeadings ? `${'#'.repeat(level + 2)} ` : '';
          lines.push(`${hashes}${ordinal}${it.title}${it.runIn}`);
          break;
        }
        case 'text':
          lines.push(it.text);
          break;
        case 'blank':
          lines.push('');
          break;
        case 'directive':
        case 'markdown':
          lines.push(it.text);
          break;
        case 'long':
          lines.push(it.text.repeat(it.times));
          break;
      }
    }
    lines.push(...r.closing);
    let text: string;
    if (r.eol === 'mixed') text = lines.map((line, i) => line + (r.mixed[i % r.mixed.length] ?? '\n')).join('');
    else text = lines.join(r.eol) + r.trailing;
    if (r.raw !== null) text = r.raw.length % 2 === 0 ? text + r.raw : r.raw + text;
    if (r.bom) text = `\ufeff${text}`;
    const doc: LintDocument = { filePath: r.syntax === 'markdown' ? 'report.md' : 'report.txt', text, syntax: r.syntax };
    return { doc, options: { excerpts: r.excerpts, inlineConfig: r.inlineConfig, reportUnusedDisableDirectives: r.unused } };
  });
