/** Reading an HTML page in tests without a browser: rehype-parse, and a few queries over the tree. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export function parseHtml(text: string): Root {
  return unified().use(rehypeParse).parse(text);
}

type Node = Root | RootContent | ElementContent;

/** Every element under `node` (itself included) that `test` accepts, in document order. */
export function all(node: Node, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const walk = (current: Node) => {
    if (current.type === 'element' && test(current)) found.push(current);
    if ('children' in current) for (const child of current.children) walk(child);
    // <template> content is not part of the page.
  };
  walk(node);
  return found;
}

export function one(node: Node, test: (element: Element) => boolean): Element {
  const found = all(node, test);
  if (found.length !== 1) throw new Error(`expected one element, found ${found.length}`);
  return found[0]!;
}

/** The attribute as written in the HTML (`class` joined with spaces, data-* by their HTML name). */
export function attr(element: Element, name: string): string | undefined {
  const key = /^(data|aria)-/.test(name)
    ? `${name.slice(0, 4)}${name.slice(5).replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase())}`
    : name === 'class'
      ? 'className'
      : name === 'http-equiv'
        ? 'httpEquiv'
        : name;
  const value = element.properties[key];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value);
}

export function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(' ').includes(name);
}

export const tag = (name: string) => (element: Element) => element.tagName === name;
export const cls = (name: string) => (element: Element) => hasClass(element, name);

/** The text of a node, as textContent gives it. */
export function text(node: Node): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => text(child as Node)).join('');
  return '';
}
