/**
 * no-personal-info — the annual report is published (督察工作规定 第二十四条), so it must not carry a
 * person's 居民身份证号码, mobile number or bank card number. Each is recognised by its form and its
 * check digits, so an ordinary number rarely matches:
 * - 居民身份证号码: 18 characters, a valid birth date, and the GB 11643-1999 check character;
 * - mobile numbers: 11 digits starting 13–19 (optionally +86, 3-4-4 grouping), not followed by a unit;
 * - bank card numbers: 16–19 digits starting 3–6 (optionally grouped by 4) that pass the Luhn check.
 * The message names the kind of data and shows it masked, never in full (the report itself may be
 * shared), and every output that echoes the report masks them too (src/text/personal-info.ts). Numbers inside web
 * addresses are left alone.
 */
import { defineRule } from '../src/rule-api.js';
import { findPersonalInfo } from '../src/text/personal-info.js';

// The detectors live in src/text/personal-info.ts, shared with the masking of every output that echoes report text.
export { isValidIdNumber, mask, passesLuhn } from '../src/text/personal-info.js';

type MessageId = 'idNumber' | 'mobile' | 'bankCard';

export const rule = defineRule<MessageId>({
  meta: {
    id: 'no-personal-info',
    description: '公开发布的报告中不应出现身份证号码、手机号码、银行卡号等个人信息',
    descriptionEn: 'No personal data (ID card, mobile or bank card numbers) in a report that will be published',
    category: 'hygiene',
    severity: 'error',
    messages: {
      idNumber: {
        zh: '报告中有居民身份证号码（{masked}）：报告将公开发布，请删除或作脱敏处理',
        en: 'Resident ID card number ({masked}) in the report: it will be published; remove it or mask it',
      },
      mobile: {
        zh: '报告中有手机号码（{masked}）：报告将公开发布，请删除或改用单位办公电话',
        en: 'Mobile phone number ({masked}) in the report: it will be published; remove it or give an office number',
      },
      bankCard: {
        zh: '报告中有银行卡号（{masked}）：报告将公开发布，请删除或作脱敏处理',
        en: 'Bank card number ({masked}) in the report: it will be published; remove it or mask it',
      },
    },
  },
  check(context) {
    for (const { kind, start, end, masked } of findPersonalInfo(context.text)) {
      context.report({ messageId: kind, data: { masked }, range: [start, end], excerpt: masked });
    }
  },
});
