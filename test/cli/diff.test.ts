/** --fix-dry-run's diff and its map from the fixed text back to the file on disk (src/cli/diff.ts). */
import { describe, expect, it } from 'vitest';
import { lineDiff, originalOffsets } from '../../src/cli/diff.js';

describe('lineDiff', () => {
  it('numbers every line, removed or added, by its line in the file on disk', () => {
    const before = '甲\n乙\n丙\n丁,\n戊\n';
    const after = '甲\n丙\n丁，\n戊\n';
    expect(lineDiff('r.txt', before, after, 'zh')).toBe(
      ['--fix 将修改 r.txt：', '-    2 | 乙', '-    4 | 丁,', '+    4 | 丁，', '', ''].join('\n'),
    );
  });

  it('a line added where none was removed is numbered by the line it comes before', () => {
    expect(lineDiff('r.txt', 'a\nc\n', 'a\nb\nc\n', 'en')).toBe(['--fix would change r.txt:', '+    2 | b', '', ''].join('\n'));
  });

  it('keeps CRLF and CR line ends apart from the text', () => {
    expect(lineDiff('r.txt', 'a\r\nb,c\r\n', 'a\r\nb，c\r\n', 'zh')).toBe(['--fix 将修改 r.txt：', '-    2 | b,c', '+    2 | b，c', '', ''].join('\n'));
  });
});

describe('originalOffsets', () => {
  it('maps offsets in the fixed text to the same characters in the original', () => {
    const before = '一、总体情况 , 全镇手机13812345678。\n二、主要举措...具体如下：电话13900000000\n';
    const after = '一、总体情况，全镇手机13812345678。\n二、主要举措……具体如下：电话13900000000\n';
    const map = originalOffsets(before, after);
    for (const needle of ['13812345678', '13900000000', '二、', '具体', '。\n']) {
      expect(map(after.indexOf(needle)), needle).toBe(before.indexOf(needle));
    }
    expect(map(0)).toBe(0);
    expect(map(after.length)).toBe(before.length);
    // Inside a replacement: the start of what it replaced.
    expect(map(after.indexOf('，'))).toBe(before.indexOf(' , '));
  });

  it('follows lines that were removed or added', () => {
    const before = '<!-- x -->\n甲,乙\n丙\n';
    const after = '甲，乙\n丙\n';
    const map = originalOffsets(before, after);
    expect(map(after.indexOf('丙'))).toBe(before.indexOf('丙'));
    expect(map(after.indexOf('乙'))).toBe(before.indexOf('乙'));
  });

  it('is the identity when nothing changed', () => {
    const text = '甲\r\n乙\r\n';
    const map = originalOffsets(text, text);
    for (let i = 0; i <= text.length; i += 1) expect(map(i)).toBe(i);
  });
});
