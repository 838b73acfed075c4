/**
 * 报告应逐项写明行政执法“三项制度”：行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。
 * 说明见 ./require-enforcement-systems.md
 */
import { defineRule } from '../src/rule-api.js';
import type { ReportModel, Section } from '../src/rule-api.js';
import {
  alternation,
  documentUnits,
  findInUnits,
  headingRange,
  maskBookTitles,
  sectionAt,
  titleRange,
  type UnitMatch,
} from '../src/model/query.js';

/**
 * How each system is named in real reports (国办发〔2018〕118号 and the variants in domain.md §4.1).
 * Matched on the text with line breaks removed; the inside of 《》 (a cited document's title) is ignored.
 * Other kinds of 公示 (政务公开, 村务公示, 公示公告, 信用信息公示) do not count: 公示 must be of 执法.
 */
export const SYSTEM_PATTERNS = {
  publicity: [
    '执法(?:信息|结果|事项|过程)?公示',
    '公示[^。；;，,、]{0,6}执法(?:主体|人员|依据|程序|结果|信息|事项|流程|职责)',
    '事前公开[^。；;]{0,4}事中公示',
    '执法信息(?:公开|公示)',
    '公开[^。；;，,、]{0,4}执法信息',
  ],
  recording: [
    '执法[^。；;，,]{0,8}全(?:过)?程[^。；;，,]{0,4}记录',
    '全过程(?:音像|文字|音视频)?记录',
    '全程(?:音像|文字)?记录[^。；;，,]{0,6}执法',
  ],
  legalReview: [
    '执法决定[^。；;，,]{0,6}(?:法[制治]|合法性)?审[核查]',
    '法[制治]审[核查][^。；;，,]{0,4}执法决定',
    '法[制治]审核(?:制度|机构|人员|职责|工作)',
  ],
} as const;

/** The collective name: 三项制度, 行政执法“三项制度”. */
const COLLECTIVE = /三项制度/;

type SystemKey = keyof typeof SYSTEM_PATTERNS;

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
    // Four searches over the same units: mask each unit's 《》 once.
    const maskedPlain = new Map<string, string>();
    const mask = (plain: string): string => {
      let masked = maskedPlain.get(plain);
      if (masked === undefined) {
        masked = maskBookTitles(plain);
        maskedPlain.set(plain, masked);
      }
      return masked;
    };
    const extra: Record<SystemKey, readonly string[]> = {
      publicity: options.extraPublicityKeywords,
      recording: options.extraRecordingKeywords,
      legalReview: options.extraLegalReviewKeywords,
    };
    const found: Partial<Record<SystemKey, UnitMatch>> = {};
    for (const key of Object.keys(SYSTEM_PATTERNS) as SystemKey[]) {
      const parts: string[] = [...SYSTEM_PATTERNS[key]];
      const more = alternation(extra[key]);
      if (more) parts.push(more);
      const match = findInUnits(units, new RegExp(parts.join('|')), mask)[0];
      if (match) found[key] = match;
    }
    const missing = (Object.keys(SYSTEM_PATTERNS) as SystemKey[]).filter((k) => !found[k]);
    if (missing.length === 0) return;

    const collectives = findInUnits(units, COLLECTIVE, mask);
    const collective = collectives[0];
    // Report where the year's enforcement work is told, not in the plans or problems.
    const pastWork = (m: UnitMatch): boolean => m.unit.section?.role !== 'plan' && m.unit.section?.role !== 'problems';
    const anchor = collectives.find(pastWork) ?? Object.values(found).find(pastWork);
    const range = placeFor(model, anchor);
    for (const key of missing) {
      context.report({
        messageId: collective ? 'onlyCollective' : 'missing',
        data: { system: SYSTEM_NAMES[key].zh, systemEn: SYSTEM_NAMES[key].en },
        range,
      });
    }
  },
});

/** The heading of the section where enforcement is discussed, else an enforcement or measures heading, else the title. */
function placeFor(model: ReportModel, anchor: UnitMatch | undefined): [number, number] {
  if (anchor) {
    const section = anchor.unit.section ?? sectionAt(model, anchor.range[0]);
    return section ? headingRange(section) : anchor.range;
  }
  const enforcement: Section | undefined = model.allSections.find(
    (s) => ENFORCEMENT_HEADING.test(s.heading.title) && s.role !== 'plan' && s.role !== 'problems',
  );
  if (enforcement) return headingRange(enforcement);
  const measures = model.sections.find((s) => s.role === 'measures');
  return measures ? headingRange(measures) : titleRange(model);
}
