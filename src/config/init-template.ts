/**
 * The `.reportlintrc.yaml` that `reportlint --init` writes: `extends` and `settings.level` in effect, and commented-out
 * examples of `rules`, `overrides`, `ignorePatterns` and `customRules`, each explained by a comment in the user's
 * language (the comments come from the message catalog; the examples are config values, matched against Chinese
 * reports in either locale, so they are written here).
 *
 * An example is a block of lines starting with `# ` right below its explanation; removing that `# ` from each of its
 * lines gives valid config (test/cli/init.test.ts uncomments every example and loads the result).
 */
import { t, type MessageKey } from '../messages/index.js';
import type { Locale } from '../types.js';
import { LEVELS } from './settings.js';

/** The levels `--init --level` accepts (any of their names in ./settings.ts), and the default. */
export const INIT_LEVELS = ['township', 'county', 'department'] as const;
export type InitLevel = (typeof INIT_LEVELS)[number];
export const INIT_FILE = '.reportlintrc.yaml';

/** `--level` as given (township, 乡镇, 部门, …) → the level written; undefined when it is none of the three. */
export function initLevel(value: string | undefined): InitLevel | undefined {
  if (value === undefined) return 'township';
  const given = value.trim();
  return INIT_LEVELS.find((level) => level === given.toLowerCase() || (LEVELS[level] ?? []).includes(given));
}

export function initTemplate(level: InitLevel, locale: Locale): string {
  const comment = (key: MessageKey, indent = '', data: Readonly<Record<string, string>> = {}) =>
    t(key, locale, data)
      .split('\n')
      .map((line) => (line === '' ? `${indent}#` : `${indent}# ${line}`));
  const example = (lines: readonly string[]) => lines.map((line) => `# ${line}`);
  const message = (key: MessageKey) => JSON.stringify(t(key, locale));
  return [
    ...comment('init.header'),
    '',
    ...comment('init.extends'),
    'extends: reportlint:recommended',
    '',
    ...comment('init.settings'),
    'settings:',
    ...comment('init.level', '  '),
    `  level: ${level}`,
    ...comment('init.reportYear', '  '),
    `  # reportYear: ${new Date().getFullYear() - 1}`,
    ...comment('init.referenceReports', '  '),
    `  # referenceReports: ["../${new Date().getFullYear() - 2}年度/**"]`,
    '',
    ...comment('init.rules'),
    ...example([
      'rules:',
      ...comment('init.rulesHeading', '  '),
      '  heading-numbering: warn',
      ...comment('init.rulesDeadline', '  '),
      '  date-deadline: [error, { deadline: "01-31" }]',
      ...comment('init.rulesTerms', '  '),
      '  terminology: [error, { terms: { 县法制办: 县司法局 } }]',
    ]),
    '',
    ...comment('init.overrides'),
    ...example([
      'overrides:',
      ...comment('init.overridesDepartment', '  '),
      '  - files: ["部门/**"]',
      '    excludedFiles: ["部门/草稿/**"]',
      '    settings:',
      '      level: department',
    ]),
    '',
    ...comment('init.ignorePatterns'),
    ...example(['ignorePatterns:', '  - 草稿/', '  - "*模板*"', '  - "*（第一稿）*"']),
    '',
    ...comment('init.customRules'),
    ...example([
      'customRules:',
      '  - id: require-legal-adviser',
      '    kind: require',
      '    in: measures',
      '    patterns: [法律顾问, 公职律师]',
      '    minCount: 1',
      '    severity: warn',
      `    message: ${message('init.exampleRequireMessage')}`,
      '    examples:',
      '      valid: ["一、主要举措和成效\\n（一）发挥法律顾问作用。全年法律顾问审查合同56份。"]',
      '      invalid: ["一、主要举措和成效\\n（一）完善制度。全年制定规范性文件3件。"]',
      '  - id: no-old-legal-office',
      '    kind: forbid',
      '    patterns: [县法制办, 县政府法制办公室]',
      `    message: ${message('init.exampleForbidMessage')}`,
      '    examples: { valid: ["县司法局对合同进行合法性审查。"], invalid: ["县法制办对合同进行合法性审查。"] }',
      '  - id: county-terms',
      '    kind: substitute',
      '    patterns: { 依法治县领导小组: 全面依法治县委员会, 综治办: 政法委 }',
      `    message: ${message('init.exampleSubstituteMessage')}`,
      '    examples: { valid: ["召开县委全面依法治县委员会会议。"], invalid: ["召开县委依法治县领导小组会议。"] }',
      '  - id: max-length',
      '    kind: length',
      '    max: 5000',
      `    message: ${message('init.exampleLengthMessage')}`,
    ]),
    '',
  ].join('\n');
}
