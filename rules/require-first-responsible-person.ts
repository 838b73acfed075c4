/**
 * 报告应写明党政主要负责人履行推进法治建设第一责任人职责的情况。
 * 说明见 ./require-first-responsible-person.md
 */
import { defineRule } from '../src/rule-api.js';
import type { Section } from '../src/rule-api.js';
import { OTHER_DOMAIN, PRINCIPAL_LEADER } from '../src/model/concepts.js';
import { alternation, documentUnits, headingRange, parentsOf, sectionHasWords, sectionUnits, titleRange } from '../src/model/query.js';
import { findLeaderDuty, firstSentence } from '../src/model/statements.js';

/** The duty's name in a heading: 第一责任人, 第一责任职责. */
const DUTY = /第一责任/;

export const rule = defineRule({
  meta: {
    id: 'require-first-responsible-person',
    description: '报告应写明党政主要负责人履行推进法治建设第一责任人职责的情况',
    descriptionEn: 'The report must describe how the principal party and government leaders performed their duty as first person responsible for the rule of law',
    category: 'content',
    severity: 'error',
    statutory: { zh: '第一责任人履职情况', en: "leaders' rule-of-law duty" },
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
    const others = new RegExp(alternation([...OTHER_DOMAIN, ...options.extraOtherDomains]));

    // A section of its own: its heading names the duty (in the rule-of-law domain) and it has content.
    const parents = parentsOf(model);
    const ownSection = model.allSections.find(
      (s: Section) =>
        s.role === 'first-responsible-person' &&
        !isInherited(s, parents) &&
        !others.test(s.heading.title) &&
        sectionHasWords(s),
    );
    if (ownSection) {
      context.satisfied({ range: firstSentence(sectionUnits(ownSection, { heading: false }))?.range ?? headingRange(ownSection) });
      return;
    }

    // Otherwise a sentence of the year's work: the duty by name, or a principal leader leading
    // rule-of-law work in person (亲自部署依法行政工作, 专题述法). Plans and problems do not count.
    const mention = findLeaderDuty(documentUnits(model), {
      leaders: [...PRINCIPAL_LEADER, ...options.extraLeaderTerms],
      otherDomains: [...OTHER_DOMAIN, ...options.extraOtherDomains],
    });
    if (mention && !options.requireSection) {
      context.satisfied({ range: mention.range });
      return;
    }
    if (mention) {
      context.report({ messageId: 'notSection', range: mention.range });
      return;
    }
    context.report({ messageId: 'missing', range: titleRange(model) });
  },
});

/**
 * True when a section got its role only from its parent (its own heading does not name the duty). The parent comes
 * from the model's parent map: a search of every section for it, per section, was quadratic.
 */
function isInherited(section: Section, parents: ReadonlyMap<Section, Section>): boolean {
  const parent = parents.get(section);
  return parent !== undefined && parent.role === section.role && !DUTY.test(section.heading.title) && !/履职|职责/.test(section.heading.title);
}
