/**
 * The message catalog (src/messages/catalog.ts, with the config messages of src/config/messages.ts) is complete:
 * every entry in both locales with the same placeholders, the Chinese free of English, and no sentence written
 * outside it in the code that talks to the user.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configTemplates, configWords } from '../src/config/messages.js';
import { catalog, placeholders, render, t } from '../src/messages/index.js';
import type { MessageTemplate } from '../src/types.js';
import { englishWords } from './cli/english.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const entries: Array<[string, MessageTemplate]> = [
  ...Object.entries(catalog),
  ...Object.entries(configTemplates).map(([key, value]): [string, MessageTemplate] => [`config.${key}`, value]),
  ...Object.entries(configWords).map(([key, value]): [string, MessageTemplate] => [`config.word.${key}`, value]),
];

describe('the catalog', () => {
  it('has no key twice (the config part included)', () => {
    const keys = entries.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(entries)('%s: both locales, the same placeholders', (_key, template) => {
    expect(typeof template.zh).toBe('string');
    expect(typeof template.en).toBe('string');
    expect(template.zh.trim()).not.toBe('');
    expect(template.en.trim()).not.toBe('');
    expect(placeholders(template.zh)).toEqual(placeholders(template.en));
    expect(template.zh).not.toBe(template.en);
  });

  it.each(entries)('%s: no English in the Chinese', (_key, template) => {
    // A placeholder stands for a value (a file, a number, a Chinese word): a Chinese stand-in keeps the words apart.
    expect(englishWords(template.zh.replace(/\{\w+(\|[^|{}]*\|[^|{}]*)?\}/g, '甲'))).toEqual([]);
  });

  it('the English checker finds what issue 9 complained of, and lets names through', () => {
    expect(englishWords("error: unknown option '--fxi'\n(Did you mean --fix?)")).toEqual(['unknown', 'option', 'Did', 'you', 'mean']);
    expect(englishWords('配置无效：/x/.reportlintrc.yaml 无法解析（Implicit keys need to be on a single line at line 2, column 1）')).toContain('Implicit');
    expect(englishWords('  --quiet   只报告错误 (default: false)')).toEqual(['default']);
    expect(englishWords('配置无效：/x/.reportlintrc.yaml 中 rules.require-measures 的选项 minLength 应为数字，实际为 "many words"')).toEqual([]);
  });

  it('renders placeholders and English plurals', () => {
    expect(t('format.summary', 'zh', { total: 3, errors: 1, warnings: 2 })).toBe('✖ 3 个问题（1 个错误，2 个警告）');
    expect(t('format.summary', 'en', { total: 1, errors: 1, warnings: 0 })).toBe('✖ 1 problem (1 error, 0 warnings)');
    expect(render({ zh: '{a}', en: '{a}' }, 'zh')).toBe('{a}');
  });
});

/** Code with comments removed, so a comment in Chinese does not count as a sentence. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(ROOT, dir, name));
}

describe('one way to speak', () => {
  // The code that talks to the user: it asks the catalog for every sentence.
  const speaking = [
    ...tsFiles('src/cli'),
    ...tsFiles('src/formatters'),
    path.join(ROOT, 'src/cli.ts'),
    path.join(ROOT, 'src/errors.ts'),
    path.join(ROOT, 'src/read/index.ts'),
    path.join(ROOT, 'src/read/decode.ts'),
  ];

  it.each(speaking.map((file) => [path.relative(ROOT, file), file]))('%s writes no Chinese sentence itself', (_name, file) => {
    const sentences = code(file)
      .replace(/'[^'\n]*\.(txt|md)'/g, "''") // a file name
      .replace(/\/(?:[^/\n\\]|\\.)+\/[a-z]*\.test\(/g, '') // a pattern recognising text, not saying it
      .match(/[^\n]*\p{Script=Han}[^\n]*/gu);
    expect(sentences ?? []).toEqual([]);
  });

  const everywhere = [...tsFiles('src/cli'), ...tsFiles('src/formatters'), ...tsFiles('src/read'), ...tsFiles('src/engine'), ...tsFiles('src/config')];
  it.each(everywhere.map((file) => [path.relative(ROOT, file), file]))('%s picks no sentence by locale', (_name, file) => {
    // `locale === 'zh' ? '…' : '…'` and `say(locale, zh, en)` were the old ways.
    expect(code(file)).not.toMatch(/(locale|zh)\s*[!=]==?\s*'(zh|en)'\s*\?\s*[`'"]|\bzh\s*\?\s*[`'"]|\bsay\(\s*locale/);
  });
});
