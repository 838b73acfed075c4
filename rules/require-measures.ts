/**
 * 报告应写明上一年度推进法治政府建设的主要举措和成效。
 * 说明见 ./require-measures.md
 */
import { defineRule } from '../src/rule-api.js';
import type { Section } from '../src/rule-api.js';
import { OTHER_MATTERS } from '../src/model/concepts.js';
import { headingRange, roleOrHeading, sectionTextLength, titleRange } from '../src/model/query.js';

/** Parts that are not the year's work: problems, plans and the leaders' duty have their own rules. */
const OTHER_PARTS = new Set(['problems', 'plan', 'first-responsible-person']);
/** A part that analyses the causes of the problems (问题产生的原因, 原因分析) is not the year's work either. */
const CAUSES_PART = /原因|成因|根源|症结/;

export const rule = defineRule({
  meta: {
    id: 'require-measures',
    description: '报告应写明上一年度推进法治政府建设的主要举措和成效',
    descriptionEn: "The report must describe the year's main measures and results in building a law-based government",
    category: 'content',
    severity: 'error',
    statutory: { zh: '主要举措和成效', en: "the year's measures and results" },
    messages: {
      missing: {
        zh: '未写明本年度推进法治政府建设的主要举措和成效：请增加“主要举措和成效”部分，逐项写明开展的工作和取得的成效',
        en: "The year's main measures and results are missing: add a part such as 主要举措和成效 describing the work done and its results",
      },
      empty: {
        zh: '“{heading}”部分没有写具体举措和成效：请逐项写明开展的工作和取得的成效',
        en: 'The part "{heading}" describes no measures or results: describe the work done and its results',
      },
    },
    options: {
      extraHeadingKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为“主要举措和成效”部分标题的词语，如“其他事项”',
      },
      minLength: {
        type: 'number',
        default: 60,
        minimum: 0,
        description: '举措和成效部分正文（含下级标题）至少应有的字数',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const isMeasures = roleOrHeading('measures', options.extraHeadingKeywords);
    const measures = model.sections.filter(isMeasures);
    // Reports that give their work topic by topic ("一、强化组织领导…", "二、加强法治监督…") have no
    // measures heading: every top-level part that is not problems, plans or the leaders' duty is work done.
    const topical = model.sections.filter(
      (s) => !isMeasures(s) && !OTHER_PARTS.has(s.role) && !OTHER_MATTERS.test(s.heading.title) && !CAUSES_PART.test(s.heading.title),
    );
    const enough = (s: Section): boolean => sectionTextLength(s) >= options.minLength;
    const done = measures.find(enough) ?? topical.find(enough);
    if (done) {
      context.satisfied({ range: headingRange(done) });
      return;
    }
    // A report without any headings is judged by its length alone (structure rules report the headings).
    if (model.sections.length === 0) {
      const length = model.paragraphs.reduce((n, p) => n + p.plain.length, 0);
      const first = model.paragraphs[0];
      if (first && length >= options.minLength * 3) {
        context.satisfied({ range: [first.start, first.end] });
        return;
      }
    }
    // A measures sub-section with enough text lies under a part that is not the year's work (其他需要报告的情况):
    // calling it empty would be wrong, so only a short one is named.
    const first = measures[0] ?? model.allSections.find((s) => isMeasures(s) && !enough(s));
    if (first) {
      context.report({ messageId: 'empty', data: { heading: first.heading.title }, range: headingRange(first) });
      return;
    }
    context.report({ messageId: 'missing', range: titleRange(model) });
  },
});
