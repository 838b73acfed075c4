/**
 * The unit and year a summary row shows: the signature first (a joint report names both bodies), then the issuer
 * above the title, then an organ or place name the title starts with; nothing when the report names no unit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { buildModel } from '../../src/model/build.js';
import { reportIdentity } from '../../src/model/identity.js';

async function identity(text: string) {
  return reportIdentity(buildModel(text, await parseDocument({ text, syntax: 'text' })));
}

const BODY = '一、主要举措和成效\n今年我们完善了制度。\n二、存在的问题\n问题是培训不够，原因是重视不够。\n';

describe('reportIdentity', () => {
  it('reads every seed report: the unit as signed (both bodies of a joint report), the year of the title', async () => {
    const seeds = readdirSync('fixtures/seeds').filter((name) => name.endsWith('.txt')).sort();
    const found = [];
    for (const name of seeds) found.push(await identity(readFileSync(`fixtures/seeds/${name}`, 'utf8')));
    expect(found).toEqual([
      { unit: '郑旗乡人民政府', year: 2022 },
      { unit: '宝丰县赵庄镇人民政府', year: 2023 },
      { unit: '中共官田乡委员会、官田乡人民政府', year: 2023 },
      { unit: '城口县左岚乡人民政府', year: 2024 },
      { unit: '醴陵市枫林镇人民政府', year: 2022 },
    ]);
  });

  it('takes the signature before the issuer above the title, without alignment spaces or a seal mark', async () => {
    const text = `甲县乙镇人民政府\n关于2024年度法治政府建设情况的报告\n${BODY}\n                乙  镇  人  民  政  府（盖章）\n                2025年1月10日\n`;
    expect(await identity(text)).toEqual({ unit: '乙镇人民政府', year: 2024 });
  });

  it('falls back to the organ named at the start of the title', async () => {
    expect(await identity(`丙县司法局2023年度法治政府建设情况报告\n${BODY}`)).toEqual({ unit: '丙县司法局', year: 2023 });
    expect(await identity(`郑旗乡 2022 年度法治政府建设情况报告\n${BODY}`)).toEqual({ unit: '郑旗乡', year: 2022 });
  });

  it('names no unit when the report names none (the title starts with the year or 关于)', async () => {
    expect(await identity(`2024年度法治政府建设情况报告\n${BODY}`)).toEqual({ year: 2024 });
    expect(await identity(`关于2024年度法治政府建设工作情况的报告\n${BODY}`)).toEqual({ year: 2024 });
  });

  it('does not take a title phrase that is not a unit for one', async () => {
    expect(await identity(`深入推进依法行政2024年度法治政府建设情况报告\n${BODY}`)).toEqual({ year: 2024 });
  });
});
