/**
 * Heading ordinals follow GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1）, each level in its own form,
 * numbered 1, 2, 3… without gaps or repeats and restarting under each parent.
 * Docs: ./heading-numbering.md
 */
import { defineRule, type Ordinal, type Section } from '../src/rule-api.js';
import { shorten } from '../src/text/chars.js';
import { formatOrdinal, isStandardStyle, toChineseNumeral } from '../src/text/ordinals.js';

/** The wrong forms whose intended standard form is certain (1） may mean 1. or （1）: no fix for it). */
const FIXABLE_STYLES: ReadonlySet<string> = new Set([
  'cn-dot',
  'cn-comma',
  'cn-paren-half',
  'cn-paren-dun',
  'arabic-dun',
  'arabic-comma',
  'arabic-paren-half',
]);

/** Spaces a writer typed after a wrong marker ("(一) 强化…"); the standard form has none. */
const TRAILING_SPACES = /^[ \t\u3000\u00a0]+/;

export const rule = defineRule({
  meta: {
    id: 'heading-numbering',
    description: '各级标题序号应依次使用“一、”“（一）”“1.”“（1）”，并按顺序连续编号',
    descriptionEn: 'Heading ordinals use 一、 / （一） / 1. / （1） by level and run on without gaps or repeats',
    category: 'format',
    severity: 'error',
    fixable: true,
    messages: {
      wrongForm: {
        zh: '标题序号“{actual}”写法不规范：第{levelName}层标题序号应写作“{expected}”',
        en: 'Heading ordinal "{actual}" is not in the standard form: a level-{level} ordinal is written "{expected}"',
      },
      skipped: {
        zh: '标题序号“{actual}”不连续：同一层级的序号应从头依次编号，此处应为“{expected}”',
        en: 'Heading ordinal "{actual}" breaks the sequence: ordinals at one level run on from the first, "{expected}" expected here',
      },
      missingOrdinal: {
        zh: '标题“{title}”缺少序号：与同级标题一样编号，此处应为“{expected}”',
        en: 'Heading "{title}" has no ordinal: number it like its siblings, "{expected}" expected here',
      },
      repeated: {
        zh: '标题序号“{actual}”与上一个同级标题重复：此处应为“{expected}”',
        en: 'Heading ordinal "{actual}" repeats the previous one at this level: "{expected}" expected here',
      },
    },
  },
  check(context) {
    const { model, text } = context;

    const checkForm = (ordinal: Ordinal): void => {
      const expected = formatOrdinal(ordinal.level, ordinal.value);
      if (ordinal.span.text === expected) return;
      // Half-width brackets are the same mistake whichever bracket is half-width; a full-width
      // form that differs only in the dot (1．) is still the standard form.
      if (isStandardStyle(ordinal.style)) return;
      const { start, end } = ordinal.span;
      const spaces = TRAILING_SPACES.exec(text.slice(end, end + 4))?.[0].length ?? 0;
      context.report({
        messageId: 'wrongForm',
        data: { actual: ordinal.span.text, expected, level: ordinal.level, levelName: toChineseNumeral(ordinal.level) },
        range: [start, end],
        ...(FIXABLE_STYLES.has(ordinal.style) ? { fix: { range: [start, end + spaces], text: expected } } : {}),
      });
    };

    /**
     * Ordinals of one parent's children, level by level, must run 1, 2, 3… A heading among numbered
     * siblings that has lost its ordinal is reported and takes the next number, so the sibling after it
     * is not reported as well.
     */
    const checkSequence = (children: readonly Section[]): void => {
      const previous = new Map<number, number>();
      let lastLevel: Ordinal['level'] | undefined;
      children.forEach((child) => {
        const ordinal = child.heading.ordinal;
        if (!ordinal) {
          // Only after a numbered sibling: a lead-in heading before the first one ("### 工作概况") is not
          // a lost ordinal.
          const level = lastLevel;
          if (level === undefined) return;
          const value = (previous.get(level) ?? 0) + 1;
          previous.set(level, value);
          const { span, title } = child.heading;
          const shown = title || span.text.trim();
          context.report({
            messageId: 'missingOrdinal',
            data: { title: shorten(shown, 20), expected: formatOrdinal(level, value) },
            range: [span.start, span.end],
          });
          return;
        }
        lastLevel = ordinal.level;
        const last = previous.get(ordinal.level) ?? 0;
        const expected = formatOrdinal(ordinal.level, last + 1);
        const range = [ordinal.span.start, ordinal.span.end] as const;
        if (ordinal.value === last) {
          context.report({ messageId: 'repeated', data: { actual: ordinal.span.text, expected }, range });
        } else if (ordinal.value !== last + 1) {
          context.report({ messageId: 'skipped', data: { actual: ordinal.span.text, expected }, range });
        }
        previous.set(ordinal.level, ordinal.value);
      });
    };

    checkSequence(model.sections);
    for (const section of model.allSections) {
      if (section.heading.ordinal) checkForm(section.heading.ordinal);
      checkSequence(section.children);
    }
  },
});
