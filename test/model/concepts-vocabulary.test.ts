/**
 * The genre's vocabularies (src/model/concepts.ts), term by term, through what a user sees: for each term a
 * hand-written sentence, heading or report snippet in which that term — and nothing else of its list — makes the
 * model or a rule recognise the concept (a principal leader leading rule-of-law work, an enforcement system, a cause
 * analysis, a problems / plans heading, the opening of the plans, 其他需要报告的情况). Removing the term from its
 * list makes its row fail: this is what pins the vocabularies against mutation testing (StrykerJS turns a term into
 * "", which `conceptRe` and `alternation` drop).
 *
 * The rows are written by hand, never built from the arrays: the tables are an independent statement of what the
 * product recognises. Terms that another term of the same list always covers (书记 covers 党委书记, 检查 covers
 * 现场检查…) cannot be the sole reason for a recognition and are listed in docs/mutation-review.md, not here.
 *
 * The guards get negative rows: NOT_PRINCIPAL (副镇长, 村党支部书记, 办公室主任), OTHER_DOMAIN (a 第一责任人 of
 * 安全生产, a leader leading 招商引资), the look-alikes masked before an enforcement system is looked for (政务公开 is
 * not 执法公示, 视频会议 is not 全过程记录), and headings that must keep their role. Some lists are read with a plain
 * `join('|')` or `group()` (RULE_OF_LAW in statements.ts, OTHER_DOMAIN in roles.ts, PROBLEM_NOUNS, PLAN_NOUNS,
 * PLAN_TIME): there a term turned into "" matches everywhere, and the negative rows marked "(an empty term would match
 * everywhere)" are what catch it.
 */
import { describe, expect, it } from 'vitest';
import { rule as enforcementRule } from '../../rules/require-enforcement-systems.js';
import { rule as problemsRule } from '../../rules/require-problems-and-causes.js';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { reportPart } from '../../src/model/parts.js';
import { documentUnits, type TextUnit } from '../../src/model/query.js';
import { headingRoles, roleOfHeading } from '../../src/model/roles.js';
import { findCauseAnalysis, findLeaderDuty, findSystem, type SystemKey } from '../../src/model/statements.js';
import type { AnyRule } from '../../src/types.js';
import { lintCase } from '../rule-tester.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告';

const model = async (text: string) => buildModel(text, await parseDocument({ text, syntax: 'text' }));
const unitsOf = async (text: string): Promise<readonly TextUnit[]> => documentUnits(await model(text));

/** A sentence in the year's work, with a paragraph after it (a last short line could be read as a signature). */
const work = (sentence: string) => `${TITLE}\n\n一、主要举措和成效\n${sentence}\n全年开展普法活动12场次。\n`;

/** The sentence findLeaderDuty gives for a report whose work holds `sentence`. */
const duty = async (sentence: string) => findLeaderDuty(await unitsOf(work(sentence)))?.text;

/** How findSystem finds `key` in a report whose work holds `sentence`: by name or by function, and where. */
const system = async (key: SystemKey, sentence: string) => {
  const found = findSystem(await unitsOf(work(sentence)), key);
  return found ? { by: found.by, text: found.sentence.text } : undefined;
};

/** The sentence findCauseAnalysis gives for the paragraphs of a problems part holding `sentence`. */
const cause = async (sentence: string) => {
  const units = await unitsOf(`${TITLE}\n\n一、存在的问题\n${sentence}\n`);
  return findCauseAnalysis(units.filter((u) => u.kind === 'paragraph'))?.text;
};

// ——— People and their duty —————————————————————————————————————————————————————

describe('PRINCIPAL_LEADER: a principal leader leading rule-of-law work in person', () => {
  it.each([
    ['党政主要负责', '镇党政主要负责领导亲自部署法治政府建设工作。'],
    ['主要负责人', '局主要负责人亲自部署法治政府建设工作。'],
    ['主要负责同志', '局主要负责同志亲自部署法治政府建设工作。'],
    ['主要领导', '局主要领导亲自部署法治政府建设工作。'],
    ['一把手', '各部门“一把手”亲自部署法治政府建设工作。'],
    ['党政正职', '各乡镇党政正职亲自部署法治政府建设工作。'],
    ['书记', '县委书记亲自部署法治政府建设工作。'],
    ['乡长', '乡长亲自部署法治政府建设工作。'],
    ['镇长', '镇长亲自部署法治政府建设工作。'],
    ['县长', '县长亲自部署法治政府建设工作。'],
    ['区长', '区长亲自部署法治政府建设工作。'],
    ['市长', '市长亲自部署法治政府建设工作。'],
    ['局长', '局长亲自部署法治政府建设工作。'],
    ['主任', '县发改委主任亲自部署法治政府建设工作。'],
    ['厅长', '厅长亲自部署法治政府建设工作。'],
  ])('%s: %s', async (_term, sentence) => {
    expect(await duty(sentence)).toBe(sentence);
  });

  // NOT_PRINCIPAL: the characters before the title make it someone else.
  it.each([
    ['副', '副镇长亲自部署法治政府建设工作。'],
    ['村', '村主任亲自部署法治政府建设工作。'],
    ['社区', '社区主任亲自部署法治政府建设工作。'],
    ['支部', '村党支部书记亲自部署法治政府建设工作。'],
    ['总支', '机关党总支书记亲自部署法治政府建设工作。'],
    ['所', '司法所主任亲自部署法治政府建设工作。'],
    ['站', '文化站主任亲自部署法治政府建设工作。'],
    ['股', '法规股主任亲自部署法治政府建设工作。'],
    ['科', '法制科主任亲自部署法治政府建设工作。'],
    ['室', '法规室主任亲自部署法治政府建设工作。'],
    ['队', '执法大队主任亲自部署法治政府建设工作。'],
    ['中心', '政务服务中心主任亲自部署法治政府建设工作。'],
    ['办公室', '县政府办公室主任亲自部署法治政府建设工作。'],
    ['委员会', '村民委员会主任亲自部署法治政府建设工作。'],
    ['小组', '工作小组主任亲自部署法治政府建设工作。'],
    ['网格', '网格主任亲自部署法治政府建设工作。'],
    ['居委会', '居委会主任亲自部署法治政府建设工作。'],
    ['村委会', '村委会主任亲自部署法治政府建设工作。'],
  ])('not a principal leader (%s): %s', async (_guard, sentence) => {
    expect(await duty(sentence)).toBeUndefined();
  });

  it('a meeting named after the leader is not the leader in person: 镇长办公会议专题研究法治政府建设', async () => {
    expect(await duty('镇长办公会议专题研究法治政府建设。')).toBeUndefined();
  });
});

describe('LEAD_ACTION: what the leader does in person', () => {
  it.each([
    ['亲自', '县长亲自抓法治政府建设工作。'],
    ['主持', '县长主持法治政府建设推进会。'],
    ['专题研究', '县长专题研究法治政府建设工作。'],
    ['研究解决', '县长研究解决法治建设中的难题。'],
    ['听取…汇报', '县长听取法治政府建设工作汇报。'],
    ['带头', '县长带头依法行政，做到令行禁止。'],
    ['述法', '县长向县人大常委会述法。'],
    ['述职', '县长述职时报告法治建设情况。'],
    ['讲授', '县长为机关干部讲授宪法。'],
    ['授课', '县长为机关干部授课解读法律。'],
    ['讲法治课', '县长为机关干部讲法治课。'],
    ['上法治课', '县长为机关干部上法治课。'],
    ['宣讲', '县长宣讲宪法。'],
    ['签订…责任书', '县长与各部门签订法治建设责任书。'],
    ['批示', '县长批示法治政府建设工作3次。'],
    ['督办', '县长督办法治督察反馈问题。'],
    ['过问', '县长过问法治政府建设工作。'],
    ['调研', '县长调研法治政府建设。'],
    ['出庭应诉', '县长出庭应诉行政诉讼案件。'],
    ['旁听庭审', '县长旁听庭审。'],
    ['领学', '县长领学宪法。'],
    ['学法', '县长坚持学法。'],
    ['审定', '县长审定法治政府建设实施方案。'],
    ['部署', '县长部署法治政府建设工作。'],
    ['统筹', '县长统筹推进法治政府建设。'],
  ])('%s: %s', async (_term, sentence) => {
    expect(await duty(sentence)).toBe(sentence);
  });
});

describe('RULE_OF_LAW: what makes the act a rule-of-law act', () => {
  it.each([
    ['法治', '县长亲自抓法治建设各项工作。'],
    ['依法行政', '县长亲自推进依法行政各项工作。'],
    ['法制', '县长亲自抓法制宣传教育。'],
    ['法律', '县长亲自推动法律顾问全覆盖。'],
    ['普法', '县长亲自部署普法工作。'],
    ['学法', '县长带头学法。'],
    ['用法', '县长带头尊法守法用法。'],
    ['述法', '县长带头述法。'],
    ['宪法', '县长亲自宣讲宪法。'],
    ['法规', '县长亲自部署地方性法规清理。'],
    ['合法性', '县长亲自过问合法性审查。'],
    ['行政复议', '县长亲自主持行政复议案件审理。'],
    ['应诉', '县长亲自参与应诉。'],
    ['庭审', '县长亲自观摩庭审。'],
    ['行政执法', '县长亲自督导行政执法工作。'],
    ['依法决策', '县长亲自推动重大事项依法决策。'],
  ])('%s: %s', async (_term, sentence) => {
    expect(await duty(sentence)).toBe(sentence);
  });

  it.each([
    ['no rule-of-law object', '县委书记亲自参加植树活动。'],
    ['a leader leading 招商引资', '县委书记亲自主持召开招商引资推进会。'],
  ])('not the duty (an empty term would match everywhere): %s: %s', async (_name, sentence) => {
    expect(await duty(sentence)).toBeUndefined();
  });
});

describe('DUTY_NAME: the duty by its name', () => {
  it('第一责任: 县长认真履行推进法治建设第一责任人职责', async () => {
    expect(await duty('县长认真履行推进法治建设第一责任人职责。')).toBe('县长认真履行推进法治建设第一责任人职责。');
  });
});

describe('OTHER_DOMAIN: a 第一责任人 of another domain is not the rule-of-law duty', () => {
  it.each([
    ['安全生产', '镇长认真履行安全生产第一责任人职责。'],
    ['意识形态', '镇长认真履行意识形态工作第一责任人职责。'],
    ['党风廉政', '镇长认真履行党风廉政责任制第一责任人职责。'],
    ['廉政建设', '镇长认真履行廉政建设第一责任人职责。'],
    ['从严治党', '镇长认真履行从严治党第一责任人职责。'],
    ['党建', '镇长认真履行党建工作第一责任人职责。'],
    ['环境保护', '镇长认真履行环境保护第一责任人职责。'],
    ['生态环保', '镇长认真履行生态环保第一责任人职责。'],
    ['河长', '镇长认真履行河长制工作第一责任人职责。'],
    ['林长', '镇长认真履行林长制工作第一责任人职责。'],
    ['田长', '镇长认真履行田长制工作第一责任人职责。'],
    ['保密', '镇长认真履行保密工作第一责任人职责。'],
    ['信访', '镇长认真履行信访工作第一责任人职责。'],
    ['维稳', '镇长认真履行维稳工作第一责任人职责。'],
    ['食品安全', '镇长认真履行食品安全第一责任人职责。'],
    ['消防', '镇长认真履行消防工作第一责任人职责。'],
    ['防汛', '镇长认真履行防汛工作第一责任人职责。'],
    ['抗旱', '镇长认真履行抗旱工作第一责任人职责。'],
    ['森林防火', '镇长认真履行森林防火第一责任人职责。'],
    ['疫情防控', '镇长认真履行疫情防控第一责任人职责。'],
    ['扫黑除恶', '镇长认真履行扫黑除恶第一责任人职责。'],
    ['网络安全', '镇长认真履行网络安全第一责任人职责。'],
    ['平安建设', '镇长认真履行平安建设第一责任人职责。'],
    ['综治', '镇长认真履行综治工作第一责任人职责。'],
    ['统战', '镇长认真履行统战工作第一责任人职责。'],
    ['国家安全', '镇长认真履行国家安全第一责任人职责。'],
    ['耕地保护', '镇长认真履行耕地保护第一责任人职责。'],
    ['乡村振兴', '镇长认真履行乡村振兴第一责任人职责。'],
    ['招商引资', '镇长认真履行招商引资第一责任人职责。'],
    ['项目建设', '镇长认真履行项目建设第一责任人职责。'],
    ['经济发展', '镇长认真履行经济发展第一责任人职责。'],
    ['巡察整改', '镇长认真履行巡察整改第一责任人职责。'],
    ['审计整改', '镇长认真履行审计整改第一责任人职责。'],
  ])('%s: %s', async (_term, sentence) => {
    expect(await duty(sentence)).toBeUndefined();
  });

  it('the same sentence without another domain is the duty: 镇长认真履行第一责任人职责', async () => {
    expect(await duty('镇长认真履行第一责任人职责。')).toBe('镇长认真履行第一责任人职责。');
  });

  it('a heading: the rule-of-law duty is its own part, another domain\'s is not (an empty term would match everywhere)', () => {
    expect(headingRoles('党政主要负责人履行推进法治建设第一责任人职责情况')).toEqual(['first-responsible-person']);
    expect(headingRoles('主要负责人履行安全生产第一责任人职责情况')).not.toContain('first-responsible-person');
  });
});

// ——— The three enforcement systems ——————————————————————————————————————————————

describe('ENFORCEMENT_SYSTEMS.publicity', () => {
  it.each([
    ['执法…公示', '全面推行行政执法公示。'],
    ['公示…执法主体', '在门户网站公示执法主体和执法依据。'],
    ['事前公开…事中公示', '坚持事前公开、事中公示、事后公开。'],
    ['执法信息公开', '推进执法信息公开。'],
    ['公开…执法信息', '及时公开行政执法信息。'],
    ['双公示', '全面落实“双公示”要求。'],
  ])('name %s: %s', async (_term, sentence) => {
    expect(await system('publicity', sentence)).toEqual({ by: 'name', text: sentence });
  });

  it.each([
    ['公开', '在门户网站公开行政处罚决定书。'],
    ['公示', '行政许可决定一律在网站公示。'],
    ['公布', '定期公布行政检查结果。'],
    ['决定…上网', '实现行政处罚决定文书上网查询。'],
    ['挂网', '行政许可事项清单挂网运行。'],
    ['上网', '行政许可事项清单全部上网。'],
    ['亮证', '执法人员坚持亮证开展行政检查。'],
    ['出示…证', '开展行政检查时主动出示执法证件。'],
    ['佩戴…证', '执法人员开展行政检查时佩戴执法证。'],
    ['晾晒', '定期晾晒行政许可办理结果。'],
    ['向社会发布', '每季度向社会发布行政处罚案件。'],
  ])('act %s: %s', async (_term, sentence) => {
    expect(await system('publicity', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['处罚决定', '在网站公开处罚决定书。'],
    ['行政处罚', '在网站公开行政处罚裁量基准。'],
    ['许可决定', '在网站公开准予许可决定。'],
    ['行政许可', '在网站公开行政许可服务指南。'],
    ['行政检查', '在网站公开年度行政检查计划。'],
    ['行政强制', '在网站公开行政强制措施目录。'],
    ['执法人员…', '在网站公开执法人员名单。'],
    ['案件信息', '在网站公开案件信息。'],
  ])('object %s: %s', async (_term, sentence) => {
    expect(await system('publicity', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['亮证执法', '全面推行亮证执法，规范开展行政检查。'],
    ['持证亮证', '坚持持证亮证，规范开展行政检查。'],
    ['亮证亮责', '推行亮证亮责，规范开展行政检查。'],
  ])('act for the whole sentence %s: %s', async (_term, sentence) => {
    expect(await system('publicity', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['政务公开', '在政务公开专栏更新行政许可服务指南。'],
    ['财务公开', '财务公开涉及行政处罚罚没收入。'],
    ['信用信息公示', '将行政处罚信息归集至信用信息公示系统。'],
    ['公示公告', '在公示公告栏张贴行政许可办事指南。'],
    ['信息公开年报', '在信息公开年报中报告行政许可办理情况。'],
    ['决策公示', '决策公示涉及行政处罚裁量基准调整。'],
    ['政府信息', '涉及行政许可的政府信息及时上网查询。'],
    ['公开招录', '公开招录执法人员12名。'],
  ])('a look-alike is not 执法公示 (%s): %s', async (_term, sentence) => {
    expect(await system('publicity', sentence)).toBeUndefined();
  });
});

describe('ENFORCEMENT_SYSTEMS.recording', () => {
  it.each([
    ['执法…全程…记录', '推行执法全程记录。'],
    ['全过程…记录', '对行政检查实行全过程音像记录。'],
    ['全程记录…执法', '坚持全程记录执法过程。'],
  ])('name %s: %s', async (_term, sentence) => {
    expect(await system('recording', sentence)).toEqual({ by: 'name', text: sentence });
  });

  it.each([
    ['执法', '执法时全程录音录像。'],
    ['检查', '开展检查时全程录音录像。'],
    ['取证', '取证时全程录音录像。'],
    ['询问', '询问当事人时全程录音录像。'],
    ['送达', '送达文书时全程录音录像。'],
    ['执行', '执行现场全程录音录像。'],
    ['立案', '立案环节全程留痕。'],
    ['处罚', '处罚环节全程留痕。'],
    ['案件', '案件办理全程留痕。'],
    ['办案', '办案过程全程留痕。'],
    ['查封', '查封现场全程录像。'],
    ['扣押', '扣押财物时全程录像。'],
    ['强制', '采取强制措施时全程录像。'],
  ])('object %s: %s', async (_term, sentence) => {
    expect(await system('recording', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['全程记录', '行政检查情况全程记录。'],
    ['如实记录', '如实记录检查情况。'],
    ['同步记录', '检查过程同步记录。'],
    ['文字记录', '以文字记录检查过程。'],
    ['记录在案', '检查情况全部记录在案。'],
    ['留痕', '检查过程全部留痕。'],
    ['音视频', '检查过程全部采集音视频。'],
    ['音像', '检查过程全部采集音像资料。'],
    ['录像', '检查过程全部录像。'],
    ['摄录', '检查过程全部摄录。'],
    ['影像', '检查现场留存影像资料。'],
    ['全程开机', '检查时记录仪全程开机。'],
    ['可追溯', '检查过程可追溯。'],
    ['回溯', '检查过程均能回溯。'],
  ])('recording %s: %s', async (_term, sentence) => {
    expect(await system('recording', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['视频监控', '办案区安装音视频监控设备。'],
    ['视频会议', '通过音视频会议集体研究案件。'],
    ['会议记录', '案件集体讨论情况形成会议记录在案备查。'],
    ['普法…音视频', '围绕行政处罚制作普法音视频12部。'],
    ['影像节目', '拍摄行政处罚案例影像节目3部。'],
  ])('a look-alike is not 全过程记录 (%s): %s', async (_term, sentence) => {
    expect(await system('recording', sentence)).toBeUndefined();
  });
});

describe('ENFORCEMENT_SYSTEMS.legalReview', () => {
  it.each([
    ['执法决定…审核', '落实重大执法决定法制审核。'],
    ['法制审核…执法决定', '坚持法制审核先于执法决定。'],
    ['法制审核人员', '配齐配强法制审核人员。'],
  ])('name %s: %s', async (_term, sentence) => {
    expect(await system('legalReview', sentence)).toEqual({ by: 'name', text: sentence });
  });

  it.each([
    ['执法决定', '拟作出的执法决定，先经法制员审核。'],
    ['处罚决定', '拟作出的处罚决定，先经法制员审核。'],
    ['较大数额', '拟处以较大数额罚款的，先经法制员审核。'],
    ['数额较大', '对数额较大的罚款，先经法制员审核。'],
    ['大额罚', '大额罚款先经法制员审核。'],
    ['吊销', '拟吊销许可证的，先经法制员审核。'],
    ['责令停产停业', '拟责令停产停业的，先经法制员审核。'],
    ['责令停业', '拟责令停业整顿的，先经法制员审核。'],
    ['责令关闭', '拟责令关闭的，先经法制员审核。'],
    ['没收较大', '拟没收较大价值财物的，先经法制员审核。'],
    ['查封…决定', '拟作出查封决定的，先经法制员审核。'],
    ['重大…案件', '重大案件先经法制员审核。'],
    ['重大执法', '重大执法事项先经法制员审核。'],
    ['重大行政处罚', '重大行政处罚先经法制员审核。'],
  ])('object %s: %s', async (_term, sentence) => {
    expect(await system('legalReview', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['审核', '拟作出较大数额罚款的，须经审核。'],
    ['审查', '拟作出较大数额罚款的，须经审查。'],
    ['把关', '拟作出较大数额罚款的，须经专人把关。'],
    ['送审', '拟作出较大数额罚款的，须先行送审。'],
    ['法制员', '拟作出较大数额罚款的，须征求法制员意见。'],
    ['法律顾问', '拟作出较大数额罚款的，须征求法律顾问意见。'],
    ['公职律师', '拟作出较大数额罚款的，须征求公职律师意见。'],
    ['法规股', '拟作出较大数额罚款的，须征求法规股意见。'],
    ['政策法规', '拟作出较大数额罚款的，须征求政策法规部门意见。'],
    ['司法所', '拟作出较大数额罚款的，须征求司法所意见。'],
  ])('review %s: %s', async (_term, sentence) => {
    expect(await system('legalReview', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['拟作出', '拟作出较大数额罚款的，须征求法制员意见。'],
    ['拟给予', '拟给予较大数额罚款的，须征求法制员意见。'],
    ['拟对', '拟对当事人处以较大数额罚款的，须征求法制员意见。'],
    ['作出…前', '作出较大数额罚款前，须征求法制员意见。'],
    ['决定前', '较大数额罚款在决定前须征求法制员意见。'],
    ['先…经', '较大数额罚款须先经法制员审核。'],
    ['先行', '较大数额罚款须先行征求法制员意见。'],
    ['事先', '较大数额罚款须事先征求法制员意见。'],
    ['前置', '较大数额罚款实行法制员意见前置。'],
    ['没有…不得', '较大数额罚款没有征求法制员意见的，不得作出。'],
    ['方可', '较大数额罚款征求法制员意见后方可作出。'],
    ['再提交', '较大数额罚款征求法制员意见，再提交局务会。'],
    ['后再', '较大数额罚款征求法制员意见后再研究。'],
    ['再作出', '较大数额罚款征求法制员意见，再作出处理。'],
    ['集体讨论', '较大数额罚款须征求法制员意见并集体讨论。'],
  ])('before the decision %s: %s', async (_term, sentence) => {
    expect(await system('legalReview', sentence)).toEqual({ by: 'function', text: sentence });
  });

  it('a review that does not say it comes first is not the system: 较大数额罚款须征求法制员意见', async () => {
    expect(await system('legalReview', '较大数额罚款须征求法制员意见。')).toBeUndefined();
  });
});

describe('SYSTEMS_COLLECTIVE: the three systems named only together', () => {
  it('三项制度: 全面落实行政执法三项制度 → each system reported as only named collectively', async () => {
    const { messages } = await lintCase(enforcementRule as unknown as AnyRule, {
      text: `${TITLE}\n\n一、主要举措和成效\n全面落实行政执法三项制度，执法行为更加规范。\n全年开展普法活动12场次。\n`,
    });
    expect(messages.map((m) => m.messageId)).toEqual(['onlyCollective', 'onlyCollective', 'onlyCollective']);
  });
});

// ——— Problems and their causes ——————————————————————————————————————————————————

describe('CAUSE_WORD: a cause stated outright', () => {
  it.each([
    ['原因', '问题产生的原因主要是执法人员不足。'],
    ['成因', '问题的成因主要是执法人员不足。'],
    ['根源', '思想根源是一些干部法治意识淡薄。'],
    ['根子', '问题的根子在思想认识上。'],
    ['究其', '究其根本，是一些干部法治意识淡薄。'],
    ['由于', '由于编制紧张，执法人员不足。'],
    ['源于', '执法人员不足源于编制紧张。'],
    ['缘于', '执法人员不足缘于编制紧张。'],
    ['归因', '执法人员不足可归因于编制紧张。'],
    ['归根', '归根究底是编制紧张。'],
    ['导致', '编制紧张导致执法人员不足。'],
    ['造成', '编制紧张造成执法人员不足。'],
    ['致使', '编制紧张致使执法人员不足。'],
    ['因为', '执法人员不足，是因为编制紧张。'],
    ['受制于', '执法人员数量受制于编制。'],
    ['因素', '受编制因素影响，执法人员不足。'],
    ['之所以', '执法人员之所以不足，是编制紧张。'],
    ['症结', '执法力量不足的症结是编制紧张。'],
  ])('%s: %s', async (_term, sentence) => {
    expect(await cause(sentence)).toBe(sentence);
  });

  it('a problem stated without a cause is not an analysis: 执法人员专业能力不足', async () => {
    expect(await cause('执法人员专业能力不足。')).toBeUndefined();
  });
});

describe('EXPLANATION: a cause given without a cause word', () => {
  it.each([
    ['这与…有关系', '这与执法人员配备不足有很大关系。'],
    ['说到底', '说到底还是重视程度不够。'],
    ['问题出在', '问题出在基层执法力量薄弱。'],
    ['根本在于', '根本在于学法用法的自觉性不强。'],
    ['所致', '这是编制长期紧张所致。'],
    ['反映出…不强', '这反映出部分干部法治意识不强。'],
    ['背后是', '背后是部分干部法治意识淡薄。'],
    ['一方面…不足', '一方面执法人员专业能力不足。'],
    ['客观来看', '客观来看，基层执法编制紧张。'],
  ])('%s: %s', async (_term, sentence) => {
    expect(await cause(sentence)).toBe(sentence);
  });
});

describe('CAPACITY, SCARCITY, CONSEQUENCE: a shortage of capacity, then what follows from it', () => {
  // Each row holds one term of the list named and the same other two words: 只有 (SCARCITY) and 难以 (CONSEQUENCE)
  // for CAPACITY, 经费 and 难以 for SCARCITY, 经费 and 只有 for CONSEQUENCE.
  it.each([
    ['人员', '执法人员只有2名，难以满足需要。'],
    ['人手', '人手只有2名，难以满足需要。'],
    ['队员', '队员只有2名，难以满足需要。'],
    ['干部', '懂法的干部只有2名，难以满足需要。'],
    ['力量', '执法力量只有一支，难以满足需要。'],
    ['编制', '编制只有2个，难以满足需要。'],
    ['在编', '在编的只有2名，难以满足需要。'],
    ['经费', '经费只有2万元，难以满足需要。'],
    ['资金', '资金只有2万元，难以满足需要。'],
    ['培训', '培训只有2期，难以满足需要。'],
    ['训练', '训练只有2期，难以满足需要。'],
    ['专业背景', '有专业背景的只有2名，难以满足需要。'],
    ['法律背景', '有法律背景的只有2名，难以满足需要。'],
    ['车辆', '车辆只有2辆，难以满足需要。'],
    ['装备', '装备只有2套，难以满足需要。'],
    ['精力', '投入的精力只有一点，难以满足需要。'],
  ])('CAPACITY %s: %s', async (_term, sentence) => {
    expect(await cause(sentence)).toBe(sentence);
  });

  it.each([
    ['只有', '经费只有2万元，难以满足需要。'],
    ['仅', '经费仅2万元，难以满足需要。'],
    ['不足', '经费不足，难以满足需要。'],
    ['不到', '经费不到2万元，难以满足需要。'],
    ['偏少', '经费偏少，难以满足需要。'],
    ['较少', '经费较少，难以满足需要。'],
    ['有限', '经费有限，难以满足需要。'],
    ['缺少', '缺少经费，难以满足需要。'],
    ['缺乏', '经费缺乏，难以满足需要。'],
    ['没有', '经费没有保障，难以满足需要。'],
    ['匮乏', '经费匮乏，难以满足需要。'],
    ['紧张', '经费紧张，难以满足需要。'],
    ['转岗', '经费管理人员多为转岗，难以满足需要。'],
    ['兼任', '经费由他人兼任管理，难以满足需要。'],
    ['兼顾', '经费工作由他人兼顾，难以满足需要。'],
    ['兼职', '经费管理为兼职，难以满足需要。'],
    ['同时承担', '经费管理者同时承担多项工作，难以满足需要。'],
  ])('SCARCITY %s: %s', async (_term, sentence) => {
    expect(await cause(sentence)).toBe(sentence);
  });

  it.each([
    ['难以', '经费只有2万元，难以开展活动。'],
    ['很难', '经费只有2万元，活动很难开展。'],
    ['跟不上', '经费只有2万元，活动跟不上需要。'],
    ['打了折扣', '经费只有2万元，效果打了折扣。'],
    ['打折扣', '经费只有2万元，效果打折扣。'],
    ['把握不准', '经费只有2万元，办案把握不准。'],
    ['力不从心', '经费只有2万元，工作力不从心。'],
    ['老经验', '经费只有2万元，办案靠老经验。'],
    ['凭经验', '经费只有2万元，办案凭经验。'],
    ['停留在', '经费只有2万元，普法停留在发资料。'],
    ['顾不过来', '经费只有2万元，工作顾不过来。'],
    ['疲于', '经费只有2万元，疲于应付。'],
    ['无暇', '经费只有2万元，无暇开展普法。'],
  ])('CONSEQUENCE %s: %s', async (_term, sentence) => {
    expect(await cause(sentence)).toBe(sentence);
  });

  it('a shortage alone, or a consequence alone, is not an explanation', async () => {
    expect(await cause('经费只有2万元。')).toBeUndefined();
    expect(await cause('普法活动难以开展。')).toBeUndefined();
  });
});

describe('PROBLEMS_INTRO: a paragraph that opens the shortcomings without a heading', () => {
  const report = (paragraph: string) =>
    `${TITLE}\n\n一、主要举措和成效\n全年办理行政许可1200件，公开执法信息300条。\n${paragraph}\n全年开展普法活动12场次。\n`;
  const ids = async (paragraph: string) =>
    (await lintCase(problemsRule as unknown as AnyRule, { text: report(paragraph) })).messages.map((m) => m.messageId);

  it.each([
    ['存在的问题主要有', '对照要求，我局存在的问题主要有：一是执法人员不足；二是学法不够经常。'],
    ['面临的困难如下', '对照要求，我局面临的困难如下，一是执法人员不足，二是学法不够经常。'],
    ['存在着一些短板，主要表现为', '对照要求，我局存在着一些短板，主要表现为执法人员不足、学法不够经常。'],
    ['存在以下薄弱环节：', '对照要求，我局存在以下薄弱环节：执法人员不足，学法不够经常。'],
  ])('%s: %s', async (_term, paragraph) => {
    // The problems are found (the rule then asks for their causes, which the paragraph does not give). An empty intro
    // matches nothing here (findInUnits skips empty matches): these rows catch it.
    expect(await ids(paragraph)).toEqual(['missingCauses']);
  });

  it('a report that never opens its shortcomings has none: 全年审核重大执法决定35件', async () => {
    expect(await ids('全年审核重大执法决定35件。')).toEqual(['missingProblems']);
  });
});

// ——— Headings and the plans ——————————————————————————————————————————————————————

describe('PROBLEM_NOUNS: a heading that names the shortcomings', () => {
  it.each([
    ['问题', '存在的问题和原因'],
    ['不足', '存在的不足和原因'],
    ['短板', '存在的短板和原因'],
    ['弱项', '存在的弱项和原因'],
    ['差距', '存在的差距和原因'],
    ['困难', '存在的困难和原因'],
    ['挑战', '存在的挑战和原因'],
    ['薄弱点', '存在的薄弱点和原因'],
    ['短处', '存在的短处和原因'],
    ['欠缺', '存在的欠缺和原因'],
    ['瓶颈', '存在的瓶颈和原因'],
    ['短项', '存在的短项和原因'],
    ['弱点', '存在的弱点和原因'],
  ])('%s: %s', (_term, heading) => {
    expect(headingRoles(heading, 2023)).toEqual(['problems']);
  });

  it.each([
    ['主要举措和成效', ['measures']],
    ['着力化解存在的矛盾纠纷', []],
  ])('keeps its role (an empty term would match everywhere): %s', (heading, roles) => {
    expect(headingRoles(heading, 2023)).toEqual(roles);
  });
});

describe('PLAN_NOUNS: a heading that names the plans of the next year', () => {
  it.each([
    ['打算', '2024年法治政府建设打算'],
    ['安排', '2024年法治政府建设安排'],
    ['计划', '2024年法治政府建设计划'],
    ['思路', '2024年法治政府建设思路'],
    ['重点', '2024年法治政府建设重点'],
    ['目标', '2024年法治政府建设目标'],
    ['设想', '2024年法治政府建设设想'],
    ['谋划', '2024年法治政府建设谋划'],
    ['举措', '2024年法治政府建设举措'],
    ['措施', '2024年法治政府建设措施'],
    ['任务', '2024年法治政府建设任务'],
    ['方向', '2024年法治政府建设方向'],
    ['部署', '2024年法治政府建设部署'],
    ['考虑', '2024年法治政府建设考虑'],
  ])('%s: %s', (_term, heading) => {
    expect(headingRoles(heading, 2023)).toEqual(['plan']);
  });

  it('a year without a plan word is the year\'s work (an empty term would match everywhere): 2023年法治政府建设情况', () => {
    expect(roleOfHeading('2023年法治政府建设情况')).toBe('measures');
  });
});

describe('PLAN_TIME: the paragraph that starts the plans in a part of problems and plans', () => {
  const roles = async (opening: string) => {
    const units = await unitsOf(
      `${TITLE}\n\n一、主要举措和成效\n全年办理行政许可1200件，公开执法信息300条。\n二、存在的问题及今后打算\n执法人员专业能力不足。\n${opening}，我局将加强执法人员培训。\n`,
    );
    return units.filter((u) => u.kind === 'paragraph' && u.section?.heading.title.includes('今后打算')).map((u) => u.role);
  };

  it.each([
    ['下步', '下步'],
    ['下一年度?', '下一年度'],
    ['下年度?', '下年度'],
    ['下一阶段', '下一阶段'],
    ['下阶段', '下阶段'],
    ['明年', '明年'],
    ['来年', '来年'],
    ['新的一年', '新的一年'],
    ['新一年', '新一年'],
    ['今后', '今后'],
    ['未来', '未来一年'],
    ['后续', '后续'],
  ])('%s: %s，我局将加强执法人员培训', async (_term, opening) => {
    // The problem before stays in the problems (an empty term would match everywhere).
    expect(await roles(opening)).toEqual(['problems', 'plan']);
  });
});

describe('OTHER_MATTERS: 其他需要报告的情况 is not the year\'s work', () => {
  const measuresHeadings = async (heading: string) => {
    const text = `${TITLE}\n\n一、强化组织领导\n全年召开常务会议专题研究法治政府建设4次，制定年度工作要点，明确责任分工，推动各项任务落实落细。\n二、${heading}\n本年度无需要特别说明的事项。\n`;
    const part = reportPart(await model(text), 'measures');
    return [...new Set(part.units.map((u) => u.section?.heading.title))];
  };

  it.each([
    ['其他需要报告的情况'],
    ['其他应当报告的事项'],
    ['其他说明的情况'],
    ['其他情况'],
    ['其他事项'],
  ])('%s', async (heading) => {
    expect(await measuresHeadings(heading)).toEqual(['强化组织领导']);
  });

  it('a topical heading that only starts with 其他 is work: 其他工作', async () => {
    expect(await measuresHeadings('其他工作')).toEqual(['强化组织领导', '其他工作']);
  });
});
