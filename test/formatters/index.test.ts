import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_FORMATTER, FORMATTER_NAMES, formatResults } from '../../src/formatters/index.js';

describe('formatResults', () => {
  it('lists the formatter names, default first', () => {
    expect(FORMATTER_NAMES[0]).toBe(DEFAULT_FORMATTER);
    expect([...FORMATTER_NAMES].sort()).toEqual(['json', 'json-with-metadata', 'stylish', 'unix']);
  });

  it('rejects an unknown format with a usage error (exit code 2) that names it and the choices', () => {
    const run = (locale: 'zh' | 'en') => formatResults([], { format: 'checkstyle', locale, color: false, cwd: '/' });
    expect(() => run('zh')).toThrow(UsageError);
    expect(() => run('zh')).toThrow('未知的输出格式“checkstyle”：可用的格式有 stylish、json、json-with-metadata、unix');
    expect(() => run('en')).toThrow('Unknown format "checkstyle": use one of stylish, json, json-with-metadata, unix');
    try {
      run('en');
    } catch (error) {
      expect((error as UsageError).exitCode).toBe(2);
    }
  });

  it('does not treat Object.prototype keys as formats', () => {
    expect(() => formatResults([], { format: 'toString', locale: 'en', color: false, cwd: '/' })).toThrow(UsageError);
  });
});
