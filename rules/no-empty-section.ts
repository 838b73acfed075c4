/**
 * Every heading is followed by something: body text or sub-sections. An empty heading is a part the
 * writer meant to fill in and forgot, or left from a template.
 * Docs: ./no-empty-section.md
 */
import { defineRule, type Heading } from '../src/rule-api.js';
import { shorten } from '../src/text/chars.js';

/** Text that is only punctuation or spaces does not count as content. */
const CONTENT = /[\p{L}\p{N}]/u;

/** A heading that ends a sentence ("…，做到执法为民。")… */
const ENDS_SENTENCE = /[。！？!?；;][”’」）)]?$/;
/**
 * …and reads as a statement is a list item, not a title: it has a clause break, is longer than a heading usually
 * is, or says how things stand. A title names a task ("强化组织领导", "抓好学法用法"); a statement describes a
 * state with words a title does not use: still/yet (还, 仍, 尚未), "not enough" (不够, 不强, 不高, 不足 …), "rather"
 * (比较, 较为, 较少 …), "remains to be" (有待, 亟待). 不足 after 的/和/与/及/、 or at the start is the noun
 * ("存在的不足", "问题和不足", "不足之处"), and 不规范 before 问题/现象/行为 names a problem to tackle
 * ("整治执法不规范问题"): both stay titles.
 */
const CLAUSE_BREAK = /[，,；;、：:]/;
const TITLE_LENGTH = 20;
const STATE =
  /还|仍|尚未|尚不|尚需|尚有|有待|亟待|亟需|较为|比较|较[少弱低多差]|偏[少弱低]|未能|没有|(?<=[^的和与及、\s])不(?:够|强|高|多|广|深|细|实|严|准|全|熟|足|到位|健全|完善|规范|平衡|充分|明显|及时|畅|力|佳)(?!问题|现象|行为|情况)/u;

/**
 * "1、部分干部法治意识还不够强，遇到问题习惯按老经验处理。" and "1.法治宣传覆盖面还不够广。" are one-paragraph
 * items: each is its own content.
 */
function isStatementItem(heading: Heading): boolean {
  const text = heading.span.text.trim();
  const { title } = heading;
  return ENDS_SENTENCE.test(text) && (CLAUSE_BREAK.test(title) || title.length > TITLE_LENGTH || STATE.test(title));
}

export const rule = defineRule({
  meta: {
    id: 'no-empty-section',
    description: '标题下应有正文或下级标题，不应留空',
    descriptionEn: 'Every heading is followed by body text or sub-headings',
    category: 'structure',
    severity: 'warn',
    messages: {
      empty: {
        zh: '“{title}”部分没有内容：请补写这一部分，或删去这个标题',
        en: 'The part "{title}" has no content: write it, or remove the heading',
      },
    },
  },
  check(context) {
    for (const section of context.model.allSections) {
      if (section.children.length > 0) continue;
      if (section.body.some((paragraph) => CONTENT.test(paragraph.plain))) continue;
      if (isStatementItem(section.heading)) continue;
      const { heading } = section;
      const title = shorten(heading.title || heading.span.text.trim(), 30);
      context.report({ messageId: 'empty', data: { title }, range: [heading.span.start, heading.span.end] });
    }
  },
});
