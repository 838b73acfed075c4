#!/usr/bin/env node
/**
 * Prints the `--mutate` ranges of the code that runs while a module loads (module-level constants that are not
 * functions: vocabularies, patterns, tables; a class's static fields), for the files given, e.g.
 *
 *   npx stryker run --mutate "$(node scripts/mutation-static.js src/model/*.ts)"
 *
 * StrykerJS runs every test for such a *static* mutant (it cannot tell which tests use it), so a run over whole files
 * spends most of its time on them; `--ignoreStatic` leaves them out, and this script picks out only them for a run of
 * their own. Functions declared at module level are left out: their bodies run when called, and `--ignoreStatic`
 * runs already cover them.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Whether an initializer is a function: its body runs when called, not while the module loads. */
function isFunctionLike(node) {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

function staticRanges(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const ranges = [];
  const add = (node) => {
    const start = source.getLineAndCharacterOfPosition(node.getStart(source));
    const end = source.getLineAndCharacterOfPosition(node.getEnd());
    ranges.push(`${file}:${start.line + 1}:${start.character}-${end.line + 1}:${end.character}`);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer && !isFunctionLike(declaration.initializer)) add(declaration.initializer);
      }
    } else if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) {
        const isStatic = ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (isStatic && ts.isPropertyDeclaration(member) && member.initializer) add(member.initializer);
      }
    } else if (ts.isExpressionStatement(statement)) {
      add(statement);
    }
  }
  return ranges;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/mutation-static.js <file.ts>…');
  process.exit(2);
}
console.log(files.flatMap(staticRanges).join(','));
