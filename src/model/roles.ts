/**
 * Section roles from heading text. A heading that matches none inherits its parent's role (so
 * "（二）规范行政执法" under "一、主要举措和成效" is part of the measures). The words come from
 * concepts.ts.
 *
 * Checked in this order, first match wins: first-responsible-person, problems, plan, measures. A heading
 * that names the problems and then the plans ("四、存在问题及今后打算", "工作中的短板和下一阶段重点任务")
 * is a combined part: `headingRoles` gives both, in order.
 */
import { stripSpaces } from '../text/chars.js';
import { group, OTHER_DOMAIN, PLAN_NOUNS, PROBLEM_NOUNS } from './concepts.js';
import type { SectionRole } from './types.js';

/** 履行推进法治建设第一责任人职责情况, 党政主要负责人履职情况, 主要负责人述法, 主要领导带头抓法治… */
export const FIRST_RESPONSIBLE_HEADING = [
  /第一责任/,
  /(党政)?主要(负责人|负责同志|领导)[^，。]{0,12}(履职|履行|职责|述法)/,
  /(书记|县长|区长|市长|乡长|镇长|局长|主任|主要负责|主要领导|一把手)[^，。]{0,10}(履行|带头|亲自|述法|抓)[^，。]{0,12}(法治|依法)/,
] as const;

const PROBLEM_NOUN = group(PROBLEM_NOUNS);
const PLAN_NOUN = group(PLAN_NOUNS);

/** A 第一责任人 of another domain (安全生产, 意识形态, 党风廉政…) is not the rule-of-law duty. */
const OTHER_DUTY = new RegExp(OTHER_DOMAIN.join('|'));

/** 存在的问题, 存在的不足和原因, 问题与挑战, 薄弱环节, 困难和问题, 需要改进的方面… */
export const PROBLEMS_HEADING = [
  new RegExp(`存在(的|着)?[^，。]{0,6}${PROBLEM_NOUN}`),
  new RegExp(`${PROBLEM_NOUN}(和|与|及|、|以及)(其)?(原因|成因|${PROBLEM_NOUN}|建议)`),
  // Two shortcoming nouns side by side (问题不足, 短板弱项); not 困难问题, which a measures heading solves.
  /问题不足|不足问题|短板弱项|弱项短板|短板不足|问题短板|差距不足|不足差距/,
  new RegExp(`现存(的)?问题|不足之处|薄弱环节|问题(和|与|及)?(原因)?分析|面临的${PROBLEM_NOUN}`),
  /(的|中)(不足|短板|弱项|差距|挑战|短处|短项|薄弱点)(之处)?$|^(工作)?(不足|短板|差距|短板弱项)(之处)?$|短板弱项|问题短板|不足与短板/,
  /^(主要|突出|当前)?(问题|不足)$/,
  /(需要|有待|亟待|尚需|仍需)(改进|改善|加强|提升|完善)的?(方面|地方|问题|环节)/,
] as const;

/** 下一步工作打算, 下一年度主要安排, 今后打算, 明年工作重点, 努力方向, 2024年工作思路 (a year after the report year)… */
export const PLAN_HEADING = [
  /下一步|下步|下一年|下年度?|下一阶段|下阶段/,
  new RegExp(`(明年|来年|新的一年|新一年|今后|未来|后续)[^，。]{0,16}(${PLAN_NOUNS.join('|')}|工作)`),
  /工作(打算|思路|谋划|展望|设想)|努力方向|主要安排|展望|^(工作)?(计划|打算|安排)$/,
] as const;

/** 主要举措和成效, 工作开展情况, 主要做法, 工作成效, 法治政府建设情况… */
export const MEASURES_HEADING = [
  /举措|成效|成绩|做法|成果|亮点|工作回顾|回顾/,
  /工作(开展|完成|推进|落实)?情况|主要工作|基本情况|建设情况|推进情况|进展情况|工作总结|开展情况/,
] as const;

/** "2024年工作思路": a year followed closely by a plan word. */
const YEAR_PLAN = new RegExp(`([12]\\d{3})年度?[^，。]{0,16}${PLAN_NOUN}`);
/** Words of results, which a plan heading does not use. */
const RESULT_WORDS = /成效|成绩|成果|完成情况|开展情况|推进情况|落实情况/;
/** The words that join the two halves of a combined heading. */
const JOIN = /(和|与|及|以及|暨|、|，|,)$/;

type PartRole = Exclude<SectionRole, 'other'>;

/** Where the plan words of a heading start, or -1 (a year plan only after `reportYear`). */
function planStart(t: string, reportYear: number | undefined): number {
  let start = -1;
  for (const re of PLAN_HEADING) {
    const m = re.exec(t);
    if (m && (start === -1 || m.index < start)) start = m.index;
  }
  const yearPlan = YEAR_PLAN.exec(t);
  if (yearPlan && !RESULT_WORDS.test(t) && (reportYear === undefined || Number(yearPlan[1]) > reportYear)) {
    if (start === -1 || yearPlan.index < start) start = yearPlan.index;
  }
  return start;
}

const isProblems = (t: string): boolean => t.length > 0 && PROBLEMS_HEADING.some((r) => r.test(t));

/**
 * The roles a heading names, in order: none, one, or ['problems', 'plan'] for a heading that names the
 * shortcomings and then the plans. `reportYear`, when known, tells "2024年工作思路" (plan, in a 2023
 * report) from "2023年主要举措" (measures).
 */
export function headingRoles(title: string, reportYear?: number): PartRole[] {
  const t = stripSpaces(title);
  if (FIRST_RESPONSIBLE_HEADING.some((r) => r.test(t)) && !OTHER_DUTY.test(t)) return ['first-responsible-person'];
  const plan = planStart(t, reportYear);
  if (plan > 0 && isProblems(t.slice(0, plan).replace(JOIN, ''))) return ['problems', 'plan'];
  if (isProblems(t)) return ['problems'];
  if (plan >= 0) return ['plan'];
  if (MEASURES_HEADING.some((r) => r.test(t))) return ['measures'];
  return [];
}

/** The role a heading names first, or undefined when it names none (the section then inherits). */
export function roleOfHeading(title: string, reportYear?: number): PartRole | undefined {
  return headingRoles(title, reportYear)[0];
}
