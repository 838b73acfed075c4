import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/fullwidth-punctuation.js';
import { lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n';

runRuleTests(rule, {
  valid: [
    { name: '全角标点', text: `${TITLE}2024年，我乡召开专题会议3次；“八五”普法（2021—2025年）深入推进……\n` },
    { name: '数字中的逗号、小数点和冒号', text: `${TITLE}全年受理案件1,000件，增长3.5%，会议于10:30召开。\n` },
    { name: '英文文字中的半角标点', text: `${TITLE}Hello, world! (test) "quoted"; a: b? It's 'fine'.\n` },
    { name: '英文撇号', text: `${TITLE}学习Xi'an和Tai'an的经验。\n` },
    { name: '网址和邮箱', text: `${TITLE}详见http://www.gov.cn/a?b=1，邮箱fzb@example.gov.cn。\n` },
    { name: '行内代码', filePath: 'report.md', text: `# 报告\n\n配置写作\`a,b:c\`即可。\n` },
    { name: '代码块', filePath: 'report.md', text: '# 报告\n\n```\n中文,代码:\n```\n' },
    { name: '链接地址', filePath: 'report.md', text: '# 报告\n\n见[通知](http://a.gov.cn/x?y=1,2)。\n' },
    { name: '标题的序号由 heading-numbering 负责', text: `${TITLE}一、主要举措\n\n(一)强化组织领导。成立领导小组。\n` },
    { name: '连接号“—”连接词语和数字', text: `${TITLE}建立“街道—社区—楼栋”三级网络，实施期为2023—2025年。\n` },
    { name: 'PDF 页码行', text: `${TITLE}一是完善制度。\n— 3 —\n二是加强培训。\n` },
    { name: '网页残留行由 no-web-residue 负责', text: `您当前的位置: 首页 > 专题\n\n${TITLE}发布时间:2023-02-28 来源:枫林镇人民政府\n\n全年开展培训3次。\n` },
  ],
  invalid: [
    {
      name: '中文之间的半角逗号',
      text: `${TITLE}2022年以来,我镇没有发生行政诉讼案件。\n`,
      output: `${TITLE}2022年以来，我镇没有发生行政诉讼案件。\n`,
      errors: [{ messageId: 'punctuation', line: 3, column: 8, data: { actual: ',', expected: '，' } }],
    },
    {
      name: '分号、冒号、问号、叹号',
      text: `${TITLE}主要表现:一是不足;二是滞后?确实如此!\n`,
      output: `${TITLE}主要表现：一是不足；二是滞后？确实如此！\n`,
      errors: [
        { messageId: 'punctuation', column: 5, data: { actual: ':', expected: '：' } },
        { messageId: 'punctuation', column: 10, data: { actual: ';', expected: '；' } },
        { messageId: 'punctuation', column: 15, data: { actual: '?', expected: '？' } },
        { messageId: 'punctuation', column: 20, data: { actual: '!', expected: '！' } },
      ],
    },
    {
      name: '半角标点后的空格一并去掉',
      text: `${TITLE}发布单位: 枫林镇人民政府, 全年开展3次。\n`,
      output: `${TITLE}发布单位：枫林镇人民政府，全年开展3次。\n`,
      errors: [{ messageId: 'punctuation' }, { messageId: 'punctuation' }],
    },
    {
      name: '括号成对改为全角',
      text: `${TITLE}落实《法治政府建设实施纲要(2021-2025年)》的规定。\n`,
      output: `${TITLE}落实《法治政府建设实施纲要（2021-2025年）》的规定。\n`,
      errors: [
        { messageId: 'punctuation', column: 14, data: { actual: '(', expected: '（' } },
        { messageId: 'punctuation', column: 25, data: { actual: ')', expected: '）' } },
      ],
    },
    {
      name: '中文中的英文缩写括号',
      text: `${TITLE}推进消费纠纷在线解决(ODR)企业培育。\n`,
      output: `${TITLE}推进消费纠纷在线解决（ODR）企业培育。\n`,
      errors: [{ messageId: 'punctuation' }, { messageId: 'punctuation' }],
    },
    {
      name: '全角左括号配半角右括号',
      text: `${TITLE}加强法治乡村（社区)建设。\n`,
      output: `${TITLE}加强法治乡村（社区）建设。\n`,
      errors: [{ messageId: 'punctuation', column: 10 }],
    },
    {
      name: '直引号成对改为弯引号',
      text: `${TITLE}深化"放管服"改革,推行"一网通办"。\n`,
      output: `${TITLE}深化“放管服”改革，推行“一网通办”。\n`,
      errors: [
        { messageId: 'punctuation', data: { actual: '"', expected: '“' } },
        { messageId: 'punctuation', data: { actual: '"', expected: '”' } },
        { messageId: 'punctuation', data: { actual: ',', expected: '，' } },
        { messageId: 'punctuation', data: { actual: '"', expected: '“' } },
        { messageId: 'punctuation', data: { actual: '"', expected: '”' } },
      ],
    },
    {
      name: '直单引号成对改为弯单引号',
      text: `${TITLE}落实“谁执法谁普法”和'八五'普法规划，Xi'an的经验。\n`,
      output: `${TITLE}落实“谁执法谁普法”和‘八五’普法规划，Xi'an的经验。\n`,
      errors: [
        { messageId: 'punctuation', data: { actual: "'", expected: '‘' } },
        { messageId: 'punctuation', data: { actual: "'", expected: '’' } },
      ],
    },
    {
      name: 'PDF 断行处的引号按段落配对',
      text: `${TITLE}一、主要举措\n一是扎实开展"八\n五"普法中期评估。\n`,
      output: `${TITLE}一、主要举措\n一是扎实开展“八\n五”普法中期评估。\n`,
      errors: [
        { messageId: 'punctuation', line: 4, data: { actual: '"', expected: '“' } },
        { messageId: 'punctuation', line: 5, data: { actual: '"', expected: '”' } },
      ],
    },
    {
      name: '省略号写成三个点或三个句号',
      text: `${TITLE}开展送法下乡、法治讲座...全年开展宣传活动等。。。\n`,
      output: `${TITLE}开展送法下乡、法治讲座……全年开展宣传活动等……\n`,
      errors: [
        { messageId: 'ellipsis', data: { actual: '...', expected: '……' } },
        { messageId: 'ellipsis', data: { actual: '。。。', expected: '……' } },
      ],
    },
    {
      name: '单个省略号',
      text: `${TITLE}开展送法下乡、法治讲座…\n`,
      output: `${TITLE}开展送法下乡、法治讲座……\n`,
      errors: [{ messageId: 'ellipsis' }],
    },
    {
      name: '破折号写成两个连字符',
      text: `${TITLE}坚持一个目标--建设法治政府。\n`,
      output: `${TITLE}坚持一个目标——建设法治政府。\n`,
      errors: [{ messageId: 'dash', data: { actual: '--', expected: '——' } }],
    },
    {
      name: '单个“—”紧挨引号或两边空格时是破折号',
      text: `${TITLE}坚持一个目标—“建设法治政府”。实现两个转变 — 职能转变和方式转变。\n`,
      output: `${TITLE}坚持一个目标——“建设法治政府”。实现两个转变——职能转变和方式转变。\n`,
      errors: [{ messageId: 'dash' }, { messageId: 'dash' }],
    },
    {
      name: 'Markdown 加粗文字后的半角冒号',
      filePath: 'report.md',
      text: '# 报告\n\n**主要做法**:全年开展培训3次。\n\n**成效** (初步)\n',
      output: '# 报告\n\n**主要做法**：全年开展培训3次。\n\n**成效**（初步）\n',
      errors: [{ messageId: 'punctuation', line: 3, column: 9 }, { messageId: 'punctuation', line: 5, column: 8 }, { messageId: 'punctuation', line: 5, column: 11 }],
    },
    {
      name: 'Markdown 只检查文字节点',
      filePath: 'report.md',
      text: '# 报告\n\n全年开展培训3次,覆盖`a,b`等。\n',
      output: '# 报告\n\n全年开展培训3次，覆盖`a,b`等。\n',
      errors: [{ messageId: 'punctuation', line: 3, column: 9 }],
    },
    {
      name: '一串括号按括号串外的文字判断，一次改完',
      text: `${TITLE}（落实普法责任制。）))\n((（学法用法）\n`,
      output: `${TITLE}（落实普法责任制。）））\n（（（学法用法）\n`,
      errors: [
        { messageId: 'punctuation', line: 3, column: 11 },
        { messageId: 'punctuation', line: 3, column: 12 },
        { messageId: 'punctuation', line: 4, column: 1 },
        { messageId: 'punctuation', line: 4, column: 2 },
      ],
    },
  ],
});

describe('fullwidth-punctuation on real reports', () => {
  it('flags the ASCII punctuation of seed 004 (web page copy) but not its (一) ordinals', async () => {
    const messages = await lintFile('fixtures/seeds/004_ce0fc0e530b0009c.txt', rule);
    expect(messages.length).toBeGreaterThan(50);
    expect(messages.every((m) => m.fix !== undefined)).toBe(true);
    // 抄送:醴陵市… in the closing block is reported too.
    expect(messages.some((m) => m.line === 43 && m.column === 5)).toBe(true);
    // Lines that start with (一) … (九): the ordinal itself is left to heading-numbering.
    expect(messages.some((m) => m.line === 9 && m.column === 3)).toBe(false);
  });

  it('accepts the full-width seeds', async () => {
    for (const seed of ['002_10dd5ecf361dedb7', '003_fb4fb1fb4ee4856e']) {
      expect(await lintFile(`fixtures/seeds/${seed}.txt`, rule)).toEqual([]);
    }
  });
});
