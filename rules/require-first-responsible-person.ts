/**
 * 报告应写明党政主要负责人履行推进法治建设第一责任人职责的情况。
 * 说明见 ./require-first-responsible-person.md
 */
import { defineRule } from '../src/rule-api.js';
import type { Section } from '../src/rule-api.js';
import {
  alternation,
  documentUnits,
  findInUnits,
  maskBookTitles,
  sectionTextLength,
  sentenceAround,
  titleRange,
  type UnitMatch,
} from '../src/model/query.js';

/** The duty's name: 第一责任人, 第一责任职责, “第一责任人”. */
const DUTY = /第一责任/;

/** Words that place the duty in the rule-of-law domain. */
export const LAW_DOMAIN = ['法治', '依法治', '法制建设', '依法行政'] as const;

/** Other domains with a 第一责任人 of their own; the duty named for them does not count. */
export const OTHER_DOMAINS = [
  '安全生产',
  '意识形态',
  '党风廉政',
  '廉政建设',
  '全面从严治党',
  '从严治党',
  '党建',
  '生态环境保护',
  '环境保护',
  '生态环保',
  '河长',
  '林长',
  '田长',
  '保密',
  '信访',
  '维稳',
  '食品安全',
  '消防',
  '防汛',
  '森林防火',
  '疫情防控',
  '扫黑除恶',
  '网络安全',
  '平安建设',
  '综治',
  '统战',
  '国家安全',
  '耕地保护',
  '乡村振兴',
  '招商引资',
  '巡察整改',
  '审计整改',
] as const;

/** The principal leaders whose duty it is (党政主要负责人 and how reports name them). */
export const LEADER_TERMS = [
  '党政主要负责',
  '主要负责人',
  '主要负责同志',
  '主要领导',
  '一把手',
  '书记',
  '乡长',
  '镇长',
  '县长',
  '区长',
  '市长',
  '局长',
  '主任',
  '厅长',
  '党组',
  '党委',
  '党工委',
] as const;

export const rule = defineRule({
  meta: {
    id: 'require-first-responsible-person',
    description: '报告应写明党政主要负责人履行推进法治建设第一责任人职责的情况',
    descriptionEn: 'The report must describe how the principal party and government leaders performed their duty as first person responsible for the rule of law',
    category: 'content',
    severity: 'error',
    messages: {
      missing: {
        zh: '未写明党政主要负责人履行推进法治建设第一责任人职责的情况：请增加这一部分，写明主要负责人如何履行职责（如亲自部署、专题研究、带头学法、述法）',
        en: 'How the principal leaders performed their duty as first person responsible for the rule of law is not described: add this part (e.g. personal direction, dedicated meetings, leading legal study, reporting on the rule of law)',
      },
      notSection: {
        zh: '第一责任人履职情况没有单独成节：请单列“党政主要负责人履行推进法治建设第一责任人职责情况”一部分',
        en: 'The leaders\' rule-of-law duty is not a section of its own: give it its own part (党政主要负责人履行推进法治建设第一责任人职责情况)',
      },
    },
    options: {
      requireSection: {
        type: 'boolean',
        default: false,
        description: '要求第一责任人履职情况单独成节（有专门的标题），而不只是在其他部分提到',
      },
      extraLeaderTerms: {
        type: 'string[]',
        default: [],
        description: '另外认可的主要负责人称谓，如“社区主任”',
      },
      extraOtherDomains: {
        type: 'string[]',
        default: [],
        description: '另外不予认可的“第一责任人”领域，如“禁毒”',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const others = [...OTHER_DOMAINS, ...options.extraOtherDomains];
    const leaders = [...LEADER_TERMS, ...options.extraLeaderTerms];
    const othersRe = new RegExp(alternation(others));
    const lawRe = new RegExp(alternation(LAW_DOMAIN));
    const leaderRe = new RegExp(alternation(leaders));
    const terms: DutyTerms = {
      others: othersRe,
      law: lawRe,
      leader: leaderRe,
      allOthers: new RegExp(othersRe.source, 'g'),
      allLaw: new RegExp(lawRe.source, 'g'),
    };

    // A section of its own: its heading names the duty (in the rule-of-law domain) and it has content.
    const ownSection = model.allSections.find(
      (s: Section) =>
        s.role === 'first-responsible-person' &&
        (s.depth === 1 || !isInherited(s, model.allSections)) &&
        !othersRe.test(s.heading.title) &&
        (sectionTextLength(s) > 0 || (s.heading.runIn && s.body.length > 0)),
    );
    if (ownSection) return;

    // Otherwise a sentence naming the duty, for the rule of law, with a principal leader.
    // A plan to fulfil the duty ("下一步将压实第一责任人职责") or a shortcoming in it is not an account of it.
    const units = documentUnits(model).filter((u) => u.section?.role !== 'plan' && u.section?.role !== 'problems');
    const mention = findInUnits(units, DUTY, maskBookTitles).find((m) => countsAsDuty(m, terms));
    if (mention && !options.requireSection) return;
    if (mention) {
      context.report({ messageId: 'notSection', range: mention.range });
      return;
    }
    context.report({ messageId: 'missing', range: titleRange(model) });
  },
});

/** True when a section got its role only from its parent (its own heading does not name the duty). */
function isInherited(section: Section, all: readonly Section[]): boolean {
  const parent = all.find((p) => p.children.includes(section));
  return parent !== undefined && parent.role === section.role && !DUTY.test(section.heading.title) && !/履职|职责/.test(section.heading.title);
}

/**
 * Decides whether a 第一责任 mention is the rule-of-law duty of a principal leader:
 * - the domain word nearest before it in the same clause decides (法治建设 ✓, 安全生产 ✗);
 * - with no domain word before it, one right after it counts ("第一责任人的法治政府建设领导机制");
 * - with no domain word at all, a leader must be named in the same sentence (in a rule-of-law report
 *   "主要领导履行第一责任人职责" means this duty).
 */
/** The term lists of a check, compiled once; `all…` are global copies for finding the last match. */
interface DutyTerms {
  others: RegExp;
  law: RegExp;
  leader: RegExp;
  allOthers: RegExp;
  allLaw: RegExp;
}

function countsAsDuty(m: UnitMatch, terms: DutyTerms): boolean {
  const { others: othersRe, law: lawRe, leader: leaderRe } = terms;
  const plain = maskBookTitles(m.unit.plain);
  const [sStart, sEnd] = sentenceAround(plain, m.index);
  const sentence = plain.slice(sStart, sEnd);
  // The clause before the mention: back to the previous comma, semicolon or full stop.
  let clauseStart = m.index;
  while (clauseStart > sStart && !/[，,；;。：:]/.test(plain[clauseStart - 1] ?? '')) clauseStart -= 1;
  const before = plain.slice(clauseStart, m.index);
  const lastOther = lastIndexOf(before, terms.allOthers);
  const lastLaw = lastIndexOf(before, terms.allLaw);
  if (lastOther > lastLaw) return false;
  if (lastLaw >= 0) return true;
  const after = plain.slice(m.end, Math.min(plain.length, m.end + 16)).split(/[，,；;。]/)[0] ?? '';
  if (othersRe.test(after)) return false;
  if (lawRe.test(after)) return true;
  return leaderRe.test(sentence) && !othersRe.test(sentence);
}

/** Index of the last match of the global `re` in `text`, or -1. */
function lastIndexOf(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}
