/**
 * `settings` are validated like the rest of a config (issue 9, point 5), and severities may be written in Chinese.
 *
 * - The built-in settings (the only keys src/ and rules/ read: `reportYear`, `level`, `docsBaseUrl`) are checked for
 *   type and value; `level` takes the levels and aliases date-deadline understands, nothing else.
 * - Any other key is passed to plugins unchanged, unless it looks like a misspelling of a built-in one (same letters
 *   in another case or with `-`/`_`, a typo, or a part of the name): that is an error saying “是否想写 …？”.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createConfigLoader, parseSeverity } from '../../src/config/index.js';
import { BUILTIN_SETTINGS, LEVEL_VALUES } from '../../src/config/settings.js';
import { lintText } from '../../src/engine/lint-text.js';
import { ConfigError } from '../../src/errors.js';
import type { Locale, ResolvedConfig } from '../../src/types.js';

const ROOT = path.resolve(__dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes `text` as `.reportlintrc` in a fresh folder and loads the config for a file there. */
async function loadYaml(text: string, locale: Locale = 'zh'): Promise<{ config: ResolvedConfig; file: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-settings-'));
  dirs.push(dir);
  const file = path.join(dir, '.reportlintrc');
  writeFileSync(file, text);
  const config = await createConfigLoader({ cwd: dir, builtinRules, locale }).forFile('报告.txt');
  return { config, file };
}

async function rejected(text: string, locale: Locale = 'zh'): Promise<ConfigError> {
  const error = await loadYaml(text, locale).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, text).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).message).not.toMatch(/\n/);
  return error as ConfigError;
}

describe('settings keys', () => {
  it.each([
    ['reportyear: 2023', 'settings.reportyear', 'reportYear'],
    ['ReportYear: 2023', 'settings.ReportYear', 'reportYear'],
    ['report_year: 2023', 'settings.report_year', 'reportYear'],
    ['report-year: 2023', 'settings.report-year', 'reportYear'],
    ['year: 2023', 'settings.year', 'reportYear'],
    ['Level: county', 'settings.Level', 'level'],
    ['levle: county', 'settings.levle', 'level'],
    ['docsBaseURL: https://intranet/rules', 'settings.docsBaseURL', 'docsBaseUrl'],
    ['docsBaseUri: https://intranet/rules', 'settings.docsBaseUri', 'docsBaseUrl'],
  ])('%s is refused: did you mean %s', async (line, key, known) => {
    const error = await rejected(`settings:\n  ${line}\n`);
    expect(error.message).toContain(`中 ${key} 不是已知的设置，是否想写 ${known}？`);
    expect(error.message).toContain('reportYear、level、docsBaseUrl');
    expect(error.keyPath).toBe(key);
  });

  it('names the file and says it in English with --locale en', async () => {
    const error = await rejected('settings:\n  reportyear: 2023\n', 'en');
    expect(error.message).toMatch(/^Invalid config: settings\.reportyear in \/.*\.reportlintrc is not a known setting; did you mean reportYear\?/);
    expect(error.filePath).toMatch(/\.reportlintrc$/);
  });

  it('other keys are kept for plugins, as written', async () => {
    const { config } = await loadYaml(
      'settings:\n  reportYear: 2024\n  issuingBody: 某县人民政府\n  county-terms: { strict: true }\n  sealRequired: false\n',
    );
    expect(config.settings).toEqual({
      reportYear: 2024,
      issuingBody: '某县人民政府',
      'county-terms': { strict: true },
      sealRequired: false,
    });
  });

  it('the built-in settings are the keys the code reads', () => {
    expect(Object.keys(BUILTIN_SETTINGS).sort()).toEqual(['docsBaseUrl', 'level', 'maxDocxExpandedMB', 'maxDocxRatio', 'maxFileSizeMB', 'maxPdfPages', 'referenceReports', 'reportYear']);
  });
});

describe('settings values', () => {
  it.each([
    ['twonship', 'township'],
    ['provence', 'province'],
    ['Province', 'province'],
    ['countie', 'county'],
    ['街到', '街道'],
  ])('level: %s is refused: did you mean %s', async (value, guess) => {
    const error = await rejected(`settings:\n  level: ${value}\n`);
    expect(error.message).toContain(`中 settings.level 的值 "${value}" 不认识，是否想写 ${guess}？（可用的值：township`);
    expect(error.keyPath).toBe('settings.level');
  });

  it.each([['national'], ['3'], ['""']])('level: %s is refused with the list of levels', async (value) => {
    const error = await rejected(`settings:\n  level: ${value}\n`);
    expect(error.message).toMatch(/settings\.level 的值 .* 不认识（可用的值：township（乡镇、街道.*province（省/);
  });

  it('the English message lists the levels', async () => {
    const error = await rejected('settings:\n  level: provence\n', 'en');
    expect(error.message).toContain('settings.level in');
    expect(error.message).toContain('has an unknown value "provence"; did you mean province? (allowed: township (乡镇, 街道, 乡, 镇, town, street), county (');
    expect(error.message).toMatch(/, province \(省, 省级\)\)$/);
  });

  it.each(LEVEL_VALUES.map((v) => [v]))('level: %s is accepted', async (value) => {
    const { config } = await loadYaml(`settings:\n  level: ${value}\n`);
    expect(config.settings).toEqual({ level: value });
  });

  it.each([
    ['reportYear: "2024"', 'settings.reportYear 应为整数年份（如 2024），实际为 "2024"'],
    ['reportYear: 24', 'settings.reportYear 应为整数年份（如 2024），实际为 24'],
    ['docsBaseUrl: 42', 'settings.docsBaseUrl 应为'],
    ['docsBaseUrl: ""', 'settings.docsBaseUrl 应为'],
  ])('%s is refused', async (line, message) => {
    expect((await rejected(`settings:\n  ${line}\n`)).message).toContain(message);
  });

  it('a setting from an extended file is checked in that file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reportlint-settings-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'county.yaml'), 'settings:\n  level: provence\n');
    writeFileSync(path.join(dir, '.reportlintrc'), 'extends: ./county.yaml\n');
    const error = await createConfigLoader({ cwd: dir, builtinRules }).forFile('x.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).filePath).toBe(path.join(dir, 'county.yaml'));
  });
});

describe('every accepted level means what it says to date-deadline', () => {
  /** A township report of 2024 dated 2025-03-20: late for every level but a province. */
  const text = '郑旗乡人民政府2024年度法治政府建设情况报告\n\n2024年，我乡坚持依法行政。\n\n郑旗乡人民政府\n2025年3月20日\n';
  const provincial = new Set(['province', '省', '省级']);

  it.each(LEVEL_VALUES.map((v) => [v]))('level: %s', async (value) => {
    const { config } = await loadYaml(`settings:\n  level: ${value}\nrules:\n  date-deadline: warn\n`);
    const result = await lintText({ filePath: '报告.txt', text, syntax: 'text' }, config);
    const late = result.messages.filter((m) => m.ruleId === 'date-deadline');
    if (provincial.has(value)) {
      expect(late).toEqual([]);
    } else {
      expect(late).toHaveLength(1);
      // the rule understood the level (an ignored one is reported as 本单位)
      expect(late[0]!.message).not.toContain('本单位');
    }
  });
});

describe('severities', () => {
  it.each([
    ['关闭', 0],
    ['警告', 1],
    ['错误', 2],
    [' 警告 ', 1],
    ['WARNING', 1],
    ['ERROR', 2],
    ['Off', 0],
    ['提示', undefined],
    ['严重', undefined],
  ])('%j → %j', (value, level) => {
    expect(parseSeverity(value)).toBe(level);
  });

  it('a config may write severities in Chinese', async () => {
    const { config } = await loadYaml(
      'extends: reportlint:recommended\nrules:\n  require-concrete-evidence: 关闭\n  title-format: 错误\n  terminology: [警告, { terms: { 县法制办: 县司法局 } }]\n',
    );
    expect(config.rules.has('require-concrete-evidence')).toBe(false);
    expect(config.rules.get('title-format')?.setting.severity).toBe(2);
    expect(config.rules.get('terminology')?.setting.severity).toBe(1);
  });

  it.each([
    // the Chinese words as a list of their own, not only as glosses of off/warn/error
    ['README.md', ['`关闭`', '`警告`', '`错误`', '`warning`', '`true`', '`false`', '是否想写']],
    ['.reportlintrc.example', ['关闭、警告、错误', 'warning', 'true', 'false', '是否想写']],
  ])('%s documents the spellings and what a misspelt setting does', (file, words) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const word of words) expect(text, word).toContain(word);
  });
});
