/**
 * Offsets → 1-based line and column, the one place this arithmetic happens. Columns count UTF-16
 * code units (as unified and the Language Server Protocol do); vfile-location handles \n, \r\n and \r.
 */
import { location } from 'vfile-location';

export interface Place {
  line: number;
  column: number;
}

export type Locator = (offset: number) => Place;

export function createLocator(text: string): Locator {
  const { toPoint } = location(text);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const point = toPoint(clamped);
    if (point) return { line: point.line, column: point.column };
    // vfile-location has no point for the very end of a text that ends in a line break.
    const before = toPoint(clamped - 1);
    return before ? { line: before.line + 1, column: 1 } : { line: 1, column: 1 };
  };
}
