/**
 * Section roles from heading text. The term lists are small on purpose and documented here; a heading
 * that matches none inherits its parent's role (so "（二）规范行政执法" under "一、主要举措和成效" is
 * part of the measures).
 *
 * Checked in this order, first match wins: first-responsible-person, problems, plan, measures.
 */
import { stripSpaces } from '../text/chars.js';
import type { SectionRole } from './types.js';

/** 履行推进法治建设第一责任人职责情况, 党政主要负责人履职情况, 主要负责人述法… */
export const FIRST_RESPONSIBLE_HEADING = [
  /第一责任/,
  /(党政)?主要(负责人|负责同志|领导)[^，。]{0,12}(履职|履行|职责|述法)/,
  /(书记|县长|区长|市长|乡长|镇长|局长|主任)[^，。]{0,10}履行[^，。]{0,12}法治/,
] as const;

/** A 第一责任人 of another domain (安全生产, 意识形态, 党风廉政…) is not the rule-of-law duty. */
const OTHER_DUTY = /安全生产|意识形态|党风廉政|廉政建设|从严治党|党建|生态环境保护|河长|林长|保密|信访/;

/** 存在的问题, 存在的不足和原因, 问题与不足, 现存问题, 薄弱环节, 困难和问题… */
export const PROBLEMS_HEADING = [
  /存在(的|着)?[^，。]{0,4}(问题|不足|短板|差距|困难|薄弱)/,
  /(问题|不足|短板|差距)(和|与|及|、)(原因|不足|问题|差距|短板|困难|建议)/,
  /(困难|不足|短板)(和|与|及|、)问题/,
  /现存(的)?问题|不足之处|薄弱环节|问题(和|与|及)?(原因)?分析|面临的(问题|困难|挑战)/,
  /(的|中)(不足|短板|差距)$|^(工作)?(不足|短板|差距)(之处)?$|短板弱项|问题短板|不足与短板/,
  /^(主要|突出|当前)?(问题|不足)$/,
] as const;

/** 下一步工作打算, 下一年度主要安排, 2024年工作思路 (a year after the report year), 今后工作计划… */
export const PLAN_HEADING = [
  /下一步|下一年度?|下步|下年度?/,
  /(明年|来年|新的一年)[^，。]{0,16}(打算|安排|计划|思路|重点|目标|设想|谋划|举措|措施|任务|展望)/,
  /今后[^，。]{0,6}(打算|计划|安排|思路|方向|重点)/,
  /工作(打算|思路|谋划|展望|设想)|努力方向|主要安排|^(工作)?(计划|打算|安排)$/,
] as const;

/** 主要举措和成效, 工作开展情况, 主要做法, 工作成效, 法治政府建设情况… */
export const MEASURES_HEADING = [
  /举措|成效|成绩|做法|成果|亮点|工作回顾|回顾/,
  /工作(开展|完成|推进|落实)?情况|主要工作|基本情况|建设情况|推进情况|进展情况|工作总结|开展情况/,
] as const;

/** "2024年工作思路": a year followed closely by a plan word. */
const YEAR_PLAN = /([12]\d{3})年度?[^，。]{0,16}(打算|安排|计划|思路|重点|目标|设想|谋划|举措|措施|任务|展望)/;
/** Words of results, which a plan heading does not use. */
const RESULT_WORDS = /成效|成绩|成果|完成情况|开展情况|推进情况|落实情况/;

/**
 * The role a heading names, or undefined when it names none (the section then inherits).
 * `reportYear`, when known, tells "2024年工作思路" (plan, in a 2023 report) from "2023年主要举措" (measures).
 */
export function roleOfHeading(title: string, reportYear?: number): Exclude<SectionRole, 'other'> | undefined {
  const t = stripSpaces(title);
  if (FIRST_RESPONSIBLE_HEADING.some((r) => r.test(t)) && !OTHER_DUTY.test(t)) return 'first-responsible-person';
  if (PROBLEMS_HEADING.some((r) => r.test(t))) return 'problems';
  if (PLAN_HEADING.some((r) => r.test(t))) return 'plan';
  const yearPlan = YEAR_PLAN.exec(t);
  if (yearPlan && !RESULT_WORDS.test(t) && (reportYear === undefined || Number(yearPlan[1]) > reportYear)) return 'plan';
  if (MEASURES_HEADING.some((r) => r.test(t))) return 'measures';
  return undefined;
}
