/**
 * The command line's view of the rules a config defines in `customRules` (src/config/custom-rules.ts):
 *
 * - `--test-rules`: every custom rule of the config (for cwd, or `-c`) runs on its own examples — each example a report
 *   snippet linted as plain text with only that rule on, at error — and must report nothing on a `valid` one and
 *   something on an `invalid` one. Per rule ✓, ✗ with the examples that disagree (what the rule said, and the
 *   snippet), or - when it has no examples. Exit 0 when every rule agrees with its examples, 1 when one does not, 2 for
 *   a config error (thrown, as in a lint run) or report paths given (a usage error).
 *
 *     .reportlintrc.yaml
 *       ✓ 写明法律顾问（1 个正确示例、1 个错误示例都与规则一致）
 *       ✗ no-old-office（1 个示例与规则不一致）
 *           正确示例 1 被报告了问题：不得使用已撤销的机构名称（“县法制办”）
 *             “县法制办组织全县执法人员培训……”
 *
 * - `--explain <custom rule>`: the definition (where, kind, part, patterns, message, severity in effect, examples)
 *   and its `docs` text.
 * - `--list-rules` lists them with the built-in rules, marked (see ./rules-list.ts).
 */
import path from 'node:path';
import type { ConfigLoader } from '../config/index.js';
import { lintText } from '../engine/lint-text.js';
import { UsageError } from '../errors.js';
import { displayPath, oneLine } from '../formatters/location.js';
import { list, t, type MessageKey } from '../messages/index.js';
import type { AnyRule, LintMessage, Locale, ResolvedConfig } from '../types.js';
import type { CliOptions } from './options.js';

/** The config the command line uses when no report is named: the one a report in cwd would get. */
export function configForCwd(loader: ConfigLoader, cwd: string): Promise<ResolvedConfig> {
  return loader.forFile(path.join(cwd, 'report.txt'));
}

/** The custom rules of a config, in the order they are defined along the `extends` chain. */
export function customRulesOf(config: ResolvedConfig): AnyRule[] {
  return [...(config.knownRules?.values() ?? [])].filter((rule) => rule.meta.custom !== undefined);
}

/** How one example came out. */
export interface ExampleOutcome {
  kind: 'valid' | 'invalid';
  /** 1-based, in its list. */
  n: number;
  text: string;
  agrees: boolean;
  /** What the rule reported (a crash is a fatal message). */
  messages: LintMessage[];
}

/** Runs a custom rule on each of its examples, alone, at error, with the config's settings. */
export async function runExamples(rule: AnyRule, settings: Readonly<Record<string, unknown>>, locale: Locale): Promise<ExampleOutcome[]> {
  const examples = rule.meta.custom?.examples ?? { valid: [], invalid: [] };
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, { rule, setting: { severity: 2, options: {} } }]]),
    settings,
    sources: [],
  };
  const outcomes: ExampleOutcome[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    for (const [i, text] of examples[kind].entries()) {
      const result = await lintText({ filePath: 'example.txt', text, syntax: 'text' }, config, { locale });
      const messages = result.messages.filter((message) => message.ruleId === rule.meta.id || message.fatal);
      const crashed = messages.some((message) => message.fatal);
      const agrees = !crashed && (kind === 'valid' ? messages.length === 0 : messages.length > 0);
      outcomes.push({ kind, n: i + 1, text, agrees, messages });
    }
  }
  return outcomes;
}

export async function testRules(options: CliOptions, loader: ConfigLoader, io: { cwd: string; stdout: (text: string) => void }): Promise<number> {
  const { locale } = options;
  if (options.paths.length > 0 || options.stdin) throw new UsageError(t('usage.testRulesPaths', locale));
  const config = await configForCwd(loader, io.cwd);
  const rules = customRulesOf(config);
  if (rules.length === 0) {
    io.stdout(`${t('testRules.none', locale, { sources: list(config.sources.map((source) => displayPath(source, io.cwd)), locale) })}\n`);
    return 0;
  }
  const lines: string[] = [];
  let tested = 0;
  let failed = 0;
  let file: string | undefined;
  for (const rule of rules) {
    const custom = rule.meta.custom!;
    if (custom.file !== file) {
      if (file !== undefined) lines.push('');
      file = custom.file;
      lines.push(displayPath(file, io.cwd));
    }
    const id = rule.meta.id;
    const outcomes = await runExamples(rule, config.settings, locale);
    if (outcomes.length === 0) {
      lines.push(`  ${t('testRules.noExamples', locale, { rule: id })}`);
      continue;
    }
    tested += 1;
    const disagreeing = outcomes.filter((outcome) => !outcome.agrees);
    if (disagreeing.length === 0) {
      const valid = outcomes.filter((outcome) => outcome.kind === 'valid').length;
      lines.push(`  ${t('testRules.pass', locale, { rule: id, valid, invalid: outcomes.length - valid })}`);
      continue;
    }
    failed += 1;
    lines.push(`  ${t('testRules.fail', locale, { rule: id, count: disagreeing.length })}`);
    for (const outcome of disagreeing) {
      const example = t(`testRules.${outcome.kind}` as MessageKey, locale);
      const crash = outcome.messages.find((message) => message.fatal);
      const said = crash ?? outcome.messages[0];
      const line = crash
        ? t('testRules.crashed', locale, { example, n: outcome.n, message: oneLine(crash.message) })
        : said
          ? t('testRules.reported', locale, { example, n: outcome.n, message: oneLine(said.message) })
          : t('testRules.notReported', locale, { example, n: outcome.n });
      lines.push(`      ${line}`);
      lines.push(`        ${t('format.quote', locale, { text: snippet(outcome.text) })}`);
    }
  }
  lines.push('');
  lines.push(failed > 0 ? t('testRules.summaryFail', locale, { failed, count: tested }) : t('testRules.summaryPass', locale, { count: tested }));
  io.stdout(`${lines.join('\n')}\n`);
  return failed > 0 ? 1 : 0;
}

/** An example on one line, at most 60 characters. */
function snippet(text: string): string {
  const flat = oneLine(text.replace(/\s+/g, ' ').trim());
  const chars = Array.from(flat);
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : flat;
}

/** --explain for a custom rule: where it is defined, what it checks, its message, severity, examples, docs. */
export function explainCustomRule(rule: AnyRule, config: ResolvedConfig, locale: Locale, cwd: string): string {
  const { meta } = rule;
  const custom = meta.custom!;
  const severity = config.rules.get(meta.id)?.setting.severity ?? 0;
  const severityName = severity === 2 ? t('format.error', locale) : severity === 1 ? t('format.warning', locale) : t('customRules.off', locale);
  const patterns = custom.patterns ?? Object.entries(custom.substitutions ?? {}).map(([wrong, right]) => t('customRules.describe.pair', locale, { wrong, right }));
  const lines = [
    t('customRules.explainTitle', locale, { rule: meta.id, file: displayPath(custom.file, cwd), key: custom.key }),
    locale === 'en' ? meta.descriptionEn : meta.description,
    t('customRules.explainKind', locale, { kind: custom.kind, part: custom.in }),
    ...(patterns.length > 0 ? [t('customRules.explainPatterns', locale, { patterns: list(patterns, locale) })] : []),
    t('customRules.explainMessage', locale, { message: custom.message[locale] }),
    t('customRules.explainSeverity', locale, { severity: severityName }),
    t('customRules.explainExamples', locale, { valid: custom.examples.valid.length, invalid: custom.examples.invalid.length }),
    '',
    custom.docs ?? t('customRules.explainNoDocs', locale),
  ];
  return `${lines.join('\n')}\n`;
}
