/**
 * 报告应写明下一年度推进法治政府建设的主要安排。
 * 说明见 ./require-next-year-plan.md
 */
import { defineRule, type Section } from '../src/rule-api.js';
import { firstSentence } from '../src/model/statements.js';
import { documentUnits, findInUnits, headingRange, partHeads, partUnits, titleRange, unitRange } from '../src/model/query.js';

/**
 * Sentences that open a plan without a heading of its own: "下一步，我局将…", "2024年，我镇将…",
 * "新的一年，…将…". They must start a sentence, so "为下一步工作打下基础" does not count.
 */
const PLAN_SENTENCE = [
  '下一步(?:工作)?[，,：:]?[^。；]{0,30}将',
  '下一步(?:工作)?(?:打算|安排|计划|思路|重点|举措|措施)',
  '下一年度?[^。；]{0,20}(?:将|打算|安排|计划)',
  '(?:新的一年|明年|来年|今后)[，,]?[^。；]{0,30}将',
];

export const rule = defineRule({
  meta: {
    id: 'require-next-year-plan',
    description: '报告应写明下一年度推进法治政府建设的主要安排',
    descriptionEn: "The report must give next year's main plans for building a law-based government",
    category: 'content',
    severity: 'error',
    statutory: { zh: '下一年度工作安排', en: "next year's plans" },
    messages: {
      missing: {
        zh: '未写明下一年度工作安排：请增加“下一步工作打算”部分，写明下一年度推进法治政府建设的主要安排',
        en: "Next year's plans are missing: add a part such as 下一步工作打算 with next year's main plans",
      },
      empty: {
        zh: '“{heading}”部分没有写具体安排：请逐项写明下一年度的主要工作安排',
        en: 'The part "{heading}" gives no plans: list next year\'s main tasks under it',
      },
    },
    options: {
      extraHeadingKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为“下一年度安排”部分标题的词语，如“远景规划”',
      },
      minLength: {
        type: 'number',
        default: 10,
        minimum: 0,
        description: '安排部分正文（含下级标题）至少应有的字数',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    // The plans part: plan sections, and the plans half of a part that also holds the problems.
    const part = partUnits(model, 'plan', options.extraHeadingKeywords);
    const heads = partHeads(part, model);
    // Asked once per unit of the part: a set, where a search of the list per unit was quadratic in the part's headings.
    const isHead = new Set<Section>(heads);
    const content = part.filter((u) => u.kind === 'paragraph' || u.section === undefined || !isHead.has(u.section) || u.section.heading.runIn);
    const length = content.reduce((n, u) => n + u.plain.length, 0);
    const first = heads[0];
    // With minLength 0 a plan heading alone is enough; without any plan part there is nothing to point at here.
    if (length >= options.minLength && (content.length > 0 || first !== undefined)) {
      const at = content[0] ? unitRange(content[0]) : headingRange(first as Section);
      context.satisfied({ range: firstSentence(content)?.range ?? at });
      return;
    }

    // No plan part with content: a plan may still be written as sentences (a heading line is not one).
    const units = documentUnits(model).filter((u) => u.kind === 'paragraph' || u.section?.heading.runIn);
    const sentenceStart = `(?:^|(?<=[。；;！!？?]))`;
    const year = model.year;
    const parts = [...PLAN_SENTENCE];
    if (year !== undefined) parts.push(`${year + 1}年度?[，,]?[^。；]{0,30}将`);
    const match = findInUnits(units, new RegExp(`${sentenceStart}(?:${parts.join('|')})`))[0];
    if (match) {
      context.satisfied({ range: match.range });
      return;
    }

    // A plan heading with nothing under it, or a part whose heading promises the plans after the problems.
    const promised = first ?? model.allSections.find((s) => s.combined);
    if (promised) {
      context.report({ messageId: 'empty', data: { heading: promised.heading.title }, range: headingRange(promised) });
      return;
    }
    context.report({ messageId: 'missing', range: titleRange(model) });
  },
});
