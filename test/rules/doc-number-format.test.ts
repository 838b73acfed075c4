import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/types.js';
import { rule } from '../../rules/doc-number-format.js';
import { readFileSync } from 'node:fs';
import { lintCase, lintFile, runRuleTests } from '../rule-tester.js';

const withNumber = (number: string) =>
  `中共漳平市官田乡委员会文件\n\n${number}\n\n中共官田乡委员会关于2023年官田乡法治政府建设工作情况的报告\n\n中共漳平市委员会：\n\n2023年，官田乡坚持依法行政。\n\n一、主要举措\n\n成立领导小组。\n\n中共官田乡委员会\n\n2024年1月22日\n`;

runRuleTests(rule, {
  valid: [
    { name: '规范的发文字号', text: withNumber('漳官委〔2023〕18号') },
    { name: '一位数序号', text: withNumber('漳官委〔2024〕1号') },
    { name: '发文字号与签发人同一行', text: withNumber('漳官委〔2023〕18号　　　　签发人：张三') },
    {
      name: '没有发文字号',
      text: '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n郑旗乡人民政府\n2025年2月20日\n',
    },
    {
      name: '正文引用的其他文件的文号不检查',
      text: '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡按照国办发[2018]118号文件要求，落实行政执法三项制度。\n\n郑旗乡人民政府\n2025年2月20日\n',
    },
  ],
  invalid: [
    {
      name: '方括号',
      text: withNumber('漳官委[2023]18号'),
      output: withNumber('漳官委〔2023〕18号'),
      errors: [{ messageId: 'brackets', line: 3, column: 1, data: { actual: '漳官委[2023]18号', bracket: '[]', expected: '漳官委〔2023〕18号' } }],
    },
    {
      name: '圆括号',
      text: withNumber('漳官委（2023）18号'),
      output: withNumber('漳官委〔2023〕18号'),
      errors: [{ messageId: 'brackets', data: { actual: '漳官委（2023）18号', bracket: '（）', expected: '漳官委〔2023〕18号' } }],
    },
    {
      name: '六角括号误用为方头括号',
      text: withNumber('漳官委【2023】18号'),
      output: withNumber('漳官委〔2023〕18号'),
      errors: [{ messageId: 'brackets' }],
    },
    {
      name: '序号前加了“第”',
      text: withNumber('漳官委〔2023〕第18号'),
      output: withNumber('漳官委〔2023〕18号'),
      errors: [{ messageId: 'serialPrefix', line: 3, column: 1, data: { actual: '漳官委〔2023〕第18号', prefix: '第', expected: '漳官委〔2023〕18号' } }],
    },
    {
      name: '“字第”',
      text: withNumber('漳官委〔2023〕字第18号'),
      output: withNumber('漳官委〔2023〕18号'),
      errors: [{ messageId: 'serialPrefix', data: { actual: '漳官委〔2023〕字第18号', prefix: '字第', expected: '漳官委〔2023〕18号' } }],
    },
    {
      name: '序号编了虚位',
      text: withNumber('漳官委〔2023〕018号'),
      output: withNumber('漳官委〔2023〕18号'),
      errors: [{ messageId: 'leadingZero', data: { actual: '漳官委〔2023〕018号', expected: '漳官委〔2023〕18号' } }],
    },
    {
      name: '几处错误一并报告，两位年份不自动补全',
      text: withNumber('漳官委[23]第018号'),
      output: withNumber('漳官委〔23〕18号'),
      errors: [{ messageId: 'brackets' }, { messageId: 'shortYear' }, { messageId: 'serialPrefix' }, { messageId: 'leadingZero' }],
    },
  ],
});

describe('doc-number-format on the seeds', () => {
  it('seed 002: 漳官委〔2023〕18号 passes', async () => {
    expect(await lintFile('fixtures/seeds/002_10dd5ecf361dedb7.txt', rule)).toEqual([]);
  });
  it('seed 002 with [2023] instead of 〔2023〕 is reported and fixed', async () => {
    const text = readFileSync('fixtures/seeds/002_10dd5ecf361dedb7.txt', 'utf8').replace('漳官委〔2023〕18号', '漳官委[2023]18号');
    const result = await lintCase(rule as unknown as AnyRule, { text }, true);
    expect(result.output).toBe(readFileSync('fixtures/seeds/002_10dd5ecf361dedb7.txt', 'utf8'));
  });
});
