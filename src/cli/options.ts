/**
 * The command line: ESLint's and textlint's option names, parsed by commander. Help and usage errors are in Chinese,
 * or English with --locale en (read before commander builds the help text): commander's titles, value names and
 * error messages are replaced through its own hooks (configureHelp, argument parsers, the error's code).
 */
import { Command, type CommanderError, Option } from 'commander';
import { closest } from '../config/messages.js';
import { UsageError } from '../errors.js';
import { helpConfiguration } from './help.js';
import { t, type MessageKey } from '../messages/index.js';
import type { Locale } from '../types.js';

export interface CliOptions {
  paths: string[];
  config?: string;
  configLookup: boolean;
  printConfig?: string;
  format: string;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  stdin: boolean;
  stdinFilename?: string;
  rule: string[];
  listRules: boolean;
  explain?: string;
  /** --why <rule-id>: a statutory rule's verdict and evidence per file. */
  why?: string;
  /** --test-rules: run the examples of the config's custom rules. */
  testRules: boolean;
  fix: boolean;
  fixDryRun: boolean;
  inlineConfig: boolean;
  reportUnusedDisableDirectives: boolean;
  encoding?: string;
  locale: Locale;
  color?: boolean;
  /** --ignore-pattern (repeatable): gitignore patterns relative to cwd. */
  ignorePattern: string[];
  /** false = --no-ignore: lint ignored files too. */
  ignore: boolean;
  /** --init: write a starter .reportlintrc.yaml in cwd; --level: the level it writes. */
  init: boolean;
  level?: string;
  /** --web [file]: write the offline page (true: under its default name in the working directory). */
  web?: string | true;
  /** --cache: reuse the results of unchanged files (./cache.ts); --cache-location: where the cache file is. */
  cache: boolean;
  cacheLocation?: string;
  /** --reference-index: keep the index of settings.referenceReports in this file (./text-index.ts). */
  referenceIndex?: string;
  /** --concurrency: lint workers (./concurrency.ts, ./pool.ts); auto by default. */
  concurrency: number | 'auto' | 'off';
}

/** --locale is needed before parsing, to write the help in the user's language. */
export function localeFromArgv(argv: readonly string[]): Locale {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (index === -1) return 'zh';
  const value = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'zh';
}

/** The option flags of --help, with the value names in the user's language (`--explain <规则>`). */
function flags(locale: Locale) {
  const value = (key: MessageKey) => t(key, locale);
  return {
    config: `-c, --config ${value('help.valueConfigFile')}`,
    printConfig: `--print-config ${value('help.valueFile')}`,
    format: `-f, --format ${value('help.valueFormat')}`,
    outputFile: `-o, --output-file ${value('help.valueOutputFile')}`,
    maxWarnings: `--max-warnings ${value('help.valueNumber')}`,
    stdinFilename: `--stdin-filename ${value('help.valueFileName')}`,
    rule: `--rule ${value('help.valueSetting')}`,
    explain: `--explain ${value('help.valueRule')}`,
    why: `--why ${value('help.valueRule')}`,
    encoding: `--encoding ${value('help.valueEncoding')}`,
    locale: `--locale ${value('help.valueLocale')}`,
    ignorePattern: `--ignore-pattern ${value('help.valuePattern')}`,
    level: `--level ${value('help.valueLevel')}`,
    concurrency: `--concurrency ${value('help.valueConcurrency')}`,
    cacheLocation: `--cache-location ${value('help.valueOutputFile')}`,
    referenceIndex: `--reference-index ${value('help.valueFile')}`,
    web: `--web [${value('help.valueFile').slice(1, -1)}]`,
  };
}

/** Options whose value is a rule id: a missing value says how to find one. */
const RULE_OPTIONS = ['--explain', '--why'];

export function buildProgram(version: string, locale: Locale): Command {
  const text = (key: MessageKey) => t(key, locale);
  const f = flags(locale);
  const nonNegative = (value: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(t('usage.badNumber', locale, { option: '--max-warnings', value }));
    return Number(value);
  };
  const concurrencyValue = (value: string): number | 'auto' | 'off' => {
    if (value === 'auto' || value === 'off') return value;
    if (/^[1-9]\d{0,2}$/.test(value)) return Number(value);
    throw new UsageError(t('usage.badConcurrency', locale, { value }));
  };
  const oneOfLocales = (value: string): Locale => {
    if (value !== 'zh' && value !== 'en') throw new UsageError(t('usage.badLocale', locale, { option: '--locale', value }));
    return value;
  };
  // Defaults and choices are written in the descriptions, in the user's language (see ./help.ts).
  return new Command('reportlint')
    .description(text('help.description'))
    .usage(text('help.usage'))
    .argument(`[${text('help.argPaths')}...]`, text('help.paths'))
    .option(f.config, text('help.config'))
    .option('--no-config-lookup', text('help.noConfigLookup'))
    .option(f.printConfig, text('help.printConfig'))
    .option(f.format, text('help.format'), 'stylish')
    .option(f.outputFile, text('help.outputFile'))
    .option('--quiet', text('help.quiet'))
    .option(f.maxWarnings, text('help.maxWarnings'), nonNegative)
    .option('--stdin', text('help.stdin'))
    .option(f.stdinFilename, text('help.stdinFilename'))
    .option(f.rule, text('help.rule'), (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option(f.ignorePattern, text('help.ignorePattern'), (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--no-ignore', text('help.noIgnore'))
    .option('--init', text('help.init'))
    .option(f.level, text('help.level'))
    .option(f.web, text('help.web'))
    .option('--list-rules', text('help.listRules'))
    .option(f.explain, text('help.explain'))
    .option(f.why, text('help.why'))
    .option('--test-rules', text('help.testRules'))
    .option(f.concurrency, text('help.concurrency'), concurrencyValue)
    .option('--cache', text('help.cache'))
    .option(f.cacheLocation, text('help.cacheLocation'))
    .option(f.referenceIndex, text('help.referenceIndex'))
    .option('--fix', text('help.fix'))
    .option('--fix-dry-run', text('help.fixDryRun'))
    .option('--no-inline-config', text('help.noInlineConfig'))
    .option('--report-unused-disable-directives', text('help.unused'))
    .option(f.encoding, text('help.encoding'))
    .addOption(new Option(f.locale, text('help.locale')).argParser(oneOfLocales).default('zh'))
    .option('--color', text('help.color'))
    .option('--no-color', text('help.noColor'))
    .version(version, '-v, --version', text('help.version'))
    .helpOption('-h, --help', text('help.help'))
    .configureHelp(helpConfiguration(locale))
    .showHelpAfterError(false)
    .showSuggestionAfterError(false)
    .allowExcessArguments(false);
}

/**
 * A usage error commander found (an unknown option, an option without its value), said in the user's language.
 * Commander's own text is English; its error code says what happened and the quoted flag where.
 */
export function usageMessage(error: CommanderError, program: Command, locale: Locale): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption': {
      const [flag = '', value] = quoted.split(/=(.*)/s);
      const longs = program.options.flatMap((option) => (option.long ? [option.long] : []));
      if (value !== undefined && longs.includes(flag)) return t('usage.noValue', locale, { option: flag, value });
      const guess = flag.startsWith('--') ? closest(flag, longs) : undefined;
      return t('usage.unknownOption', locale, { option: flag, hint: guess ? t('usage.didYouMean', locale, { name: guess }) : '' });
    }
    case 'commander.optionMissingArgument': {
      const option = program.options.find((candidate) => candidate.flags === quoted);
      const name = option?.long ?? option?.short ?? quoted;
      if (RULE_OPTIONS.includes(name)) return t('usage.missingRule', locale, { option: name });
      const value = /[<[][^<[>\]]*[>\]]/.exec(option?.flags ?? quoted)?.[0] ?? '';
      return t('usage.missingValue', locale, { option: name, value });
    }
    default:
      return t('usage.other', locale, { detail: error.message.replace(/^error:\s*/, '') });
  }
}

export function readOptions(program: Command): CliOptions {
  const o = program.opts();
  return {
    paths: program.args,
    ...(o['config'] ? { config: o['config'] as string } : {}),
    configLookup: o['configLookup'] !== false,
    ...(o['printConfig'] ? { printConfig: o['printConfig'] as string } : {}),
    format: o['format'] as string,
    ...(o['outputFile'] ? { outputFile: o['outputFile'] as string } : {}),
    quiet: o['quiet'] === true,
    maxWarnings: typeof o['maxWarnings'] === 'number' ? o['maxWarnings'] : -1,
    stdin: o['stdin'] === true,
    ...(o['stdinFilename'] ? { stdinFilename: o['stdinFilename'] as string } : {}),
    rule: o['rule'] as string[],
    listRules: o['listRules'] === true,
    ...(o['explain'] ? { explain: o['explain'] as string } : {}),
    ...(o['why'] ? { why: o['why'] as string } : {}),
    testRules: o['testRules'] === true,
    fix: o['fix'] === true,
    fixDryRun: o['fixDryRun'] === true,
    inlineConfig: o['inlineConfig'] !== false,
    reportUnusedDisableDirectives: o['reportUnusedDisableDirectives'] === true,
    ...(o['encoding'] ? { encoding: o['encoding'] as string } : {}),
    locale: o['locale'] === 'en' ? 'en' : 'zh',
    ...(typeof o['color'] === 'boolean' ? { color: o['color'] } : {}),
    ignorePattern: o['ignorePattern'] as string[],
    ignore: o['ignore'] !== false,
    init: o['init'] === true,
    ...(o['level'] ? { level: o['level'] as string } : {}),
    ...(o['web'] ? { web: o['web'] as string | true } : {}),
    cache: o['cache'] === true,
    concurrency: (o['concurrency'] as number | 'auto' | 'off' | undefined) ?? 'auto',
    ...(o['cacheLocation'] ? { cacheLocation: o['cacheLocation'] as string } : {}),
    ...(o['referenceIndex'] ? { referenceIndex: o['referenceIndex'] as string } : {}),
  };
}
