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

/** The index after an empty match at `index` (ECMAScript's AdvanceStringIndex): past a whole surrogate pair in Unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
