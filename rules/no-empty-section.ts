/**
 * Every heading is followed by something: body text or sub-sections. An empty heading is a part the
 * writer meant to fill in and forgot, or left from a template.
 * Docs: ./no-empty-section.md
 */
import { defineRule } from '../src/rule-api.js';

/** Text that is only punctuation or spaces does not count as content. */
const CONTENT = /[\p{L}\p{N}]/u;

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
      const { heading } = section;
      const full = heading.title || heading.span.text.trim();
      const title = full.length > 30 ? `${full.slice(0, 30)}…` : full;
      context.report({ messageId: 'empty', data: { title }, range: [heading.span.start, heading.span.end] });
    }
  },
});
