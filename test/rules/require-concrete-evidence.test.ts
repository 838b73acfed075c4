import { describe, expect, it } from 'vitest';
import { countFigures, DEFAULT_UNITS, rule } from '../../rules/require-concrete-evidence.js';
import { resolveOptions } from '../../src/config/options.js';
import { lintText } from '../../src/engine/lint-text.js';
import { configFor, lintCase, lintFile, runRuleTests } from '../rule-tester.js';

const TITLE = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n';
/** 50 characters of slogans, no figures. */
const SLOGAN = '坚持以习近平法治思想为指导，认真贯彻落实上级决策部署，扎实推进法治政府建设各项工作，取得了良好成效。';
/** The slogan one character shorter (49). */
const SLOGAN_49 = '坚持以习近平法治思想为指导，认真贯彻落实上级决策部署，扎实推进法治政府建设各项工作，取得良好成效。';
/** 50 characters with one figure (6次). */
const ONE_FIGURE_50 = '全年组织开展法治宣传进村入户活动6次，辖区群众尊法学法守法用法的意识明显增强，社会大局持续和谐稳定。';
/** 51 characters with one figure (6次). */
const ONE_FIGURE_51 = '全年共组织开展法治宣传进村入户活动6次，辖区群众尊法学法守法用法的意识明显增强，社会大局持续和谐稳定。';
const slogans = (n: number) => Array.from({ length: n }, () => SLOGAN).join('');
const FIGURES = '全年召开专题会议6次，开展法治宣传活动28场，受理行政复议案件15件，培训执法人员320人次，案卷合格率达98.5%。';

const report = (measures: string, rest = '') =>
  `${TITLE}一、主要举措和成效\n${measures}\n二、存在的问题\n${slogans(2)}\n三、下一步工作打算\n${slogans(2)}${rest}\n`;

/** Measures in two parts with the 第一责任人 part between them, whose figures are not the measures'. */
const SPLIT_MEASURES =
  `${TITLE}一、主要做法\n${slogans(3)}\n` +
  `二、党政主要负责人履行推进法治建设第一责任人职责情况\n乡党委书记主持召开专题会议4次，带头讲法治课2次，督办法治建设重点任务6项。\n` +
  `三、主要成效\n${slogans(3)}\n四、存在的问题\n${slogans(2)}\n五、下一步工作打算\n${slogans(2)}\n`;

/** A report written as running text: no headings at all (a short township summary). */
const NO_HEADINGS = `${slogans(3)}\n${slogans(2)}\n`;

runRuleTests(rule, {
  valid: [
    { name: '有足够数据的举措部分', text: report(slogans(4) + FIGURES) },
    { name: '举措部分太短不作判断', text: report('成立领导小组，健全工作机制。') },
    { name: '只看举措部分，不看问题和打算', text: report(slogans(2) + FIGURES) },
    { name: '降低阈值', text: report(slogans(8) + '全年开展宣传活动3次。'), options: { minPerThousand: 1 } },
    { name: '补充计数单位', text: report(slogans(4) + '查扣假冒商品120箱。'), options: { extraUnits: ['箱'] } },
    { name: '举措部分199字，差一字不作判断', text: report(slogans(3) + SLOGAN_49) },
    {
      // The measures part holds a sub-part of another role (第一责任人) and, under that, a measures sub-heading of its
      // own: the two measures sections nest, and the figures after the inner one still lie in the outer one.
      name: '举措部分内嵌套另一举措小节，其后的数据仍计入',
      text:
        `${TITLE}一、主要举措和成效\n${slogans(4)}\n（一）党政主要负责人履行推进法治建设第一责任人职责情况\n乡党委书记带头学法。\n` +
        `1.主要做法\n召开会议。\n（二）规范行政执法\n${FIGURES}\n二、存在的问题\n${slogans(2)}\n`,
    },
    // 1 figure in 200 characters is 5 per 1,000: exactly the threshold is enough.
    { name: '数据密度恰好等于阈值', text: report(slogans(3) + ONE_FIGURE_50), options: { minPerThousand: 5 } },
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
    {
      name: '举措部分恰好200字就要判断',
      text: report(slogans(4)),
      errors: [{ messageId: 'fewFigures', line: 3, column: 1, data: { part: '主要举措和成效', chars: 200, count: 0, density: '0.0', min: 3 } }],
    },
    {
      // 2 in 667 characters is 2.9985 per 1,000: below 3, shown rounded down (2.9), never as 3.0 "fewer than 3".
      name: '数据密度略低于阈值',
      text: report(slogans(11) + ONE_FIGURE_50 + ONE_FIGURE_51 + '严格落实重大行政决策合法性审查。'),
      errors: [{ messageId: 'fewFigures', line: 3, column: 1, data: { part: '主要举措和成效', chars: 667, count: 2, density: '2.9', min: 3 } }],
    },
    {
      name: '没有举措部分标题时统计整个正文，在报告标题处提示',
      text: `${TITLE}${slogans(3)}\n${slogans(2)}\n`,
      errors: [{ messageId: 'fewFigures', line: 1, column: 1, data: { part: '正文', chars: 250, count: 0, density: '0.0', min: 3 } }],
    },
    {
      name: '既无标题也无举措部分标题时在文首提示',
      text: NO_HEADINGS,
      errors: [{ messageId: 'fewFigures', line: 1, column: 1, data: { part: '正文', chars: 250, count: 0, density: '0.0', min: 3 } }],
    },
    {
      // The 第一责任人 part between the two measures parts has three figures: they are not counted, nor its characters.
      name: '举措分成两部分时只统计这两部分，在第一部分标题处提示',
      text: SPLIT_MEASURES,
      errors: [{ messageId: 'fewFigures', line: 3, column: 1, data: { part: '主要做法', chars: 300, count: 0, density: '0.0', min: 3 } }],
    },
    {
      // Text taken from a PDF often ends a paragraph with a half-width period; the next paragraph's 12件 still counts.
      name: '段末半角句点后下一段开头的数字照常计数',
      text: report(
        '（一）深化“放管服”改革\n持续深化“放管服”改革，推行“一窗受理、集成服务”，企业和群众办事更加便捷，营商环境持续优化.\n' +
          `（二）规范行政执法\n12件行政处罚案件全部按期办结，${slogans(6)}`,
      ),
      errors: [{ messageId: 'fewFigures', line: 3, column: 1, data: { part: '主要举措和成效', chars: 363, count: 1, density: '2.7', min: 3 } }],
    },
    {
      // An empty string in extraUnits (a stray "" in the config) must not turn every number, years included, into a figure.
      name: '补充单位中的空字符串被忽略',
      text: report(slogans(4) + '2024年3月15日召开会议，2024年12月完成。'),
      options: { extraUnits: [''] },
      errors: [{ messageId: 'fewFigures', line: 3, column: 1, data: { part: '主要举措和成效', chars: 226, count: 0, density: '0.0', min: 3 } }],
    },
  ],
});

describe('countFigures', () => {
  it('counts numbers with a unit, not years or dates', () => {
    expect(countFigures('开展6次，覆盖1.26万人次，增长12.5%，100余人参加，2024年3月5日召开', DEFAULT_UNITS)).toBe(4);
    expect(countFigures('投入资金2180万元，办理58件', DEFAULT_UNITS)).toBe(2);
  });

  it.each([
    ['元', '发放法律援助补贴3500元'],
    ['次', '召开专题会议6次'],
    ['件', '受理行政复议案件15件'],
    ['项', '制定完善制度12项'],
    ['个', '建成村级公共法律服务工作室15个'],
    ['名', '培训行政执法人员120名'],
    ['场', '开展法治宣传活动28场'],
    ['期', '举办法治培训班3期'],
    ['份', '审查合同协议36份'],
    ['家', '检查经营主体46家'],
    ['户', '走访群众320户'],
    ['起', '调处矛盾纠纷37起'],
    ['人', '参训干部200人'],
    ['条', '主动公开政府信息420条'],
    ['篇', '刊发法治宣传稿件15篇'],
    ['册', '发放《民法典》读本800册'],
    ['卷', '评查行政执法案卷60卷'],
    ['台', '配备执法记录仪8台'],
    ['张', '张贴宣传海报300张'],
    ['批', '抽检食品12批'],
    ['所', '覆盖中小学9所'],
    ['宗', '查处土地违法案件4宗'],
    ['部', '配备执法车辆2部'],
    ['支', '组建法治志愿服务队3支'],
    ['套', '制作法治宣传展板5套'],
    ['处', '整改安全隐患21处'],
    ['类', '梳理行政权力事项8类'],
    ['天', '承诺办理时限压缩至5天'],
    ['小时', '开展执法人员专题培训16小时'],
    ['%', '案件按期办结率100%'],
    ['％', '群众满意度达98.6％'],
  ])('counts a figure with the built-in unit %s', (unit, phrase) => {
    expect(DEFAULT_UNITS).toContain(unit);
    expect(countFigures(phrase, DEFAULT_UNITS)).toBe(1);
  });

  it('counts a figure with a longer unit once', () => {
    expect(countFigures('提高2.5个百分点，培训320人次，走访120户次，办理60件次，投入2180万元，争取资金1.2亿元', DEFAULT_UNITS)).toBe(6);
  });

  it('takes 多 as well as 余, and 亿 and 千 as well as 万, before the unit', () => {
    expect(countFigures('参训群众200多人', DEFAULT_UNITS)).toBe(1);
    expect(countFigures('归集政务数据1.2亿条', DEFAULT_UNITS)).toBe(1);
    expect(countFigures('发放宣传资料5千份', DEFAULT_UNITS)).toBe(1);
  });

  it('takes 余 and 多 after the magnitude too (1万余人, 2千多份)', () => {
    expect(countFigures('覆盖群众1万余人', DEFAULT_UNITS)).toBe(1);
    expect(countFigures('发放宣传资料2千多份', DEFAULT_UNITS)).toBe(1);
    expect(countFigures('服务群众3.5万多人次，化解纠纷100余万元', DEFAULT_UNITS)).toBe(2);
  });

  it('does not count an ordinal (第3次会议) as a figure', () => {
    expect(countFigures('召开第3次常务会议，审议第12件议题', DEFAULT_UNITS)).toBe(0);
    expect(countFigures('召开第3次常务会议，审议议题12件', DEFAULT_UNITS)).toBe(1);
  });

  it('allows the spaces a PDF puts between digits and Chinese', () => {
    expect(countFigures('培训执法人员 320 人次，覆盖群众 1.2 万 人次，参加 100 余 人', DEFAULT_UNITS)).toBe(3);
  });

  it('keeps figures that follow each other apart', () => {
    // 余 takes only spaces after it, not the 6 of the next figure; only a "." starts a decimal, not 期.
    expect(countFigures('组织100余人旁听庭审6次', DEFAULT_UNITS)).toBe(2);
    expect(countFigures('举办法治培训班3期12场', DEFAULT_UNITS)).toBe(2);
  });

  it('does not count the tail of a clause number as a figure', () => {
    expect(countFigures('对照评查标准第4.2.11条逐卷评查', DEFAULT_UNITS)).toBe(0);
  });

  it('counts nothing without units; empty units are ignored', () => {
    expect(countFigures('开展6次，2024年3月', [])).toBe(0);
    expect(countFigures('开展6次，2024年3月', [''])).toBe(0);
    expect(countFigures('开展6次，2024年3月', ['', '次'])).toBe(1);
  });
});

describe('require-concrete-evidence: message, place and options', () => {
  it('names the part, the figures and the threshold in Chinese and English, and links the docs page', async () => {
    const text = report(slogans(5));
    const zh = (await lintText({ filePath: 'report.txt', text, syntax: 'text' }, configFor(rule))).messages;
    const en = (await lintText({ filePath: 'report.txt', text, syntax: 'text' }, configFor(rule), { locale: 'en' })).messages;
    expect(zh.map((m) => m.message)).toEqual([
      '“主要举措和成效”缺少具体数据：250字中只有0处带单位的数字（每千字0.0处，少于3处）；请用件数、次数、人次、比例、金额等写明举措和成效',
    ]);
    expect(en.map((m) => m.message)).toEqual([
      '"主要举措和成效" has few figures: 0 numbers with a unit in 250 characters (0.0 per 1,000, fewer than 3); give counts, sessions, people reached, shares or amounts',
    ]);
    expect(zh[0]?.ruleId).toBe('require-concrete-evidence');
    expect(zh[0]?.url).toMatch(/\/rules\/require-concrete-evidence\.md$/);
  });

  it('marks the very start of a text without a title or measures heading', async () => {
    const { messages } = await lintCase(rule, { text: NO_HEADINGS });
    expect(messages.map((m) => [m.range, m.line, m.column])).toEqual([[[0, 0], 1, 1]]);
  });

  it('marks the heading of the measures part, or the title when there is none', async () => {
    const heading = (await lintCase(rule, { text: report(slogans(5)) })).messages.map((m) => m.range);
    const start = TITLE.length;
    expect(heading).toEqual([[start, start + '一、主要举措和成效'.length]]);
    const title = (await lintCase(rule, { text: `${TITLE}${slogans(5)}\n` })).messages.map((m) => m.range);
    expect(title).toEqual([[0, '郑旗乡人民政府2024年度法治政府建设情况报告'.length]]);
  });

  it('checks its options: a number not below 0, a list of strings', () => {
    const where = { file: '.reportlintrc.yml', key: 'rules.require-concrete-evidence', locale: 'zh' as const };
    const options = rule.meta.options;
    expect(resolveOptions(options, undefined, where)).toEqual({ minPerThousand: 3, extraUnits: [] });
    expect(resolveOptions(options, { minPerThousand: 0, extraUnits: ['箱'] }, where)).toEqual({ minPerThousand: 0, extraUnits: ['箱'] });
    expect(() => resolveOptions(options, { minPerThousand: -1 }, where)).toThrow(/minPerThousand/);
    expect(() => resolveOptions(options, { minPerThousand: '3' }, where)).toThrow(/minPerThousand/);
    expect(() => resolveOptions(options, { extraUnits: '箱' }, where)).toThrow(/extraUnits/);
    expect(() => resolveOptions(options, { extraUnits: ['箱', 3] }, where)).toThrow(/extraUnits/);
  });

  it('says what it checks (--list-rules, schema.json, the page)', () => {
    const { meta } = rule;
    expect({
      description: meta.description,
      descriptionEn: meta.descriptionEn,
      category: meta.category,
      severity: meta.severity,
      options: meta.options,
    }).toEqual({
      description: '主要举措和成效部分要用具体数据说明（件数、次数、人次、比例、金额等）',
      descriptionEn: 'The measures part backs its claims with figures (counts, sessions, people, shares, amounts)',
      category: 'content',
      severity: 'warn',
      options: {
        minPerThousand: { type: 'number', default: 3, minimum: 0, description: '每千字至少应有的带单位数字个数' },
        extraUnits: { type: 'string[]', default: [], description: '补充计数单位（如“宗”“批次”），与内置单位一起使用' },
      },
    });
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
