/**
 * The command line: ESLint's and textlint's option names, parsed by commander. Help is in Chinese,
 * or English with --locale en (read before commander builds the help text).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
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
  fix: boolean;
  fixDryRun: boolean;
  inlineConfig: boolean;
  reportUnusedDisableDirectives: boolean;
  encoding?: string;
  locale: Locale;
  color?: boolean;
}

/** --locale is needed before parsing, to write the help in the user's language. */
export function localeFromArgv(argv: readonly string[]): Locale {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (index === -1) return 'zh';
  const value = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'zh';
}

const HELP = {
  zh: {
    description: '检查法治政府建设年度报告的内容与格式（《法治政府建设与责任落实督察工作规定》、GB/T 9704）',
    paths: '要检查的文件、文件夹或通配符（.md .txt .docx .html .pdf）',
    config: '只使用这个配置文件',
    noConfigLookup: '不查找 .reportlintrc 等配置文件',
    printConfig: '打印对该文件生效的配置后退出',
    format: '输出格式：stylish、unix、json、json-with-metadata',
    outputFile: '把结果写入文件而不是标准输出',
    quiet: '只报告错误，不报告警告',
    maxWarnings: '警告数超过此数时以退出码 1 结束',
    stdin: '从标准输入读取报告',
    stdinFilename: '标准输入内容对应的文件名（决定格式与配置）',
    rule: "临时设置规则，如 'require-measures: off'，可重复",
    listRules: '列出全部规则后退出',
    explain: '打印某条规则的说明文档后退出',
    why: '逐个文件说明某项法定内容是否写到、写在哪里（如 --why require-first-responsible-person）',
    fix: '自动修复能修复的问题并写回文件',
    fixDryRun: '显示会修复什么，但不写文件',
    noInlineConfig: '忽略文件中的 reportlint-disable 等注释指令',
    unused: '报告没有屏蔽任何问题的 reportlint-disable 指令',
    encoding: '按此编码读取文本文件（默认自动识别 UTF-8、UTF-16、GB18030）',
    locale: '提示语言：zh（默认）或 en',
    color: '强制使用颜色',
    noColor: '不使用颜色',
    version: '显示版本号',
    help: '显示帮助',
    badNumber: '应为非负整数',
  },
  en: {
    description: 'Lint annual rule-of-law government reports (法治政府建设情况报告) for required content and 公文 format',
    paths: 'files, folders or globs to lint (.md .txt .docx .html .pdf)',
    config: 'use this config file only',
    noConfigLookup: 'do not look for .reportlintrc and other config files',
    printConfig: 'print the configuration in effect for a file and exit',
    format: 'output format: stylish, unix, json, json-with-metadata',
    outputFile: 'write the results to a file instead of stdout',
    quiet: 'report errors only',
    maxWarnings: 'exit with code 1 when there are more warnings than this',
    stdin: 'read the report from standard input',
    stdinFilename: 'file name for the standard input (decides syntax and config)',
    rule: "set a rule for this run, e.g. 'require-measures: off' (repeatable)",
    listRules: 'list all rules and exit',
    explain: "print a rule's documentation and exit",
    why: 'show per file whether a statutory item is covered, and where (e.g. --why require-first-responsible-person)',
    fix: 'fix what can be fixed and write the files back',
    fixDryRun: 'show what --fix would change without writing files',
    noInlineConfig: 'ignore reportlint-disable and other inline directives',
    unused: 'report reportlint-disable directives that silenced nothing',
    encoding: 'read text files in this encoding (default: detect UTF-8, UTF-16, GB18030)',
    locale: 'language of the messages: zh (default) or en',
    color: 'force colours',
    noColor: 'disable colours',
    version: 'print the version',
    help: 'print this help',
    badNumber: 'expected a whole number ≥ 0',
  },
} as const;

export function buildProgram(version: string, locale: Locale): Command {
  const t = HELP[locale];
  const nonNegative = (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t.badNumber);
    return Number(value);
  };
  return new Command('reportlint')
    .description(t.description)
    .argument('[paths...]', t.paths)
    .option('-c, --config <path>', t.config)
    .option('--no-config-lookup', t.noConfigLookup)
    .option('--print-config <file>', t.printConfig)
    .option('-f, --format <name>', t.format, 'stylish')
    .option('-o, --output-file <path>', t.outputFile)
    .option('--quiet', t.quiet, false)
    .option('--max-warnings <n>', t.maxWarnings, nonNegative, -1)
    .option('--stdin', t.stdin, false)
    .option('--stdin-filename <name>', t.stdinFilename)
    .option('--rule <setting>', t.rule, (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--list-rules', t.listRules, false)
    .option('--explain <rule-id>', t.explain)
    .option('--why <rule-id>', t.why)
    .option('--fix', t.fix, false)
    .option('--fix-dry-run', t.fixDryRun, false)
    .option('--no-inline-config', t.noInlineConfig)
    .option('--report-unused-disable-directives', t.unused, false)
    .option('--encoding <name>', t.encoding)
    .addOption(new Option('--locale <locale>', t.locale).choices(['zh', 'en']).default('zh'))
    .option('--color', t.color)
    .option('--no-color', t.noColor)
    .version(version, '-v, --version', t.version)
    .helpOption('-h, --help', t.help)
    .showHelpAfterError(false)
    .allowExcessArguments(false);
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
    maxWarnings: o['maxWarnings'] as number,
    stdin: o['stdin'] === true,
    ...(o['stdinFilename'] ? { stdinFilename: o['stdinFilename'] as string } : {}),
    rule: o['rule'] as string[],
    listRules: o['listRules'] === true,
    ...(o['explain'] ? { explain: o['explain'] as string } : {}),
    ...(o['why'] ? { why: o['why'] as string } : {}),
    fix: o['fix'] === true,
    fixDryRun: o['fixDryRun'] === true,
    inlineConfig: o['inlineConfig'] !== false,
    reportUnusedDisableDirectives: o['reportUnusedDisableDirectives'] === true,
    ...(o['encoding'] ? { encoding: o['encoding'] as string } : {}),
    locale: o['locale'] === 'en' ? 'en' : 'zh',
    ...(typeof o['color'] === 'boolean' ? { color: o['color'] } : {}),
  };
}
