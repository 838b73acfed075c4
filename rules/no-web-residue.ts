/**
 * no-web-residue — text copied from a government portal brings the page with it: the breadcrumb
 * (您当前的位置：首页 > …), the 发布时间/来源/访问量/字体 line, 【打印本页】【关闭窗口】, 分享到…
 * None of it belongs in the report. The report model finds these lines (`model.residue`); this rule
 * reports each one and offers to delete the whole line.
 *
 * Page numbers (— 3 —) that PDF extraction leaves are residue too, but of the extraction, not of the
 * writer: a printed 公文 has them (GB/T 9704 7.5), so they are not reported.
 */
import { defineRule } from '../src/rule-api.js';
import type { ResidueKind } from '../src/model/types.js';
import { shorten } from '../src/text/chars.js';

type MessageId = 'breadcrumb' | 'pageMeta' | 'pageAction';

const MESSAGE_OF: Readonly<Partial<Record<ResidueKind, MessageId>>> = {
  breadcrumb: 'breadcrumb',
  'page-meta': 'pageMeta',
  'page-action': 'pageAction',
};

/** At most this many characters of the residue are quoted in the message. */
const QUOTE_LENGTH = 20;

export const rule = defineRule<MessageId>({
  meta: {
    id: 'no-web-residue',
    description: '报告中不应残留网页导航、发布信息、打印分享按钮等网页内容',
    descriptionEn: 'No web-page residue (breadcrumbs, publication info, print and share buttons) in the report',
    category: 'hygiene',
    severity: 'error',
    fixable: true,
    messages: {
      breadcrumb: {
        zh: '网页导航残留“{excerpt}”：这是网站的栏目路径，不属于报告，请删除这一行',
        en: 'Web-page breadcrumb "{excerpt}": it is the site\'s navigation, not part of the report; delete the line',
      },
      pageMeta: {
        zh: '网页发布信息残留“{excerpt}”：发布时间、来源、访问量等是网页的信息，不属于报告，请删除这一行',
        en: 'Web-page metadata "{excerpt}": publication time, source and view counts belong to the web page, not the report; delete the line',
      },
      pageAction: {
        zh: '网页按钮残留“{excerpt}”：打印、关闭、分享、字号等是网页的按钮，不属于报告，请删除这一行',
        en: 'Web-page buttons "{excerpt}": print, close, share and font-size links belong to the web page; delete the line',
      },
    },
  },
  check(context) {
    const { text } = context;
    const spans = context.model.residue.map((residue) => [residue.span.start, residue.span.end] as const);
    // The tail deleted at the end of the file is the residue this rule reports: not a page number after it, which
    // nothing reports (a fix changes nothing it does not report; found by npm run fuzz).
    const tail = tailStart(
      text,
      context.model.residue.filter((residue) => MESSAGE_OF[residue.kind] !== undefined).map((residue) => [residue.span.start, residue.span.end] as const),
    );
    for (const residue of context.model.residue) {
      const messageId = MESSAGE_OF[residue.kind];
      if (!messageId) continue;
      const { start, end } = residue.span;
      // Residue that ends the file goes with the blank lines before it, in one edit.
      const range = tail !== undefined && start >= tail.residueStart ? ([tail.cut, text.length] as const) : lineRange(text, start, end, spans);
      context.report({
        messageId,
        data: { excerpt: quote(residue.span.text) },
        range: [start, end],
        fix: { range, text: '' },
      });
    }
  },
});

const BLANK = /^[\s\u3000\u00a0]*$/u;

/**
 * When the file ends with residue (and blank lines), where that tail starts: `residueStart` is the
 * first residue of it, `cut` the offset just after the line break of the last line of report text.
 */
function tailStart(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
): { residueStart: number; cut: number } | undefined {
  let from = text.length;
  for (const [start, end] of [...spans].sort((a, b) => b[0] - a[0])) {
    if (end > from || !BLANK.test(text.slice(end, from))) break;
    from = start;
  }
  if (from === text.length) return undefined;
  let cut = from;
  while (cut > 0 && BLANK.test(text.charAt(cut - 1))) cut -= 1;
  if (text.startsWith('\r\n', cut)) cut += 2;
  else if (text.charAt(cut) === '\n' || text.charAt(cut) === '\r') cut += 1;
  return { residueStart: from, cut };
}

function quote(value: string): string {
  return shorten(value.replace(/\s+/g, ' ').trim(), QUOTE_LENGTH);
}

/**
 * The whole line(s) holding [start, end), line break included, when nothing but residue stands on
 * them (several residue spans on one line get the same edit); otherwise just [start, end).
 */
export function lineRange(
  text: string,
  start: number,
  end: number,
  residue: ReadonlyArray<readonly [number, number]> = [],
): [number, number] {
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart -= 1;
  let lineEnd = end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd += 1;
  const blank = (from: number, to: number) => {
    let rest = '';
    for (let index = from; index < to; index += 1) {
      if (!residue.some(([a, b]) => index >= a && index < b)) rest += text.charAt(index);
    }
    return /^[ \t\u3000\u00a0]*$/.test(rest);
  };
  if (!blank(lineStart, start) || !blank(end, lineEnd)) return [start, end];
  // The last line has no break of its own: the one before it stays and ends the file.
  if (lineEnd >= text.length) return [lineStart, lineEnd];
  let end2 = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
  // Between blank lines (or at the top of the file), one of the blank lines goes too.
  const blankBefore = lineStart === 0 || /(?:^|[\r\n])[ \t\u3000\u00a0]*(?:\r\n|\n|\r)$/.test(text.slice(Math.max(0, lineStart - 200), lineStart));
  const after = /^[ \t\u3000\u00a0]*(?:\r\n|\n|\r)/.exec(text.slice(end2));
  if (blankBefore && after) end2 += after[0].length;
  return [lineStart, end2];
}
