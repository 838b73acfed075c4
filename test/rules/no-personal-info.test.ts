import { describe, expect, it } from 'vitest';
import { isValidIdNumber, mask, passesLuhn, rule } from '../../rules/no-personal-info.js';
import { lintText } from '../../src/engine/lint-text.js';
import type { AnyRule } from '../../src/types.js';
import { configFor, lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n';
const body = (line: string) => `${TITLE}${line}\n`;

runRuleTests(rule, {
  valid: [
    { name: '普通数字', text: body('全年投入资金13500000000元，受理案件12345件，热线12345。') },
    { name: '校验码不对的18位数', text: body('登记证号110105194912310021。') },
    { name: '不过 Luhn 校验的长数字', text: body('系统编号6222021234567890123。') },
    { name: '统一社会信用代码', text: body('统一社会信用代码：5211000012345678XX。') },
    { name: '11位数字后跟单位', text: body('累计处理数据13812345678条。') },
    { name: '网址中的数字', text: body('详见http://www.gov.cn/art/2023/13812345678.html。') },
    { name: '发文字号和年份', text: body('依据漳官委〔2023〕18号，2023年12月31日前完成。') },
  ],
  invalid: [
    {
      name: '身份证号码（末位 X）',
      text: body('当事人张某（身份证号11010519491231002X）已缴纳罚款。'),
      errors: [{ messageId: 'idNumber', line: 3, column: 11, data: { masked: '110105********002X' } }],
    },
    {
      name: '手机号码',
      text: body('联系人：李某，电话13812345678。'),
      errors: [{ messageId: 'mobile', data: { masked: '1381234****' } }],
    },
    {
      name: '分段书写的手机号码',
      text: body('咨询电话：138-1234-5678，+86 139 8765 4321。'),
      errors: [{ messageId: 'mobile', data: { masked: '1381234****' } }, { messageId: 'mobile', data: { masked: '1398765****' } }],
    },
    {
      name: '银行卡号',
      text: body('补助资金打入6222021234567890128账户，或 6217 0000 1234 5670。'),
      errors: [
        { messageId: 'bankCard', data: { masked: '6222***********0128' } },
        { messageId: 'bankCard', data: { masked: '6217********5670' } },
      ],
    },
  ],
});

describe('no-personal-info helpers', () => {
  it('checks GB 11643 check characters and dates', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('430281198506123012')).toBe(true);
    expect(isValidIdNumber('430281198506123013')).toBe(false);
    expect(isValidIdNumber('430281198502303012')).toBe(false); // 2月30日
  });

  it('checks Luhn', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(passesLuhn('6222021234567890123')).toBe(false);
  });

  it('never shows the whole value', () => {
    expect(mask('13812345678', 7, 0)).toBe('1381234****');
    expect(mask('11010519491231002X', 6, 4)).toBe('110105********002X');
  });

  it('does not echo the number in the message, in either locale', async () => {
    const text = body('电话13812345678，身份证430281198506123012，卡号6222021234567890128。');
    for (const locale of ['zh', 'en'] as const) {
      const { messages } = await lintText({ filePath: 'r.txt', text, syntax: 'text' }, configFor(rule as unknown as AnyRule), { locale });
      expect(messages).toHaveLength(3);
      for (const message of messages) {
        expect(message.message).not.toMatch(/13812345678|430281198506123012|6222021234567890128/);
        expect(message.fix).toBeUndefined();
      }
    }
  });
});

describe('no-personal-info on real reports', () => {
  it('reports nothing on the seeds', async () => {
    for (const seed of ['000_452fc7be030a272b', '001_778d263dd7ed8752', '002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e', '004_ce0fc0e530b0009c']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule)).toEqual([]);
    }
  });
});
