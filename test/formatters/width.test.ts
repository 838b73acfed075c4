import { readdirSync, readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, padStart } from '../../src/formatters/width.js';

function fixtureLines(): string[] {
  const lines: string[] = [];
  for (const dir of ['fixtures/seeds', 'fixtures/corpus/reports']) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (/\.(txt|md)$/.test(name)) lines.push(...readFileSync(`${dir}/${name}`, 'utf8').split(/\r?\n/));
    }
  }
  return lines;
}

describe('displayWidth', () => {
  it('counts CJK, full-width forms and emoji as two columns, ASCII and ambiguous punctuation as one', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('法治政府')).toBe(8);
    expect(displayWidth('，。；：！？（）【】《》〔〕、')).toBe(30);
    expect(displayWidth('２０２４年')).toBe(10);
    expect(displayWidth('“”‘’…—·')).toBe(7); // East Asian Ambiguous: narrow, as string-width and most terminals
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('🇨🇳')).toBe(2);
    expect(displayWidth('❤️')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb\tc')).toBe(3);
    expect(displayWidth('𠀀')).toBe(2);
    expect(displayWidth('\u001b[31m错误\u001b[39m')).toBe(4);
  });

  it('agrees with string-width on every line of the real reports in fixtures/', () => {
    const lines = fixtureLines();
    const mismatches = lines.filter((line) => displayWidth(line) !== stringWidth(line));
    expect(mismatches).toEqual([]);
    if (lines.length === 0) expect(displayWidth('中文，Chinese。')).toBe(stringWidth('中文，Chinese。'));
  });

  it('pads by display width', () => {
    expect(padEnd('中文', 6)).toBe('中文  ');
    expect(padStart('12', 4)).toBe('  12');
    expect(padEnd('很长的文字', 4)).toBe('很长的文字');
  });
});
