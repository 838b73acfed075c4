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
/** …and reads as a statement (a clause break, or longer than a heading usually is) is a list item, not a title. */
const CLAUSE_BREAK = /[，,；;、：:]/;
const TITLE_LENGTH = 20;

/** "1、部分干部法治意识还不够强，遇到问题习惯按老经验处理。" is a one-paragraph item: it is its own content. */
function isStatementItem(heading: Heading): boolean {
  const text = heading.span.text.trim();
  return ENDS_SENTENCE.test(text) && (CLAUSE_BREAK.test(heading.title) || heading.title.length > TITLE_LENGTH);
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
