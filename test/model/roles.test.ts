import { describe, expect, it } from 'vitest';
import { headingRoles, roleOfHeading } from '../../src/model/roles.js';

describe('roleOfHeading', () => {
  it.each([
    // measures
    ['2022年度推进法治政府建设的主要举措和成效', 'measures'],
    ['主要做法和成效', 'measures'],
    ['工作开展情况', 'measures'],
    ['2023年度法治政府建设工作推进情况', 'measures'],
    ['法治政府建设情况', 'measures'],
    ['2023年工作回顾', 'measures'],
    ['取得的主要成绩', 'measures'],
    // first-responsible-person
    ['党政主要负责人履行推进法治建设第一责任人职责情况', 'first-responsible-person'],
    ['党政主要负责人履行推进法治建设第一责任职责情况', 'first-responsible-person'],
    ['局党组书记、局长履行推进法治建设第一责任人职责情况', 'first-responsible-person'],
    ['主要负责同志履行法治建设职责情况', 'first-responsible-person'],
    ['落实第一责任人职责', 'first-responsible-person'],
    // problems
    ['存在的不足和原因', 'problems'],
    ['存在的不足、原因和问题整改情况', 'problems'],
    ['法治政府建设工作现存问题', 'problems'],
    ['推进法治政府建设存在的问题与不足', 'problems'],
    ['问题短板和原因剖析', 'problems'],
    ['存在的困难和问题及原因', 'problems'],
    ['当前存在的问题和原因分析', 'problems'],
    ['工作中的不足', 'problems'],
    ['短板弱项', 'problems'],
    ['问题和不足及产生原因', 'problems'],
    // plan
    ['下一步工作打算', 'plan'],
    ['下一年度主要安排', 'plan'],
    ['下步工作', 'plan'],
    ['今后工作思路', 'plan'],
    ['新一年工作思路和举措', 'plan'],
    ['工作计划', 'plan'],
    ['明年工作重点', 'plan'],
    // wordings writers choose (issue 8, class 3)
    ['不足之处', 'problems'],
    ['问题与挑战', 'problems'],
    ['工作中的短板', 'problems'],
    ['短板和弱项', 'problems'],
    ['问题不足', 'problems'],
    ['需要改进的方面', 'problems'],
    ['差距和不足', 'problems'],
    ['存在的薄弱环节', 'problems'],
    ['今后打算', 'plan'],
    ['今后工作', 'plan'],
    ['明年工作', 'plan'],
    ['下一阶段重点任务', 'plan'],
    ['来年打算', 'plan'],
    ['下步思路', 'plan'],
    ['新一年工作谋划', 'plan'],
    ['2024年努力方向', 'plan'],
    ['主要负责同志述法情况', 'first-responsible-person'],
    ['主要负责同志带头推进法治政府建设', 'first-responsible-person'],
    ['局主要负责同志抓法治建设情况', 'first-responsible-person'],
  ])('%s → %s', (title, role) => {
    expect(roleOfHeading(title, 2023)).toBe(role);
  });

  it('a year heading is a plan only after the report year', () => {
    expect(roleOfHeading('2024年工作思路', 2023)).toBe('plan');
    expect(roleOfHeading('2025年工作重点', 2024)).toBe('plan');
    expect(roleOfHeading('2023年重点工作', 2023)).toBeUndefined();
    expect(roleOfHeading('2024年工作思路')).toBe('plan');
  });

  it.each([
    '强化组织领导，认真抓好法治政府责任落实',
    '着力解决群众反映的突出问题',
    '有效化解社会矛盾纠纷，着力解决治安突出问题',
    '积极开展督查反馈问题整改工作',
    '落实安全生产第一责任人职责',
    '履行党风廉政建设第一责任人职责',
    '制定年度普法计划',
    '着力帮助企业解决困难问题',
    '主要负责同志带头抓招商引资',
  ])('names no part: %s', (title) => {
    expect(roleOfHeading(title, 2023)).toBeUndefined();
  });
});

describe('headingRoles: a heading that names the problems and then the plans', () => {
  it.each([
    '存在问题及今后打算',
    '工作中的短板和下一阶段重点任务',
    '问题不足和2026年工作安排',
    '困难和问题及新一年工作谋划',
    '存在的不足和2024年工作打算',
    '需要改进的方面和今后打算',
  ])('%s → problems, plan', (title) => {
    expect(headingRoles(title, 2023)).toEqual(['problems', 'plan']);
  });

  it.each([
    ['存在的问题和原因', ['problems']],
    ['下一步工作打算', ['plan']],
    ['2023年工作中的不足', ['problems']],
    ['主要举措和成效', ['measures']],
  ])('%s → %j', (title, roles) => {
    expect(headingRoles(title, 2023)).toEqual(roles);
  });
});

describe('headingRoles: the plans half starts at the earliest plan word', () => {
  // The problems half is the text before the first plan word, whichever pattern finds it: a later start would leave
  // plan words in the problems half ("问题及今后"), which then no longer reads as problems.
  it.each([
    ['问题及今后工作打算', 2023], // 今后工作 (found by the second plan pattern) before 工作打算 (the third)
    ['问题、工作思路和下一步打算', 2023], // 工作思路 (third pattern) before 下一步 (first pattern)
    ['问题和下一步2024年工作重点', 2023], // 下一步 before the year plan
    ['问题与2024年工作思路', 2023], // the year plan before 工作思路
  ])('%s → problems, plan', (title, year) => {
    expect(headingRoles(title, year)).toEqual(['problems', 'plan']);
  });

  it('a year plan heading without any other plan word is a plan even when the report year is unknown', () => {
    expect(headingRoles('2025年重点任务')).toEqual(['plan']);
    // With the report year known, a plan needs a later year.
    expect(headingRoles('2025年重点任务', 2024)).toEqual(['plan']);
    expect(headingRoles('2025年重点任务', 2025)).toEqual([]);
  });
});
