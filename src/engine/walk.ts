/**
 * Walking an mdast tree without recursion: an explicit stack, so a deeply nested tree (blockquotes in
 * blockquotes, emphasis in emphasis) never overflows the call stack, whatever the input. Every walk over a
 * tree in src/ and rules/ goes through here (unist-util-visit recurses once per level).
 */
import type { Nodes } from 'mdast';

/** Returned by a visitor: do not enter this node's children. */
export const SKIP = Symbol('skip');

export type Visitor = (node: Nodes) => typeof SKIP | void | undefined;

/**
 * Calls `visitor` on every node of the tree in document order (pre-order, depth first). The root's children are
 * taken one at a time, not all pushed: the stack of a report of 100,000 lines would hold 100,000 nodes.
 */
export function walk(tree: Nodes, visitor: Visitor): void {
  if (visitor(tree) === SKIP || !('children' in tree)) return;
  const top = tree.children as Nodes[];
  const stack: Nodes[] = [];
  for (let next = 0; next < top.length; next += 1) {
    stack.push(top[next] as Nodes);
    walkStack(stack, visitor);
  }
}

/** Visits the nodes on `stack` and everything under them, until the stack is empty. */
function walkStack(stack: Nodes[], visitor: Visitor): void {
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (visitor(node) === SKIP) continue;
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Nodes);
    }
  }
}
