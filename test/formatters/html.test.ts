/**
 * The html review report, in-process: what it shows for a report, a clean one and an unreadable one; that everything
 * a report brings is escaped (hostile unit names, excerpts, messages, file names); that the page loads nothing from
 * anywhere and runs nothing but its own inline script and style, by the hashes its CSP names.
 * test/cli/html-report.test.ts compares its summary with --format json; test/browser/html-report.test.ts opens it in
 * Chromium.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basisOf } from '../../src/cli/rule-basis.js';
import { html as htmlFormatter, type HtmlContext } from '../../src/formatters/html.js';
import type { RuleMetaSummary } from '../../src/formatters/index.js';
import { groupFindings } from '../../src/formatters/html/report.js';
import { escapeHtml, html, safeHref } from '../../src/formatters/html/markup.js';
import { SCRIPT } from '../../src/formatters/html/script.js';
import { STYLES } from '../../src/formatters/html/styles.js';
import type { ChecklistItem, LintResult, Locale } from '../../src/types.js';
import { all, attr, cls, hasClass, one, parseHtml, tag, text } from './hast.js';
import { copiedMsg, lintCopied, percentOf } from './copied.js';
import { msg, result } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const EVIL = '<img src=x onerror=alert(1)>"\'&<script>alert(2)</script>';

const rulesMeta: Record<string, RuleMetaSummary> = {
  'require-measures': { description: '报告应写明上一年度推进法治政府建设的主要举措和成效', url: 'file:///pkg/rules/require-measures.md', basis: ['《法治政府建设与责任落实督察工作规定》：主要举措和成效。'] },
  'fullwidth-punctuation': { description: '中文文字中使用全角标点', url: 'https://intranet.example/rules/fullwidth-punctuation.md', basis: ['GB/T 15834-2011'] },
  'evil/rule': { description: EVIL, url: 'javascript:alert(3)' },
};

function item(ruleId: string, status: ChecklistItem['status'], extra: Partial<ChecklistItem> = {}): ChecklistItem {
  return { ruleId, item: ruleId === 'require-measures' ? '主要举措和成效' : EVIL, status, evidence: [], messages: [], ...extra };
}

const township = result(
  '/w/报送/甲乡.docx',
  [
    msg({ ruleId: 'fullwidth-punctuation', severity: 1, line: 3, column: 4, message: '中文中使用了半角标点“,”', paragraph: 3, excerpt: ',依法行政' }),
    msg({ ruleId: 'require-measures', line: 1, column: 1, message: '未写明主要举措和成效', paragraph: 1, excerpt: '甲乡2024年度法治政府建设情况报告', url: 'file:///pkg/rules/require-measures.md' }),
    msg({ ruleId: 'evil/rule', line: 5, column: 1, message: EVIL, paragraph: 5, excerpt: EVIL }),
    msg({ ruleId: null, line: 6, column: 1, message: '这条 reportlint-disable 指令没有屏蔽任何问题，可以删除', paragraph: 6 }),
  ],
  {
    sourceFormat: 'docx',
    report: { unit: '甲乡人民政府', year: 2024 },
    checklist: [
      item('require-measures', 'fail', { messages: ['未写明主要举措和成效'] }),
      item('evil/rule', 'pass', { evidence: [{ label: EVIL, line: 2, column: 1, endLine: 2, endColumn: 5, range: [3, 7], excerpt: EVIL, paragraph: 2 }] }),
    ],
  },
);
const clean = result('/w/报送/乙乡.txt', [], {
  report: { unit: EVIL, year: 2024 },
  checklist: [item('require-measures', 'pass', { evidence: [{ line: 6, column: 1, endLine: 6, endColumn: 9, range: [40, 48], excerpt: '一、主要举措和成效' }] }), item('evil/rule', 'error', { messages: ['规则 evil/rule 运行出错'] })],
});
const unreadable = result(`/w/报送/${EVIL}.doc`, [msg({ ruleId: null, fatal: true, line: 1, column: 1, message: '无法读取：不支持旧版 Word/WPS 格式，请另存为 .docx' })]);

// The module itself: src/formatters/index.ts loads it only when the format is chosen (renderResults).
const page = (results: LintResult[], locale: Locale = 'zh', quiet = false) => {
  const context: HtmlContext = { locale, color: false, cwd: '/w', rulesMeta, quiet };
  return htmlFormatter(results, context);
};

describe('markup', () => {
  it('escapes every value and keeps markup built by html', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
    expect(html`<p title="${EVIL}">${EVIL}${html`<b>${'<i>'}</b>`}${[1, '<', undefined, false]}</p>`.text).toBe(
      `<p title="${escapeHtml(EVIL)}">${escapeHtml(EVIL)}<b>&lt;i&gt;</b>1&lt;</p>`,
    );
  });

  it('links only to http(s) and file: pages', () => {
    expect(safeHref('https://x.gov.cn/rules/a.md')).toBe('https://x.gov.cn/rules/a.md');
    expect(safeHref('file:///pkg/rules/a.md')).toBe('file:///pkg/rules/a.md');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', 'rules/a.md', undefined]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });
});

describe('html formatter: a self-contained, inert page', () => {
  const out = page([township, clean, unreadable]);
  const tree = parseHtml(out);

  it('is one HTML document ending with a newline', () => {
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(out.endsWith('</html>\n')).toBe(true);
  });

  it('has a strict CSP before any style or script, allowing exactly the inline style and script by hash', () => {
    const head = one(tree, tag('head'));
    const metas = all(head, tag('meta'));
    const csp = metas.find((meta) => attr(meta, 'http-equiv') === 'Content-Security-Policy');
    expect(csp).toBeDefined();
    const policy = attr(csp!, 'content')!;
    const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `style-src ${hash(STYLES)}`,
      `script-src ${hash(SCRIPT)}`,
      "img-src 'none'",
      "font-src 'none'",
      "connect-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    const order = head.children.filter((node) => node.type === 'element').map((node) => (node as { tagName: string }).tagName);
    expect(order.indexOf('meta')).toBeLessThan(order.indexOf('style'));
    const styles = all(tree, tag('style'));
    const scripts = all(tree, tag('script'));
    expect(styles.map((style) => text(style))).toEqual([STYLES]);
    expect(scripts.map((script) => text(script))).toEqual([SCRIPT]);
    expect(scripts.every((script) => attr(script, 'src') === undefined)).toBe(true);
  });

  it('loads nothing: no src, no stylesheet or other link element, no @import or url() in the style; links are in-page or docs pages', () => {
    for (const element of all(tree)) {
      expect(attr(element, 'src'), element.tagName).toBeUndefined();
      expect(['link', 'iframe', 'object', 'embed', 'img', 'base', 'form', 'audio', 'video', 'source']).not.toContain(element.tagName);
      const href = attr(element, 'href');
      if (href === undefined) continue;
      expect(element.tagName).toBe('a');
      expect(href.startsWith('#') || hasClass(element, 'docs')).toBe(true);
      if (!href.startsWith('#')) expect(href).toMatch(/^(https?|file):/);
    }
    expect(STYLES).not.toMatch(/@import|url\(|@font-face/i);
    expect(SCRIPT).not.toMatch(/fetch|XMLHttpRequest|import\(|\.src\s*=|innerHTML|eval|new Function|location\s*=|\.href\s*=/);
  });

  it('has no inline event handler and no style attribute (the CSP would not run them anyway)', () => {
    for (const element of all(tree)) {
      const names = Object.keys(element.properties);
      expect(names.filter((name) => /^on/i.test(name)), element.tagName).toEqual([]);
      expect(names, element.tagName).not.toContain('style');
    }
  });

  it('escapes what a report brings: unit, excerpts, messages, labels, file names, a plugin rule description', () => {
    // The hostile text appears only as text, never as an element or attribute.
    expect(all(tree, tag('img'))).toEqual([]);
    expect(all(tree, tag('script'))).toHaveLength(1);
    expect(out).not.toContain('<img src=x');
    expect(out).not.toContain('<script>alert');
    expect(out.split(escapeHtml(EVIL)).length - 1).toBeGreaterThanOrEqual(8);
    // A javascript: docs URL gets no link.
    expect(out).not.toMatch(/href="javascript/i);
    const evilGroup = one(tree, (element) => hasClass(element, 'group') && attr(element, 'data-rule') === 'evil/rule');
    expect(all(evilGroup, tag('a'))).toEqual([]);
  });

  it('keeps the Chinese out of the code: every word comes from the catalog', () => {
    const dir = path.join(ROOT, 'src/formatters/html');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(path.join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      expect(code.match(/\p{Script=Han}+/gu) ?? [], file).toEqual([]);
    }
  });
});

describe('html formatter: what a reviewer reads', () => {
  const out = page([township, clean, unreadable]);
  const tree = parseHtml(out);
  const sections = all(tree, cls('report'));
  const rows = all(one(tree, (element) => attr(element, 'id') === 'summary'), tag('tbody')).flatMap((body) => all(body, tag('tr')));

  it('one summary row and one section per result, each row linking to its section', () => {
    expect(rows).toHaveLength(3);
    expect(sections).toHaveLength(3);
    rows.forEach((row, index) => {
      const links = all(row, tag('a')).map((link) => attr(link, 'href'));
      expect(links).toContain(`#${attr(sections[index]!, 'id')}`);
    });
    expect(text(rows[0]!)).toContain('甲乡人民政府');
    expect(attr(rows[0]!, 'data-rules')).toBe('fullwidth-punctuation require-measures evil/rule');
  });

  it('a section: unit, year, file and format, counts, the checklist with messages or evidence, findings grouped by rule', () => {
    const section = text(sections[0]!);
    expect(section).toContain('1. 甲乡人民政府 · 2024 年度');
    expect(section).toContain('文件：报送/甲乡.docx（Word 文档）');
    expect(section).toContain('错误 3 个，警告 1 个');
    const items = all(sections[0]!, (element) => element.tagName === 'li' && attr(element, 'data-verdict') !== undefined);
    expect(items.map((li) => [attr(li, 'data-rule'), attr(li, 'data-verdict'), text(one(li, cls('mark')))])).toEqual([
      ['require-measures', 'fail', '✗'],
      ['evil/rule', 'pass', '✓'],
    ]);
    expect(text(items[0]!)).toContain('未写明主要举措和成效');
    expect(text(items[1]!)).toContain(`第2段 “${EVIL.slice(0, 39)}…”`);
    // Errors before warnings; groups in the order they first occur; a message without rule last among the errors.
    const groups = all(sections[0]!, cls('group'));
    expect(groups.map((group) => attr(group, 'data-rule'))).toEqual(['require-measures', 'evil/rule', '', 'fullwidth-punctuation']);
    const measures = text(groups[0]!);
    expect(measures).toContain('错误 1 处');
    expect(measures).toContain('依据《法治政府建设与责任落实督察工作规定》：主要举措和成效。');
    expect(measures).toContain('第1段“甲乡2024年度法治政府建设情况报告”未写明主要举措和成效');
    expect(all(groups[0]!, tag('a')).map((link) => [attr(link, 'href'), text(link)])).toEqual([['file:///pkg/rules/require-measures.md', '规则说明']]);
    expect(text(groups[2]!)).toContain('其他问题');
    expect(text(groups[3]!)).toContain('警告 1 处');
  });

  it('a report without problems says so; an unreadable file says why, with no checklist', () => {
    expect(text(one(sections[1]!, cls('clean')))).toBe('✓ 没有发现问题');
    expect(text(sections[1]!)).toContain('第6行第1列 “一、主要举措和成效”');
    expect(text(sections[1]!)).toContain('规则 evil/rule 运行出错');
    expect(text(one(sections[2]!, cls('unreadable-box')))).toBe('无法检查这个文件无法读取：不支持旧版 Word/WPS 格式，请另存为 .docx');
    expect(all(sections[2]!, cls('checklist'))).toEqual([]);
    const cells = all(rows[2]!, cls('verdict'));
    expect(cells.map((cell) => [attr(cell, 'data-verdict'), text(one(cell, cls('mark')))])).toEqual([
      ['', '—'],
      ['', '—'],
    ]);
    expect(text(rows[2]!)).toContain('无法读取');
  });

  it('the filters are in the page, hidden until the script shows them; the rule filter lists the rules found', () => {
    const controls = one(tree, (element) => attr(element, 'id') === 'controls');
    expect(attr(controls, 'hidden')).toBe('');
    const options = all(controls, tag('option')).map((option) => [attr(option, 'value'), text(option)]);
    expect(options).toEqual([
      ['', '全部报告'],
      ['evil/rule', 'evil/rule（1 份报告，1 处）'],
      ['fullwidth-punctuation', 'fullwidth-punctuation（1 份报告，1 处）'],
      ['require-measures', 'require-measures（1 份报告，1 处）'],
    ]);
  });

  it('--quiet: says warnings were left out, and "no errors" for a clean report', () => {
    const quiet = page([clean], 'zh', true);
    expect(quiet).toContain('按 --quiet 只列出了错误，没有列出警告。');
    expect(quiet).toContain('✓ 没有发现错误');
  });

  it('speaks English with --locale en', () => {
    const en = page([township, clean, unreadable], 'en');
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(en).toContain('3 reports checked, 2 with errors, of which 1 could not be read (each section says why); 4 errors and 1 warning in all.');
    expect(en).toContain('File: 报送/甲乡.docx (Word document)');
    expect(en).toContain('paragraph 1');
    expect(en).not.toMatch(/全部报告|错误|警告|依据/);
  });

  it('an empty run is a page that says nothing was checked', () => {
    const empty = page([]);
    expect(empty).toContain('没有检查任何文件。');
    expect(all(parseHtml(empty), cls('report'))).toEqual([]);
  });
});

describe('html formatter: text found in other reports (no-copied-text)', () => {
  const summaryRows = (tree: ReturnType<typeof parseHtml>) => all(one(tree, (element) => attr(element, 'id') === 'summary'), tag('tr'));

  it('has no copied column when nothing was found elsewhere', () => {
    expect(text(one(parseHtml(page([township, clean])), (element) => attr(element, 'id') === 'summary'))).not.toContain('照搬');
  });

  it('the summary gets a sortable column: the share and the report shared most with, — for the others', async () => {
    const results = await lintCopied('/w/报送');
    const [zhengqi, zhaozhuang] = results.map(percentOf);
    const tree = parseHtml(page(results));
    const [head, ...rows] = summaryRows(tree);
    const heads = all(head!, tag('th'));
    const column = heads.findIndex((th) => text(th) === '照搬');
    expect(column).toBeGreaterThan(0);
    expect(attr(heads[column]!, 'data-sort')).toBe('number');
    const cells = rows.slice(0, -1).map((row) => all(row, tag('td'))[column]!);
    expect(cells.map((cell) => [text(cell), attr(cell, 'data-sort-value')])).toEqual([
      [`${zhengqi}% 赵庄镇.txt`, String(zhengqi)],
      [`${zhaozhuang}% 郑旗乡.txt`, String(zhaozhuang)],
      ['—', ''],
    ]);
    // The totals row (its first cell spans four columns) leaves it empty.
    expect(text(all(rows.at(-1)!, tag('td'))[column - 3]!)).toBe('');
    expect(attr(cells[0]!, 'title')).toBe(`全文约${zhengqi}%的文字与同批报告“赵庄镇.txt”相同，涉及 2 段`);
    expect(attr(cells[2]!, 'title')).toBe('未发现与其他报告相同的段落');
    // Every row as wide as the header (the totals' first cell spans four columns).
    for (const row of rows) {
      const width = all(row, (element) => element.tagName === 'td' || element.tagName === 'th').reduce((sum, cell) => sum + Number(attr(cell, 'colSpan') ?? 1), 0);
      expect(width).toBe(heads.length);
    }
    expect(all(tree, cls('legend')).map(text)).toContain('照搬＝全文中与往年报告或同批其他报告相同的文字所占的比例，括号内为相同文字最多的报告；— 表示未发现相同的段落');
  });

  it('each report’s section says how much of it was found elsewhere, and where', async () => {
    const results = await lintCopied('/w/报送');
    const sections = all(parseHtml(page(results)), cls('report'));
    expect(all(sections[0]!, cls('copied-line')).map(text)).toEqual([`全文约${percentOf(results[0]!)}%的文字与同批报告“赵庄镇.txt”相同，涉及 2 段`]);
    expect(all(sections[2]!, cls('copied-line'))).toEqual([]);
    // Several sources: the share over all of them, and the one with most; last year's reports named as such.
    const several = result('/w/报送/甲乡.txt', [copiedMsg(4, '../2023年度/甲乡.txt', 'reference', 30, 100), copiedMsg(6, '乙镇.txt', 'run', 20, 100), copiedMsg(8, '../2023年度/甲乡.txt', 'reference', 10, 100)]);
    const section = one(parseHtml(page([several])), cls('report'));
    expect(text(one(section, cls('copied-line')))).toBe('全文约60%的文字与其他报告相同，涉及 3 段，其中与往年报告“../2023年度/甲乡.txt”相同的最多');
    const english = one(parseHtml(page([several], 'en')), cls('report'));
    expect(text(one(english, cls('copied-line')))).toBe('About 60% of the text is the same as in other reports (3 paragraphs), most of it as last year\'s report, "../2023年度/甲乡.txt"');
  });

  it('escapes a hostile source name', () => {
    const hostile = result('/w/报送/甲乡.txt', [copiedMsg(4, EVIL, 'run', 50, 100)]);
    const out = page([hostile]);
    expect(out).not.toContain('<img src=x');
    expect(all(parseHtml(out), tag('img'))).toEqual([]);
  });
});

describe('groupFindings', () => {
  it('puts groups with an error first, then by first occurrence; keeps the report order inside a group', () => {
    const messages = [
      msg({ ruleId: 'b', severity: 1, line: 1, column: 1, message: 'b1' }),
      msg({ ruleId: 'a', severity: 2, line: 2, column: 1, message: 'a1' }),
      msg({ ruleId: 'b', severity: 1, line: 3, column: 1, message: 'b2' }),
      msg({ ruleId: 'c', severity: 1, line: 4, column: 1, message: 'c1', fatal: true }),
      msg({ ruleId: 'a', severity: 2, line: 5, column: 1, message: 'a2' }),
    ];
    expect(groupFindings(messages).map((group) => [group.ruleId, group.messages.map((m) => m.message), group.errors, group.warnings])).toEqual([
      ['a', ['a1', 'a2'], 2, 0],
      ['c', ['c1'], 1, 0],
      ['b', ['b1', 'b2'], 0, 2],
    ]);
  });
});

describe('the legal basis from the rules pages', () => {
  it('every built-in rule page has a basis section the html report can show', () => {
    const pages = readdirSync(path.join(ROOT, 'rules')).filter((name) => name.endsWith('.md'));
    expect(pages.length).toBeGreaterThan(10);
    for (const name of pages) {
      const basis = basisOf(readFileSync(path.join(ROOT, 'rules', name), 'utf8'));
      expect(basis.length, name).toBeGreaterThan(0);
      for (const line of basis) expect(line, name).not.toMatch(/^\s*[-*]|\*\*|`/);
    }
  });

  it('reads list items, joins continued lines, drops Markdown marks, stops at the next section', () => {
    const md = '# x\n\n## 规则说明\n\n- 不是依据\n\n## 依据\n\n- 《条例》第九条：**发文机关**署名，\n  见 `GB/T 9704`。\n* [GB/T 15834](https://x) 第 5 部分\n\n## 如何修复\n\n- 改\n';
    expect(basisOf(md)).toEqual(['《条例》第九条：发文机关署名，见 GB/T 9704。', 'GB/T 15834 第 5 部分']);
    expect(basisOf('# x\n\n## 规则说明\n\n- a\n')).toEqual([]);
  });
});
