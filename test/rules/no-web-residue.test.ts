import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/no-web-residue.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '枫林镇人民政府关于2022年度法治政府建设工作的报告\n\n';
const BODY = '2022年，我镇全年开展法治宣传活动12次。\n';

runRuleTests(rule, {
  valid: [
    { name: '没有网页残留', text: `${TITLE}${BODY}` },
    { name: 'PDF 页码行不报告', text: `${TITLE}一是完善制度，\n— 3 —\n二是加强培训。\n` },
    { name: '正文提到“来源”“作者”不算', text: `${TITLE}资金来源：县财政专项资金。作者：本镇司法所整理。\n` },
  ],
  invalid: [
    {
      name: '栏目路径和发布信息行',
      text: `您当前的位置：首页 > 专题 > 法治政府建设\n\n${TITLE}发布时间：2023-02-28　访问量：1386　字体：【大 中 小】\n\n${BODY}`,
      output: `${TITLE}${BODY}`,
      errors: [
        { messageId: 'breadcrumb', line: 1, column: 1, data: { excerpt: '您当前的位置：首页 > 专题 > 法治政…' } },
        { messageId: 'pageMeta', line: 5, column: 1 },
      ],
    },
    {
      name: '文末的打印、关闭、分享按钮连同前面的空行一起删除',
      text: `${TITLE}${BODY}\n枫林镇人民政府\n2023年2月28日\n\n【打印本页】　【关闭窗口】\n分享到：　微信　　微博\n`,
      output: `${TITLE}${BODY}\n枫林镇人民政府\n2023年2月28日\n`,
      errors: [
        { messageId: 'pageAction', line: 8, column: 1 },
        { messageId: 'pageAction', line: 9, column: 1 },
      ],
    },
    {
      name: 'Markdown 文件中的网页残留',
      filePath: 'report.md',
      text: `您当前的位置：首页 > 政务公开 > 部门信息公开\n\n# 岚河县司法局2023年度法治政府建设情况报告\n\n发布时间：2024-02-06 09:15　　来源：岚河县司法局　　浏览次数：972\n\n${BODY}\n打印本页 | 关闭窗口 | 分享到：微信 微博\n`,
      output: `# 岚河县司法局2023年度法治政府建设情况报告\n\n${BODY}`,
      errors: [{ messageId: 'breadcrumb', line: 1 }, { messageId: 'pageMeta', line: 5 }, { messageId: 'pageAction', line: 9 }],
    },
  ],
});

describe('no-web-residue on real reports', () => {
  it('finds the breadcrumb and the 发布时间 line of seed 004 (web page copy)', async () => {
    const messages = await lintFile('fixtures/seeds/004_ce0fc0e530b0009c.txt', rule);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['1:1 breadcrumb', '5:1 pageMeta']);
    expect(messages.every((m) => m.fix?.text === '')).toBe(true);
  });

  it('reports nothing on the seeds that are not web copies', async () => {
    for (const seed of ['000_452fc7be030a272b', '001_778d263dd7ed8752', '002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule)).toEqual([]);
    }
  });
});
