/**
 * terminology — the set phrases of this genre have one right form: 法治政府 (not 法制政府), 习近平法治思想,
 * 第一责任人, and the names of the 三项制度 as the 指导意见 (国办发〔2018〕118号) and the 行政处罚法 give them
 * (执法全过程记录, 重大执法决定法制审核). The dictionary holds only forms that are wrong, not merely old:
 * 法制 is right in 法制审核 and 法制机构, and 法制宣传 is dated but not wrong, so neither is listed.
 *
 * A fixed term with one character dropped or doubled inside it (第一责任职责, 习近平法治治思想) is a wrong form too,
 * unless that spelling is a word of its own (see FIXED_TERMS and LEGITIMATE_NEAR_MISSES).
 *
 * The `terms` option adds entries (wrong → right) or overrides one; mapping a built-in wrong form (a near-miss
 * included) to "" switches it off. Fixable: the wrong form is replaced.
 */
import { defineRule } from '../src/rule-api.js';
import { escapeRegExp } from '../src/text/chars.js';
import { proseSegments, rangeIndex, urlRanges, type RangeIndex } from '../src/text/prose.js';
import { hasMatch, matchesOf } from '../src/text/matches.js';

type MessageId = 'wrongTerm';

/**
 * Built-in dictionary, wrong → right. Keep entries whole phrases that cannot be right anywhere.
 * Sources: domain.md §3 (第一责任人), §4 (三项制度 names), the 2020 中央全面依法治国工作会议 (习近平法治思想),
 * 《法治政府建设与责任落实督察工作规定》.
 */
export const DEFAULT_TERMS: Readonly<Record<string, string>> = {
  法制政府: '法治政府',
  习近平法制思想: '习近平法治思想',
  第责任人: '第一责任人',
  法制建设第一责任人: '法治建设第一责任人',
  法治审核: '法制审核',
  执法全程记录制度: '执法全过程记录制度',
  执法全程记录: '执法全过程记录',
  全过程纪录: '全过程记录',
  执法公式制度: '执法公示制度',
  执法记录议: '执法记录仪',
  合法性审察: '合法性审查',
  备案审察: '备案审查',
  行政复义: '行政复议',
  责任落实督查工作规定: '责任落实督察工作规定',
};

/**
 * The fixed terms the rule knows. A term written with one character dropped or doubled inside it (not at either
 * end, where the neighbouring word may supply or repeat the character) is reported as a wrong form of the term:
 * 第一责任职责 (人 dropped), 第一责人, 习近平法治治思想, 行政执法法公示. A dropped character is looked for only in a
 * term of five characters or more (a term of four leaves three, which is too often part of other words: 法政府 in
 * 合法政府); a doubled one in every term. Collocations are listed where the bare term's near-miss is a word of its
 * own: 第一责任 alone is a phrase (压实书记第一责任), so 人 dropped is found in 第一责任人职责 only.
 */
export const FIXED_TERMS: readonly string[] = [
  '习近平法治思想',
  '法治政府',
  '第一责任人',
  '第一责任人职责',
  '法治建设第一责任人',
  '行政执法公示',
  '执法公示制度',
  '执法全过程记录',
  '重大执法决定法制审核',
  '法制审核',
  '执法记录仪',
  '合法性审查',
  '备案审查',
  '行政复议',
  '责任落实督察工作规定',
];

/** Near-misses that are right as written, with the words they belong to: never reported. */
export const LEGITIMATE_NEAR_MISSES: Readonly<Record<string, string>> = {
  第一任人: '第一任人大代表',
  第一责任人责: '落实第一责任人责任',
  行执法公示: '推行执法公示制度',
  行政执法示: '行政执法示范点',
  执法过程记录: '在执法过程记录…（执法过程中如实记录）',
  执法全过程录: '执法全过程录音录像',
  合性审查: '符合性审查',
  合法审查: '合法审查（合法性审查的常见简称）',
  合法性查: '合法性查验',
};

const MIN_DROP_LENGTH = 5;

/**
 * Wrong → right for every near-miss of FIXED_TERMS (see there) that is not legitimate, not already in
 * DEFAULT_TERMS and not part of a right form. A near-miss two terms could give is left out (its fix would be a
 * guess); one that contains a shorter wrong form is left to that form (第责任人职责 is reported as 第责任人).
 */
export function nearMisses(terms: readonly string[] = FIXED_TERMS): Record<string, string> {
  const rights = [...terms, ...Object.values(DEFAULT_TERMS)];
  const found = new Map<string, Set<string>>();
  for (const term of terms) {
    const chars = Array.from(term);
    for (let i = 1; i < chars.length - 1; i += 1) {
      const variants = [[...chars.slice(0, i), chars[i], ...chars.slice(i)].join('')];
      if (chars.length >= MIN_DROP_LENGTH) variants.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
      for (const variant of variants) {
        if (variant in LEGITIMATE_NEAR_MISSES || variant in DEFAULT_TERMS) continue;
        if (rights.some((right) => right.includes(variant))) continue;
        found.set(variant, (found.get(variant) ?? new Set()).add(term));
      }
    }
  }
  const unambiguous = [...found].filter(([, from]) => from.size === 1).map(([variant, from]) => [variant, [...from][0]!] as const);
  const wrongForms = [...unambiguous.map(([variant]) => variant), ...Object.keys(DEFAULT_TERMS)];
  return Object.fromEntries(
    unambiguous.filter(([variant]) => !wrongForms.some((other) => other !== variant && variant.includes(other))),
  );
}

/** The built-in dictionary with the near-misses of the fixed terms. */
const BUILT_IN: Readonly<Record<string, string>> = { ...nearMisses(), ...DEFAULT_TERMS };

/** Wrong forms that a longer right form contains are not wrong there (执法全程记录仪 is the device). */
const RIGHT_CONTINUATIONS: Readonly<Record<string, RegExp>> = {
  执法全程记录: /^仪/u,
};

export const rule = defineRule<MessageId, {
  terms: { type: 'record'; default: Readonly<Record<string, string>>; description: string };
}>({
  meta: {
    id: 'terminology',
    description: '使用规范的法治政府建设用语（如“法治政府”“习近平法治思想”“第一责任人”）',
    descriptionEn: 'Use the standard terms of rule-of-law government reports (法治政府, 习近平法治思想, 第一责任人 …)',
    category: 'wording',
    severity: 'error',
    fixable: true,
    messages: {
      wrongTerm: {
        zh: '用语不规范：“{wrong}”应为“{right}”',
        en: 'Non-standard term: "{wrong}" should be "{right}"',
      },
    },
    options: {
      terms: {
        type: 'record',
        default: {},
        description: '补充或覆盖内置词表：错误写法 → 正确写法；把内置的错误写法映射为空字符串可关闭该条',
      },
    },
  },
  check(context) {
    const { terms } = context.options;
    const compiled = compiledTerms(terms);
    if (!compiled) return;
    const { dictionary, pattern } = compiled;
    const residue = rangeIndex(context.model.residue.map((r) => [r.span.start, r.span.end] as const));
    // A built-in exception holds unless the user listed the wrong form themselves.
    const rightHere = (text: string, at: number, wrong: string, right: string): boolean =>
      // The continuations are anchored and a few characters long: a few characters after the match are enough.
      (RIGHT_CONTINUATIONS[wrong]?.test(text.slice(at + wrong.length, at + wrong.length + 8)) === true && !terms[wrong]) ||
      readsRight(text, at, wrong, right);

    for (const segment of proseSegments(context.tree, context.text)) {
      // Most segments hold no wrong form: tested first, they make no matcher and no match.
      if (!hasMatch(pattern, segment.text)) continue;
      // The segment's addresses, looked for only when a wrong form is found in it (most segments have none).
      let urls: RangeIndex | undefined;
      for (const match of matchesOf(pattern, segment.text)) {
        const wrong = match[0];
        const right = dictionary.get(wrong);
        const localEnd = match.index + wrong.length;
        if (right === undefined) continue;
        urls ??= rangeIndex(urlRanges(segment.text));
        if (urls.overlaps(match.index, localEnd)) continue;
        if (rightHere(segment.text, match.index, wrong, right)) continue;
        const start = segment.start + match.index;
        const end = segment.start + localEnd;
        if (residue.overlaps(start, end)) continue;
        context.report({ messageId: 'wrongTerm', data: { wrong, right }, range: [start, end], fix: { range: [start, end], text: right } });
      }
    }

    // A term that PDF extraction broke across two lines (第责⏎任人): found in the joined paragraph text,
    // reported without a fix (the edit would have to remove the line break).
    for (const paragraph of context.model.paragraphs) {
      if (!hasLineBreak(context.text, paragraph.start, paragraph.end)) continue;
      for (const match of matchesOf(pattern, paragraph.plain)) {
        const wrong = match[0];
        const right = dictionary.get(wrong);
        const start = paragraph.toOffset(match.index);
        const end = paragraph.toOffset(match.index + wrong.length - 1) + 1;
        if (right === undefined || !/[\r\n]/.test(context.text.slice(start, end))) continue;
        if (rightHere(paragraph.plain, match.index, wrong, right)) continue;
        context.report({ messageId: 'wrongTerm', data: { wrong, right }, range: [start, end] });
      }
    }
  },
});

/**
 * The dictionary (built-in terms with the user's added or switched off) and one pattern of all its wrong forms,
 * longest first so 执法全程记录制度 wins over 执法全程记录. Compiled once per `terms` option: the pattern has hundreds
 * of alternatives, and a folder run asks for it once per report.
 */
const compiledByTerms = new Map<string, { dictionary: Map<string, string>; pattern: RegExp } | undefined>();
function compiledTerms(terms: Readonly<Record<string, string>>): { dictionary: Map<string, string>; pattern: RegExp } | undefined {
  const key = JSON.stringify(terms);
  if (compiledByTerms.has(key)) return compiledByTerms.get(key);
  const dictionary = new Map<string, string>(Object.entries(BUILT_IN));
  for (const [wrong, right] of Object.entries(terms)) {
    if (right === '') dictionary.delete(wrong);
    else if (wrong !== '' && wrong !== right) dictionary.set(wrong, right);
  }
  const wrongForms = [...dictionary.keys()].sort((a, b) => b.length - a.length);
  const compiled = dictionary.size === 0 ? undefined : { dictionary, pattern: new RegExp(wrongForms.map(escapeRegExp).join('|'), 'gu') };
  // A few configs per run at most; bounded all the same (a language server may see many over a day).
  if (compiledByTerms.size >= 16) compiledByTerms.clear();
  compiledByTerms.set(key, compiled);
  return compiled;
}

/** Whether the source has a line break within [start, end): only such a paragraph can hold a term broken by one. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  // A loop over the range: indexOf would look past it, to the end of a file without \r, for every paragraph.
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** True when the right form, which contains the wrong one, already stands here (全面依法治县委员会 for 依法治县委员会). */
function readsRight(text: string, at: number, wrong: string, right: string): boolean {
  for (let k = right.indexOf(wrong); k >= 0; k = right.indexOf(wrong, k + 1)) {
    if (at - k >= 0 && text.startsWith(right, at - k)) return true;
  }
  return false;
}
