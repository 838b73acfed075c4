#!/usr/bin/env node
/**
 * Builds the Word, web-page and PDF forms of the unseen reports (fixtures/unseen/) from the source text their
 * writers left, `<id>.source.txt`, one paragraph per line with light markup:
 *
 *   [header] 文字   a line above the title (发文字号, issuing body)
 *   [title] 文字    the title: centred, bold, larger
 *   [h1] 文字       a top-level heading      [h2] 文字   a second-level heading on its own line
 *   [sign] 文字     a signature or date line, right-aligned
 *
 * Headings are written the two ways real files have them, alternating by report number: in Word, the built-in
 * Heading 1/2 styles (even numbers) or plain paragraphs with bold runs (odd); on a web page, <p><strong> (even)
 * or <h2>/<h3> (odd). PDFs are
 * made from the Word form by LibreOffice. The format of each report is its plan's `format` (plans.json).
 *
 * Usage: npm run fixtures:unseen
 * Needs LibreOffice Writer and a CJK font for the PDFs (Debian: libreoffice-writer-nogui fonts-noto-cjk).
 * The generated files are committed: CI has no LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'fixtures', 'unseen', 'reports');
const plans = JSON.parse(readFileSync(path.join(root, 'fixtures', 'unseen', 'plans.json'), 'utf8'));

const FONT = 'Noto Serif CJK SC';
const font = { eastAsia: FONT, ascii: FONT, hAnsi: FONT };

/** One source line: its markup kind and text. */
function parseSource(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = /^\[(header|title|h1|h2|sign)\]\s?(.*)$/.exec(line);
      return m ? { kind: m[1], text: m[2] } : { kind: 'p', text: line };
    });
}

function docxFor(lines, styledHeadings) {
  const children = lines.map(({ kind, text }) => {
    const run = (extra = {}) => new TextRun({ text, font, size: 32, ...extra });
    switch (kind) {
      case 'title':
        return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run({ size: 44, bold: true })] });
      case 'header':
        return new Paragraph({ alignment: AlignmentType.CENTER, children: [run()] });
      case 'h1':
      case 'h2':
        if (styledHeadings) return new Paragraph({ heading: kind === 'h1' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [run()] });
        return new Paragraph({ indent: { firstLine: 640 }, children: [run({ bold: true })] });
      case 'sign':
        return new Paragraph({ alignment: AlignmentType.RIGHT, children: [run()] });
      default:
        return new Paragraph({ indent: { firstLine: 640 }, children: [run()] });
    }
  });
  const heading = (id, name, size) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: { eastAsia: 'Noto Sans CJK SC', ascii: 'Noto Sans CJK SC', hAnsi: 'Noto Sans CJK SC' }, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 120, after: 120 } },
  });
  return new Document({
    creator: 'reportlint fixtures',
    styles: { paragraphStyles: [heading('Heading1', 'Heading 1', 32), heading('Heading2', 'Heading 2', 32)] },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font, size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })] })],
          }),
        },
        children,
      },
    ],
  });
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlFor(lines, realHeadings) {
  const title = lines.find((l) => l.kind === 'title')?.text ?? '';
  const body = lines
    .map(({ kind, text }) => {
      const t = escapeHtml(text);
      if (kind === 'title') return `<h1 class="title">${t}</h1>`;
      if (kind === 'h1') return realHeadings ? `<h2>${t}</h2>` : `<p style="text-indent:2em"><strong>${t}</strong></p>`;
      if (kind === 'h2') return realHeadings ? `<h3>${t}</h3>` : `<p style="text-indent:2em"><b>${t}</b></p>`;
      if (kind === 'sign') return `<p style="text-align:right">${t}</p>`;
      if (kind === 'header') return `<p style="text-align:center">${t}</p>`;
      return `<p style="text-indent:2em">${t}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}_政府信息公开</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="head"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/zwfw">政务服务</a> | <a href="/hdjl">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; <a href="/zwgk/fzzf">法治政府建设年度报告</a></div>
<div class="main">
<div class="info">发布日期：2024-03-08　信息来源：办公室　浏览次数：<span>362</span></div>
<div class="article">
${body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="foot"><p>主办：人民政府办公室　技术支持：信息中心</p><p>ICP备案号：00000000号-1</p></div>
</body>
</html>
`;
}

async function main() {
  const pdfs = [];
  const work = mkdtempSync(path.join(tmpdir(), 'reportlint-unseen-'));
  try {
    for (const [id, plan] of Object.entries(plans)) {
      if (!['docx', 'html', 'pdf'].includes(plan.format)) continue;
      const source = path.join(dir, `${id}.source.txt`);
      if (!existsSync(source)) {
        console.warn(`skipped ${id}: no ${id}.source.txt`);
        continue;
      }
      const lines = parseSource(readFileSync(source, 'utf8'));
      // Alternate the two ways headings are marked, by report number.
      const styled = Number(id.replace(/\D/g, '')) % 2 === 0;
      if (plan.format === 'html') writeFileSync(path.join(dir, `${id}.html`), htmlFor(lines, !styled));
      else {
        const buffer = await Packer.toBuffer(docxFor(lines, styled));
        if (plan.format === 'docx') writeFileSync(path.join(dir, `${id}.docx`), buffer);
        else {
          const file = path.join(work, `${id}.docx`);
          writeFileSync(file, buffer);
          pdfs.push(file);
        }
      }
      console.log(`wrote ${id}.${plan.format}`);
    }
    if (pdfs.length > 0) {
      const profile = path.join(work, 'profile');
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...pdfs], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      for (const file of pdfs) {
        const name = `${path.basename(file, '.docx')}.pdf`;
        copyFileSync(path.join(work, name), path.join(dir, name));
      }
      console.log(`wrote ${pdfs.length} PDFs with LibreOffice`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
