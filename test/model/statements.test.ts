/**
 * The concept queries the content rules share (src/model/statements.ts), tested directly: how text is cut
 * into sentences and clauses with their source ranges, and exactly which sentence each query returns.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { documentUnits, type TextUnit } from '../../src/model/query.js';
import {
  clausesOf,
  findCauseAnalysis,
  findLeaderDuty,
  findSystem,
  firstSentence,
  isWorkPart,
  maskedSentences,
  sentencesOf,
  type Sentence,
} from '../../src/model/statements.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告\n\n';

async function unitsOf(body: string): Promise<{ text: string; units: readonly TextUnit[] }> {
  const text = `${TITLE}${body}`;
  return { text, units: documentUnits(buildModel(text, await parseDocument({ text, syntax: 'text' }))) };
}

/** A sentence as the text at its source range, which must equal its own text. */
function at(text: string, sentence: Sentence | undefined): string | undefined {
  if (!sentence) return undefined;
  expect(text.slice(...sentence.range)).toBe(sentence.text);
  return sentence.text;
}

/** The sentence in the measures, with a paragraph after it (a last short line naming a body would be a signature). */
const work = (s: string) => `一、主要举措和成效\n${s}\n全年开展普法活动12场次。\n`;

describe('sentencesOf and clausesOf', () => {
  it('cuts at 。！？；and their half-width forms, keeps the last sentence without an end mark, skips empty ones', async () => {
    const { text, units } = await unitsOf('一、主要举措和成效\n第一句。第二句！第三句;第四句？。第五句没有句号\n');
    const paragraph = units.filter((u) => u.kind === 'paragraph').slice(0, 1);
    const sentences = sentencesOf(paragraph);
    expect(sentences.map((s) => at(text, s))).toEqual(['第一句。', '第二句！', '第三句;', '第四句？', '第五句没有句号']);
    expect(sentences.map((s) => s.index)).toEqual([0, 4, 8, 12, 17]);
    expect(sentences.every((s) => s.role === 'measures' && s.unit === paragraph[0])).toBe(true);
  });

  it('maps ranges across line breaks of PDF text', async () => {
    const { text, units } = await unitsOf(work('全年办理行政处罚案件\n30件。公示执法信息\n120条。'));
    expect(sentencesOf(units.filter((u) => u.kind === 'paragraph').slice(0, 1)).map((s) => text.slice(...s.range))).toEqual([
      '全年办理行政处罚案件\n30件。',
      '公示执法信息\n120条。',
    ]);
  });

  it('clauses: cut at ，、：and sentence ends, with their indexes', () => {
    expect(clausesOf('甲乙，丙、丁：戊。己')).toEqual([
      { text: '甲乙', index: 0 },
      { text: '丙', index: 3 },
      { text: '丁', index: 5 },
      { text: '戊', index: 7 },
      { text: '己', index: 9 },
    ]);
    expect(clausesOf('，，')).toEqual([]);
    expect(clausesOf('')).toEqual([]);
  });

  it('masks the inside of 《》 and caches by units array', async () => {
    const { units } = await unitsOf(work('学习《党政主要负责人履行推进法治建设第一责任人职责规定》。'));
    const masked = maskedSentences(units);
    expect([...masked].map((s) => s.text).join('')).not.toContain('第一责任人');
    expect(maskedSentences(units)).toBe(masked);
    // The same sentences as sentencesOf gives, each with its unit, by index, by find and by filter.
    const plain = sentencesOf(units).map((s) => [s.unit.start, s.index, s.end]);
    expect([...masked].map((s) => [s.unit.start, s.index, s.end])).toEqual(plain);
    expect(masked.length).toBe(plain.length);
    expect(masked.filter((s) => s.unit.kind === 'paragraph').map((s) => s.text)).toEqual(
      [...masked].filter((s) => s.unit.kind === 'paragraph').map((s) => s.text),
    );
    expect(masked.find((s) => s.text.includes('学习'))?.index).toBe([...masked].find((s) => s.text.includes('学习'))?.index);
  });

  it('isWorkPart: everything but the problems and the plans', () => {
    expect(['measures', 'first-responsible-person', 'other', 'preamble'].every((r) => isWorkPart(r as never))).toBe(true);
    expect(isWorkPart('plan')).toBe(false);
    expect(isWorkPart('problems')).toBe(false);
  });

  it('firstSentence skips short label headings', async () => {
    const { text, units } = await unitsOf('一、存在的问题\n（一）主要问题\n执法力量不足。培训偏少。\n');
    expect(at(text, firstSentence(units))).toBe('执法力量不足。');
    expect(firstSentence([])).toBeUndefined();
  });
});

describe('findLeaderDuty', () => {
  const duty = async (body: string) => {
    const { text, units } = await unitsOf(body);
    return at(text, findLeaderDuty(units));
  };

  it.each([
    ['the duty named for the rule of law', '乡党委书记认真履行法治政府建设第一责任人职责。', '乡党委书记认真履行法治政府建设第一责任人职责。'],
    ['the domain word right after the duty', '落实主要负责人为第一责任人的法治政府建设领导机制。', '落实主要负责人为第一责任人的法治政府建设领导机制。'],
    ['no domain word, a leader in the sentence', '党政主要领导严格落实第一责任人职责。', '党政主要领导严格落实第一责任人职责。'],
    ['lead actions', '全年召开会议4次。镇长主持召开常务会议专题研究依法行政工作。', '镇长主持召开常务会议专题研究依法行政工作。'],
    ['the object a few clauses later', '县长亲自部署、亲自过问、亲自督办依法行政重点工作。', '县长亲自部署、亲自过问、亲自督办依法行政重点工作。'],
    ['a leader after a deputy', '副镇长和镇长带头学法。', '副镇长和镇长带头学法。'],
  ])('%s', async (_name, sentence, expected) => {
    expect(await duty(work(sentence))).toBe(expected);
  });

  it.each([
    ['another domain before the duty', '书记履行安全生产第一责任人职责。'],
    ['another domain after the duty, no leader', '落实第一责任人的安全生产责任制。'],
    ['the duty with a leader but another domain in the sentence', '书记落实第一责任人职责，抓好安全生产。'],
    ['no leader, no domain', '压实第一责任人职责。'],
    ['a leader leading other work', '镇党委书记亲自部署防汛工作。'],
    ['the law object only before the act', '依法行政方面，镇长主持召开招商引资推进会。'],
    ['a promise between the leader and the act', '主要负责同志将带头开展法治讲座。'],
    ['a deputy', '分管副镇长主持召开会议研究依法行政。'],
    ['a village head', '村党支部书记带头学法。'],
    ['an office head', '办公室主任带头学法。'],
    ['a meeting named after the leader', '主任办公会会前学法4次。'],
    ['a body, not a person', '镇党委专题研究法治建设工作。'],
    ['a leader without an act', '镇长对依法行政高度重视。'],
    ['an act before the leader', '带头学法的是全体干部，镇长参加。'],
    ['another domain after the law word', '镇长亲自部署法治宣传和防汛工作中的防汛。'],
    ['the law word in an earlier clause, another domain nearest the duty', '推进法治建设，书记履行安全生产第一责任人职责。'],
    ['the law word only after another domain, right after the duty', '压实第一责任人安全生产和法治责任。'],
    ['the object of the act is another domain after the law word in its clause', '镇长在依法行政会上亲自部署安全生产。'],
  ])('not: %s', async (_name, sentence) => {
    expect(await duty(work(sentence))).toBeUndefined();
  });

  it('only in the year\'s work: not in the plans or the problems, not a heading line', async () => {
    expect(await duty('一、存在的问题\n镇长带头学法不够经常。\n二、下一步工作打算\n镇长带头学法。\n')).toBeUndefined();
    expect(await duty('一、镇长带头学法情况汇总\n全年开展活动。\n')).toBeUndefined();
    expect(await duty('一、主要举措和成效\n（一）镇长带头学法。全年开展活动。\n')).toBe('（一）镇长带头学法。');
  });

  it('extra leaders and other domains from the options', async () => {
    const { units } = await unitsOf(work('社区负责人带头学法。'));
    expect(findLeaderDuty(units)).toBeUndefined();
    expect(findLeaderDuty(units, { leaders: ['社区负责人'], otherDomains: [] })?.text).toBe('社区负责人带头学法。');
    const { units: drugs } = await unitsOf(work('书记作为禁毒工作第一责任人带队宣传。'));
    expect(findLeaderDuty(drugs)?.text).toBe('书记作为禁毒工作第一责任人带队宣传。');
    expect(findLeaderDuty(drugs, { leaders: ['书记'], otherDomains: ['禁毒'] })).toBeUndefined();
  });

  it('the law word in the same clause before the duty decides, even after another domain earlier in the sentence', async () => {
    expect(await duty(work('抓好安全生产，推进法治建设第一责任人职责落实。'))).toBe('抓好安全生产，推进法治建设第一责任人职责落实。');
  });

  it('the leader named once, before the semicolons that list what they did: the sentence up to the full stop', async () => {
    expect(await duty(work('局党组书记、局长把法治建设摆在突出位置；全年主持召开党组会议专题研究法治建设4次。'))).toBe(
      '局党组书记、局长把法治建设摆在突出位置；全年主持召开党组会议专题研究法治建设4次。',
    );
    expect(await duty(work('局长把法治建设摆在突出位置;全年主持召开会议专题研究依法行政4次;带头学法6次。'))).toBe(
      '局长把法治建设摆在突出位置;全年主持召开会议专题研究依法行政4次;带头学法6次。',
    );
    // Not past the full stop, nor without a leader, nor for other work after the semicolon.
    expect(await duty(work('局长把法治建设摆在突出位置。全年主持召开会议专题研究依法行政4次。'))).toBeUndefined();
    expect(await duty(work('把法治建设摆在突出位置；全年主持召开会议专题研究依法行政4次。'))).toBeUndefined();
    expect(await duty(work('局长高度重视依法行政；亲自部署防汛工作。'))).toBeUndefined();
  });

  it('prefers the duty by name to a lead action earlier in the text', async () => {
    expect(await duty(work('镇长带头学法。书记履行推进法治建设第一责任人职责。'))).toBe('书记履行推进法治建设第一责任人职责。');
  });
});

describe('findSystem', () => {
  const system = async (body: string, key: 'publicity' | 'recording' | 'legalReview', extra: string[] = []) => {
    const { text, units } = await unitsOf(body);
    const found = findSystem(units, key, extra);
    return found ? { by: found.by, text: at(text, found.sentence) } : undefined;
  };

  it('by name, preferring a sentence that also tells how it works, then one naming it alone', async () => {
    const listed = '把行政执法公示、执法全过程记录和重大执法决定法制审核作为基础性制度来抓。';
    expect(await system(work(`${listed}落实行政执法公示制度。在网站公开行政处罚决定，落实行政执法公示制度。`), 'publicity')).toEqual({
      by: 'name',
      text: '在网站公开行政处罚决定，落实行政执法公示制度。',
    });
    expect(await system(work(`${listed}落实行政执法公示制度。`), 'publicity')).toEqual({ by: 'name', text: '落实行政执法公示制度。' });
    expect(await system(work(listed), 'publicity')).toEqual({ by: 'name', text: listed });
  });

  it('by name anywhere, even in the plans; by function only in the year\'s work', async () => {
    expect(await system('一、下一步工作打算\n推行执法全过程记录制度。\n', 'recording')).toEqual({ by: 'name', text: '推行执法全过程记录制度。' });
    expect(await system('一、下一步工作打算\n现场检查全程录音录像。\n', 'recording')).toBeUndefined();
    expect(await system(work('现场检查全程录音录像。'), 'recording')).toEqual({ by: 'function', text: '现场检查全程录音录像。' });
  });

  it('a name inside 《》 does not count; extra words count as names', async () => {
    expect(await system(work('学习《行政执法公示办法》。'), 'publicity')).toBeUndefined();
    expect(await system(work('落实执法阳光工程。'), 'publicity', ['阳光工程'])).toEqual({ by: 'name', text: '落实执法阳光工程。' });
  });

  it.each([
    ['publicity', '行政处罚决定书在信用网站公开。'],
    ['publicity', '执法人员亮证执法。'],
    ['publicity', '处罚决定在网站挂网。'],
    ['recording', '调查取证环节留痕可溯。'],
    ['recording', '现场检查都有影像资料。'],
    ['legalReview', '拟作出吊销许可证件决定的，先经法制员审查。'],
    ['legalReview', '较大数额罚款决定未经司法所审核的不得作出。'],
  ] as const)('described: %s — %s', async (key, sentence) => {
    expect(await system(work(sentence), key)).toEqual({ by: 'function', text: sentence });
  });

  it.each([
    ['publicity', '深化政务公开，规范村务公示。'],
    ['publicity', '执法办案在平台上网办理。'],
    ['publicity', '公开招录执法人员3名。'],
    ['recording', '配备执法记录仪20台。'],
    ['recording', '接入视频监控探头，规范会议记录。'],
    ['recording', '制作普法音视频作品，开展执法培训的另一项。'],
    ['legalReview', '规范性文件先经司法所合法性审查再提交。'],
    ['legalReview', '吊销许可证件决定经行政复议审查后撤销。'],
    ['legalReview', '法制员审查吊销许可证件的案卷。'],
    ['legalReview', '拟作出决定前征求意见。'],
    // A look-alike with the act: 村务公开 / 党务公示 are not enforcement publicity, whatever they cover.
    ['publicity', '推进村务公开涉及行政处罚事项。'],
    ['publicity', '党务公示涉及行政处罚的事项。'],
    // Beside a look-alike, a recording word counts only with an enforcement step in its own clause, and not in the
    // look-alike's clause (issue 8: 视频监控 or 会议记录 is not 执法全过程记录).
    ['recording', '集体讨论重大案件31件，每次会议形成会议纪要，讨论过程全程留痕。'],
    ['recording', '在执法场所安装监控探头录像。'],
    ['recording', '案件讨论形成会议纪要留痕。'],
    ['recording', '建立案件台账，做到底数清楚、可追溯。'],
    ['recording', '抽查行政处罚案卷280卷，评查结果逐卷登记、全程留痕。'],
    ['recording', '整理归档行政处罚案卷312卷，案卷借阅实行登记管理，全程留痕。'],
    // A legal-review look-alike's clause says nothing of the system: the 吊销 or 罚款决定 in it is the document's or
    // the reconsideration's, and so is its 前.
    ['legalReview', '规范性文件涉及吊销许可证事项的，先经合法性审查后再提交集体讨论。'],
    ['legalReview', '行政复议机关审查罚款决定后，作出复议决定前集体讨论。'],
    ['legalReview', '规范性文件涉及罚款、吊销许可证等事项的，先经合法性审查后再提交集体讨论。'],
  ] as const)('not described: %s — %s', async (key, sentence) => {
    expect(await system(work(sentence), key)).toBeUndefined();
  });

  it('recording beside a look-alike: still found when an enforcement step and a recording word share a clause', async () => {
    const sentence = '执法人员佩戴执法记录仪，对现场检查全程录像，案卷统一归入档案。';
    expect(await system(work(sentence), 'recording')).toEqual({ by: 'function', text: sentence });
    // Without a look-alike, the step and the recording word may be clauses apart.
    const apart = '从现场检查、调查询问到查封扣押、文书送达，队员到场即开机摄录。';
    expect(await system(work(apart), 'recording')).toEqual({ by: 'function', text: apart });
    // The same sentence with a look-alike after it: the clauses apart no longer count.
    expect(await system(work('从现场检查、调查询问到查封扣押、文书送达，队员到场即开机摄录，会议纪要存档。'), 'recording')).toBeUndefined();
  });

  it('legal review beside a look-alike in another clause: the other clauses still pair across the sentence', async () => {
    const sentence = '拟作出吊销许可证件决定的，先经法制员审查，重大合同另行审核。';
    expect(await system(work(sentence), 'legalReview')).toEqual({ by: 'function', text: sentence });
  });

  it('a template blank □ is not a masked look-alike: the sentence-wide pairing stays', async () => {
    const sentence = '□□镇从现场检查到文书送达，队员到场即开机摄录。';
    expect(await system(work(sentence), 'recording')).toEqual({ by: 'function', text: sentence });
  });
});

describe('findCauseAnalysis', () => {
  const cause = async (body: string, extra: string[] = []) => {
    const { text, units } = await unitsOf(body);
    return at(text, findCauseAnalysis(units, extra));
  };

  it('a cause word, or an explanation without one, the first such sentence', async () => {
    expect(await cause(work('执法力量不足。主要原因是编制少。'))).toBe('主要原因是编制少。');
    expect(await cause(work('执法力量不足。这与编制偏少有很大关系。'))).toBe('这与编制偏少有很大关系。');
    expect(await cause(work('执法力量不足。说到底还是重视不够。'))).toBe('说到底还是重视不够。');
  });

  it('a shortage of capacity and then what follows from it, in the same sentence', async () => {
    expect(await cause(work('执法力量不足。县里组织的执法业务培训全年只有2期，队员平时自学多停留在读条文。'))).toBe(
      '县里组织的执法业务培训全年只有2期，队员平时自学多停留在读条文。',
    );
    expect(await cause(work('办案质量不高。大队人员缺少系统的法律训练，办理复杂案件时在证据固定上把握不准。'))).toBe(
      '大队人员缺少系统的法律训练，办理复杂案件时在证据固定上把握不准。',
    );
    expect(await cause(work('法律顾问作用发挥不够。法律顾问由律师兼任，服务经费每年仅2万元，难以做到常态化驻点服务。'))).toBe(
      '法律顾问由律师兼任，服务经费每年仅2万元，难以做到常态化驻点服务。',
    );
  });

  it('not an explanation: shortages stated side by side, or a consequence without a shortage before it', async () => {
    expect(await cause(work('执法队伍建设仍需加强。执法人员数量偏少，部分执法人员对新承接的赋权事项不熟悉。'))).toBeUndefined();
    expect(await cause(work('法律服务不足。乡司法所只有1名工作人员，全年开展法律咨询仅21次。'))).toBeUndefined();
    expect(await cause(work('普法覆盖面不广。外出务工人员难以参加集中宣讲。'))).toBeUndefined();
    // The consequence before the shortage is not the shortage explaining it.
    expect(await cause(work('办案质量不高。难以满足要求，人员只有6名。'))).toBeUndefined();
  });

  it('nothing explained; extra words from the options', async () => {
    expect(await cause(work('执法力量不足。案卷合格率82%。'))).toBeUndefined();
    expect(await cause(work('执法力量不足，归咎于编制。'))).toBeUndefined();
    expect(await cause(work('执法力量不足，归咎于编制。'), ['归咎于'])).toBe('执法力量不足，归咎于编制。');
  });
});
