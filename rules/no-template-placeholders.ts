/**
 * no-template-placeholders — reports are often written from last year's report or a template, and the
 * blanks get left in: XX县, ××镇, 20XX年, *次, 【填写…】, （此处…）, ____年. Each is reported where it
 * stands. There is no fix: only the writer knows what goes there.
 *
 * A run of X/×/* counts only before a word that names a place, a body, a date part or a unit (县, 镇,
 * 年, 次, 件…), and never right after a letter or digit, so Latin words (Linux系统), products (3×5米)
 * and anonymised names (王XX) stay unreported.
 */
import { defineRule } from '../src/rule-api.js';
import { proseSegments, rangeIndex, urlRanges } from '../src/text/prose.js';
import { matchesOf } from '../src/text/matches.js';

type MessageId = 'placeholder' | 'blank';

/** What may follow a run of X/×/*: place and body names, date parts, units. */
const FOLLOWERS = [
  '人民政府', '政府', '街道', '社区', '省', '市', '县', '区', '镇', '乡', '村', '局', '委', '办', '厅', '部门', '单位',
  '公司', '同志', '年', '月', '日', '号', '万元', '亿元', '元', '人次', '名', '人', '次', '件', '项', '个', '场', '期',
  '份', '家', '户', '起', '条', '篇', '%', '％',
];

const MARK = '[XxＸｘ×✕╳＊*]';
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // XX县, ××镇, *次, X月X日
  // (带*号的为必填项: an asterisk before 号 is the mark itself, not a placeholder.)
  new RegExp(`(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])${MARK}{1,4}(?=${FOLLOWERS.join('|')})(?<![＊*](?=号))`, 'gu'),
  // 20XX年, 202X年, XXXX年
  /(?<![A-Za-z0-9])(?:20[XxＸ×]{2}|20\d[XxＸ×]|[XxＸ×]{4})(?![A-Za-z0-9])/gu,
  // 【填写…】, [此处…], 〔待定〕, {请输入…}: brackets holding an instruction or an X run
  /[【\[〔{［｛][^】\]〕}］｝\n]{0,30}?(?:填写|填入|填报|此处|待定|待补|待填|请输入|请填|请补充|插入|替换为|[XxＸ×＊*]{2,}|…|\.{3})[^】\]〕}］｝\n]{0,30}?[】\]〕}］｝]/gu,
  // （此处…）, (填写…)
  // (the inside may not start another such note: two starts never share their 40 characters, so a run of notes stays linear)
  /[（(](?:此处|在此|请?填写|请?填入|待定|待补充|待填|请补充|请输入)(?:(?![（(](?:此处|在此|请?填写|请?填入|待定|待补充|待填|请补充|请输入))[^）)\n]){0,40}[）)]/gu,
];

/** Blanks left for filling in: ____年__月, ＿＿＿. */
const BLANK = /_{3,}|＿{2,}/gu;

/**
 * What every placeholder and blank above holds: an X mark or an underscore; or an opening bracket and a character of
 * the instruction inside it (填, 此, 待, 请, 插, 替, …) or "...". A heading's （一） alone is not worth a search.
 */
const MARK_OR_BLANK = /[XxＸｘ×✕╳＊*_＿]/;
const OPENING_BRACKET = /[【[〔{［｛（(]/;
const INSTRUCTION = /[填此待请插替…]|\.\.\./;
const maybePlaceholder = (text: string): boolean => MARK_OR_BLANK.test(text) || (OPENING_BRACKET.test(text) && INSTRUCTION.test(text));

export const rule = defineRule<MessageId>({
  meta: {
    id: 'no-template-placeholders',
    description: '报告中不应残留模板占位符（XX县、20XX年、*次、【填写…】等）',
    descriptionEn: 'No template placeholders left in the report (XX县, 20XX年, *次, 【填写…】 and the like)',
    category: 'hygiene',
    severity: 'error',
    messages: {
      placeholder: {
        zh: '模板占位符“{text}”未替换：请填写实际内容',
        en: 'Template placeholder "{text}" left in: fill in the actual content',
      },
      blank: {
        zh: '留有待填写的空白“{text}”：请填写实际内容',
        en: 'Blank "{text}" left to fill in: fill in the actual content',
      },
    },
  },
  check(context) {
    const { model, text } = context;
    const residue = rangeIndex(model.residue.map((r) => [r.span.start, r.span.end] as const));
    for (const segment of proseSegments(context.tree, text)) {
      const local = segment.text;
      // Most lines hold none of the characters a placeholder or a blank is made of: nothing is searched there.
      if (!maybePlaceholder(local)) continue;
      const urls = rangeIndex(urlRanges(local).map(([a, b]) => [a + segment.start, b + segment.start] as const));
      const found: Array<{ start: number; end: number; messageId: MessageId }> = [];
      // The characters of the segment a placeholder already took (a pass over `found` per match would be quadratic).
      const taken = new Uint8Array(local.length);
      const add = (start: number, end: number, messageId: MessageId) => {
        if (urls.overlaps(start, end) || residue.overlaps(start, end)) return;
        // The longest match wins: 【填写XX县名称】 is one placeholder, not two.
        for (let at = start; at < end; at += 1) if (taken[at - segment.start] === 1) return;
        taken.fill(1, start - segment.start, end - segment.start);
        found.push({ start, end, messageId });
      };
      const matches: Array<{ start: number; end: number; messageId: MessageId }> = [];
      for (const pattern of PLACEHOLDER_PATTERNS) {
        for (const match of matchesOf(pattern, local)) {
          matches.push({ start: segment.start + match.index, end: segment.start + match.index + match[0].length, messageId: 'placeholder' });
        }
      }
      for (const match of matchesOf(BLANK, local)) {
        matches.push({ start: segment.start + match.index, end: segment.start + match.index + match[0].length, messageId: 'blank' });
      }
      matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      for (const match of matches) add(match.start, match.end, match.messageId);
      found.sort((a, b) => a.start - b.start);
      for (const { start, end, messageId } of found) {
        const shown = text.slice(start, end);
        // XX县, 20XX年: show the word the placeholder stands before.
        const word = messageId === 'placeholder' && /[XxＸｘ×✕╳＊*\d]$/u.test(shown) ? followingWord(text, end) : '';
        context.report({ messageId, data: { text: shown + word }, range: [start, end] });
      }
    }
  },
});

function followingWord(text: string, at: number): string {
  return FOLLOWERS.find((word) => text.startsWith(word, at)) ?? '';
}
