/**
 * renderTemplate cuts each template at its placeholders once and fills the pieces in; it must say exactly what a
 * replace of every {name} says (the reference below), for every template shape a rule or a custom rule may give.
 */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/engine/messages.js';
import type { MessageTemplate } from '../../src/types.js';

const reference = (template: string, data: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));

describe('renderTemplate', () => {
  const templates = [
    '没有占位符',
    '{a}',
    '“{wrong}”应为“{right}”',
    '{a}{b}{a}',
    '{missing} 与 {a}',
    '{} {a b} {{a}} {a',
    '{0}个{n_1}',
    '',
  ];
  const data = { a: 'A', b: 2, wrong: '法制', right: '法治', n_1: 0, 0: '零' };

  it('says what replacing every {name} says, in both locales, the second time as the first', () => {
    for (const zh of templates) {
      const template: MessageTemplate = { zh, en: `en: ${zh}` };
      for (let round = 0; round < 2; round += 1) {
        expect(renderTemplate(template, 'zh', data)).toBe(reference(zh, data));
        expect(renderTemplate(template, 'en', data)).toBe(reference(`en: ${zh}`, data));
        expect(renderTemplate(template, 'zh')).toBe(reference(zh, {}));
      }
    }
  });
});
