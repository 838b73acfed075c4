/**
 * A paragraph should not be taken over from last year's report or another unit's (照搬照抄, 千篇一律: the commonest
 * criticism of these reports in supervision notices). Each paragraph of at least `minLength` Han characters is looked
 * up in the index of the other reports (src/compare/text-index.ts: the other files of the run and
 * settings.referenceReports); names, numbers and years are normalised away, stock formulas do not count.
 * Docs: ./no-copied-text.md
 */
import { defineRule } from '../src/rule-api.js';
import type { SourceMatch } from '../src/types.js';

export const rule = defineRule({
  meta: {
    id: 'no-copied-text',
    description: '段落不应照搬往年报告或其他单位的报告',
    descriptionEn: "No paragraph is taken over from last year's report or another unit's",
    category: 'content',
    severity: 'warn',
    crossFile: true,
    publicData: true,
    options: {
      minLength: {
        type: 'number',
        default: 40,
        minimum: 1,
        description: '参与比对的段落至少应有的汉字数（去掉套话、地名和数字之后）',
      },
      minShare: {
        type: 'number',
        default: 0.7,
        minimum: 0.05,
        maximum: 1,
        description: '段落有多大比例见于另一份报告的同一段时判为照搬（0–1）',
      },
    },
    messages: {
      copiedFromReference: {
        zh: '本段约{percent}%与往年报告“{source}”{place}相同：请按本年度的实际工作重写，不要照搬往年报告',
        en: 'About {percent}% of this paragraph is the same as last year\'s report "{source}" ({place}): rewrite it from this year\'s work',
      },
      copiedFromRun: {
        zh: '本段约{percent}%与同批报告“{source}”{place}相同：请按本单位的实际工作重写，不要照搬其他单位的报告',
        en: 'About {percent}% of this paragraph is the same as "{source}" in this batch ({place}): rewrite it from your own unit\'s work',
      },
    },
  },
  check(context) {
    const { textIndex, text, options } = context;
    if (!textIndex) return;
    const paragraphs = textIndex.compare(text, context.filePath, options.minLength);
    const documentChars = paragraphs.reduce((sum, paragraph) => sum + paragraph.size, 0);
    for (const paragraph of paragraphs) {
      const match = paragraph.match;
      if (!match || !copied(match, options.minShare)) continue;
      const percent = Math.round(match.share * 100);
      context.report({
        messageId: match.document.reference ? 'copiedFromReference' : 'copiedFromRun',
        range: [paragraph.start, paragraph.end],
        data: {
          source: match.document.name ?? match.document.path,
          place: placeOf(match),
          percent,
          share: Math.round(match.share * 100) / 100,
          sourceKind: match.document.reference ? 'reference' : 'run',
          sourceLine: match.place.line,
          sourceStart: match.start,
          sourceEnd: match.end,
          ...(match.place.paragraph ? { sourceParagraph: match.place.paragraph } : {}),
          ...(match.place.page ? { sourcePage: match.place.page, sourcePageLine: match.place.pageLine ?? 0 } : {}),
          // For the summaries: how much of the report this paragraph is, and how much of it was found.
          matchedChars: Math.round(paragraph.size * match.share),
          documentChars,
        },
      });
    }
  },
});

/**
 * Copied: most of this paragraph is in the other one — or most of the other one is in this paragraph, which then
 * adds a sentence or two of its own (still two thirds of minShare of it found).
 */
function copied(match: SourceMatch, minShare: number): boolean {
  return match.share >= minShare || (match.sourceShare >= minShare && match.share >= (minShare * 2) / 3);
}

/** The other paragraph's place as its reader finds it: 第N段 in Word, 第N页第M行 in a PDF, else 第N行. */
function placeOf(match: SourceMatch): string {
  const { place } = match;
  if (place.paragraph) return `第${place.paragraph}段`;
  if (place.page) return place.pageLine ? `第${place.page}页第${place.pageLine}行` : `第${place.page}页`;
  return `第${place.line}行`;
}
