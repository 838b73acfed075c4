/**
 * 报告应有发文机关署名（落款，或标题、版头中的机关名称）和正文之后的成文日期。
 * 说明见 ./require-issuer-and-date.md
 */
import { defineRule } from '../src/rule-api.js';
import { endRange, titleRange } from '../src/model/query.js';

export const rule = defineRule({
  meta: {
    id: 'require-issuer-and-date',
    description: '报告应写明发文机关并在正文之后注明成文日期',
    descriptionEn: 'The report must name its issuing body and carry a date of writing after the body',
    category: 'content',
    severity: 'error',
    statutory: { zh: '发文机关和成文日期', en: 'issuing body and date' },
    messages: {
      missingIssuer: {
        zh: '未写明发文机关：请在正文之后署发文机关全称（联合报告分行署各机关名称），或在标题中写明机关名称',
        en: 'The issuing body is not named: sign the report with the full name of the body after the body text, or name it in the title',
      },
      missingDate: {
        zh: '正文之后缺少成文日期：请在署名下一行写明成文日期，如“2024年1月15日”',
        en: 'No date of writing after the body: put the date on the line under the signature, e.g. "2024年1月15日"',
      },
    },
  },
  check(context) {
    const { model } = context;
    const closing = model.closing;
    // The issuer signed under the body, else named above or at the start of the title. The 成文日期 under
    // the signature; a 印发 line's date after the body also dates the document. Dates inside the body and a
    // web page's 发布时间 (residue) never reach the closing block.
    const signature = closing?.signatures[0] ?? model.headerIssuer;
    if (signature) context.satisfied({ range: [signature.start, signature.end], label: '发文机关' });
    else context.report({ messageId: 'missingIssuer', range: titleRange(model) });
    const date = closing?.date ?? closing?.imprintDate;
    if (date) context.satisfied({ range: [date.span.start, date.span.end], label: '成文日期' });
    else context.report({ messageId: 'missingDate', range: endRange(model) });
  },
});
