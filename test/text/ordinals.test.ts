import { describe, expect, it } from 'vitest';
import {
  chineseNumeralValue,
  findEnumerators,
  formatOrdinal,
  isStandardStyle,
  parseOrdinal,
  toChineseNumeral,
} from '../../src/text/ordinals.js';

describe('chineseNumeralValue / toChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
  ])('%s = %i, and back', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
    expect(toChineseNumeral(value)).toBe(numeral);
  });
  it.each(['', '零', '十十', '一二', '百', '二十三四'])('rejects %j', (numeral) => {
    expect(chineseNumeralValue(numeral)).toBeUndefined();
  });
});

describe('parseOrdinal', () => {
  it.each([
    ['一、法治政府建设情况', '一、', 1, 1, 'cn-dun'],
    ['十二、其他', '十二、', 12, 1, 'cn-dun'],
    ['三．存在的问题', '三．', 3, 1, 'cn-dot'],
    ['二，主要做法', '二，', 2, 1, 'cn-comma'],
    ['（一）强化组织领导。', '（一）', 1, 2, 'cn-paren'],
    ['(二) 增强学法意识。', '(二)', 2, 2, 'cn-paren-half'],
    ['（三)加大宣传力度', '（三)', 3, 2, 'cn-paren-half'],
    ['(四)、加大普法力度', '(四)、', 4, 2, 'cn-paren-dun'],
    ['1.严格重大事项决策程序。', '1.', 1, 3, 'arabic-dot'],
    ['2．规范涉企检查', '2．', 2, 3, 'arabic-dot'],
    ['3、推行柔性执法。', '3、', 3, 3, 'arabic-dun'],
    ['4，加强培训', '4，', 4, 3, 'arabic-comma'],
    ['5）强化监督', '5）', 5, 3, 'arabic-rparen'],
    ['（1）接受人大监督', '（1）', 1, 4, 'arabic-paren'],
    ['(2)接受社会监督', '(2)', 2, 4, 'arabic-paren-half'],
  ] as const)('%s', (line, marker, value, level, style) => {
    const ordinal = parseOrdinal(line, 100);
    expect(ordinal).toEqual({ span: { text: marker, start: 100, end: 100 + marker.length }, value, level, style });
  });

  it.each(['一是健全工作机制', '2023年，我乡', '3.5万元', '2023.5.1', '（2021-2025年）', '第一，', '全面推进', '', '①加强学习'])(
    'is not an ordinal: %j',
    (line) => {
      expect(parseOrdinal(line)).toBeUndefined();
    },
  );
});

describe('standard styles', () => {
  it('formats the four GB/T 9704 levels', () => {
    expect([1, 2, 3, 4].map((level) => formatOrdinal(level as 1 | 2 | 3 | 4, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
  });
  it('knows which styles are standard', () => {
    expect(isStandardStyle('cn-dun')).toBe(true);
    expect(isStandardStyle('cn-paren-half')).toBe(false);
    expect(isStandardStyle('arabic-dun')).toBe(false);
  });
});

describe('findEnumerators', () => {
  it('finds 一是…二是…三是… at clause starts', () => {
    const text = '严格执法。一是稳步推进公示制度。二是积极推动全过程记录，三是开展法制审核。';
    expect(findEnumerators(text).map((e) => [e.text, e.value, e.kind])).toEqual([
      ['一是', 1, 'shi'],
      ['二是', 2, 'shi'],
      ['三是', 3, 'shi'],
    ]);
  });
  it('finds 其一, 第一， and ①', () => {
    expect(findEnumerators('其一，加强学习；第二，规范执法；①完善制度').map((e) => e.kind)).toEqual(['qi', 'di', 'circled']);
  });
  it('ignores 统一是, 唯一是 and 是否', () => {
    expect(findEnumerators('标准统一是前提，唯一是关键，一是否可行')).toEqual([]);
  });
});
