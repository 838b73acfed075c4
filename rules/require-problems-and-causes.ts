/**
 * 报告应写明推进法治政府建设存在的不足，并分析其原因。
 * 说明见 ./require-problems-and-causes.md
 */
import { defineRule } from '../src/rule-api.js';
import type { Section } from '../src/rule-api.js';
import { PROBLEMS_INTRO } from '../src/model/concepts.js';
import { hasWords } from '../src/text/chars.js';
import {
  documentUnits,
  findInUnits,
  headingRange,
  partHeads,
  partUnits,
  sectionHasWords,
  titleRange,
  unitRange,
  type TextUnit,
} from '../src/model/query.js';
import { findCauseAnalysis, firstSentence, isStatement } from '../src/model/statements.js';

const PROBLEMS_INTRO_RE = new RegExp(PROBLEMS_INTRO);

/** A heading that labels a part as the causes: 原因分析, 深层原因, 问题成因. */
const CAUSE_HEADING = /原因|成因|根源|症结/;

export const rule = defineRule({
  meta: {
    id: 'require-problems-and-causes',
    description: '报告应写明推进法治政府建设存在的不足和问题，并分析原因',
    descriptionEn: 'The report must state its shortcomings and problems and analyse their causes',
    category: 'content',
    severity: 'error',
    statutory: { zh: '存在的不足和原因', en: 'shortcomings and their causes' },
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
        description: '另外认可为分析原因的词语，如“归咎于”',
      },
      extraHeadingKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为“存在的问题”部分标题的词语，如“自查发现”',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const units = documentUnits(model);
    // The problems part: its sections' headings and text, up to where a combined part turns to the plans.
    const part = partUnits(model, 'problems', options.extraHeadingKeywords);
    const heads = partHeads(part, model);
    // Asked once per unit of the part: a set, where a search of the list per unit was quadratic in the part's headings.
    const isHead = new Set<Section>(heads);
    const first = heads[0];

    if (part.length > 0) {
      const anchor = first ? headingRange(first) : unitRange(part[0] as TextUnit);
      // Only the part's own headings, or nothing but punctuation under them: the problems are not stated.
      const content = part.filter(
        (u) => (u.kind === 'paragraph' || (u.section !== undefined && !isHead.has(u.section))) && hasWords(u.plain),
      );
      if (content.length === 0) {
        context.report({ messageId: 'missingProblems', range: anchor });
        return;
      }
      context.satisfied({ range: firstSentence(content)?.range ?? anchor, label: '问题' });
      // Causes in the problems part, or in a part of its own about causes ("四、原因分析").
      const causeSections = model.allSections.filter((s) => s.role !== 'plan' && s.role !== 'problems' && CAUSE_HEADING.test(s.heading.title));
      const causeText = [...part, ...units.filter((u) => u.section !== undefined && causeSections.includes(u.section))];
      const cause = findCauseAnalysis(analysisUnits(causeText, new Set([...heads, ...causeSections])), options.extraCauseKeywords);
      if (cause) {
        context.satisfied({ range: cause.range, label: '原因' });
        return;
      }
      // A sub-part labelled as the causes ("（二）原因分析") with text under it is the analysis.
      const labelled = [...new Set(part.map((u) => u.section)), ...causeSections].find(
        (s): s is Section => s !== undefined && !isHead.has(s) && CAUSE_HEADING.test(s.heading.title) && sectionHasWords(s),
      );
      if (labelled) {
        context.satisfied({ range: headingRange(labelled), label: '原因' });
        return;
      }
      context.report({ messageId: 'missingCauses', range: anchor });
      return;
    }

    // No problems heading: a paragraph that introduces shortcomings, with causes in the same part after it.
    const intro = findInUnits(units.filter((u) => u.role !== 'plan'), PROBLEMS_INTRO_RE)[0];
    if (!intro) {
      context.report({ messageId: 'missingProblems', range: titleRange(model) });
      return;
    }
    context.satisfied({ range: intro.range, label: '问题' });
    const from = units.indexOf(intro.unit);
    const after = units
      .slice(from)
      .filter((u) => u.section === intro.unit.section && u.kind === 'paragraph' && u.role === intro.unit.role)
      .map((u) => (u === intro.unit ? { ...u, plain: blankBefore(u.plain, intro.index) } : u));
    const cause = findCauseAnalysis(after, options.extraCauseKeywords);
    if (cause) {
      context.satisfied({ range: cause.range, label: '原因' });
      return;
    }
    context.report({ messageId: 'missingCauses', range: intro.range });
  },
});

/** The text of a part without the headings of its own sections; sub-headings count unless they are short labels. */
function analysisUnits(units: readonly TextUnit[], heads: ReadonlySet<Section>): TextUnit[] {
  return units.filter((u) => {
    if (u.kind === 'paragraph') return true;
    // The part's own headings promise, they do not analyse; a label sub-heading ("（二）原因分析") neither.
    return u.section !== undefined && !heads.has(u.section) && isStatement(u);
  });
}

/**
 * The text before `index` blanked, so that a cause written before the problems are introduced does not count. The
 * sentence marks stay: the sentences before are then empty, and the evidence starts with the sentence that introduces
 * the problems, not at the start of the paragraph. One space per UTF-16 unit (no `u` flag): the blanked text keeps its
 * length, so indices into it are indices into `plain` (an astral character blanked as one space shifted the evidence
 * into the middle of a character).
 */
function blankBefore(plain: string, index: number): string {
  return plain.slice(0, index).replace(/[^。！？!?；;]/g, ' ') + plain.slice(index);
}
