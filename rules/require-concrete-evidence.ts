/**
 * require-concrete-evidence — reviewers send back reports whose 主要举措和成效 are slogans without
 * figures (明天 2017: 运用事例少). This rule counts figures with a unit (58件, 12次, 3000人次, 97.9%,
 * 2180万元 …) in the measures part — the sections whose role is 'measures', or the whole body when
 * the model found none — and warns when there are fewer than `minPerThousand` per 1,000 characters.
 *
 * Only Arabic numerals are counted: Chinese numerals with a unit are mostly set phrases (三项制度,
 * 一个中心, 两个维护) rather than evidence. A measures part shorter than 200 characters is not judged
 * (a density means little there; an empty section is no-empty-section's business).
 */
import { defineRule } from '../src/rule-api.js';
import { escapeRegExp, nonWhitespaceLength } from '../src/text/chars.js';
import { outermost } from '../src/model/query.js';
import type { Paragraph, Section } from '../src/model/types.js';
import { matchesOf } from '../src/text/matches.js';

type MessageId = 'fewFigures';

/** Units that make a number a count, an amount or a share. Dates (年, 月, 日) are not among them. */
export const DEFAULT_UNITS: readonly string[] = [
  '个百分点', '人次', '户次', '件次', '万元', '亿元', '元', '次', '件', '项', '个', '名', '场', '期', '份', '家', '户',
  '起', '人', '条', '篇', '册', '卷', '台', '张', '批', '所', '宗', '部', '支', '套', '处', '类', '天', '小时', '%', '％',
];

/** Below this many characters the measures part is not judged. */
const MIN_CHARS = 200;

export const rule = defineRule<MessageId, {
  minPerThousand: { type: 'number'; default: number; description: string; minimum: number };
  extraUnits: { type: 'string[]'; default: readonly string[]; description: string };
}>({
  meta: {
    id: 'require-concrete-evidence',
    description: '主要举措和成效部分要用具体数据说明（件数、次数、人次、比例、金额等）',
    descriptionEn: 'The measures part backs its claims with figures (counts, sessions, people, shares, amounts)',
    category: 'content',
    severity: 'warn',
    messages: {
      fewFigures: {
        zh: '“{part}”缺少具体数据：{chars}字中只有{count}处带单位的数字（每千字{density}处，少于{min}处）；请用件数、次数、人次、比例、金额等写明举措和成效',
        en: '"{part}" has few figures: {count} numbers with a unit in {chars} characters ({density} per 1,000, fewer than {min}); give counts, sessions, people reached, shares or amounts',
      },
    },
    options: {
      minPerThousand: {
        type: 'number',
        default: 3,
        minimum: 0,
        description: '每千字至少应有的带单位数字个数',
      },
      extraUnits: {
        type: 'string[]',
        default: [],
        description: '补充计数单位（如“宗”“批次”），与内置单位一起使用',
      },
    },
  },
  check(context) {
    const { model } = context;
    const measures = outermost(model.allSections.filter((section) => section.role === 'measures'));
    const paragraphs: Paragraph[] =
      measures.length > 0
        ? model.paragraphs.filter(insideAny(measures))
        : model.paragraphs;
    const plain = paragraphs.map((p) => p.plain).join('\n');
    const chars = nonWhitespaceLength(plain);
    if (chars < MIN_CHARS) return;

    const count = countFigures(plain, [...DEFAULT_UNITS, ...context.options.extraUnits]);
    const min = context.options.minPerThousand;
    const density = (count * 1000) / chars;
    if (density >= min) return;

    const first = measures[0];
    const at = first ? first.heading.span : model.title;
    const part = first ? first.heading.title || first.heading.span.text : '正文';
    context.report({
      messageId: 'fewFigures',
      data: { part, chars, count, density: belowToOneDecimal(density), min },
      range: at ? [at.start, at.end] : [0, 0],
    });
  },
});

/**
 * The density to one decimal, rounded down: 2.96 shown as "3.0" would contradict "fewer than 3". The small epsilon
 * keeps 2.9 (computed as 2.8999…) from showing as 2.8.
 */
function belowToOneDecimal(density: number): string {
  return (Math.floor(density * 10 + 1e-9) / 10).toFixed(1);
}

/**
 * Whether a paragraph lies inside one of `sections`. Sections nest or are apart, so the ones that overlap are merged
 * into one range (the outer one) and the last range starting at or before the paragraph, found by binary search, is the
 * only one that can hold it.
 */
function insideAny(sections: readonly Section[]): (p: Paragraph) => boolean {
  const ranges: Array<[number, number]> = [];
  for (const s of [...sections].sort((a, b) => a.start - b.start)) {
    const last = ranges.at(-1);
    if (last && s.start < last[1]) last[1] = Math.max(last[1], s.end);
    else ranges.push([s.start, s.end]);
  }
  return (p) => {
    let low = 0;
    let high = ranges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ranges[middle]?.[0] ?? 0) <= p.start) low = middle + 1;
      else high = middle;
    }
    const range = ranges[low - 1];
    return range !== undefined && p.start >= range[0] && p.end <= range[1];
  };
}

/**
 * Counts numbers followed by a unit: 58件, 1.26万条, 100余人, 1万余人次, 97.9%. An ordinal (第3次会议) is not a count
 * and a clause number (第4.2.11条) not a figure.
 */
export function countFigures(text: string, units: readonly string[]): number {
  const sorted = [...new Set(units.filter((u) => u.length > 0))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return 0;
  const escaped = sorted.map(escapeRegExp);
  // Each optional part takes the spaces after it: two runs of \s* side by side would share a long run of spaces.
  // 余/多 stand before the magnitude (100余万元) or after it (1万余人).
  const figure = new RegExp(
    `(?<![\\d.第])\\d+(?:\\.\\d+)?\\s*(?:[余多]\\s*)?(?:[万亿千]\\s*)?(?:[余多]\\s*)?(?:${escaped.join('|')})`,
    'gu',
  );
  return [...matchesOf(figure, text)].length;
}
