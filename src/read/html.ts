/**
 * A report saved from a government portal (.html/.htm) → Markdown text of the report body, with positions
 * pointing back into the HTML source. rehype-parse is loaded only when an HTML file is read.
 *
 * 1. Decode: BOM → <meta charset> / http-equiv → UTF-8 → GB18030 (portals still serve GBK pages); --encoding wins.
 * 2. Parse with rehype-parse (hast with source positions).
 * 3. Drop the page chrome: script/style/nav/header/footer/aside/form/… elements, hidden elements, and elements whose
 *    class or id says what they are (nav, menu, breadcrumb, position, share, footer, copyright, sidebar, print, …).
 * 4. The report body is the element whose paragraphs hold the most Chinese text: every text-bearing block adds its
 *    count of CJK characters outside links to its parent (in full) and grandparent (half) — or, for a table cell
 *    or a block of <br>-separated lines, to itself and its parent; the best-scoring element wins, widened to a
 *    wrapper that holds nothing else but headings. Link text does not count: menus and link lists are made of it.
 *    Blocks made only of page-tool words (【打印本页】【关闭窗口】, 字体：大 中 小, 分享到…) are dropped too.
 * 5. One Markdown paragraph per block (p, div, li, td, … and <br>-separated lines); h1–h3 inside the body become
 *    headings. Runs of ASCII whitespace collapse to one space as a browser shows them; &nbsp; and full-width
 *    spaces stay.
 * 6. The page title (the h1, else h2, else an element whose class/id says title, before the body) is put first when
 *    the body does not already start with it: portals put the report's title outside the article text.
 *
 * A hostile page (issue 11) is refused before the walks above, which recurse once per level: one with more than
 * MAX_HTML_ELEMENTS start tags, or nested deeper than MAX_HTML_DEPTH — estimated from the source before parsing, and
 * measured (without recursion) on the parsed tree, a stack overflow in the parser's tree conversion counting as too deep.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { ReadError } from '../errors.js';
import { t } from '../messages/index.js';
import type { Locale, OriginalLocation } from '../types.js';
import { createLocator } from '../engine/position.js';
import { stripSpaces } from '../text/chars.js';
import { TextBuilder, originAt } from './builder.js';
import { decodeBuffer, hasBom, normalizeEncoding, type Decoded } from './decode.js';
import type { ReadDocumentResult } from './index.js';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './limits.js';

const DROP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'frame',
  'button', 'select', 'textarea', 'input', 'label', 'svg', 'canvas', 'object', 'embed', 'video', 'audio', 'map', 'img',
]);

/**
 * class/id words of page chrome, as CMSs name them (English and pinyin). A class token is chrome when one of its
 * `-`/`_`-separated segments is such a word (`main-nav`, `bdshare_box`, `page-footer`) or when the whole token is
 * one of CHROME_TOKENS. Layout words (left, right, top, main, info) are not enough: the article often sits in them.
 */
const CHROME_SEGMENTS = new Set([
  'nav', 'navi', 'navbar', 'menu', 'submenu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location',
  'curpos', 'dqwz', 'weizhi', 'share', 'bdshare', 'fenxiang', 'footer', 'copyright', 'banquan', 'header', 'topbar',
  'sidebar', 'toolbar', 'print', 'search', 'login', 'related', 'xgwz', 'friendlink', 'friendlinks', 'comment',
  'comments', 'pager', 'pagination', 'qrcode', 'ewm', 'gotop', 'backtop', 'fontsize', 'hidden',
]);
const CHROME_TOKENS = new Set([
  'foot', 'bottom', 'info', 'article-info', 'articleinfo', 'arcinfo', 'source', 'meta', 'tools', 'links', 'side',
]);

function isChromeName(names: string, ignore?: string): boolean {
  return names
    .toLowerCase()
    .split(/\s+/)
    .some((token) => {
      if (token === '' || token === ignore) return false;
      if (CHROME_TOKENS.has(token)) return true;
      return token.split(/[-_]/).some((segment) => segment !== ignore && CHROME_SEGMENTS.has(segment));
    });
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'td', 'th', 'tr', 'table', 'tbody',
  'thead', 'tfoot', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'address',
  'figure', 'figcaption', 'hr', 'body', 'html', 'fieldset',
]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const CJK_TEST = new RegExp(CJK.source);

function classAndId(element: Element): string {
  const className = element.properties?.className;
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : '';
  const id = typeof element.properties?.id === 'string' ? element.properties.id : '';
  return `${classes} ${id}`.trim();
}

function isHidden(element: Element): boolean {
  if (element.properties?.hidden) return true;
  const style = element.properties?.style;
  return typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Page chrome that is never report text. */
export function isChrome(element: Element): boolean {
  if (DROP_TAGS.has(element.tagName) || isHidden(element)) return true;
  const names = classAndId(element);
  return names !== '' && isChromeName(names);
}

function textOf(node: Element | Root, skipChrome: boolean, skipLinks = false): string {
  let out = '';
  const walk = (child: RootContent | ElementContent): void => {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') {
      if (skipChrome && isChrome(child)) return;
      if (skipLinks && child.tagName === 'a') return;
      if (child.tagName === 'br') out += '\n';
      child.children.forEach(walk);
    }
  };
  node.children.forEach(walk);
  return out;
}

/** Finds the element holding the report text (step 4). */
export function findBody(root: Root): Element | undefined {
  const scores = new Map<Element, number>();
  const add = (element: Element | undefined, value: number) => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + value);
  };
  const parents = new Map<Element, Element | Root>();
  const walk = (node: Element | Root, parent?: Element, grandparent?: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || isChrome(child)) continue;
      parents.set(child, node);
      if (BLOCK_TAGS.has(child.tagName) && child.tagName !== 'body' && child.tagName !== 'html') {
        // The block's own text: its inline content, not its nested blocks.
        let own = '';
        for (const grandchild of child.children) {
          if (grandchild.type === 'text') own += grandchild.value;
          else if (
            grandchild.type === 'element' &&
            grandchild.tagName !== 'a' &&
            !BLOCK_TAGS.has(grandchild.tagName) &&
            !isChrome(grandchild)
          ) {
            // Link text does not count: menus and link lists are made of it, report paragraphs are not.
            own += textOf(grandchild, true, true);
          }
        }
        const count = own.match(CJK)?.length ?? 0;
        if (count > 0) {
          // A table cell, or a block whose lines are separated by <br>, is itself the container of its text;
          // a paragraph's container is its parent.
          const container =
            child.tagName === 'td' ||
            child.tagName === 'th' ||
            child.children.some((grandchild) => grandchild.type === 'element' && grandchild.tagName === 'br');
          if (container) {
            add(child, count);
            add(parent, count / 2);
          } else {
            add(parent ?? child, count);
            add(grandparent, count / 2);
          }
        }
      }
      walk(child, child, parent);
    }
  };
  walk(root);
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  // A wrapper that holds only the body and its headings is the body (a heading beside a <br>-separated block).
  for (let parent = best && parents.get(best); best && parent && parent.type === 'element'; parent = parents.get(best)) {
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    const others = parent.children.filter(
      (child): child is Element => child !== best && child.type === 'element' && !isChrome(child) && CJK_TEST.test(textOf(child, true)),
    );
    const strayText = parent.children.some((child) => child.type === 'text' && CJK_TEST.test(child.value));
    if (others.length === 0 || strayText || !others.every((child) => /^h[1-6]$/.test(child.tagName))) break;
    best = parent;
  }
  return best;
}

const REFERENCE = /^&(?:#\d+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]*;?)/i;
/** The references that decode to `&` itself. */
const AMPERSAND_REFERENCE = /^&(?:amp;?|AMP;?|#0*38;?|#[xX]0*26;?)/;

/**
 * How many source characters from `raw[j]` (an `&`) the character reference that became `value[i]` spans, or
 * undefined when that `&` is a literal one (R&D, an unknown &name;), which the parser leaves as it is.
 */
function referenceLength(raw: string, j: number, value: string, i: number): number | undefined {
  const head = raw.slice(j, j + 40);
  if (value[i] === '&') return AMPERSAND_REFERENCE.exec(head)?.[0].length;
  const reference = REFERENCE.exec(head)?.[0];
  if (reference === undefined) return undefined;
  if (reference.endsWith(';') || reference[1] === '#') return reference.length;
  // A named reference without its semicolon (&copy2023, &nbspxyz): the parser decodes its longest known prefix
  // and leaves the rest as text. Take the longest prefix after which the source reads on as the value does.
  const width = value.charCodeAt(i) >= 0xd800 && value.charCodeAt(i) <= 0xdbff ? 2 : 1;
  const next = raw[j + reference.length];
  const tail = next === undefined || next === '&' || next === '\r' ? '' : next;
  for (let length = reference.length; length >= 2; length -= 1) {
    const rest = raw.slice(j + length, j + reference.length) + tail;
    if (value.startsWith(rest, i + width)) return length;
  }
  return reference.length;
}

/** Source offsets of each code unit of a text node's value (entities and CRLF make them differ). */
function textOrigins(node: Text, source: string): (index: number) => number {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return () => -1;
  const raw = source.slice(start, end);
  if (raw === node.value) return (index) => start + index;
  const map = new Int32Array(node.value.length);
  let j = 0;
  for (let i = 0; i < node.value.length; i += 1) {
    if (raw[j] === '\r' && node.value[i] === '\n') j += raw[j + 1] === '\n' ? 1 : 0;
    if (raw[j] === '&') {
      const length = referenceLength(raw, j, node.value, i);
      if (length !== undefined) {
        map[i] = start + j;
        const code = node.value.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < node.value.length) map[++i] = start + j;
        j += length;
        continue;
      }
    }
    map[i] = start + Math.min(j, raw.length - 1);
    j += 1;
  }
  return (index) => map[index] ?? start;
}

interface Block {
  text: string;
  origins: number[];
  heading?: number;
  /** Every character is inside <strong> or <b>. */
  bold?: true;
}

/** A bold block longer than this is emphasis, not a heading: written as plain text. */
const MAX_BOLD_BLOCK = 60;

/** The body's blocks, each a run of characters with their source offsets (step 5). */
function collectBlocks(body: Element, source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = { text: '', origins: [] };
  let bold = 0;
  let boldChars = 0;
  const flush = () => {
    // Collapse ASCII whitespace as a browser does, trimming both ends.
    let text = '';
    const origins: number[] = [];
    let pendingSpace: number | undefined;
    for (let index = 0; index < current.text.length; index += 1) {
      const char = current.text[index]!;
      if (/^[ \t\n\r\f]$/.test(char)) {
        if (text.length > 0 && pendingSpace === undefined) pendingSpace = current.origins[index]!;
        continue;
      }
      if (pendingSpace !== undefined) {
        text += ' ';
        origins.push(pendingSpace);
        pendingSpace = undefined;
      }
      text += char;
      origins.push(current.origins[index]!);
    }
    const allBold = boldChars > 0 && boldChars === current.text.replace(/[\s\u00a0\u3000]/g, '').length && text.length <= MAX_BOLD_BLOCK;
    if (text.length > 0) {
      blocks.push({ text, origins, ...(current.heading ? { heading: current.heading } : {}), ...(allBold && !current.heading ? { bold: true as const } : {}) });
    }
    current = { text: '', origins: [] };
    boldChars = 0;
  };
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const origin = textOrigins(child, source);
        current.text += child.value;
        for (let index = 0; index < child.value.length; index += 1) current.origins.push(origin(index));
        if (bold > 0) boldChars += child.value.replace(/[\s\u00a0\u3000]/g, '').length;
      } else if (child.type === 'element') {
        if (isChrome(child)) continue;
        if (child.tagName === 'br') {
          flush();
          continue;
        }
        const block = BLOCK_TAGS.has(child.tagName);
        if (block) flush();
        const level = /^h([1-3])$/.exec(child.tagName);
        if (level) current.heading = Number(level[1]);
        const strong = child.tagName === 'strong' || child.tagName === 'b';
        if (strong) bold += 1;
        walk(child);
        if (strong) bold -= 1;
        if (block) flush();
      }
    }
  };
  walk(body);
  flush();
  return blocks;
}

/** The page title before the body (step 6). */
function findTitle(root: Root, body: Element): Element | undefined {
  const candidates: Array<{ element: Element; rank: number }> = [];
  let reachedBody = false;
  const walk = (node: Element | Root): void => {
    for (const child of node.children) {
      if (reachedBody) return;
      if (child.type !== 'element') continue;
      if (child === body) {
        reachedBody = true;
        return;
      }
      if (DROP_TAGS.has(child.tagName) || isHidden(child)) continue;
      const names = classAndId(child);
      // An article header (class "article-header") often holds the title: only the header word is forgiven.
      if (names && isChromeName(names, 'header') && !/title|biaoti/i.test(names)) continue;
      const rank =
        child.tagName === 'h1' ? 1 : child.tagName === 'h2' ? 2 : /title|biaoti|(?:^|[\s_-])bt(?:$|[\s_-])/i.test(names) ? 3 : 0;
      if (rank > 0 && (textOf(child, true).match(CJK)?.length ?? 0) >= 4) {
        candidates.push({ element: child, rank });
        continue;
      }
      walk(child);
    }
  };
  walk(root);
  // The best kind of title; of those, the one nearest the body (a logo's h1 comes first on the page).
  const best = Math.min(...candidates.map((candidate) => candidate.rank));
  return candidates.filter((candidate) => candidate.rank === best).pop()?.element;
}

/**
 * A block made only of page-tool words (【打印本页】【关闭窗口】, 字体：大 中 小, 分享到…, 扫一扫在手机打开当前页,
 * 上一篇/下一篇…) that some CMSs put inside the article container. A report line that merely contains such a word
 * (a pasted "发布时间… 字体[ ]" line) is kept: that one is the writer's to delete.
 */
const TOOLBAR =
  /^(?:[【[〔(（]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏本页|返回顶部|字体[:：]?\s*[大中小\s]*|扫一扫在手机(?:上)?打开(?:当前页)?|分享到[:：]?[\s\S]*|[上下]一篇[:：][\s\S]*)\s*[】\]〕)）]?\s*)+$/;

export function isToolbarBlock(text: string): boolean {
  return TOOLBAR.test(text.replace(/[\u00a0\u3000]/g, ' ').trim());
}

/** Reads a saved web page's report body. */
export async function readHtml(
  buffer: Uint8Array,
  filePath: string,
  options: { locale?: Locale; encoding?: string } = {},
): Promise<ReadDocumentResult> {
  const decoded = decodeHtml(buffer, filePath, options);
  const source = decoded.text;
  const locale = options.locale ?? 'zh';
  const refuse = (key: 'read.htmlTooDeep' | 'read.htmlTooManyElements', limit: number, cause?: unknown) =>
    new ReadError(t('read.failed', locale, { file: filePath, reason: t(key, locale, { limit }) }), filePath, cause === undefined ? undefined : { cause });
  const shape = estimateShape(source);
  if (shape.depth > MAX_HTML_DEPTH) throw refuse('read.htmlTooDeep', MAX_HTML_DEPTH);
  if (shape.elements > MAX_HTML_ELEMENTS) throw refuse('read.htmlTooManyElements', MAX_HTML_ELEMENTS);
  const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')]);
  let root: Root;
  try {
    root = unified().use(rehypeParse).parse(source) as Root;
  } catch (error) {
    // The estimate can be fooled (an end tag the parser ignores); the parser's tree conversion recurses per level.
    if (error instanceof RangeError) throw refuse('read.htmlTooDeep', MAX_HTML_DEPTH, error);
    throw error;
  }
  if (treeDepth(root) > MAX_HTML_DEPTH) throw refuse('read.htmlTooDeep', MAX_HTML_DEPTH);

  const body = findBody(root);
  const blocks = body ? collectBlocks(body, source).filter((block) => !isToolbarBlock(block.text)) : [];
  const title = body ? findTitle(root, body) : undefined;
  if (title) {
    // collectBlocks keeps only blocks with text.
    const [titleBlock] = collectBlocks({ ...title, tagName: 'div' }, source);
    if (titleBlock) {
      const wanted = stripSpaces(titleBlock.text);
      const present = blocks.slice(0, 6).some((block) => stripSpaces(block.text).includes(wanted));
      if (!present) blocks.unshift({ text: titleBlock.text, origins: titleBlock.origins });
    }
  }

  const builder = new TextBuilder();
  for (const block of blocks) {
    builder.startBlock();
    // A heading's leading (no-break, full-width) spaces are not part of it.
    const lead = block.heading ? Math.max(0, block.text.search(/[^\s\u00a0\u3000]/)) : 0;
    if (block.heading) builder.synthetic(`${'#'.repeat(block.heading)} `);
    const origin = (index: number): number => block.origins[lead + index] ?? -1;
    if (block.bold) builder.pushBold(block.text.slice(lead), origin);
    else builder.pushEscaped(block.text.slice(lead), origin);
  }
  const { text, origins } = builder.finish();

  const inText = createLocator(text);
  const inSource = createLocator(source);
  const locate = (offset: number): OriginalLocation => {
    const found = originAt(origins, text, offset);
    if (!found) return inText(offset);
    if (!found.after) return inSource(found.origin);
    // Just after the character the position borrowed: after the whole &entity; when it was written as one.
    const width = source[found.origin] === '&' ? (referenceLength(source, found.origin, text, found.index) ?? 1) : 1;
    return inSource(found.origin + width);
  };
  return {
    filePath,
    text,
    syntax: 'markdown',
    locate,
    sourceFormat: 'html',
    encoding: decoded.encoding,
    bom: decoded.bom,
    writable: false,
  };
}

/** Elements without content (no end tag), and those whose content is text up to their own end tag. */
const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen',
  'basefont', 'bgsound', 'frame', 'image', 'isindex', 'nextid', 'spacer',
]);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements a start tag of the same name closes (an unclosed <p>, <li>, <td> does not nest). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc']);

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>/g;

/**
 * The number of start tags and an estimate of the deepest nesting, from the source in one pass without building
 * anything: a stack of open elements, where an end tag closes up to the element it names (and is ignored when no
 * such element is open), void elements and those self-closed in SVG/MathML do not nest, and an unclosed <p> or <li>
 * is closed by the next one, as the parser does.
 */
export function estimateShape(source: string): { elements: number; depth: number } {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  let foreign = 0;
  let lower: string | undefined;
  const pop = (): void => {
    const name = stack.pop()!;
    open.set(name, (open.get(name) ?? 1) - 1);
    if (name === 'svg' || name === 'math') foreign -= 1;
  };
  TAG.lastIndex = 0;
  for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
    const [, slash, rawName, selfClosing] = match;
    if (rawName === undefined) continue; // a comment, a doctype, a processing instruction
    const name = rawName.toLowerCase();
    if (slash) {
      if ((open.get(name) ?? 0) > 0) {
        while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    elements += 1;
    if (VOID_TAGS.has(name) || (selfClosing && foreign > 0)) continue;
    if (SELF_CLOSING_SIBLINGS.has(name) && (open.get(name) ?? 0) > 0 && stack[stack.length - 1] === name) pop();
    if (RAW_TEXT_TAGS.has(name)) {
      // Its text up to </name> is not markup.
      lower ??= source.toLowerCase();
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end === -1 ? source.length : end;
      continue;
    }
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') foreign += 1;
    depth = Math.max(depth, stack.length);
  }
  return { elements, depth };
}

/** The deepest nesting of the parsed tree, measured without recursion. */
export function treeDepth(root: Root): number {
  let deepest = 0;
  const pending: Array<{ node: Root | Element; depth: number }> = [{ node: root, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    deepest = Math.max(deepest, item.depth);
    for (const child of item.node.children) {
      if (child.type === 'element') pending.push({ node: child, depth: item.depth + 1 });
    }
  }
  return deepest;
}

/** BOM → declared charset → UTF-8 → GB18030; --encoding wins. */
function decodeHtml(buffer: Uint8Array, filePath: string, options: { locale?: Locale; encoding?: string }): Decoded {
  if (options.encoding !== undefined) return decodeBuffer(buffer, filePath, options);
  if (!hasBom(buffer)) {
    const head = Buffer.from(buffer.subarray(0, 4096)).toString('latin1');
    const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
    const declared = label === undefined ? undefined : normalizeEncoding(label);
    // As in a browser's prescan: a <meta> readable as ASCII cannot be UTF-16, so a declared UTF-16 ("unicode") means
    // the page is not; detection decides, as for UTF-8.
    if (declared && declared !== 'utf-8' && declared !== 'utf-16le' && declared !== 'utf-16be') {
      try {
        return decodeBuffer(buffer, filePath, { ...options, encoding: declared });
      } catch {
        // A wrong declaration is common; fall back to detection.
      }
    }
  }
  return decodeBuffer(buffer, filePath, options);
}
