/**
 * Step 2 of the model: web-page chrome (breadcrumbs, page metadata, page actions) and PDF page
 * numbers, set aside as residue before the report is read.
 */
import type { Residue, ResidueKind } from './types.js';
import { lineSpan, type Line } from './lines.js';

/** Breadcrumb lines of government web pages. */
const BREADCRUMB = /^(您(当前)?的?(所在)?位置|当前位置|所在位置|现在的位置)\s*[:：]|^(网站)?首页\s*[>＞»›/]|^(当前栏目|栏目|位置)\s*[:：]\s*(网站)?首页/;
/** Keys of a web page's metadata line. Two keys, or one key at the start of a short line, make it residue. */
const META_KEY =
  '发布时间|发布日期|更新时间|信息来源|来源|访问量|浏览次数|浏览量|点击数|点击率|阅读数|字体|字号|作者|责任编辑|编辑|' +
  // 政府信息公开 metadata tables: their 成文日期 is the page's, not a date after the body.
  '索引号|主题分类|信息分类|体裁分类|发布机构|发文机关|公开方式|公开范围|公开时限|成文日期|生效日期|有效性|文号|' +
  // Site footers.
  '主办单位|承办单位|网站标识码|网站地图';
const PAGE_META_KEYS = new RegExp(
  `(${META_KEY})\\s*[:：]|字体\\s*[\\[［【(（]|【\\s*字体|【\\s*字号|[\\[［【(（]\\s*大\\s*中\\s*小\\s*[\\]］】)）]|ICP备|版权所有|技术支持[:：]`,
  'g',
);
const META_LINE_START = new RegExp(`^(${META_KEY})\\s*[:：]`);
/** Page actions at the end (or the top) of a web page. */
const PAGE_ACTION = /打印本页|关闭窗口|分享到|【\s*打印\s*】|【\s*关闭\s*】|\[\s*打印\s*\]|\[\s*关闭\s*\]|返回顶部|收藏本页|上一篇[:：]|下一篇[:：]|扫一扫在手机|相关链接[:：]?$|^【\s*(字[体号][:：]?\s*)?大\s*中\s*小\s*】$/;
/** PDF page-number lines: — 3 —, - 3 -, 第3页, 第 3 页 共 8 页, 第3页/共8页, 第 3 页（共 8 页）, 共 8 页 第 3 页, 3/8, 3 / 8 页. */
const PAGE_NUMBER =
  /^[—－\-–─]{1,3}\s*\d{1,3}\s*[—－\-–─]{1,3}$|^第\s*\d{1,3}\s*页(\s*(?:[,，/／（(]\s*)?共\s*\d{1,3}\s*页[)）]?)?$|^共\s*\d{1,3}\s*页[,，]?\s*第\s*\d{1,3}\s*页$|^\d{1,3}\s*\/\s*\d{1,3}(\s*页)?$|^[·•]?\s*\d{1,3}\s*[·•]?$/;

// Made once (a RegExp literal in a function is a new object each time it runs, and this runs for every line).
const CLAUSE_MARK = /[。，、；]/;
const SITE_FOOTER = /ICP备|版权所有|网站标识码/;
const SENTENCE_MARK = /[。；]/;

/** Classifies a line as web or PDF residue, or returns undefined for report text. */
export function residueKind(chars: string): ResidueKind | undefined {
  const t = chars.trim();
  if (PAGE_NUMBER.test(t)) return 'page-number';
  if (BREADCRUMB.test(t)) return 'breadcrumb';
  // No sentence punctuation: a PDF line of report text can hold 分享到 or 关闭窗口 ("…以案释法短视频分享到各村（社区）
  // 微信群，全"), and page chrome does not hold ，、；.
  if (PAGE_ACTION.test(t) && t.length <= 60 && !CLAUSE_MARK.test(t)) return 'page-action';
  if (SITE_FOOTER.test(t) && t.length <= 120) return 'page-meta';
  // A metadata line holds no 。 or ；, and most lines of a report do: they need no search for its keys.
  if (SENTENCE_MARK.test(t)) return undefined;
  const keys = t.match(PAGE_META_KEYS) ?? [];
  if (keys.length >= 2) return 'page-meta';
  if (keys.length === 1 && t.length <= 40 && META_LINE_START.test(t)) return 'page-meta';
  return undefined;
}

/** The residue lines of `lines`: their spans and kinds, and their indexes in `lines`. */
export function findResidue(text: string, lines: readonly Line[]): { residue: Residue[]; residueIdx: Set<number> } {
  const residue: Residue[] = [];
  const residueIdx = new Set<number>();
  lines.forEach((line, i) => {
    const kind = residueKind(line.chars);
    if (kind) {
      residue.push({ span: lineSpan(text, line), kind });
      residueIdx.add(i);
    }
  });
  return { residue, residueIdx };
}
