/**
 * 报告应逐项写明行政执法“三项制度”：行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。
 * 说明见 ./require-enforcement-systems.md
 */
import { defineRule } from '../src/rule-api.js';
import type { ReportModel, Section } from '../src/rule-api.js';
import { conceptRe, SYSTEMS_COLLECTIVE } from '../src/model/concepts.js';
import { documentUnits, headingRange, titleRange } from '../src/model/query.js';
import { findSystem, isWorkPart, maskedSentences, type Sentence, type SystemKey } from '../src/model/statements.js';

/** The collective name: 三项制度, 行政执法“三项制度”. */
const COLLECTIVE = conceptRe(SYSTEMS_COLLECTIVE);

const SYSTEM_NAMES: Readonly<Record<SystemKey, { zh: string; en: string }>> = {
  publicity: { zh: '行政执法公示制度', en: 'the administrative law-enforcement publicity system' },
  recording: { zh: '执法全过程记录制度', en: 'the whole-process enforcement recording system' },
  legalReview: { zh: '重大执法决定法制审核制度', en: 'the legal review of major enforcement decisions' },
};

/** A section about law enforcement, to report at when nothing at all is said. */
const ENFORCEMENT_HEADING = /执法/;

export const rule = defineRule({
  meta: {
    id: 'require-enforcement-systems',
    description: '报告应逐项写明行政执法公示、执法全过程记录、重大执法决定法制审核三项制度的落实情况',
    descriptionEn: 'The report must describe each of the three law-enforcement systems: publicity, whole-process recording and legal review of major decisions',
    category: 'content',
    severity: 'error',
    statutory: { zh: '行政执法三项制度', en: 'the three law-enforcement systems' },
    messages: {
      missing: {
        zh: '未写明“{system}”的落实情况：请在行政执法部分写明如何落实{system}',
        en: 'The report does not describe {systemEn}: state how it was implemented in the law-enforcement part',
      },
      onlyCollective: {
        zh: '只笼统提到“三项制度”，未写明“{system}”：请把三项制度逐项写出，写明{system}的落实情况',
        en: 'Only "the three systems" are mentioned collectively, {systemEn} is not named: describe the three systems one by one',
      },
    },
    options: {
      extraPublicityKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为“行政执法公示制度”的写法',
      },
      extraRecordingKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为“执法全过程记录制度”的写法',
      },
      extraLegalReviewKeywords: {
        type: 'string[]',
        default: [],
        description: '另外认可为“重大执法决定法制审核制度”的写法',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const units = documentUnits(model);
    const extra: Record<SystemKey, readonly string[]> = {
      publicity: options.extraPublicityKeywords,
      recording: options.extraRecordingKeywords,
      legalReview: options.extraLegalReviewKeywords,
    };
    const keys = Object.keys(SYSTEM_NAMES) as SystemKey[];
    const found: Partial<Record<SystemKey, Sentence>> = {};
    for (const key of keys) {
      const mention = findSystem(units, key, extra[key]);
      if (!mention) continue;
      found[key] = mention.sentence;
      context.satisfied({ range: mention.sentence.range, label: SYSTEM_NAMES[key].zh });
    }
    const missing = keys.filter((k) => !found[k]);
    if (missing.length === 0) return;

    const collectives = maskedSentences(units).filter((s) => COLLECTIVE.test(s.text));
    // Report where the year's enforcement work is told, not in the plans or problems.
    const anchor = collectives.find((s) => isWorkPart(s.role)) ?? Object.values(found).find((s) => isWorkPart(s.role));
    const range = placeFor(model, anchor);
    for (const key of missing) {
      context.report({
        messageId: collectives.length > 0 ? 'onlyCollective' : 'missing',
        data: { system: SYSTEM_NAMES[key].zh, systemEn: SYSTEM_NAMES[key].en },
        range,
      });
    }
  },
});

/** The heading of the section where enforcement is discussed, else an enforcement or measures heading, else the title. */
function placeFor(model: ReportModel, anchor: Sentence | undefined): [number, number] {
  if (anchor) {
    // A unit without a section is in the preamble, before any heading: the sentence itself is the place.
    const section = anchor.unit.section;
    return section ? headingRange(section) : anchor.range;
  }
  const enforcement: Section | undefined = model.allSections.find(
    (s) => ENFORCEMENT_HEADING.test(s.heading.title) && s.role !== 'plan' && s.role !== 'problems',
  );
  if (enforcement) return headingRange(enforcement);
  const measures = model.sections.find((s) => s.role === 'measures');
  return measures ? headingRange(measures) : titleRange(model);
}

