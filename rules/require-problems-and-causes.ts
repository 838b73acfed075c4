/**
 * 报告应写明推进法治政府建设存在的不足，并分析其原因。
 * 说明见 ./require-problems-and-causes.md
 */
import { defineRule } from '../src/rule-api.js';
import type { Section } from '../src/rule-api.js';
import {
  alternation,
  documentUnits,
  findInUnits,
  headingRange,
  outermost,
  roleOrHeading,
  sectionTextLength,
  sectionUnits,
  titleRange,
  type TextUnit,
} from '../src/model/query.js';

/**
 * Words that state a cause. Searched in the body of the problems part (its own heading excluded: a
 * heading that promises 原因 is not an analysis), including its sub-headings when they are sentences.
 */
export const CAUSE_WORDS = [
  '原因',
  '成因',
  '根源',
  '根子',
  '究其',
  '由于',
  '源于',
  '缘于',
  '归因',
  '归根',
  '导致',
  '造成',
  '致使',
  '因为',
  '受制于',
  '主观上',
  '客观上',
  '主观方面',
  '客观方面',
  '因素', // 既有编制紧张的客观因素，也有机制不健全的主观因素
  '之所以',
  '症结',
] as const;

/**
 * A paragraph that introduces shortcomings when there is no problems heading:
 * "…还存在一些问题和不足，主要表现在：", "存在的问题主要有".
 */
const PROBLEMS_INTRO =
  /(存在|面临)(的|着)?(主要|一些|以下|若干|不少|诸多|突出)?(问题|不足|短板|差距|困难|薄弱环节)[^。；]{0,8}(主要(是|有|表现(为|在))|如下|[:：])/;

/** A heading that labels a part as the causes: 原因分析, 深层原因, 问题成因. */
const CAUSE_HEADING = /原因|成因|根源|症结/;

/** A sub-heading that only labels the causes ("（二）原因分析") is not itself an analysis. */
const LABEL_LENGTH = 15;

export const rule = defineRule({
  meta: {
    id: 'require-problems-and-causes',
    description: '报告应写明推进法治政府建设存在的不足和问题，并分析原因',
    descriptionEn: 'The report must state its shortcomings and problems and analyse their causes',
    category: 'content',
    severity: 'error',
    messages: {
      missingProblems: {
        zh: '未写明存在的不足和问题：请增加“存在的不足和原因”部分，如实写明工作中的主要问题',
        en: 'Shortcomings and problems are not stated: add a part such as 存在的不足和原因 stating the main problems',
      },
      missingCauses: {
        zh: '未说明存在问题的原因：请在“存在的问题”部分写明产生问题的主要原因',
        en: 'The causes of the problems are not given: state the main causes in the problems part',
      },
    },
    options: {
      extraCauseKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为分析原因的词语，如“短板在于”',
      },
      extraHeadingKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为“存在的问题”部分标题的词语，如“工作短板”',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const causeRe = new RegExp(alternation([...CAUSE_WORDS, ...options.extraCauseKeywords]));
    const isProblems = roleOrHeading('problems', options.extraHeadingKeywords);
    const outer = outermost(model.allSections.filter(isProblems));

    if (outer.length > 0) {
      // Causes in the problems part, or in a part of its own about causes ("四、原因分析").
      const causeSections = model.allSections.filter((s) => !isProblems(s) && CAUSE_HEADING.test(s.heading.title) && s.role !== 'plan');
      const units = [...outer.flatMap((s) => analysisUnits(s)), ...causeSections.flatMap((s) => analysisUnits(s))];
      if (units.some((u) => causeRe.test(u.plain))) return;
      // A sub-part or part labelled as the causes ("（二）原因分析") with text under it is the analysis.
      const labelled = [...outer.flatMap(descendants), ...causeSections].filter(
        (s) => CAUSE_HEADING.test(s.heading.title) && !outer.includes(s) && sectionTextLength(s) > 0,
      );
      if (labelled.length > 0) return;
      const first = outer[0] as Section;
      context.report({ messageId: 'missingCauses', range: headingRange(first) });
      return;
    }

    // No problems heading: an introducing sentence in a paragraph, with causes in the same part after it.
    const units = documentUnits(model);
    const intro = findInUnits(units, PROBLEMS_INTRO)[0];
    if (!intro) {
      context.report({ messageId: 'missingProblems', range: titleRange(model) });
      return;
    }
    const from = units.indexOf(intro.unit);
    const sameSection = units.slice(from).filter((u) => u.section === intro.unit.section && u.kind === 'paragraph');
    const text = sameSection.map((u, i) => (i === 0 ? u.plain.slice(intro.index) : u.plain)).join('');
    if (causeRe.test(text)) return;
    context.report({ messageId: 'missingCauses', range: intro.range });
  },
});

/** The body of a section without its own heading; sub-headings count unless they are short labels. */
function analysisUnits(section: Section): TextUnit[] {
  return sectionUnits(section, { heading: false }).filter(
    (u) => u.kind === 'paragraph' || u.plain.replace(/^[^\p{L}]*[一二三四五六七八九十\d]+[、.．)）]/u, '').length > LABEL_LENGTH,
  );
}

function descendants(section: Section): Section[] {
  return section.children.flatMap((c) => [c, ...descendants(c)]);
}
