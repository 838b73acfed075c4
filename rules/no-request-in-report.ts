/**
 * A 报告 does not ask the higher body for approval or a reply: 妥否，请批示, 请予批复, 特此请示 belong in a
 * 请示 (《党政机关公文处理工作条例》第十五条: 不得在报告等非请示性公文中夹带请示事项).
 * Docs: ./no-request-in-report.md
 */
import { defineRule } from '../src/rule-api.js';
import { escapeRegExp } from '../src/text/chars.js';
import { hasMatch, matchesOf } from '../src/text/matches.js';

/**
 * Request wording. Describing a procedure ("向镇党委请示和向镇人大报告制度", "报请批准", "研究审批",
 * "申请") is not a request and must not match: each pattern needs the asking form (请 + verb of approval
 * right after 妥否, 请予…, 恳请…给予…).
 */
const REQUEST_PATTERNS: readonly RegExp[] = [
  /(?:妥否|当否|可否|是否妥当|如无不妥)[ \t\u3000]*(?:[，,][ \t\u3000]*)?请(?:予|领导|上级)?(?:批示|批复|核批|指示|批准|核准|审批|审定|批转|示)/g,
  /(?<![申报提呈])请(?:予|给予|上级|领导)?(?:批示|批复|核批|指示|批准|核准|审批|审定)/g,
  /特此请示|以上请示|请示如下/g,
  /恳请(?:(?!恳请)[^。；;！!？?]){0,40}?(?:批准|批复|审批|给予|予以|支持|解决|协调|帮助|拨付)/g,
  /(?:批准|批复|审批|支持|解决)为盼/g,
];

export const rule = defineRule({
  meta: {
    id: 'no-request-in-report',
    description: '报告中不得夹带请示事项，如“妥否，请批示”',
    descriptionEn: 'A report carries no requests for approval such as 妥否，请批示',
    category: 'wording',
    severity: 'error',
    options: {
      extraPhrases: {
        type: 'string[]',
        default: [],
        description: '另外视为请示用语的词句（按原文匹配），如 "请审议"',
      },
    },
    messages: {
      request: {
        zh: '报告中夹带了请示用语“{phrase}”：报告不要求上级答复，请删去；需要上级批准的事项应另行请示',
        en: 'The report asks for approval ("{phrase}"): a report expects no reply; remove it and send a separate 请示 for anything that needs approval',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    // A 请示 is another 文种 (title-format reports its title); its request wording is right.
    if (model.title && /请示[\s\u3000]*$/.test(model.title.text)) return;
    const extra = options.extraPhrases
      .filter((p) => p !== '')
      .map((p) => new RegExp(escapeRegExp(p), 'g'));
    const patterns = [...REQUEST_PATTERNS, ...extra];
    for (const paragraph of model.paragraphs) {
      let taken: [number, number][] | undefined;
      for (const pattern of patterns) {
        // Most paragraphs hold none: tested first, they make no matcher and no list.
        if (!hasMatch(pattern, paragraph.plain)) continue;
        taken ??= [];
        for (const match of matchesOf(pattern, paragraph.plain)) {
          const from = match.index;
          const to = from + match[0].length;
          if (taken.some(([a, b]) => from < b && a < to)) continue;
          taken.push([from, to]);
          context.report({
            messageId: 'request',
            data: { phrase: match[0] },
            range: [paragraph.toOffset(from), paragraph.toOffset(to - 1) + 1],
          });
        }
      }
    }
  },
});
