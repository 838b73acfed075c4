/**
 * Inline configuration: <!-- reportlint-disable rule-a, rule-b -- 理由 --> and friends, as HTML comments
 * in Markdown or on a line of their own in plain text (ESLint/markdownlint vocabulary).
 */
import type { Root, RootContent } from 'mdast';
import { endOffsetOf, splitLines, startOffsetOf } from './position.js';
import { walk } from './walk.js';
import { isWhitespaceCode } from '../text/chars.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  ruleIds: string[];
  justification?: string;
  start: number;
  end: number;
  /** 1-based line of the comment. */
  line: number;
  /** For disable-line / disable-next-line: the line it silences. */
  targetLine?: number;
}

const DIRECTIVE =
  /^<!--\s*reportlint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->$/;

/** Parses a comment's text; undefined when it is not a reportlint directive. */
export function parseDirective(comment: string): Pick<Directive, 'kind' | 'ruleIds' | 'justification'> | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  const [idsPart = '', ...why] = rest.split(/\s--\s/);
  const ruleIds = idsPart.split(/[\s,，]+/).filter(Boolean);
  const justification = why.join(' -- ').trim();
  return { kind: kind as DirectiveKind, ruleIds, ...(justification ? { justification } : {}) };
}

/**
 * Finds the directives in a tree: `html` nodes in Markdown, whole-line paragraphs in plain text.
 * Returns them with the tree minus plain-text directive lines, so the model never takes them for report text.
 */
export function collectDirectives(tree: Root, text: string, syntax: 'markdown' | 'text'): { directives: Directive[]; tree: Root } {
  const directives: Directive[] = [];
  const add = (node: RootContent, raw: string): boolean => {
    const parsed = parseDirective(raw);
    const start = startOffsetOf(node);
    const end = endOffsetOf(node);
    if (!parsed || start === undefined || end === undefined || !node.position) return false;
    directives.push(Object.assign({}, parsed, { start, end, line: node.position.start.line }));
    return true;
  };
  if (syntax === 'markdown') {
    walk(tree, (node) => {
      if (node.type === 'html') add(node, node.value);
    });
    return { directives: withTargets(directives, text), tree };
  }
  // Only a paragraph starting with "<!--" (after whitespace, as trim() sees it) can be a comment: only then is its
  // text copied, and only when there is one is the tree's list of children copied.
  const isComment = (node: RootContent): boolean => {
    const start = startOffsetOf(node) ?? 0;
    const end = endOffsetOf(node) ?? 0;
    let at = start;
    while (at < end && isWhitespaceCode(text.charCodeAt(at))) at += 1;
    return text.startsWith('<!--', at) && add(node, text.slice(start, end));
  };
  const first = tree.children.findIndex(isComment);
  if (first === -1) return { directives: [], tree };
  const children = tree.children.slice(0, first);
  for (let i = first + 1; i < tree.children.length; i += 1) {
    const node = tree.children[i] as RootContent;
    if (!isComment(node)) children.push(node);
  }
  return { directives: withTargets(directives, text), tree: { ...tree, children } };
}

function withTargets(directives: Directive[], text: string): Directive[] {
  if (directives.length === 0) return directives;
  const lines = splitLines(text);
  // nextNonBlank[k]: the first non-blank line (1-based) at or after line k + 1, or lines.length + 1 (computed once,
  // from the end, so many directives before one long run of blank lines cost one pass).
  const nextNonBlank = new Array<number>(lines.length + 1).fill(lines.length + 1);
  for (let k = lines.length - 1; k >= 0; k -= 1) nextNonBlank[k] = (lines[k] ?? '').trim() === '' ? (nextNonBlank[k + 1] ?? lines.length + 1) : k + 1;
  for (const directive of directives) {
    if (directive.kind === 'disable-line') directive.targetLine = directive.line;
    if (directive.kind === 'disable-next-line') {
      // The next non-blank line after the comment (remark's `ignore` semantics).
      directive.targetLine = nextNonBlank[directive.line] ?? directive.line + 1;
    }
  }
  return directives.sort((a, b) => a.start - b.start);
}

/** The directive that silences a message of `ruleId` at `offset` on `line`, if any. */
export function findSuppressor(
  directives: readonly Directive[],
  ruleId: string,
  offset: number,
  line: number,
): Directive | undefined {
  return suppressorIndex(directives)(ruleId, offset, line);
}

export type SuppressorLookup = (ruleId: string, offset: number, line: number) => Directive | undefined;

/**
 * findSuppressor for many messages: the directives (sorted by start, as collectDirectives returns them) indexed once,
 * so each message costs a map lookup and two binary searches, not a pass over every directive.
 */
export function suppressorIndex(directives: readonly Directive[]): SuppressorLookup {
  const names = (d: Directive, ruleId: string) => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const byLine = new Map<number, Directive[]>();
  // Block directives (disable/enable) per rule id they name; '' for those naming every rule. Each list in order.
  const blocks = new Map<string, Directive[]>();
  directives.forEach((d) => {
    if ((d.kind === 'disable-line' || d.kind === 'disable-next-line') && d.targetLine !== undefined) {
      const list = byLine.get(d.targetLine) ?? [];
      list.push(d);
      byLine.set(d.targetLine, list);
    }
    if (d.kind === 'disable' || d.kind === 'enable') {
      for (const id of d.ruleIds.length === 0 ? [''] : new Set(d.ruleIds)) {
        const list = blocks.get(id) ?? [];
        list.push(d);
        blocks.set(id, list);
      }
    }
  });
  const order = new Map(directives.map((d, i) => [d, i]));
  /** The last directive of `list` that starts at or before `offset`. */
  const lastUpTo = (list: readonly Directive[] | undefined, offset: number): Directive | undefined => {
    if (!list) return undefined;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle]?.start ?? 0) <= offset) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? list[low - 1] : undefined;
  };
  return (ruleId, offset, line) => {
    // The first (in document order) file-wide or line directive that names the rule.
    const candidates = [fileWide.find((d) => names(d, ruleId)), byLine.get(line)?.find((d) => names(d, ruleId))];
    const first = candidates
      .filter((d): d is Directive => d !== undefined)
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
    if (first) return first;
    // Block directives: the state after the last disable/enable naming the rule up to the message's offset.
    const own = lastUpTo(blocks.get(ruleId), offset);
    const all = lastUpTo(blocks.get(''), offset);
    const last = own && all ? ((order.get(own) ?? 0) > (order.get(all) ?? 0) ? own : all) : (own ?? all);
    return last?.kind === 'disable' ? last : undefined;
  };
}
