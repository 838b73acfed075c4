/**
 * The classes of code that made inputs crash the engine (issue 11), looked for in the source so that the next
 * instance fails here rather than on a writer's report. Parsed with the TypeScript compiler API:
 *
 * - recursion: a function that calls itself (directly) recurses as deep as the structure it walks, and a report decides
 *   how deep its tree, its sections or its nesting go; walk with an explicit stack instead (src/engine/walk.ts);
 * - spread arguments: `push(...items)`, `Math.max(...values)` pass every element as an argument, and a long array
 *   (one offset per character of a long line) overflows the stack; loop instead;
 * - unist-util-visit and mdast-util-to-string recurse once per level of the tree.
 *
 * Looked at: what runs on the text of a report (src/engine, src/model, src/text, rules, src/formatters). Each allowed
 * exception says why it is bounded.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['src/engine', 'src/model', 'src/text', 'rules', 'src/formatters'];

function files(): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.ts')) out.push(full);
    }
  };
  for (const dir of DIRS) walk(path.join(ROOT, dir));
  return out.sort();
}

/** `file: function name` → why its recursion is bounded whatever the report. */
const ALLOWED_RECURSION: Readonly<Record<string, string>> = {
  'src/formatters/html/markup.ts: insert':
    "walks the html report's own template values (lists of rows of cells): as deep as the formatter's code nests them; report text only ever sits at the leaves",
};

/** `file: call text` → why the spread array is short whatever the report. */
const ALLOWED_SPREAD: Readonly<Record<string, string>> = {
  'src/formatters/xlsx.ts: Math.max(1, ...itemColumns.map((index) => Math.ceil(displayWidth(String(sheet.getCell(1, index).value)) / (ITEM_WIDTH - ':
    'one element per statutory item (seven), whatever the reports',
};

interface Finding {
  key: string;
  where: string;
}

function scan(): { recursion: Finding[]; spread: Finding[]; imports: Finding[] } {
  const recursion: Finding[] = [];
  const spread: Finding[] = [];
  const imports: Finding[] = [];
  for (const file of files()) {
    const relative = path.relative(ROOT, file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    /** The names of the functions enclosing the current node, innermost last. */
    const enclosing: string[] = [];
    const nameOf = (node: ts.Node): string | undefined => {
      if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText(source);
      if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent)) return node.parent.name.getText(source);
      return undefined;
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const from = node.moduleSpecifier.text;
        if (from === 'unist-util-visit' || from === 'unist-util-visit-parents' || from === 'mdast-util-to-string') {
          imports.push({ key: `${relative}: ${from}`, where: `${relative}:${lineOf(node)}` });
        }
      }
      // A function named inside itself: called (f(…), this.f(…)) or handed on (children.forEach(f)). A name that is
      // declared here, or read off another object (x.f), is not a reference to it.
      const parent = node.parent as ts.Node | undefined;
      const declaredOrMember = parent !== undefined && (parent as { name?: ts.Node }).name === node;
      const referenced =
        ts.isIdentifier(node) && !declaredOrMember
          ? node.text
          : ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword
            ? node.name.text
            : undefined;
      if (referenced !== undefined && enclosing.includes(referenced)) {
        recursion.push({ key: `${relative}: ${referenced}`, where: `${relative}:${lineOf(node)}` });
      }
      if (ts.isCallExpression(node)) {
        for (const argument of node.arguments) {
          if (ts.isSpreadElement(argument)) spread.push({ key: `${relative}: ${node.getText(source).replace(/\s+/g, ' ').slice(0, 120)}`, where: `${relative}:${lineOf(node)}` });
        }
      }
      if (ts.isNewExpression(node)) {
        for (const argument of node.arguments ?? []) {
          if (ts.isSpreadElement(argument)) spread.push({ key: `${relative}: ${node.getText(source).replace(/\s+/g, ' ').slice(0, 120)}`, where: `${relative}:${lineOf(node)}` });
        }
      }
      const name = nameOf(node);
      if (name !== undefined) enclosing.push(name);
      ts.forEachChild(node, visit);
      if (name !== undefined) enclosing.pop();
    };
    visit(source);
  }
  return { recursion, spread, imports };
}

const found = scan();

describe('no code whose depth or argument count the report decides (issue 11)', () => {
  it('the scanner finds what it looks for', () => {
    const probe = ts.createSourceFile('x.ts', 'function f(n: number): number { return n ? f(n - 1) : 0 }', ts.ScriptTarget.Latest, true);
    expect(probe.statements.length).toBe(1);
    expect(files().some((file) => file.endsWith(path.join('src', 'engine', 'lint-text.ts')))).toBe(true);
  });

  it('no function calls itself', () => {
    const unexplained = found.recursion.filter((f) => ALLOWED_RECURSION[f.key] === undefined).map((f) => f.where + ' ' + f.key);
    expect(unexplained).toEqual([]);
  });

  it('no call spreads an array into its arguments', () => {
    const unexplained = found.spread.filter((f) => ALLOWED_SPREAD[f.key] === undefined).map((f) => f.where + ' ' + f.key);
    expect(unexplained).toEqual([]);
  });

  it('no recursive tree walker is imported', () => {
    expect(found.imports.map((f) => f.where)).toEqual([]);
  });

  it('every allowed exception still exists', () => {
    const keys = new Set([...found.recursion, ...found.spread].map((f) => f.key));
    expect([...Object.keys(ALLOWED_RECURSION), ...Object.keys(ALLOWED_SPREAD)].filter((key) => !keys.has(key))).toEqual([]);
  });
});
