/**
 * Issue 11, point 6: no output repeats a personal ID number, a mobile number or a bank card number in full — no
 * diagnostic, excerpt, checklist evidence, summary, table, xlsx or html report, --why, or --fix-dry-run diff. The
 * report below puts the numbers where other rules quote text: next to half-width punctuation, beside a wrong term, in
 * a heading a rule names (shortened, so the quote cuts an ID number), in the title and the unit, in a sentence that is
 * evidence of a statutory item, and in the text of a custom rule's finding. Only what the report is — the file --fix
 * writes, and json's `output`/`fix` that editors apply — keeps its own text.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint-text.js';
import { defineRule } from '../src/rule-api.js';
import { maskPersonalInfo, personalInfoMasker } from '../src/text/personal-info.js';
import { reportlint } from './cli/run-cli.js';
import { configFor } from './rule-tester.js';

const ID = '11010519491231002X';
const ID2 = '430281198506123012';
const MOBILE = '13812345678';
const CARD = '6222021234567890128';
const CARD_GROUPED = '6217 0000 1234 5670';

/** What must never be printed: each number in full, as written and as bare digits, and its hidden middle. */
const SECRETS = [ID, ID.toLowerCase(), ID2, MOBILE, CARD, CARD_GROUPED, CARD_GROUPED.replace(/ /g, ''), '19491231', '19850612', '12345678', '02123456789', '00001234', '0000 1234'];

const REPORT = `# 联系电话${MOBILE}柳河镇2024年度法治政府建设情况报告

县委、县政府：
2024年，柳河镇在县委、县政府的领导下，深入学习贯彻习近平法治思想，全面推进依法行政，现将本年度法治政府建设情况报告如下。

## 一、2024年度推进法治政府建设的主要举措和成效

（一）健全依法决策机制。全年召开党委会专题研究法治建设4次,对12项重大行政决策全部进行合法性审查，对当事人张某（身份证号${ID},电话${MOBILE}）依法作出处罚，补助资金打入${CARD},账户。
（二）严格规范公正文明执法。全面落实行政执法公示制度（咨询${MOBILE}），在镇政府网站公示执法信息58条；落实执法全过程记录制度，配备执法记录仪6台，音像记录执法活动41次；落实重大执法决定法制审核制度，审核重大执法决定9件，当事人李某身份证号${ID2}。

## 办理当事人${ID}投诉情况

镇纪委书记第责任人${MOBILE}处理了投诉，银行卡${CARD_GROUPED}。
<!-- reportlint-disable-next-line fullwidth-punctuation -->
已屏蔽：电话${MOBILE},卡号${CARD},身份证${ID2}。

## 二、党政主要负责人履行推进法治建设第一责任人职责情况

镇党委书记（电话${MOBILE}）认真履行推进法治建设第一责任人职责，亲自部署、亲自协调法治建设重要工作，主持召开专题会议3次，带头在党委会前学法6次，年底向县委依法治县办述法。

## 三、存在的问题和原因

（一）存在的问题。一是部分村干部依法办事意识不强（举报电话${MOBILE}）；二是执法人员业务能力有待提高，全镇持证执法人员仅15名。
（二）问题产生的原因。究其原因，一是学法用法的长效机制不够健全，培训多为集中授课，针对性不强；二是执法力量配备不足，专业人才引进困难。

## 四、2025年度推进法治政府建设的主要安排

（一）加强执法队伍建设（联系人${MOBILE}），全年组织业务培训不少于6次。
（二）完善合法性审查机制，重大行政决策合法性审查率保持100%。

2025年1月20日
`;

const CONFIG = `extends: reportlint:recommended
customRules:
  - id: 不写身份证号
    kind: forbid
    patterns: ['/身份证号[0-9Xx]{18}/']
    message: 不得写明身份证号：{found}
  - id: 不写电话
    kind: substitute
    patterns: { '/电话1[3-9][0-9]{9}/': 电话（略） }
    message: 电话号码应删去：{found}
`;

const STATUTORY = [
  'require-measures',
  'require-enforcement-systems',
  'require-first-responsible-person',
  'require-problems-and-causes',
  'require-next-year-plan',
  'require-issuer-and-date',
];

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-privacy-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, '报告.md'), REPORT);
  // The same report as plain text, in a subfolder.
  writeFileSync(path.join(dir, 'sub', '报告.txt'), REPORT.replace(/^#+ /gm, '').replace(/<!--.*-->\n/, ''));
  // And as a saved web page (positions map back into the HTML; excerpts come from the extracted text).
  const paragraphs = REPORT.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('<!--')).map((line) => `<p>${line.replace(/^#+ /, '')}</p>`);
  writeFileSync(path.join(dir, 'sub', 'page.html'), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body><div class="article">${paragraphs.join('\n')}</div></body></html>`);
  writeFileSync(path.join(dir, '.reportlintrc.yaml'), CONFIG);
  return dir;
}

function expectNoSecret(output: string, where: string): void {
  for (const secret of SECRETS) expect(output.includes(secret), `${where} repeats ${secret}`).toBe(false);
}

describe('no output repeats a personal number in full', () => {
  const dir = folder();

  it('the report does have the numbers, and reportlint does find them (the test tests something)', () => {
    const json = JSON.parse(reportlint(['报告.md', '-f', 'json'], { cwd: dir }).stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    const rules = new Set(json[0]!.messages.map((message) => message.ruleId));
    for (const rule of ['no-personal-info', 'fullwidth-punctuation', 'terminology', 'heading-numbering', '不写身份证号', '不写电话']) expect(rules).toContain(rule);
    expect(json[0]!.messages.find((message) => message.ruleId === 'heading-numbering' && message.message.includes('缺少序号'))?.message).toContain('110105********');
  });

  it.each([
    ['stylish', []],
    ['unix', ['-f', 'unix']],
    ['json', ['-f', 'json']],
    ['json-with-metadata', ['-f', 'json-with-metadata']],
    ['table', ['-f', 'table']],
    ['html', ['-f', 'html']],
    ['stylish, English', ['--locale', 'en']],
    ['--quiet', ['--quiet', '-f', 'json']],
  ])('%s', (name, args) => {
    const run = reportlint(['.', ...args], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(100);
    expectNoSecret(run.stdout, name);
    expectNoSecret(run.stderr, `${name} (stderr)`);
  });

  it('json: messages, excerpts, silenced messages, checklist evidence and the unit are masked', () => {
    const [result] = JSON.parse(reportlint(['报告.md', '-f', 'json'], { cwd: dir }).stdout) as Array<Record<string, unknown>>;
    expect(result!['suppressedMessages']).not.toEqual([]);
    const checklist = result!['checklist'] as Array<{ evidence: Array<{ excerpt: string }> }>;
    const excerpts = checklist.flatMap((item) => item.evidence.map((place) => place.excerpt)).join('\n');
    expect(excerpts).toContain('1381234****');
    expect((result!['report'] as { unit?: string }).unit).toBe('联系电话1381234****柳河镇');
  });

  it('xlsx, read back', async () => {
    const file = path.join(dir, '..', `${path.basename(dir)}.xlsx`);
    const run = reportlint(['.', '-f', 'xlsx', '-o', file], { cwd: dir });
    expect(run.code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    const all = cells.join('\n');
    expect(all).toContain('1381234****');
    expect(all).toContain('第责任人');
    expectNoSecret(all, 'xlsx');
  });

  it.each(STATUTORY)('--why %s (stylish and json)', (rule) => {
    for (const args of [[], ['-f', 'json']]) {
      const run = reportlint(['--why', rule, '.', ...args], { cwd: dir });
      expect(run.stdout).not.toBe('');
      expectNoSecret(run.stdout, `--why ${rule}`);
      expectNoSecret(run.stderr, `--why ${rule} (stderr)`);
    }
  });

  it('--why shows the evidence sentence masked', () => {
    const run = reportlint(['--why', 'require-first-responsible-person', '报告.md'], { cwd: dir });
    expect(run.stdout).toContain('镇党委书记（电话1381234****）');
  });

  it('--fix-dry-run: the diff and what remains; json keeps the report in output only', () => {
    const dry = reportlint(['.', '--fix-dry-run'], { cwd: dir });
    expect(dry.stdout).toContain('--fix 将修改');
    expect(dry.stdout).toContain(`身份证号110105********002X，电话（略）`);
    expectNoSecret(dry.stdout, '--fix-dry-run');
    const json = JSON.parse(reportlint(['报告.md', '--fix-dry-run', '-f', 'json'], { cwd: dir }).stdout) as Array<{ output: string; messages: unknown[]; checklist: unknown }>;
    // The fixed report itself, which editors write to the file, is the report's own text.
    expect(json[0]!.output).toContain(ID);
    const { output: _output, ...rest } = json[0]!;
    expectNoSecret(JSON.stringify(rest), '--fix-dry-run -f json');
  });

  it('--fix writes the report as it is (the numbers are the writer’s to remove) and prints them nowhere', () => {
    const own = folder();
    const run = reportlint(['报告.md', '--fix', '-f', 'unix'], { cwd: own });
    expectNoSecret(run.stdout + run.stderr, '--fix');
    const fixed = readFileSync(path.join(own, '报告.md'), 'utf8');
    expect(fixed).toContain(`身份证号${ID}，电话（略）`);
    expect(fixed).toContain(CARD_GROUPED);
  });

  it('standard input', () => {
    const run = reportlint(['--stdin', '--stdin-filename', '报告.md', '-f', 'json'], { cwd: dir, input: REPORT });
    expect(run.code).toBe(1);
    expectNoSecret(run.stdout, '--stdin');
  });
});

describe('the engine (lintText, what every caller gets)', () => {
  it('masks a plugin rule’s message and excerpt, and leaves its fix the report’s text', async () => {
    // A rule that quotes a whole line in its message, cut after 20 characters, and offers to rewrite it.
    const quoting = defineRule<'line'>({
      meta: {
        id: 'quote-line',
        description: '引用整行',
        descriptionEn: 'Quotes a line',
        category: 'wording',
        severity: 'error',
        fixable: true,
        messages: { line: { zh: '这一行：“{line}”', en: 'This line: "{line}"' } },
      },
      check(context) {
        const start = context.text.indexOf('当事人');
        const end = context.text.indexOf('\n', start);
        const line = context.text.slice(start, end);
        context.report({ messageId: 'line', data: { line: `${line.slice(0, 20)}…` }, range: [start, end], fix: { range: [start, end], text: `${line}。` } });
      },
    });
    const text = `标题\n\n当事人张某，身份证号${ID}，电话${MOBILE}\n`;
    const result = await lintText({ filePath: 'r.txt', text, syntax: 'text' }, configFor(quoting), { excerpts: true });
    const [message] = result.messages;
    expect(message!.message).toBe('这一行：“当事人张某，身份证号110105****…”');
    // The excerpt is cut at 24 characters, inside the ID number: the piece shown is masked all the same.
    expect(message!.excerpt).toBe('当事人张某，身份证号110105*******…');
    expect(message!.fix!.text).toBe(`当事人张某，身份证号${ID}，电话${MOBILE}。`);
    const fixed = await lintText({ filePath: 'r.txt', text, syntax: 'text' }, configFor(quoting), { fix: true });
    expect(fixed.output).toContain(`${ID}，电话${MOBILE}。`);
  });
});

describe('the masker', () => {
  it('keeps the length and the shown digits, with the rule’s forms', () => {
    const text = `身份证号${ID}，电话+86 138 1234 5678，卡号${CARD_GROUPED}。`;
    const masked = maskPersonalInfo(text);
    expect(masked).toBe('身份证号110105********002X，电话+86 138 1234 ****，卡号6217 **** **** 5670。');
    expect(masked.length).toBe(text.length);
  });

  it('leaves amounts, counts, codes and ordinary numbers alone', () => {
    for (const text of ['投入资金13500000000元', '统一社会信用代码：5211000012345678XX', '依据漳官委〔2023〕18号', '热线12345', '2024年1月20日']) {
      expect(maskPersonalInfo(text)).toBe(text);
    }
  });

  it('masks a piece of a number of the report that a quote cut, wherever it appears', () => {
    const mask = personalInfoMasker(`当事人${ID}，电话${MOBILE}，卡号${CARD}。`);
    expect(mask('标题“办理当事人110105194912310…”')).toBe('标题“办理当事人110105********0…”');
    expect(mask('…49123100')).toBe('…******00');
    expect(personalInfoMasker(`电话${MOBILE}`)('…2345678')).toBe('…234****');
    expect(mask('卡号622202123456')).toBe('卡号6222********');
    // Four digits or fewer say too little to be masked: years and counts stay.
    expect(mask('2024年，1949人')).toBe('2024年，1949人');
    // The fewest digits anything is masked at: five of a known number, a whole mobile number (11) in any text.
    expect(personalInfoMasker(`电话${MOBILE}`)('…45678')).toBe('…4****');
    expect(personalInfoMasker('报告里没有号码。')(`联系电话${MOBILE}`)).toBe('联系电话1381234****');
  });
});
