import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/engine/parse.js';
import { isToolbarBlock } from '../../src/read/html.js';
import { readDocument, readText, type ReadDocumentResult } from '../../src/read/index.js';

const seeds = readdirSync('fixtures/seeds')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4));

/** The source character at a located line/column. */
function sourceCharAt(source: string, line: number, column: number): string {
  return source.split('\n')[line - 1]?.[column - 1] ?? '';
}

/** Every report character maps back to the same character in the HTML (or to the & of its entity). */
function expectPositionsMapBack(document: ReadDocumentResult, source: string): number {
  let checked = 0;
  for (let offset = 0; offset < document.text.length; offset += 1) {
    const char = document.text[offset]!;
    // Markup the reader adds: escapes, # of headings, ** around a bold one-line paragraph.
    if (/\s/.test(char) || char === '\\' || char === '#') continue;
    if (char === '*' && (document.text[offset + 1] === '*' || document.text[offset - 1] === '*')) continue;
    const { line, column } = document.locate!(offset);
    const found = sourceCharAt(source, line, column);
    if (found !== char) expect(found, `offset ${offset} (${char}) → ${line}:${column}`).toBe('&');
    checked += 1;
  }
  return checked;
}

describe('html reader: the seed pages with portal chrome', () => {
  for (const seed of seeds) {
    it(`${seed}.html: chrome dropped, report kept, positions point into the HTML`, async () => {
      const file = `fixtures/formats/${seed}.html`;
      const source = readFileSync(file, 'utf8');
      const seedText = readFileSync(`fixtures/seeds/${seed}.txt`, 'utf8');
      const document = await readDocument(file);
      expect(document).toMatchObject({ syntax: 'markdown', sourceFormat: 'html', writable: false, encoding: 'utf-8' });
      for (const chrome of ['设为首页', '政务服务', '工作动态', '请输入关键字', '分享到', 'QQ空间', '打印本页', '相关链接', '网站标识码', '主办单位', '_hmt', 'setFont', '今天是']) {
        if (!seedText.includes(chrome)) expect(document.text, chrome).not.toContain(chrome);
      }
      // The page's own breadcrumb and 发布时间 line are gone; the seed's own copy of them (004) stays.
      expect(document.text.includes('您当前的位置')).toBe(seedText.includes('您当前的位置'));
      expect(document.text.includes('访问量')).toBe(seedText.includes('访问量'));
      expect(expectPositionsMapBack(document, source)).toBeGreaterThan(1000);
    });
  }
});

describe('html reader: pages as portals make them', () => {
  const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}<title>标题_网站</title></head><body>${body}</body></html>`;
  const report = Array.from({ length: 5 }, (_, index) => `<p>第${index + 1}段：全面推进依法行政，严格规范公正文明执法，本年度共办理行政复议案件十二件。</p>`).join('\n');

  it('finds the body by its Chinese paragraphs, not the link-heavy sidebar; keeps the title that sits outside it', async () => {
    const html = page(`
<div class="logo"><h1>某某县人民政府门户网站</h1></div>
<div class="left"><ul>${Array.from({ length: 30 }, () => '<li><a href="#">政务公开栏目链接</a></li>').join('')}</ul></div>
<div class="right"><div class="article-header"><h1 class="title">某某镇2023年度法治政府建设情况报告</h1></div>
<div class="TRS_Editor">${report}</div></div>`);
    const document = await readText(Buffer.from(html), 'page.html');
    const tree = await parseDocument(document);
    const blocks = tree.children.map((node) => toString(node));
    expect(blocks[0]).toBe('某某镇2023年度法治政府建设情况报告');
    expect(blocks.slice(1)).toHaveLength(5);
    expect(document.text).not.toContain('政务公开栏目链接');
    expect(document.text).not.toContain('门户网站');
  });

  it('a paragraph bold throughout is written **…** (a heading without ordinal); bold inside a paragraph and long bold text are not', async () => {
    const html = page(`<div class="TRS_Editor"><h1>某某镇2023年度法治政府建设情况报告</h1>
<p style="text-indent:2em"><strong>主要做法和成效</strong></p>
${report}
<p><b>规范涉企执法</b></p>
<p>全年开展检查12次，<strong>未发生行政复议纠错案件</strong>。</p>
<p><strong>${'全面推进依法行政，严格规范公正文明执法。'.repeat(4)}</strong></p></div>`);
    const document = await readText(Buffer.from(html), 'page.html');
    const lines = document.text.split('\n').filter(Boolean);
    expect(lines).toContain('**主要做法和成效**');
    expect(lines).toContain('**规范涉企执法**');
    expect(lines).toContain('全年开展检查12次，未发生行政复议纠错案件。');
    expect(lines.filter((line) => line.startsWith('**'))).toHaveLength(2);
    // The marks are synthetic: the heading's text maps back to the page.
    const at = document.text.indexOf('主要做法');
    expect(html.split('\n')[document.locate!(at).line - 1]).toContain('主要做法和成效');
  });

  it('old table layouts and <br>-separated text: the cell or block itself is the body, not its row', async () => {
    const lines = Array.from({ length: 6 }, (_, index) => `第${index + 1}项：完善行政执法程序，落实执法责任制，全年开展执法检查多次。`);
    const table = page(`<table><tr><td class="menu-cell"><a href="#">首页</a><br><a href="#">政务公开</a></td>
<td class="zoom">${lines.join('<br>\n')}</td><td>联系我们：电话号码与电子邮箱地址均在此处公布</td></tr></table>`);
    const fromTable = await readText(Buffer.from(table), 'old.htm');
    expect(fromTable.text.split('\n').filter(Boolean)).toEqual(lines);
    const div = page(`<div class="main"><div class="text">${lines.join('<br/>')}</div><div class="aside-note">本页面由某某县人民政府办公室维护更新</div></div>`);
    expect((await readText(Buffer.from(div), 'div.html')).text.split('\n').filter(Boolean)).toEqual(lines);
  });

  it('page tools inside the article container are dropped; a report line that mentions them is not', async () => {
    const html = page(`<div id="zoom">${report}<p>【打印本页】【关闭窗口】</p><p>字体：大 中 小</p><p>分享到：微信 微博</p><p>扫一扫在手机打开当前页</p><p>上一篇：关于印发某某方案的通知</p><p>发布时间:2023-02-28 访问量: 字体[ ]</p></div>`);
    const document = await readText(Buffer.from(html), 'page.html');
    const lines = document.text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe('发布时间:2023-02-28 访问量: 字体\\[ \\]');
    expect(isToolbarBlock('【打印本页】 【关闭窗口】')).toBe(true);
    expect(isToolbarBlock('一、打印本页的要求')).toBe(false);
  });

  it('does not repeat a title the body already starts with', async () => {
    const html = page(`<h1>某某镇2023年度法治政府建设情况报告</h1><div id="zoom"><p>某某镇2023年度法治政府建设情况报告</p>${report}</div>`);
    const document = await readText(Buffer.from(html), 'page.html');
    expect(document.text.match(/情况报告/g)).toHaveLength(1);
  });

  it('<br> separates paragraphs, entities are decoded and still map to the source, headings inside the body stay headings', async () => {
    const html = page(`<div class="content"><h2>一、主要举措</h2><div>落实&ldquo;谁执法谁普法&rdquo;责任制，开展普法活动三十场。<br>\r\n制定&nbsp;年度&amp;计划，全面推进依法行政工作。<br/>完成行政规范性文件合法性审核二十件。</div></div>`);
    const document = await readText(Buffer.from(html), 'page.html');
    const tree = await parseDocument(document);
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['heading', '一、主要举措'],
      ['paragraph', '落实“谁执法谁普法”责任制，开展普法活动三十场。'],
      ['paragraph', '制定\u00a0年度&计划，全面推进依法行政工作。'],
      ['paragraph', '完成行政规范性文件合法性审核二十件。'],
    ]);
    expectPositionsMapBack(document, html);
    const at = (needle: string) => {
      const { line, column } = document.locate!(document.text.indexOf(needle));
      return html.split('\n')[line - 1]!.slice(column - 1, column - 1 + needle.length);
    };
    expect(at('谁执法')).toBe('谁执法');
    expect(at('年度')).toBe('年度');
    expect(at('完成行政')).toBe('完成行政');
  });

  it('a literal & (R&D, &foo;) and an entity without its semicolon (&copy2023) beside other entities still map back', async () => {
    const html = page(`<div id="zoom"><p>&nbsp;&nbsp;加大R&D投入&ldquo;研发&rdquo;，完善行政执法程序，全年开展执法检查。</p><p>&amp;&foo;落实执法责任制&nbsp;&copy2023年度，全面推进依法行政。</p></div>`);
    const document = await readText(Buffer.from(html), 'page.html');
    expect(document.text).toContain('加大R&D投入“研发”');
    expect(document.text).toContain('©2023年度');
    expect(expectPositionsMapBack(document, html)).toBeGreaterThan(40);
    const at = (needle: string) => {
      const { line, column } = document.locate!(document.text.indexOf(needle));
      return html.split('\n')[line - 1]!.slice(column - 1, column - 1 + needle.length);
    };
    expect(at('投入')).toBe('投入');
    expect(at('2023年度')).toBe('2023年度');
    expect(at('foo;落实')).toBe('foo;落实');
  });

  it('the end of a range after a character written as an entity points after the entity', async () => {
    const html = page(`<div id="zoom">${report}<p>落实&ldquo;谁执法谁普法&rdquo;</p><p>R&amp;D&amp;</p></div>`);
    const document = await readText(Buffer.from(html), 'page.html');
    const sourceOffset = (offset: number) => {
      const { line, column } = document.locate!(offset);
      return html.split('\n').slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
    };
    const quoteEnd = document.text.indexOf('谁普法”') + 4;
    expect(html.slice(sourceOffset(quoteEnd - 1), sourceOffset(quoteEnd))).toBe('&rdquo;');
    const ampEnd = document.text.indexOf('R&D&') + 4;
    expect(html.slice(sourceOffset(ampEnd - 1), sourceOffset(ampEnd))).toBe('&amp;');
  });

  it('GBK pages: the declared charset is used', async () => {
    const html = page(`<div class="zw">${report}</div>`, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const document = await readText(iconv.encode(html, 'gbk'), 'page.htm');
    expect(document.encoding).toBe('gbk');
    expect(document.text).toContain('第1段：全面推进依法行政');
  });

  it('a page that declares UTF-16 (or "unicode") in its <meta> but is not is read by detection, not as UTF-16 garbage', async () => {
    for (const head of ['<meta charset="utf-16">', '<meta http-equiv="Content-Type" content="text/html; charset=unicode">']) {
      const document = await readText(Buffer.from(page(`<div class="zw">${report}</div>`, head)), 'page.html');
      expect(document.encoding, head).toBe('utf-8');
      expect(document.text, head).toContain('第1段：全面推进依法行政');
    }
  });

  it('a page with no text gives an empty document, not an error', async () => {
    const document = await readText(Buffer.from(page('<div><img src="x.png"></div>')), 'empty.html');
    expect(document.text).toBe('');
  });
});
