import { isSurrogatePairAt } from './chars.js';

/**
 * The matches of a global RegExp, as String.prototype.matchAll gives them, without its cost: matchAll makes a new
 * RegExp from the pattern on every call (the species constructor), and on a line of a report that copy costs far
 * more than the search (terminology's pattern of a hundred wrong forms over the bench corpus's lines: 230 ms with
 * matchAll, 25 ms with this). Rules and the model search every line and sentence, so they use this.
 *
 * The pattern's own lastIndex is used while iterating and given back after each match and at the end, so the loop
 * body may use the same RegExp (test, replace, another matchesOf) without disturbing the iteration.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global RegExp, got ${String(pattern)}`);
  const before = pattern.lastIndex;
  const unicode = pattern.unicode || (pattern as { unicodeSets?: boolean }).unicodeSets === true;
  let from = 0;
  try {
    for (;;) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match === null) return;
      from = match[0] === '' ? advance(text, pattern.lastIndex, unicode) : pattern.lastIndex;
      yield match;
    }
  } finally {
    pattern.lastIndex = before;
  }
}

/**
 * Whether `pattern` (global) matches anywhere in `text`: a test that first puts its lastIndex at the start, and gives
 * it back after. Asked before a loop over the matches, so that a text holding none makes no matcher.
 */
export function hasMatch(pattern: RegExp, text: string): boolean {
  const before = pattern.lastIndex;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = before;
  return found;
}

/** The index after an empty match at `index` (ECMAScript's AdvanceStringIndex): past a whole surrogate pair in Unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  return unicode && isSurrogatePairAt(text, index) ? index + 2 : index + 1;
}
