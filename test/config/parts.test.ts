import { describe, expect, it } from 'vitest';
import { isPathLike, normalizePackageName, pluginNameOf } from '../../src/config/modules.js';
import { defaultOptions, resolveOptions } from '../../src/config/options.js';
import { presetRules } from '../../src/config/presets.js';
import { parseSeverity } from '../../src/config/resolve.js';
import { ConfigError, ReadError, UsageError } from '../../src/errors.js';
import type { AnyRule, OptionsSchema } from '../../src/types.js';

describe('package names (ESLint shorthand)', () => {
  it.each([
    ['county', 'reportlint-config-county'],
    ['reportlint-config-county', 'reportlint-config-county'],
    ['county/strict', 'reportlint-config-county/strict'],
    ['@gov', '@gov/reportlint-config'],
    ['@gov/county', '@gov/reportlint-config-county'],
    ['@gov/reportlint-config-county', '@gov/reportlint-config-county'],
    ['@gov/reportlint-config', '@gov/reportlint-config'],
  ])('%s → %s', (name, full) => {
    expect(normalizePackageName(name, 'reportlint-config')).toBe(full);
  });

  it('plugin names drop the prefix, or use the file base name', () => {
    expect(pluginNameOf('town', '/x/node_modules/reportlint-plugin-town/index.js')).toBe('town');
    expect(pluginNameOf('reportlint-plugin-town', '/x/index.js')).toBe('town');
    expect(pluginNameOf('@gov/reportlint-plugin-terms', '/x/index.js')).toBe('@gov/terms');
    expect(pluginNameOf('@gov', '/x/index.js')).toBe('@gov');
    expect(pluginNameOf('./plugins/county-terms.js', '/c/plugins/county-terms.js')).toBe('county-terms');
    expect(pluginNameOf('./plugins/county-terms', '/c/plugins/county-terms/index.js')).toBe('county-terms');
  });

  it('tells paths from package names', () => {
    expect(isPathLike('./a.yaml')).toBe(true);
    expect(isPathLike('../a.yaml')).toBe(true);
    expect(isPathLike('/etc/a.yaml')).toBe(true);
    expect(isPathLike('county')).toBe(false);
    expect(isPathLike('@gov/county')).toBe(false);
  });
});

describe('severities', () => {
  it.each([
    ['off', 0], ['warn', 1], ['warning', 1], ['error', 2], ['Error', 2], [0, 0], [1, 1], [2, 2], [false, 0], [true, 'default'],
    ['fatal', undefined], [3, undefined], [null, undefined], ['info', undefined],
  ])('%j → %j', (value, level) => {
    expect(parseSeverity(value)).toBe(level);
  });
});

describe('options', () => {
  const schema: OptionsSchema = {
    max: { type: 'number', default: 5, minimum: 0, maximum: 9, description: '' },
    words: { type: 'string[]', default: ['a'], description: '' },
  };
  const where = { file: '/x/.reportlintrc', key: 'rules.r', locale: 'zh' as const };

  it('merges over defaults; a given list replaces the default list', () => {
    expect(defaultOptions(schema)).toEqual({ max: 5, words: ['a'] });
    expect(resolveOptions(schema, { words: ['b'] }, where)).toEqual({ max: 5, words: ['b'] });
    expect(resolveOptions(undefined, {}, where)).toEqual({});
  });

  it('rejects non-objects', () => {
    expect(() => resolveOptions(schema, [1], where)).toThrow('配置无效：/x/.reportlintrc 中 rules.r 的选项应为对象（选项名: 值），实际为 [1]');
    expect(() => resolveOptions(schema, { max: Number.NaN }, where)).toThrow(ConfigError);
  });
});

describe('presets come from rule metadata', () => {
  const rule = (severity: 'warn' | 'error') => ({ meta: { severity } }) as unknown as AnyRule;
  it('recommended = meta.severity, all = error', () => {
    const rules = { b: rule('warn'), a: rule('error') };
    expect([...presetRules('reportlint:recommended', rules)]).toEqual([['a', 2], ['b', 1]]);
    expect([...presetRules('reportlint:all', rules)]).toEqual([['a', 2], ['b', 2]]);
  });
});

describe('errors', () => {
  it('exit code 2, one line, with their details', () => {
    const config = new ConfigError('配置无效：\n  多行\n消息', { filePath: '/x', keyPath: 'rules.a' });
    expect(config.message).toBe('配置无效： 多行 消息');
    expect([config.exitCode, config.filePath, config.keyPath, config.name]).toEqual([2, '/x', 'rules.a', 'ConfigError']);
    expect(new UsageError('x').exitCode).toBe(2);
    const read = new ReadError('读不了', '/r.txt');
    expect([read.exitCode, read.filePath, read.name]).toEqual([2, '/r.txt', 'ReadError']);
  });
});
