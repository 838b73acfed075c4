/**
 * Inline configuration: <!-- reportlint-disable rule-a, rule-b -- 理由 --> and friends, as HTML comments
 * in Markdown or on a line of their own in plain text (ESLint/markdownlint vocabulary).
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

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
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parsed || start === undefined || end === undefined || !node.position) return false;
    directives.push({ ...parsed, start, end, line: node.position.start.line });
    return true;
  };
  if (syntax === 'markdown') {
    visit(tree, 'html', (node) => {
      add(node, node.value);
    });
    return { directives: withTargets(directives, text), tree };
  }
  const children = tree.children.filter((node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    return !add(node, text.slice(start, end));
  });
  return { directives: withTargets(directives, text), tree: { ...tree, children } };
}

function withTargets(directives: Directive[], text: string): Directive[] {
  const lines = text.split(/\r\n|\r|\n/);
  for (const directive of directives) {
    if (directive.kind === 'disable-line') directive.targetLine = directive.line;
    if (directive.kind === 'disable-next-line') {
      // The next non-blank line after the comment (remark's `ignore` semantics).
      let next = directive.line + 1;
      while (next <= lines.length && (lines[next - 1] ?? '').trim() === '') next += 1;
      directive.targetLine = next;
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
  const names = (d: Directive) => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
  for (const d of directives) {
    if (d.kind === 'disable-file' && names(d)) return d;
    if ((d.kind === 'disable-line' || d.kind === 'disable-next-line') && d.targetLine === line && names(d)) return d;
  }
  // Block directives: replay disable/enable up to the message's offset.
  let active: Directive | undefined;
  for (const d of directives) {
    if (d.start > offset) break;
    if (!names(d)) continue;
    if (d.kind === 'disable') active = d;
    if (d.kind === 'enable') active = undefined;
  }
  return active;
}
