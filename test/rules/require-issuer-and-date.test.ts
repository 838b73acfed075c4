import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/require-issuer-and-date.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase, runRuleTests } from '../rule-tester.js';

const BODY = '一、主要举措和成效\n全年召开党组会专题研究法治建设4次，公示执法信息1200余条。\n二、下一步工作打算\n加强执法培训。\n';
const PLAIN_TITLE = '关于2023年度法治政府建设情况的报告';

runRuleTests(rule, {
  valid: [
    { name: 'signature and Arabic date', text: `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局\n2024年1月15日\n` },
    { name: 'Chinese-numeral date', text: `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局\n二〇二四年一月十五日\n` },
    { name: 'ISO date', text: `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局\n2024-01-15\n` },
    { name: 'dotted date', text: `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局\n2024.1.15\n` },
    { name: 'padded date with PDF spacing', text: `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局\n2024 年 01 月 15 日\n` },
    {
      name: 'signature pushed right with spaces',
      text: `${PLAIN_TITLE}\n\n${BODY}\n                                        岚山县司法局\n                                       2024年1月15日\n`,
    },
    {
      name: 'two issuing bodies on separate lines, 抄送 and 印发',
      text: `${PLAIN_TITLE}\n\n${BODY}\n中共官田乡委员会\n\n官田乡人民政府\n\n2023年11月22日\n\n抄送：市委依法治市办。\n\n官田乡党政综合办公室\n\n2023年11月22日印发\n`,
    },
    { name: 'signature and date on one line', text: `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局　　2024年1月15日\n` },
    { name: 'issuer in the title, date after the body', text: `岚山县司法局2023年度法治政府建设情况报告\n\n${BODY}\n2024年1月15日\n` },
    { name: 'issuer above the title (版头)', text: `岚山县人民政府\n${PLAIN_TITLE}\n\n${BODY}\n2024年1月15日\n` },
    { name: 'only the 印发 line dates it', text: `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局\n\n抄送：县委依法治县办\n岚山县司法局办公室　2024年1月16日印发\n` },
    {
      name: 'web page: 发布时间 above, actions below, date at the end of the report',
      text: `您当前的位置：首页 > 政务公开\n岚山县司法局2023年度法治政府建设情况报告\n发布时间：2024-02-06　来源：县司法局\n${BODY}\n2024-01-30\n\n打印本页 | 关闭窗口\n`,
    },
    {
      name: 'PDF: page number after the date',
      text: `${PLAIN_TITLE}\n\n${BODY}\n梧江市沙塘区人民政府\n二〇二四年二月二日\n— 6 —\n`,
    },
    {
      name: 'Markdown',
      filePath: 'report.md',
      text: `# ${PLAIN_TITLE}\n\n## 一、主要举措和成效\n\n全年召开党组会4次。\n\n岚山县司法局\n\n2024年1月15日\n`,
    },
  ],
  invalid: [
    {
      name: 'no signature, no date',
      text: `${PLAIN_TITLE}\n\n${BODY}`,
      errors: [{ messageId: 'missingIssuer', line: 1, column: 1 }, { messageId: 'missingDate', line: 6 }],
    },
    {
      name: 'issuer above the title but no date',
      text: `宝丰县赵庄镇人民政府\n\n关于2023年法治政府建设情况的报告\n${BODY}\n`,
      errors: [{ messageId: 'missingDate', line: 7 }],
    },
    {
      name: 'trap: a date inside the body is not a 成文日期',
      text: `岚山县司法局2023年度法治政府建设情况报告\n\n一、主要举措和成效\n2023年6月26日，召开党组会专题研究法治建设。\n`,
      errors: [{ messageId: 'missingDate', line: 4 }],
    },
    {
      name: 'trap: the web page 发布时间 is not a 成文日期',
      text: `岚山县司法局2023年度法治政府建设情况报告\n发布时间：2024-02-06　来源：县司法局\n${BODY}\n岚山县司法局\n打印本页 | 关闭窗口\n`,
      errors: [{ messageId: 'missingDate', line: 8 }],
    },
    {
      name: 'date but no issuer anywhere',
      text: `${PLAIN_TITLE}\n\n${BODY}\n2026-01-16\n`,
      errors: [{ messageId: 'missingIssuer', line: 1 }],
    },
    {
      name: 'trap: 来源 in the web page meta is not a signature',
      text: `${PLAIN_TITLE}\n发布时间：2024-02-06　来源：岚山县司法局\n${BODY}\n2024年1月15日\n`,
      errors: [{ messageId: 'missingIssuer', line: 1 }],
    },
    {
      name: 'empty file',
      text: '',
      errors: [{ messageId: 'missingIssuer' }, { messageId: 'missingDate' }],
    },
  ],
});

describe('require-issuer-and-date: evidence', () => {
  /** The checklist evidence of a passing report: label, line, column and text of each place. */
  const evidenceOf = async (text: string) => {
    const { messages, checklist } = await lintCase(rule as unknown as AnyRule, { text });
    expect(messages).toEqual([]);
    expect(checklist?.[0]?.status).toBe('pass');
    return checklist?.[0]?.evidence.map((e) => [e.label, e.line, e.column, e.excerpt]);
  };

  it('the signature and the date under the body, pushed right', async () => {
    const text = `${PLAIN_TITLE}\n\n${BODY}\n                                        岚山县司法局\n                                       2024年1月15日\n`;
    expect(await evidenceOf(text)).toEqual([
      ['发文机关', 8, 41, '岚山县司法局'],
      ['成文日期', 9, 40, '2024年1月15日'],
    ]);
  });

  it('the issuer named in the title, the date under the body', async () => {
    expect(await evidenceOf(`岚山县司法局2023年度法治政府建设情况报告\n\n${BODY}\n2024年1月15日\n`)).toEqual([
      ['发文机关', 1, 1, '岚山县司法局'],
      ['成文日期', 8, 1, '2024年1月15日'],
    ]);
  });

  it('the date of the 印发 line when there is no other', async () => {
    const text = `${PLAIN_TITLE}\n\n${BODY}\n岚山县司法局\n\n抄送：县委依法治县办\n岚山县司法局办公室　2024年1月16日印发\n`;
    expect(await evidenceOf(text)).toEqual([
      ['发文机关', 8, 1, '岚山县司法局'],
      ['成文日期', 11, 11, '2024年1月16日'],
    ]);
  });
});
