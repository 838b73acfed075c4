/**
 * Edge cases of the concept queries (src/model/statements.ts) that the main tests leave open: half-width
 * sentence and clause marks, label headings, the clause and window arithmetic of the leaders' duty, promises
 * and meetings, the look-alikes and names of the enforcement systems, and the caches keyed by vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { documentUnits, type TextUnit } from '../../src/model/query.js';
import { clausesOf, findLeaderDuty, findSystem, isStatement, maskedSentences, sentencesOf } from '../../src/model/statements.js';

const TITLE = '岚山县司法局2023年度法治政府建设情况报告\n\n';

async function unitsOf(body: string): Promise<readonly TextUnit[]> {
  const text = `${TITLE}${body}`;
  return documentUnits(buildModel(text, await parseDocument({ text, syntax: 'text' })));
}

/** The sentence in the measures, with a paragraph after it. */
const work = (s: string) => `一、主要举措和成效\n${s}\n全年开展普法活动12场次。\n`;

const duty = async (sentence: string) => findLeaderDuty(await unitsOf(work(sentence)))?.text;

const paragraphs = async (body: string) => (await unitsOf(body)).filter((u) => u.kind === 'paragraph');

describe('sentence and clause marks', () => {
  it('half-width ! and ? and the full-width ； end a sentence, as in PDF text: 执法检查全覆盖!案卷合格吗?仍需提升；继续努力', async () => {
    // Half-width marks come from PDF extraction and Word's auto-format; each ends a sentence like its full-width form.
    const [p] = await paragraphs(work('执法检查全覆盖!案卷质量合格吗?仍需提升；继续努力。'));
    expect(sentencesOf([p as TextUnit]).map((s) => s.text)).toEqual(['执法检查全覆盖!', '案卷质量合格吗?', '仍需提升；', '继续努力。']);
  });

  it('half-width , and : end a clause: 主要做法:一是学法,二是用法', () => {
    // Half-width comma and colon cut clauses as the full-width ones do.
    expect(clausesOf('主要做法:一是学法,二是用法').map((c) => c.text)).toEqual(['主要做法', '一是学法', '二是用法']);
  });

  it('a sentence of a unit without 《》 belongs to that very unit, not a copy', async () => {
    // Only a unit with a book title is copied for masking; rules compare a sentence's unit with the report's units.
    const units = await unitsOf(work('镇长带头学法。'));
    const sentence = maskedSentences(units).find((s) => s.text === '镇长带头学法。');
    expect(units).toContain(sentence?.unit);
  });
});

describe('isStatement: label headings', () => {
  const heading = async (line: string) => {
    const units = await unitsOf(`${line}\n全年开展普法活动12场次。\n`);
    const h = units.find((u) => u.kind === 'heading');
    expect(h?.plain).toBe(line);
    return isStatement(h as TextUnit);
  };

  it('a heading of exactly 15 characters after its ordinal is a label: 二、法治政府建设主要举措和成效情况', async () => {
    // LABEL_LENGTH is the longest label: 15 characters once "二、" is set aside.
    expect(await heading('二、法治政府建设主要举措和成效情况')).toBe(false);
    expect(await heading('二、法治政府建设主要举措和工作成效情况')).toBe(true);
  });

  it('the ordinal is set aside whether it stands first, after a bracket, or has two digits', async () => {
    // 二、 (no prefix), （一） (one non-letter), 十一、 (two numerals), 1. (a digit) all label the part.
    expect(await heading('二、党政主要负责人履行职责情况')).toBe(false);
    expect(await heading('（一）党政主要负责人履行职责情况')).toBe(false);
    expect(await heading('十一、党政主要负责人履行职责情况')).toBe(false);
  });

  it('only the ordinal is set aside, not text up to a later 、: （一）健全依法决策机制、规范执法行为', async () => {
    // A sub-heading listing two tasks states what was done; cutting it at its inner 、 would make it a label.
    expect(await heading('（一）健全依法决策机制、规范行政执法行为')).toBe(true);
  });

  it('a Markdown heading without an ordinal keeps its 第一、二: ## 开展第一、二批次行政执法案卷评查', async () => {
    // Only an ordinal at the start is set aside; a 一、 inside the heading is part of what it states (16 characters).
    const body = '# 岚山县司法局2023年度法治政府建设情况报告\n\n## 开展第一、二批次行政执法案卷评查\n\n全年开展普法活动12场次。\n';
    const units = documentUnits(buildModel(body, await parseDocument({ text: body, syntax: 'markdown' })));
    const h = units.find((u) => u.kind === 'heading');
    expect(h?.plain).toBe('开展第一、二批次行政执法案卷评查');
    expect(isStatement(h as TextUnit)).toBe(true);
  });
});

describe('findLeaderDuty: the duty by name', () => {
  it('a rule-of-law word in an earlier clause does not make the duty one: 组织法治培训2次，压实第一责任人职责', async () => {
    // The domain word must stand in the duty's own clause (or right after it); no leader is named either.
    expect(await duty('组织法治培训2次，压实第一责任人职责。')).toBeUndefined();
  });

  it('a stray comma opening a sentence does not hide the domain word: ，严格落实法治建设第一责任人职责', async () => {
    // "。，" is a common typing slip; the clause still starts after the comma and holds 法治建设.
    expect(await duty('全年开展培训5次。，严格落实法治建设第一责任人职责。')).toBe('，严格落实法治建设第一责任人职责。');
  });

  it('another domain nearer the duty than the law word wins: 镇长严格依照法律法规履行安全生产第一责任人职责', async () => {
    // 法律法规 says how the duty is done; the duty itself is the safety-production one.
    expect(await duty('镇长严格依照法律法规履行安全生产第一责任人职责。')).toBeUndefined();
  });

  it('the law word at the very start of the clause counts: 法治建设第一责任人职责全面落实', async () => {
    // The domain word at index 0 of the clause is still before the duty.
    expect(await duty('法治建设第一责任人职责全面落实。')).toBe('法治建设第一责任人职责全面落实。');
  });

  it('the law word right after the duty counts without a leader: 健全第一责任人述法制度', async () => {
    // 第一责任人述法 is the rule-of-law duty even when no leader is named in the sentence.
    expect(await duty('健全第一责任人述法制度，全年开展述法2次。')).toBe('健全第一责任人述法制度，全年开展述法2次。');
    expect(await duty('全面落实第一责任人述法制度。')).toBe('全面落实第一责任人述法制度。');
  });

  it('the law word just before the duty in the previous clause does not count: 全面推进依法治县，第一责任人职责层层压实', async () => {
    // The words after the duty are read from its end, not from a few characters before it.
    expect(await duty('全面推进依法治县，第一责任人职责层层压实。')).toBeUndefined();
  });

  it('the duty with no leader and no domain word is not enough: 压实第一责任人职责', async () => {
    // Without a principal leader in the sentence, a bare 第一责任人 could be any domain's.
    expect(await duty('压实第一责任人职责。')).toBeUndefined();
  });
});

describe('findLeaderDuty: a leader in person', () => {
  it('a leader leading rule-of-law work counts in the default vocabulary: 镇党委书记带头学法', async () => {
    // 党委书记 is a person (only 党委 alone is a body); the year's work is searched with the built-in words.
    expect(await duty('镇党委书记带头学法。')).toBe('镇党委书记带头学法。');
  });

  it("a leader's duty told as a promise does not count: 镇党委书记将带头学法", async () => {
    // 将 before the act makes it a promise, not an account of the year's work.
    expect(await duty('镇党委书记将带头学法。')).toBeUndefined();
  });

  it('a promise word after the act is no promise: 镇长带头学法，并将学法纳入年度计划', async () => {
    // The act is told as done; 将 and 计划 come after it.
    expect(await duty('镇长带头学法，并将学法纳入年度计划。')).toBe('镇长带头学法，并将学法纳入年度计划。');
  });

  it('争取 right after the act is what the leader did: 镇长带头争取法治建设专项经费20万元', async () => {
    // 争取 ends after the act starts: it is the act's object, not a promise before it.
    expect(await duty('镇长带头争取法治建设专项经费20万元。')).toBe('镇长带头争取法治建设专项经费20万元。');
  });

  it('a law word before the act is not its object: 镇长到法治文化公园调研游园设施改造', async () => {
    // The park is named after the rule of law; what was inspected is its facilities.
    expect(await duty('镇长到法治文化公园调研游园设施改造。')).toBeUndefined();
  });

  it('the law word last in the object decides over an earlier domain: 镇长亲自部署安全生产和法治建设工作', async () => {
    // Both domains follow the act; the rule of law comes last and is deployed in person too.
    expect(await duty('镇长亲自部署安全生产和法治建设工作。')).toBe('镇长亲自部署安全生产和法治建设工作。');
  });

  it('the object may close a later clause without an act: 县长亲自部署，推动法治政府建设重点任务落地', async () => {
    // The clause after the comma has no lead act of its own; it is the object of 亲自部署.
    expect(await duty('县长亲自部署，推动法治政府建设重点任务落地。')).toBe('县长亲自部署，推动法治政府建设重点任务落地。');
    expect(await duty('县长高度重视，亲自部署、推动法治政府建设重点任务落地。')).toBe('县长高度重视，亲自部署、推动法治政府建设重点任务落地。');
  });

  it('a meeting word further after the leader does not make it a meeting: 镇长在全镇干部大会上带头学法', async () => {
    // Only 会/办公会 right after the title names a meeting (主任办公会); 大会 later in the sentence does not.
    expect(await duty('镇长在全镇干部大会上带头学法。')).toBe('镇长在全镇干部大会上带头学法。');
  });

  it('a meeting named after the leader is not the leader: 主任办公会会前学法4次', async () => {
    // 主任办公会 is a meeting, not the 主任 in person.
    expect(await duty('主任办公会会前学法4次。')).toBeUndefined();
  });

  it('a meeting named after a four-character title is not the leader either: 局党组书记专题会研究部署法治机关建设工作', async () => {
    // 党组书记专题会 is a meeting; the words right after the whole title 党组书记 are looked at.
    expect(await duty('局党组书记专题会研究部署法治机关建设工作。')).toBeUndefined();
  });
});

describe('findLeaderDuty: vocabularies from the options', () => {
  it('leaders ["主任委员"] and ["主任", "委员"] are different vocabularies', async () => {
    // The compiled terms are cached by vocabulary; two lists that read the same joined must not share an entry.
    const units = await unitsOf(work('主任带头学法。'));
    expect(findLeaderDuty(units, { leaders: ['主任委员'], otherDomains: [] })).toBeUndefined();
    expect(findLeaderDuty(units, { leaders: ['主任', '委员'], otherDomains: [] })?.text).toBe('主任带头学法。');
  });

  it('other domains ["禁毒反诈"] and ["禁毒", "反诈"] are different vocabularies', async () => {
    // 禁毒 alone is another domain only in the second list.
    const units = await unitsOf(work('书记作为禁毒工作第一责任人带队宣传。'));
    expect(findLeaderDuty(units, { leaders: ['书记'], otherDomains: ['禁毒反诈'] })?.text).toBe('书记作为禁毒工作第一责任人带队宣传。');
    expect(findLeaderDuty(units, { leaders: ['书记'], otherDomains: ['禁毒', '反诈'] })).toBeUndefined();
  });
});

describe('findSystem', () => {
  const system = async (body: string, key: 'publicity' | 'recording' | 'legalReview', extra: string[] = []) => {
    const found = findSystem(await unitsOf(body), key, extra);
    return found ? { by: found.by, text: found.sentence.text } : undefined;
  };

  it('every look-alike in a sentence is masked: 公开招聘网格员5名、公开招录执法人员3名', async () => {
    // Both recruitments are 公开 + 执法人员 look-alikes; the second must not supply act and object.
    expect(await system(work('公开招聘网格员5名、公开招录执法人员3名。'), 'publicity')).toBeUndefined();
  });

  it('every occurrence of the name is set aside before asking whether a sentence tells how it works', async () => {
    // The first sentence only names the system twice (公示执法主体, 公示执法人员); the second tells what is made public.
    const names = '在门户网站公示执法主体，在服务大厅公示执法人员。';
    const told = '在网站公开行政处罚决定，落实行政执法公示制度。';
    expect(await system(work(`${names}${told}`), 'publicity')).toEqual({ by: 'name', text: told });
  });

  it('the name set aside keeps its length: 行政处罚决定按双公示要求7日内可上网查询 tells how publicity works', async () => {
    // 双公示 is masked with as many marks as it has characters, so 决定 stays within reach of 上网 (10 characters).
    const named = '落实行政执法公示制度。';
    const told = '行政处罚决定按双公示要求7日内可上网查询。';
    expect(await system(work(`${named}${told}`), 'publicity')).toEqual({ by: 'name', text: told });
  });

  it('a sentence naming this system alone beats one naming it with one other system', async () => {
    // 执法全过程记录 is another system: the sentence about publicity alone is the better evidence.
    const both = '推行行政执法公示和执法全过程记录制度。';
    const alone = '落实行政执法公示制度。';
    expect(await system(work(`${both}${alone}`), 'publicity')).toEqual({ by: 'name', text: alone });
  });

  it('extra names ["阳光执法"] and ["阳光", "执法"] are different sets of words', async () => {
    // The compiled terms are cached by extra words; two lists that read the same joined must not share an entry.
    const body = work('推行阳光透明执法。');
    expect(await system(body, 'publicity', ['阳光执法'])).toBeUndefined();
    expect(await system(body, 'publicity', ['阳光', '执法'])).toEqual({ by: 'name', text: '推行阳光透明执法。' });
  });

  it('penalty decisions put online behind a 政府信息 platform are told as publicity: 行政处罚决定均通过政府信息平台上网查询', async () => {
    // The look-alike 政府信息 is masked in place, keeping the distance between 决定 and 上网.
    expect(await system(work('行政处罚决定均通过政府信息平台上网查询。'), 'publicity')).toEqual({
      by: 'function',
      text: '行政处罚决定均通过政府信息平台上网查询。',
    });
  });
});
