import { describe, expect, it } from 'vitest';
import { countFigures, DEFAULT_UNITS, rule } from '../../rules/require-concrete-evidence.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n';
/** About 60 characters of slogans, no figures. */
const SLOGAN = '坚持以习近平法治思想为指导，认真贯彻落实上级决策部署，扎实推进法治政府建设各项工作，取得了良好成效。';
const slogans = (n: number) => Array.from({ length: n }, () => SLOGAN).join('');
const FIGURES = '全年召开专题会议6次，开展法治宣传活动28场，受理行政复议案件15件，培训执法人员320人次，案卷合格率达98.5%。';

const report = (measures: string, rest = '') =>
  `${TITLE}一、主要举措和成效\n${measures}\n二、存在的问题\n${slogans(2)}\n三、下一步工作打算\n${slogans(2)}${rest}\n`;

runRuleTests(rule, {
  valid: [
    { name: '有足够数据的举措部分', text: report(slogans(4) + FIGURES) },
    { name: '举措部分太短不作判断', text: report('成立领导小组，健全工作机制。') },
    { name: '只看举措部分，不看问题和打算', text: report(slogans(2) + FIGURES) },
    { name: '降低阈值', text: report(slogans(8) + '全年开展宣传活动3次。'), options: { minPerThousand: 1 } },
    { name: '补充计数单位', text: report(slogans(4) + '查扣假冒商品120箱。'), options: { extraUnits: ['箱'] } },
  ],
  invalid: [
    {
      name: '举措部分只有口号',
      text: report(slogans(5)),
      errors: [{ messageId: 'fewFigures', line: 3, column: 1, data: { part: '主要举措和成效', chars: 250, count: 0, density: '0.0', min: 3 } }],
    },
    {
      name: '数据太少',
      text: report(slogans(8) + '全年开展宣传活动3次。'),
      errors: [{ messageId: 'fewFigures', line: 3, data: { part: '主要举措和成效', chars: 411, count: 1, density: '2.4', min: 3 } }],
    },
    {
      name: '不在单位表中的单位不算',
      text: report(slogans(4) + '查扣假冒商品120箱。'),
      errors: [{ messageId: 'fewFigures', data: { part: '主要举措和成效', chars: 211, count: 0, density: '0.0', min: 3 } }],
    },
    {
      name: '年份和日期不算数据',
      text: report(slogans(4) + '2024年3月15日召开会议，2024年12月完成。'),
      errors: [{ messageId: 'fewFigures', data: { part: '主要举措和成效', chars: 226, count: 0, density: '0.0', min: 3 } }],
    },
  ],
});

describe('countFigures', () => {
  it('counts numbers with a unit, not years or dates', () => {
    expect(countFigures('开展6次，覆盖1.26万人次，增长12.5%，100余人参加，2024年3月5日召开', DEFAULT_UNITS)).toBe(4);
    expect(countFigures('投入资金2180万元，办理58件', DEFAULT_UNITS)).toBe(2);
  });
});

describe('require-concrete-evidence on real reports', () => {
  it('stays silent on measures parts that give figures (seeds 001 and 003)', async () => {
    for (const seed of ['001_778d263dd7ed8752', '003_fb4fb1fb4ee4856e']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule)).toEqual([]);
    }
  });

  it('warns on the seeds whose measures part has (almost) no figures', async () => {
    const at = async (seed: string) => (await lintFile(`fixtures/seeds/${seed}.txt`, rule)).map((m) => `${m.line}:${m.column}`);
    expect(await at('000_452fc7be030a272b')).toEqual(['7:1']); // 一、法治政府建设情况: 0 in 1,360 characters
    expect(await at('004_ce0fc0e530b0009c')).toEqual(['8:3']); // 一、…主要举措和成效: 1 in 1,524
    expect(await at('002_10dd5ecf361dedb7')).toHaveLength(1); // no measures heading: the whole body, 5 in 3,076
  });
});
