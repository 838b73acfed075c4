import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { html } from '../../src/formatters/html.js';
import { DEFAULT_FORMATTER, FORMATTER_NAMES, formatResults, renderResults } from '../../src/formatters/index.js';
import { table } from '../../src/formatters/table.js';
import { msg, result } from './helpers.js';

describe('formatResults', () => {
  it('lists the formatter names, default first', () => {
    expect(FORMATTER_NAMES[0]).toBe(DEFAULT_FORMATTER);
    expect(FORMATTER_NAMES).toEqual(expect.arrayContaining(['json', 'json-with-metadata', 'stylish', 'unix', 'table', 'html', 'xlsx']));
    // The file formats come last.
    expect(FORMATTER_NAMES.at(-1)).toBe('xlsx');
  });

  it('rejects an unknown format with a usage error (exit code 2) that names it and the choices', () => {
    const run = (locale: 'zh' | 'en') => formatResults([], { format: 'checkstyle', locale, color: false, cwd: '/' });
    expect(() => run('zh')).toThrow(UsageError);
    expect(() => run('zh')).toThrow(`未知的输出格式“checkstyle”：可用的格式有 ${FORMATTER_NAMES.join('、')}`);
    expect(() => run('en')).toThrow(`Unknown format "checkstyle": use one of ${FORMATTER_NAMES.join(', ')}`);
    expect(FORMATTER_NAMES.join('、')).toMatch(/^stylish、json、json-with-metadata、unix、table、.*xlsx$/);
    try {
      run('en');
    } catch (error) {
      expect((error as UsageError).exitCode).toBe(2);
    }
  });

  it('does not treat Object.prototype keys as formats', () => {
    expect(() => formatResults([], { format: 'toString', locale: 'en', color: false, cwd: '/' })).toThrow(UsageError);
  });

  it('renders the summaries (loaded when chosen) with renderResults; formatResults says to use it', async () => {
    const results = [result('/w/a.txt', [msg({ ruleId: 'terminology', line: 2, column: 1, message: '术语' })])];
    const context = { locale: 'en', color: false, cwd: '/w' } as const;
    expect(await renderResults(results, { ...context, format: 'table' })).toBe(table(results, context));
    expect(await renderResults(results, { ...context, format: 'html' })).toBe(html(results, context));
    expect(await renderResults(results, { ...context, format: 'unix' })).toBe(formatResults(results, { ...context, format: 'unix' }));
    expect(() => formatResults(results, { ...context, format: 'table' })).toThrow('the table format is loaded when it is used: call renderResults');
  });
});
