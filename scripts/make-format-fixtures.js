#!/usr/bin/env node
/**
 * Writes the same five seed reports in the forms reports really arrive in, for the reader tests and
 * test/formats-equivalence.test.ts:
 *
 *   fixtures/formats/<seed>.docx         Word (docx writer), 一、 section lines in the Heading 1 style, page
 *                                        numbers "— N —" in the footer and a running header, blank lines kept
 *                                        as empty paragraphs (as a writer pasting the text would have them)
 *   fixtures/formats/<seed>.html         the text inside portal chrome: nav, breadcrumb, 发布时间/访问量 line,
 *                                        share buttons, print/close links, footer, scripts
 *   fixtures/formats/<seed>.pdf          the .docx converted by LibreOffice (soffice --headless --convert-to pdf)
 *   fixtures/formats/<seed>.indent.pdf   the 公文 layout instead: 2-character first-line indent, fixed
 *                                        28 pt line pitch, no blank lines — the PDF reader must join lines by the
 *                                        indent alone (made from a temporary .docx, not kept)
 *   fixtures/formats/<seed>.gb18030.txt  GB18030 (iconv-lite)
 *   fixtures/formats/<seed>.utf16le.txt  UTF-16 LE with BOM
 *
 * Usage: npm run fixtures:formats [-- --no-pdf]
 * Needs LibreOffice Writer and a CJK font for the PDFs (Debian: apt-get install libreoffice-writer-nogui
 * fonts-noto-cjk). The generated files are committed: CI has no LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import iconv from 'iconv-lite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(root, 'fixtures', 'seeds');
const outDir = path.join(root, 'fixtures', 'formats');
const withPdf = !process.argv.includes('--no-pdf');

/** A top-level section line (一、…), short enough to be a heading rather than a run-in paragraph. */
const SECTION = /^[\s\u00a0\u3000]*[一二三四五六七八九十]+、/;
const isSectionHeading = (line) => SECTION.test(line) && line.trim().length <= 60;
/** The report title: the first line that names the report. */
const isTitle = (line) => /报告\s*$/.test(line.trim()) && line.trim().length <= 60;

const FONT = 'Noto Serif CJK SC';

function docxFor(lines) {
  const titleIndex = lines.findIndex(isTitle);
  const paragraphs = lines.map((line, index) => {
    const run = new TextRun({ text: line, font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT }, size: 32 });
    if (line.trim() === '') return new Paragraph({ children: [] });
    if (index === titleIndex) {
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [
        new TextRun({ text: line, font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT }, size: 44, bold: true }),
      ] });
    }
    if (isSectionHeading(line)) return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run] });
    return new Paragraph({ children: [run] });
  });
  const small = { font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT }, size: 21 };
  return new Document({
    creator: 'reportlint fixtures',
    styles: {
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: { eastAsia: 'Noto Sans CJK SC', ascii: 'Noto Sans CJK SC', hAnsi: 'Noto Sans CJK SC' }, size: 32, bold: true, color: '000000' },
          paragraph: { spacing: { before: 120, after: 120 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 }, // GB/T 9704: 37/35/28/26 mm
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...small, text: '法治政府建设年度报告' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ ...small, children: ['— ', PageNumber.CURRENT, ' —'] })],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
}

/** The 公文 layout: a first-line indent of two characters, exact line pitch, no blank lines. */
function indentedDocxFor(lines) {
  const font = { eastAsia: FONT, ascii: FONT, hAnsi: FONT };
  const children = lines
    .map((line) => line.replace(/^[\s\u00a0\u3000]+/, ''))
    .filter((line) => line !== '')
    .map(
      (line) =>
        new Paragraph({
          // Left-aligned: LibreOffice's justified CJK lines compress a line-final comma into a glyph with no Unicode
          // mapping, and the comma vanishes from the text layer.
          alignment: AlignmentType.LEFT,
          indent: { firstLine: 640 },
          spacing: { line: 560, lineRule: 'exact' },
          children: [new TextRun({ text: line, font, size: 32 })],
        }),
    );
  return new Document({
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ font, size: 28, children: ['- ', PageNumber.CURRENT, ' -'] })] })],
          }),
        },
        children,
      },
    ],
  });
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

function htmlFor(lines, seedName) {
  const title = (lines.find(isTitle) ?? lines.find((line) => line.trim()) ?? '').trim();
  const body = lines
    .filter((line) => line.trim() !== '')
    .map((line) =>
      isSectionHeading(line)
        ? `<p style="text-indent:2em;"><strong>${escapeHtml(line)}</strong></p>`
        : `<p style="text-indent:2em;">${escapeHtml(line)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="人民政府门户网站">
<meta name="ArticleTitle" content="${escapeHtml(title)}">
<title>${escapeHtml(title)}_法治政府建设_人民政府门户网站</title>
<link rel="stylesheet" href="/css/style.css">
<style>.share a{margin:0 4px}.footer{background:#b5261e;color:#fff}</style>
<script>var _hmt = _hmt || []; (function () { var hm = document.createElement('script'); hm.src = 'https://hm.example.cn/hm.js?${seedName}'; document.head.appendChild(hm); })();</script>
</head>
<body>
<div class="top-bar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span> <a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/wza">无障碍浏览</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="人民政府门户网站"></div>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
<nav class="main-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjxq">走进本地</a></li><li><a href="/ztzl">专题专栏</a></li>
</ul></nav>
<div class="main">
<div class="sidebar"><h3>法治政府建设</h3><ul><li><a href="#">工作动态</a></li><li><a href="#">年度报告</a></li><li><a href="#">政策文件</a></li></ul></div>
<div class="content">
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/fzzf">法治政府建设</a></div>
<div class="article">
<h1 class="article-title">${escapeHtml(title)}</h1>
<div class="article-info">发布时间：2023-02-28 09:30　来源：本级政府办公室　访问量：<span id="visits">1024</span>　字体：[<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>]</div>
<div class="TRS_Editor" id="zoom">
${body}
</div>
<div class="share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#" class="qq">QQ空间</a></div>
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h4>相关链接</h4><ul><li><a href="#">关于印发法治政府建设实施方案的通知</a></li><li><a href="#">法治政府建设工作要点</a></li></ul></div>
</div>
</div>
<footer class="footer">
<p>主办单位：人民政府办公室　承办单位：政务服务中心　联系电话：0000-1234567</p>
<p>网站标识码：4302810000　<a href="https://beian.miit.gov.cn">湘ICP备00000000号</a>　公安机关备案号 43028102000000</p>
<p>版权所有 © 人民政府　建议使用1366×768分辨率浏览本网站</p>
</footer>
<script src="/js/jquery.min.js"></script>
<script>function setFont(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</body>
</html>
`;
}

function convertToPdf(docxFiles, rename = (name) => name) {
  const profile = mkdtempSync(path.join(tmpdir(), 'reportlint-lo-'));
  const work = mkdtempSync(path.join(tmpdir(), 'reportlint-pdf-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docxFiles],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    for (const file of docxFiles) {
      const name = `${path.basename(file, '.docx')}.pdf`;
      const produced = path.join(work, name);
      if (!existsSync(produced)) throw new Error(`LibreOffice did not produce ${name}`);
      copyFileSync(produced, path.join(outDir, rename(name)));
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
  if (seeds.length === 0) throw new Error(`no seed reports in ${seedsDir}`);
  const docxFiles = [];
  // The indent-layout .docx files only feed LibreOffice: made (in a temporary folder) only when PDFs are.
  const indentWork = withPdf ? mkdtempSync(path.join(tmpdir(), 'reportlint-indent-')) : undefined;
  const indentFiles = [];
  try {
    for (const file of seeds) {
      const name = path.basename(file, '.txt');
      const text = readFileSync(path.join(seedsDir, file), 'utf8');
      const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

      const docxPath = path.join(outDir, `${name}.docx`);
      writeFileSync(docxPath, await Packer.toBuffer(docxFor(lines)));
      docxFiles.push(docxPath);
      if (indentWork) {
        const indentPath = path.join(indentWork, `${name}.docx`);
        writeFileSync(indentPath, await Packer.toBuffer(indentedDocxFor(lines)));
        indentFiles.push(indentPath);
      }
      writeFileSync(path.join(outDir, `${name}.html`), htmlFor(lines, name));
      writeFileSync(path.join(outDir, `${name}.gb18030.txt`), iconv.encode(text, 'gb18030'));
      writeFileSync(path.join(outDir, `${name}.utf16le.txt`), iconv.encode(text, 'utf-16le', { addBOM: true }));
      console.log(`wrote ${name}.{docx,html,gb18030.txt,utf16le.txt}`);
    }
    if (withPdf) {
      convertToPdf(docxFiles);
      convertToPdf(indentFiles, (name) => name.replace(/\.pdf$/, '.indent.pdf'));
      console.log(`wrote ${docxFiles.length + indentFiles.length} PDFs with LibreOffice`);
    }
  } finally {
    if (indentWork) rmSync(indentWork, { recursive: true, force: true });
  }
}

await main();
