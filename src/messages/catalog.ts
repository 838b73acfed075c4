/**
 * Every sentence reportlint says to a person, in both locales: help, usage errors, reader and formatter text, engine
 * notes, config error details. Code asks for a message by key (`t('cli.noPaths', locale)`) and never writes a
 * sentence itself; test/messages.test.ts checks that every entry has both locales with the same {placeholders}, and
 * that the Chinese interface contains no English beyond the names a writer types (option names, rule ids, files).
 *
 * The config error messages (`configError(…)`) live beside the config code in src/config/messages.ts and are part of
 * this catalog under `config.` (see `allMessages`), so they are checked the same way.
 *
 * Placeholders: `{name}` is replaced by `data.name`; `{name|one|other}` (English plurals) by `one` when `data.name` is
 * 1, else by `other`. Rules keep their own messages in `meta.messages` (a plugin brings its own).
 */
import type { MessageTemplate } from '../types.js';

export const catalog = {
  // --help: titles, usage line, value names, option descriptions.
  'help.titleUsage': { zh: '用法：', en: 'Usage:' },
  'help.titleArguments': { zh: '参数：', en: 'Arguments:' },
  'help.titleOptions': { zh: '选项：', en: 'Options:' },
  'help.usage': { zh: '[选项] [路径...]', en: '[options] [paths...]' },
  'help.argPaths': { zh: '路径', en: 'paths' },
  'help.valueConcurrency': { zh: '<线程数|auto|off>', en: '<n|auto|off>' },
  'help.valueFile': { zh: '<文件>', en: '<file>' },
  'help.valueConfigFile': { zh: '<配置文件>', en: '<path>' },
  'help.valueOutputFile': { zh: '<结果文件>', en: '<path>' },
  'help.valueFormat': { zh: '<格式>', en: '<name>' },
  'help.valueNumber': { zh: '<数目>', en: '<n>' },
  'help.valueFileName': { zh: '<文件名>', en: '<name>' },
  'help.valueSetting': { zh: '<设置>', en: '<setting>' },
  'help.valueRule': { zh: '<规则>', en: '<rule-id>' },
  'help.valueEncoding': { zh: '<编码>', en: '<name>' },
  'help.valueLocale': { zh: '<语言>', en: '<locale>' },
  'help.description': {
    zh: '检查法治政府建设年度报告的内容与格式（《法治政府建设与责任落实督察工作规定》、GB/T 9704）',
    en: 'Lint annual rule-of-law government reports (法治政府建设情况报告) for required content and 公文 format',
  },
  'help.paths': {
    zh: '要检查的文件、文件夹或通配符（.md .txt .docx .html .pdf）',
    en: 'files, folders or globs to lint (.md .txt .docx .html .pdf)',
  },
  'help.config': { zh: '只使用这个配置文件', en: 'use this config file only' },
  'help.noConfigLookup': { zh: '不查找 .reportlintrc 等配置文件', en: 'do not look for .reportlintrc and other config files' },
  'help.printConfig': { zh: '打印对该文件生效的配置后退出', en: 'print the configuration in effect for a file and exit' },
  'help.format': {
    zh: '输出格式：stylish（默认）、unix、json、json-with-metadata、html（可在浏览器中打开和打印的审阅报告）、table（每份报告一行的汇总表）、xlsx（汇总工作簿，须用 -o 指定文件）',
    en: 'output format: stylish (default), unix, json, json-with-metadata, html (a review report to open in a browser and print), table (one row per report), xlsx (a summary workbook, needs -o)',
  },
  'help.outputFile': { zh: '把结果写入文件而不是标准输出', en: 'write the results to a file instead of stdout' },
  'help.quiet': { zh: '只报告错误，不报告警告', en: 'report errors only' },
  'help.maxWarnings': {
    zh: '警告数超过此数时以退出码 1 结束（默认不限）',
    en: 'exit with code 1 when there are more warnings than this (default: no limit)',
  },
  'help.stdin': { zh: '从标准输入读取报告', en: 'read the report from standard input' },
  'help.stdinFilename': {
    zh: '标准输入内容对应的文件名（决定格式与配置）',
    en: 'file name for the standard input (decides syntax and config)',
  },
  'help.rule': {
    zh: "临时设置规则，如 'require-measures: off'，可重复",
    en: "set a rule for this run, e.g. 'require-measures: off' (repeatable)",
  },
  'help.listRules': { zh: '列出全部规则后退出', en: 'list all rules and exit' },
  'help.explain': { zh: '打印某条规则的说明文档后退出', en: "print a rule's documentation and exit" },
  'help.why': {
    zh: '逐个文件说明某项法定内容是否写到、写在哪里（如 --why require-first-responsible-person）',
    en: 'show per file whether a statutory item is covered, and where (e.g. --why require-first-responsible-person)',
  },
  'help.fix': { zh: '自动修复能修复的问题并写回文件', en: 'fix what can be fixed and write the files back' },
  'help.fixDryRun': { zh: '显示会修复什么，但不写文件', en: 'show what --fix would change without writing files' },
  'help.noInlineConfig': {
    zh: '忽略文件中的 reportlint-disable 等注释指令',
    en: 'ignore reportlint-disable and other inline directives',
  },
  'help.unused': {
    zh: '报告没有屏蔽任何问题的 reportlint-disable 指令',
    en: 'report reportlint-disable directives that silenced nothing',
  },
  'help.encoding': {
    zh: '按此编码读取文本文件（默认自动识别 UTF-8、UTF-16、GB18030）',
    en: 'read text files in this encoding (default: detect UTF-8, UTF-16, GB18030)',
  },
  'help.locale': { zh: '提示语言：zh（默认）或 en', en: 'language of the messages: zh (default) or en' },
  'help.color': { zh: '强制使用颜色', en: 'force colours' },
  'help.noColor': { zh: '不使用颜色', en: 'disable colours' },
  'help.version': { zh: '显示版本号', en: 'print the version' },
  'help.help': { zh: '显示帮助', en: 'print this help' },

  // Usage errors (exit 2): the command line itself is wrong.
  'usage.unknownOption': {
    zh: '没有 {option} 这个选项{hint}；reportlint --help 查看全部选项',
    en: 'Unknown option {option}{hint}; see reportlint --help',
  },
  'usage.didYouMean': { zh: '（是否想写 {name}？）', en: ' (did you mean {name}?)' },
  'usage.noValue': {
    zh: '选项 {option} 后面不能带值（去掉“={value}”）',
    en: 'Option {option} takes no value (remove "={value}")',
  },
  'usage.missingValue': {
    zh: '选项 {option} 后面缺少 {value}；reportlint --help 查看用法',
    en: 'Option {option} needs a value {value}; see reportlint --help',
  },
  'usage.missingRule': {
    zh: '选项 {option} 后面缺少规则名，如 {option} require-measures；reportlint --list-rules 查看全部规则',
    en: 'Option {option} needs a rule id, e.g. {option} require-measures; see reportlint --list-rules',
  },
  'usage.badNumber': {
    zh: '{option} 的值“{value}”不对：应为不小于 0 的整数，如 {option} 10',
    en: '{option} expects a whole number ≥ 0, such as {option} 10; got "{value}"',
  },
  'usage.badLocale': {
    zh: '{option} 的值“{value}”不对：应为 zh 或 en',
    en: '{option} must be zh or en, not "{value}"',
  },
  'usage.other': {
    zh: '命令行有误（{detail}）；reportlint --help 查看用法',
    en: '{detail}; see reportlint --help',
  },
  'usage.unknownFormat': {
    zh: '未知的输出格式“{name}”：可用的格式有 {list}',
    en: 'Unknown format "{name}": use one of {list}',
  },
  'usage.stdinWithPaths': { zh: '--stdin 不能与文件路径同时使用', en: '--stdin cannot be combined with file paths' },
  'usage.noPaths': {
    zh: '请指定要检查的文件或文件夹，或使用 --stdin；reportlint --help 查看用法',
    en: 'Give files or folders to lint, or use --stdin; see reportlint --help',
  },
  'usage.stdinFilenameAlone': {
    zh: '--stdin-filename 只能与 --stdin 一起使用',
    en: '--stdin-filename only works with --stdin',
  },
  'usage.outputFileFailed': {
    zh: '无法写入结果文件 {file}（{reason}）',
    en: 'Cannot write the output file {file} ({reason})',
  },
  'usage.outputIsFolder': { zh: '这是一个文件夹', en: 'it is a folder' },
  'usage.outputBlocked': { zh: '路径中有一段是文件而不是文件夹', en: 'part of the path is a file, not a folder' },
  'usage.outputNoPermission': { zh: '没有写入权限', en: 'permission denied' },
  'usage.noSuchRule': {
    zh: '没有名为“{rule}”的规则{hint}；reportlint --list-rules 查看全部规则',
    en: 'No rule named "{rule}"{hint}; see reportlint --list-rules',
  },
  'usage.unknownEncoding': {
    zh: '未知的文字编码 --encoding {encoding}：可用 utf-8、utf-16le、utf-16be、gb18030、gbk 等',
    en: 'Unknown encoding --encoding {encoding}: use utf-8, utf-16le, utf-16be, gb18030, gbk, …',
  },
  'usage.cannotEncode': {
    zh: '无法按 {encoding} 编码写回文件',
    en: 'Cannot write files back in {encoding}',
  },
  'usage.whyFormat': {
    zh: '--why 只能与 --format stylish、json 或 json-with-metadata 一起使用',
    en: '--why works with --format stylish, json or json-with-metadata only',
  },
  'usage.whyFix': {
    zh: '--why 不能与 --fix 或 --fix-dry-run 同时使用',
    en: '--why cannot be combined with --fix or --fix-dry-run',
  },
  'usage.whyNotStatutory': {
    zh: '规则“{rule}”不检查法定内容，--why 只适用于检查法定内容的规则：{list}',
    en: 'Rule "{rule}" does not check a statutory item; --why works with: {list}',
  },
  'usage.whyNoStatutory': {
    zh: '规则“{rule}”不检查法定内容，--why 只适用于检查法定内容的规则（meta.statutory），目前没有这样的规则',
    en: 'Rule "{rule}" does not check a statutory item; --why works with rules that do (meta.statutory), and there are none yet',
  },
  'usage.whyRuleOff': {
    zh: "规则“{rule}”在适用的配置中已关闭；如需检查，请加上 --rule '{rule}: error'",
    en: "Rule \"{rule}\" is off in the config; to check it, add --rule '{rule}: error'",
  },
  'usage.whyRuleOffFor': {
    zh: "规则“{rule}”在 {file} 适用的配置中已关闭；如需检查，请加上 --rule '{rule}: error'",
    en: "Rule \"{rule}\" is off in the config for {file}; to check it, add --rule '{rule}: error'",
  },

  // What the run says besides the results.
  'cli.crash': {
    zh: 'reportlint {version} 内部错误，请把以下信息报告给维护者：\n{detail}',
    en: 'reportlint {version} crashed; please report this:\n{detail}',
  },
  'cli.tooManyWarnings': {
    zh: '警告数超过上限（--max-warnings {max}）：共 {count} 个警告',
    en: 'Too many warnings (--max-warnings {max}): {count} found',
  },
  'cli.notFixed': {
    zh: '{file}：有 {count} 个问题可以自动修复，但 {format} 文件无法按原格式写回，未自动修复；请按提示在原文件中修改',
    en: '{file}: {count} {count|problem|problems} could be fixed, but a {format} file cannot be written back in its own format, so it was not fixed; make the changes in the original file',
  },
  'cli.notFixedUnknown': {
    zh: '{file}：有 {count} 个问题可以自动修复，但这种文件无法按原格式写回，未自动修复；请按提示在原文件中修改',
    en: '{file}: {count} {count|problem|problems} could be fixed, but this file cannot be written back in its own format, so it was not fixed; make the changes in the original file',
  },
  'cli.readAdvice': {
    zh: '；请检查文件是否完好，必要时重新导出或另存为 .docx 后再检查',
    en: '; check that the file is intact, or export it again or save it as .docx',
  },
  'cli.fixDiffTitle': { zh: '--fix 将修改 {file}：', en: '--fix would change {file}:' },
  'cli.explainInChinese': {
    zh: '规则 {rule} 的说明文档只有中文版。简介：{summary}',
    en: 'The documentation of {rule} is written in Chinese only. In short: {summary}',
  },
  'cli.ruleFixable': { zh: '[可修复]', en: '[fixable]' },

  // Overrides, ignores and --init.
  'help.valuePattern': { zh: '<模式>', en: '<pattern>' },
  'help.valueLevel': { zh: '<层级>', en: '<level>' },
  'help.ignorePattern': {
    zh: '不检查与此模式匹配的文件（写法同 .gitignore，相对于当前文件夹），可重复',
    en: 'do not lint files matching this pattern (gitignore syntax, relative to the working directory); repeatable',
  },
  'help.noIgnore': {
    zh: '也检查被忽略的文件：附件文件夹、~$ 开头的 Word 锁文件、隐藏文件和忽略模式匹配的文件',
    en: 'lint ignored files too: 附件 folders, ~$ Word lock files, dot files and files matching ignore patterns',
  },
  'help.init': {
    zh: '在当前文件夹生成带说明的配置文件 .reportlintrc.yaml 后退出',
    en: 'write a commented .reportlintrc.yaml starter in the working directory and exit',
  },
  'help.concurrency': {
    zh: '同时检查的线程数：数字、auto（默认：处理器核数的一半，每 50 个文件一个线程）或 off（逐个检查）；--fix 时总是逐个检查',
    en: 'how many threads lint at once: a number, auto (default: half the cores, one thread for every 50 files) or off (one by one); --fix always goes one by one',
  },
  'help.cache': {
    zh: '记住每个文件的检查结果，下次只检查内容、配置或 reportlint 版本有变化的文件（--fix 时不用）',
    en: 'remember each file\'s results and next time lint only files whose content, config or reportlint version changed (not with --fix)',
  },
  'help.cacheLocation': {
    zh: '缓存文件的位置（默认为当前文件夹中的 .reportlintcache；给出文件夹时放在其中）',
    en: 'where the cache file is (default .reportlintcache in the working directory; a folder: inside it)',
  },
  'help.referenceIndex': {
    zh: '把参考报告（settings.referenceReports）的比对索引保存在这个文件中，参考报告不变时下次直接使用；没有配置参考报告时使用已有的索引文件',
    en: 'keep the index of the reference reports (settings.referenceReports) in this file and reuse it while they are unchanged; without reference reports in the config, use the index file as it is',
  },
  'referenceIndex.nothing': {
    zh: '--reference-index：{file} 不存在，且配置中没有 settings.referenceReports，无从建立参考报告索引；请在配置中写明往年报告的位置，如 referenceReports: ["../2023年度/**"]',
    en: '--reference-index: {file} does not exist and the config has no settings.referenceReports to build it from; name last year\'s reports in the config, e.g. referenceReports: ["../2023/**"]',
  },
  'referenceIndex.unreadableIndex': {
    zh: '--reference-index：{file} 是另一版本的 reportlint 建立的参考报告索引，或已损坏，本版本无法读取，且配置中没有 settings.referenceReports 可据以重建；请用本版本重新建立（在配置中写明往年报告的位置后运行一次），或向提供索引的单位索取新版索引',
    en: '--reference-index: {file} was made by another version of reportlint, or is damaged, and cannot be read by this one, and the config has no settings.referenceReports to rebuild it from; rebuild it with this version (name last year\'s reports in the config and run once), or ask whoever handed it on for a new one',
  },
  'referenceIndex.notAnIndex': {
    zh: '--reference-index：{file} 不是 reportlint 的参考报告索引文件，未读取也未覆盖；请换一个文件名',
    en: '--reference-index: {file} is not a reportlint reference index; it was neither read nor overwritten; choose another file name',
  },
  'referenceIndex.unreadableFile': {
    zh: '--reference-index：无法读取 {file}（{reason}）',
    en: '--reference-index: cannot read {file} ({reason})',
  },
  'referenceIndex.writeFailed': {
    zh: '警告：无法写入参考报告索引 {file}（{reason}），下次将重新读取参考报告',
    en: 'warning: cannot write the reference index {file} ({reason}); the reference reports will be read again next time',
  },
  'referenceIndex.unreadable': {
    zh: '警告：有 {count} 份参考报告无法读取，未参与比对',
    en: 'warning: {count} reference reports could not be read and are not compared with',
  },
  // no-copied-text in the summaries (table, xlsx, html, the web page): the share of a report found in other reports.
  'summary.copiedKindReference': { zh: '往年报告', en: "last year's report" },
  'summary.copiedKindRun': { zh: '同批报告', en: 'a report of this batch' },
  'summary.copiedLine': {
    zh: '全文约{percent}%的文字与{kind}“{source}”相同，涉及 {paragraphs} 段',
    en: 'About {percent}% of the text is the same as {kind}, "{source}" ({paragraphs} {paragraphs|paragraph|paragraphs})',
  },
  'summary.copiedLineSeveral': {
    zh: '全文约{percent}%的文字与其他报告相同，涉及 {paragraphs} 段，其中与{kind}“{source}”相同的最多',
    en: 'About {percent}% of the text is the same as in other reports ({paragraphs} {paragraphs|paragraph|paragraphs}), most of it as {kind}, "{source}"',
  },
  'table.copied': { zh: '照搬', en: 'copied' },
  'table.copiedCell': { zh: '{percent}%（{source}）', en: '{percent}% ({source})' },
  'table.legendCopied': {
    zh: '照搬＝全文中与往年报告或同批其他报告相同的文字所占的比例，括号内为相同文字最多的报告；— 表示未发现相同的段落',
    en: "copied = the share of the text also found in last year's reports or in other reports of this batch; in brackets, the report it shares most with; — none found",
  },
  'xlsx.copiedShare': { zh: '照搬文字占比', en: 'copied share' },
  'xlsx.copiedSource': { zh: '相同文字最多的报告', en: 'shares most with' },
  'xlsx.copiedSourceCell': { zh: '{source}（{kind}）', en: '{source} ({kind})' },
  'html.colCopied': { zh: '照搬', en: 'Copied' },
  'html.copiedNone': { zh: '未发现与其他报告相同的段落', en: 'no paragraph found in other reports' },
  'cache.writeFailed': {
    zh: '警告：无法写入缓存文件 {file}（{reason}），本次结果未缓存',
    en: 'warning: cannot write the cache file {file} ({reason}); this run\'s results are not cached',
  },
  'help.web': {
    zh: '写出离线网页版（默认 reportlint.html）后退出；与 -c 一起使用时把该配置内置到网页中，供各乡镇使用',
    en: 'write the offline web page (reportlint.html by default) and exit; with -c, that config is built into the page for the townships',
  },
  'help.level': {
    zh: '与 --init 一起使用：报告主体的层级，乡镇（默认）、县或部门',
    en: 'with --init: the reporting level, township (default), county or department',
  },
  'usage.badConcurrency': {
    zh: '--concurrency 的值“{value}”不对：应为 1 到 999 的数字、auto 或 off',
    en: '--concurrency must be a number from 1 to 999, auto or off, not "{value}"',
  },
  'usage.webWithPaths': {
    zh: '--web 只写出网页版，不检查报告：请去掉要检查的文件，或分两次运行',
    en: '--web only writes the web page and lints nothing: leave out the files to lint, or run twice',
  },
  'usage.levelWithoutInit': { zh: '--level 只能与 --init 一起使用', en: '--level only works with --init' },
  'usage.badLevel': {
    zh: '--level 的值“{value}”不对：应为乡镇、县或部门',
    en: '--level must be township, county or department, not "{value}"',
  },
  'usage.initWithPaths': {
    zh: '--init 只生成配置文件，不能同时指定要检查的文件',
    en: '--init only writes a config file; give no files to lint with it',
  },
  'usage.initExists': {
    zh: '当前文件夹已有配置文件 {file}，没有写入新的配置；如需重新生成，请先删除或改名',
    en: 'There is a config file here already ({file}); nothing was written. Delete or rename it to start again',
  },
  'usage.initFailed': {
    zh: '无法写入配置文件 {file}（{reason}）',
    en: 'Cannot write the config file {file} ({reason})',
  },
  'init.written': { zh: '已生成配置文件 {file}', en: 'Wrote {file}' },
  'init.next': {
    zh:
      '下一步：\n' +
      '  1. 打开这个文件，按本单位的情况改写 settings（层级、年度）；示例默认不生效，去掉示例行首的“#”即可启用\n' +
      '  2. 查看某份报告实际生效的配置及每一项的来源：reportlint --print-config 报告.docx\n' +
      '  3. 检查一份报告：reportlint 报告.docx；检查整个文件夹：reportlint .',
    en:
      'Next:\n' +
      '  1. Open the file and set settings (level, year) for your office; the examples are off until you remove the "#" before them\n' +
      '  2. See the config a report gets, and where each part comes from: reportlint --print-config 报告.docx\n' +
      '  3. Lint a report: reportlint 报告.docx; a whole folder: reportlint .',
  },
  'init.header': {
    zh:
      'reportlint 配置文件（由 reportlint --init 生成）\n' +
      '\n' +
      '查找规则：reportlint 从每份报告所在的文件夹开始逐级向上查找配置文件，使用最近的一个；\n' +
      '上级文件夹里的配置不会自动叠加，需要继承时写 extends。\n' +
      '严重级别：off（关闭）、warn（警告，不影响退出码）、error（错误，退出码为 1），也可写 关闭、警告、错误。\n' +
      '以“#”开头的示例不生效；去掉示例行首的“# ”即可启用（注意保持缩进对齐）。\n' +
      '  reportlint --list-rules                 列出所有规则及其默认级别\n' +
      '  reportlint --explain date-deadline      查看一条规则的说明和选项\n' +
      '  reportlint --print-config 报告.docx      查看某份报告实际生效的配置，以及每一项来自哪个文件',
    en:
      'reportlint config (written by reportlint --init)\n' +
      '\n' +
      "reportlint uses the nearest config file, searching upward from each report's folder; configs in parent\n" +
      'folders are not merged in: write extends to inherit one.\n' +
      'Severities: off, warn (a warning: the exit code stays 0), error (exit code 1); 关闭, 警告, 错误 work too.\n' +
      'Lines starting with "#" are examples and have no effect; remove the "# " in front of an example to use it (keep the indentation).\n' +
      '  reportlint --list-rules                 the rules and their default severities\n' +
      "  reportlint --explain date-deadline      a rule's documentation and options\n" +
      '  reportlint --print-config 报告.docx      the config a report gets, and the file each part comes from',
  },
  'init.extends': {
    zh:
      '以推荐配置为基础：每条内置规则按其默认级别启用；从严要求时可改为 reportlint:all（全部按错误处理）。\n' +
      '也可以继承县里统一发布的配置文件（路径相对于本文件所在的文件夹），如：\n' +
      '  extends: [reportlint:recommended, ../县里统一配置/.reportlintrc.yaml]',
    en:
      'Start from the recommended config: every built-in rule at its default severity (reportlint:all makes every rule an error).\n' +
      "A config file the county hands out can be inherited too (a path relative to this file's folder), e.g.:\n" +
      '  extends: [reportlint:recommended, ../县里统一配置/.reportlintrc.yaml]',
  },
  'init.settings': {
    zh: '各条规则共用的基本情况。键名和取值都会检查，写错会报错并提示正确的写法。',
    en: 'Facts the rules share. Names and values are checked: a typo is an error that suggests the right spelling.',
  },
  'init.level': {
    zh: '报告主体的层级：township（乡镇、街道）、county（县、区）、department（部门）、city（市）、province（省），\n中文也可以。它决定默认的报送时限（date-deadline）：省级为次年4月1日，其余为次年3月1日。',
    en: 'The reporting level: township, county, department, city or province (Chinese names work too).\nIt decides the default deadline (date-deadline): 1 April of the next year for a province, 1 March otherwise.',
  },
  'init.reportYear': {
    zh: '报告年度：标题、正文和成文日期里的年份都按它核对；不写时从标题推断。',
    en: 'The year reported on: the years in the title, the text and the date are checked against it; without it, the title decides.',
  },
  'init.referenceReports': {
    zh: '往年的报告（路径相对于本文件，Word、PDF、网页、文本均可）：no-copied-text 逐段比对，找出照搬往年报告的段落。',
    en: "Last year's reports (paths relative to this file; Word, PDF, web pages or text): no-copied-text compares each paragraph with them.",
  },
  'init.rules': {
    zh: '调整规则的严重级别或选项，写成 规则名: 级别，或 规则名: [级别, { 选项名: 值 }]：',
    en: 'Change the severity or options of a rule: rule-id: severity, or rule-id: [severity, { option: value }]:',
  },
  'init.rulesHeading': { zh: '标题层次序号（一、（一）1.（1））先作提示，不算错误', en: 'heading ordinals (一、（一）1.（1）): a warning, not an error' },
  'init.rulesDeadline': {
    zh: '县里要求 1 月 31 日前报送：成文日期晚于次年 1 月 31 日按错误处理（deadline 写成“月-日”）',
    en: 'the county wants the reports by 31 January: a later date is an error (deadline is month-day)',
  },
  'init.rulesTerms': {
    zh: '补充本县的规范用语（错误写法: 正确写法）',
    en: "the county's own terms (wrong: right)",
  },
  'init.overrides': {
    zh:
      '只对部分报告适用的配置，按顺序应用，后写的覆盖先写的。files 列出适用的文件（写法同通配符，\n' +
      '相对于本文件所在的文件夹；“部门/**”指部门文件夹里的所有文件），excludedFiles 列出其中不适用的文件。',
    en:
      'Config for some reports only, applied in order (later wins). files names the files a block applies to (globs\n' +
      "relative to this file's folder; 部门/** is every file in the 部门 folder), excludedFiles those it does not.",
  },
  'init.overridesDepartment': { zh: '部门的报告按部门的报送时限检查', en: "departments' reports get a department's deadline" },
  'init.ignorePatterns': {
    zh:
      '不检查的文件（写法同 .gitignore，相对于本文件所在的文件夹）。附件文件夹、~$ 开头的 Word 锁文件\n' +
      '和以“.”开头的隐藏文件默认就不检查；命令行上加 --no-ignore 可以检查全部文件。',
    en:
      "Files not to lint (.gitignore syntax, relative to this file's folder). 附件 folders, ~$ Word lock files and\n" +
      'dot files are not linted anyway; --no-ignore on the command line lints every file.',
  },
  'init.customRules': {
    zh:
      '县里自定义的规则（不用写代码）。kind 为 require（必须写到）、forbid（不能出现）、substitute（错误写法: 正确写法）\n' +
      '或 length（篇幅，按汉字计）；in 为检查的部分：any（全文，默认）、title、measures、first-responsible-person、\n' +
      'problems、plan、closing。examples 中的例子由 reportlint --test-rules 检验。',
    en:
      "The county's own rules, without code. kind is require (must be there), forbid (must not be), substitute\n" +
      '(wrong: right) or length (in Chinese characters); in is the part checked: any (the whole text, default), title,\n' +
      'measures, first-responsible-person, problems, plan, closing. reportlint --test-rules checks the examples.',
  },
  'init.exampleRequireMessage': {
    zh: '未说明法律顾问工作情况：请在主要举措部分写明法律顾问参与重大决策、合同审查等情况',
    en: 'The work of legal advisers is not described: say in the measures part how they took part in major decisions and contract review',
  },
  'init.exampleForbidMessage': {
    zh: '“{found}”已不再使用：机构改革后县政府法制办的职责已划入县司法局',
    en: '"{found}" is out of date: the county legal affairs office now belongs to the county justice bureau',
  },
  'init.exampleSubstituteMessage': { zh: '用语不规范：“{found}”应为“{expected}”', en: 'Use "{expected}", not "{found}"' },
  'init.exampleLengthMessage': {
    zh: '报告正文 {count} 字，超过县里要求的 {max} 字，请精简',
    en: 'The report has {count} characters, more than the {max} the county allows: shorten it',
  },
  'ignore.pattern': {
    zh: '已忽略：与忽略模式 {pattern}（{source}）匹配，没有检查；如需检查，请加上 --no-ignore',
    en: 'File ignored because of a matching ignore pattern {pattern} ({source}). Use --no-ignore to override',
  },
  'ignore.fromCli': { zh: '命令行 --ignore-pattern', en: 'command-line --ignore-pattern' },
  'ignore.attachment': {
    zh: '已忽略：附件文件夹中的文件默认不作为报告检查；如需检查，请加上 --no-ignore',
    en: 'File ignored by default: files in a 附件 (attachments) folder are not reports. Use --no-ignore to override',
  },
  'ignore.lockFile': {
    zh: '已忽略：这是 Word 或 WPS 打开文档时生成的临时锁文件（文件名以 ~$ 开头），不是报告；如需检查，请加上 --no-ignore',
    en: 'File ignored by default: a lock file Word or WPS leaves beside an open document (its name starts with ~$). Use --no-ignore to override',
  },
  'ignore.dotFile': {
    zh: '已忽略：名称以“.”开头的隐藏文件或文件夹默认不检查；如需检查，请加上 --no-ignore',
    en: 'File ignored by default: its name or a folder on its path starts with ".". Use --no-ignore to override',
  },
  'files.allIgnoredFolder': {
    zh: '这个文件夹中的报告文件都已忽略（附件文件夹、Word 锁文件、隐藏文件或忽略模式），没有检查任何文件；如需检查，请加上 --no-ignore',
    en: 'Every report file in this folder is ignored (附件 folders, Word lock files, dot files or ignore patterns); nothing was checked. Use --no-ignore to override',
  },
  'files.allIgnoredGlob': {
    zh: '与这个通配符匹配的报告文件都已忽略（附件文件夹、Word 锁文件、隐藏文件或忽略模式），没有检查任何文件；如需检查，请加上 --no-ignore',
    en: 'Every report file matching this pattern is ignored (附件 folders, Word lock files, dot files or ignore patterns); nothing was checked. Use --no-ignore to override',
  },

  // Config trust and enforced rules (issue 11).
  'enforce.off': {
    zh: '{file} 中的 {key} 要关闭规则 {rule}，但 {by} 规定必须检查这条规则（enforce），这项设置未生效',
    en: '{key} in {file} turns off rule {rule}, but {by} enforces it (enforce): the setting was not applied',
  },
  'enforce.lower': {
    zh: '{file} 中的 {key} 要降低规则 {rule} 的级别，但 {by} 规定了它的最低级别（enforce），这项设置未生效',
    en: '{key} in {file} lowers the severity of rule {rule}, but {by} enforces it (enforce): the setting was not applied',
  },
  'enforce.options': {
    zh: '{file} 中的 {key} 要改变规则 {rule} 的选项，但 {by} 规定了这条规则的选项（enforce），这项设置未生效',
    en: '{key} in {file} changes the options of rule {rule}, but {by} enforces it (enforce): the setting was not applied',
  },
  'enforce.directive': {
    zh: 'reportlint-{kind} 注释不能屏蔽规则 {rule}：{by} 规定必须检查这条规则（enforce），它发现的问题照常报告',
    en: 'A reportlint-{kind} comment cannot silence rule {rule}: {by} enforces it (enforce), so its findings are reported',
  },
  // The html review report lists what reportlint-disable comments silenced, with their reasons.
  'html.silencedHeading': { zh: '已由 reportlint-disable 注释屏蔽的问题（{count} 个）', en: 'Silenced by reportlint-disable comments ({count})' },
  'html.colJustification': { zh: '屏蔽理由', en: 'Reason given' },
  'html.noJustification': { zh: '（未写理由）', en: '(no reason given)' },

  // Files that cannot be checked: the result's one message.
  'files.cannotRead': { zh: '无法读取：{reason}', en: 'Cannot read: {reason}' },
  'files.missing': {
    zh: '文件或文件夹不存在，请检查路径是否写错',
    en: 'no such file or directory; check the path',
  },
  'files.emptyFolder': {
    zh: '这个文件夹中没有报告文件（{list}），没有检查任何文件',
    en: 'This folder holds no report files ({list}); nothing was checked',
  },
  'files.emptyGlob': {
    zh: '没有与这个通配符匹配的报告文件（{list}），没有检查任何文件',
    en: 'No report files match this pattern ({list}); nothing was checked',
  },
  'files.rtf': {
    zh: '不支持 RTF 格式（.rtf），请在 Word 或 WPS 中另存为 .docx 后再检查',
    en: 'RTF files (.rtf) are not supported; save it as .docx first',
  },
  'files.odt': {
    zh: '不支持 OpenDocument 文本格式（.odt），请在 WPS、LibreOffice 或 Word 中另存为 .docx 后再检查',
    en: 'OpenDocument text (.odt) is not supported; save it as .docx first',
  },
  'files.docm': {
    zh: '不支持启用宏的 Word 文档（.docm），请在 Word 中另存为 .docx 后再检查',
    en: 'Macro-enabled Word files (.docm) are not supported; save it as .docx first',
  },
  'files.uof': {
    zh: '不支持 UOF 文档（.uof），请在 WPS 中另存为 .docx 后再检查',
    en: 'UOF documents (.uof) are not supported; save it as .docx first',
  },
  'files.uot': {
    zh: '不支持 UOF 文档（.uot），请在 WPS 中另存为 .docx 后再检查',
    en: 'UOF documents (.uot) are not supported; save it as .docx first',
  },
  'files.ofd': {
    zh: '不支持 OFD 版式文件（.ofd），请提供 Word 文档（.docx）或带文字层的 PDF',
    en: 'OFD files (.ofd) are not supported; provide the Word file (.docx) or a PDF with a text layer',
  },
  'files.mht': {
    zh: '不支持单个文件网页（.mht），请在浏览器中另存为“网页，全部”（.html），或提供 Word 文档（.docx）',
    en: 'Single-file web pages (.mht) are not supported; save the page as .html, or provide the Word file (.docx)',
  },
  'files.mhtml': {
    zh: '不支持单个文件网页（.mhtml），请在浏览器中另存为“网页，全部”（.html），或提供 Word 文档（.docx）',
    en: 'Single-file web pages (.mhtml) are not supported; save the page as .html, or provide the Word file (.docx)',
  },

  // Hostile files (issue 11). Each is a reader's <reason>: one line saying what is wrong and what to do.
  'read.fileTooLarge': {
    zh: '文件过大（{size} MB，上限 {limit} MB），未读取；报告通常只有几 MB，请确认是否选错了文件，确需检查时可在配置文件的 settings 中调高 maxFileSizeMB',
    en: 'the file is too large ({size} MB, the limit is {limit} MB) and was not read; check that this is the report, or raise settings.maxFileSizeMB in the config',
  },
  'read.notRegularFile': {
    zh: '这不是普通文件，而是{kind}，不能作为报告读取（也没有打开它）；请指定报告文件本身',
    en: 'this is not a regular file but a {kind}, so it was not opened; check the path and name the report file itself',
  },
  'read.kindFifo': { zh: '命名管道', en: 'named pipe (FIFO)' },
  'read.kindDevice': { zh: '设备文件', en: 'device file' },
  'read.kindSocket': { zh: '套接字', en: 'socket' },
  'read.symlinkLoop': {
    zh: '这是一个循环的符号链接（链接最终指向自己），无法打开；请检查或删除这个链接',
    en: 'this is a symbolic link loop (the link ends up pointing at itself); check or remove the link',
  },
  'read.danglingLink': {
    zh: '这是一个符号链接，但它指向的文件不存在；请检查或删除这个链接',
    en: 'this is a symbolic link to a file that does not exist; check or remove the link',
  },
  'read.permissionDenied': {
    zh: '没有读取这个文件的权限；请让文件的所有者或管理员开放读取权限，或复制一份后再检查',
    en: 'permission denied; ask the owner to make the file readable, or check a copy of it',
  },
  'read.folderDenied': {
    zh: '没有打开这个文件夹的权限，其中的报告都没有检查；请开放读取权限后再检查',
    en: 'permission denied: the reports in this folder were not checked; make the folder readable and check again',
  },
  'read.folderNamedLikeReport': {
    zh: '这是一个文件夹（名称像报告文件），其中没有报告文件；请检查路径是否写错',
    en: 'this is a folder named like a report, and it holds no report file; check the path',
  },
  'read.docxNotZip': {
    zh: '不是 Word 文档：.docx 文件应是一个压缩包，这个文件不是（可能是改了扩展名的其他文件）；请在 Word 或 WPS 中打开原文件，另存为 .docx 后再检查',
    en: 'not a Word document: a .docx is a zip package and this file is not one (perhaps another file renamed); open the original in Word or WPS and save it as .docx',
  },
  'read.docxOle': {
    zh: '这是旧版 Word 文件（.doc）或设置了打开密码的 Word 文档，只是扩展名为 .docx；请在 Word 或 WPS 中打开（有密码的先取消密码），另存为 .docx 后再检查',
    en: 'this is an old Word file (.doc) or a password-protected Word document named .docx; open it in Word or WPS, remove any password and save it as .docx',
  },
  'read.docxTruncated': {
    zh: 'Word 文档不完整（文件被截断，可能是下载或拷贝时中断）；请重新获取原文件，或在 Word 或 WPS 中重新另存为 .docx',
    en: 'the Word document is incomplete (cut off, perhaps by an interrupted download or copy); get the file again or save it again as .docx',
  },
  'read.docxEncrypted': {
    zh: 'Word 文档中的内容经过加密，无法读取；请取消密码后另存为 .docx 再检查',
    en: 'the parts of the Word document are encrypted; remove the password and save it as .docx',
  },
  'read.docxTooLarge': {
    zh: 'Word 文档解压后过大（文字部分共 {size} MB，上限 {limit} MB），可能是恶意构造的“压缩炸弹”，没有解压；如确是正常文档，请在配置文件的 settings 中调高 maxDocxExpandedMB',
    en: 'the Word document expands to {size} MB of XML (the limit is {limit} MB), perhaps a zip bomb, so it was not unpacked; check the file, and if it is genuine raise settings.maxDocxExpandedMB in the config',
  },
  'read.docxRatio': {
    zh: 'Word 文档中 {part} 的压缩比异常（{ratio} 倍，上限 {limit} 倍），可能是恶意构造的“压缩炸弹”，没有解压；如确是正常文档，请在配置文件的 settings 中调高 maxDocxRatio',
    en: '{part} in the Word document is compressed {ratio} to 1 (the limit is {limit}), perhaps a zip bomb, so it was not unpacked; check the file, and if it is genuine raise settings.maxDocxRatio in the config',
  },
  'read.docxSizeMismatch': {
    zh: 'Word 文档中 {part} 解压后比文件头声明的大小更大（文件已损坏或是恶意构造的），已停止解压；请在 Word 或 WPS 中重新另存为 .docx',
    en: '{part} in the Word document inflates past the size its header declares (damaged or crafted), so unpacking stopped; save it again as .docx in Word or WPS',
  },
  'read.docxDoctype': {
    zh: 'Word 文档的 {part} 中含有 DOCTYPE 或实体声明（Word 从不写入，可被用来无限展开内容），没有读取；请在 Word 或 WPS 中重新另存为 .docx',
    en: '{part} in the Word document holds a DOCTYPE or entity declaration (Word never writes one; entities can expand without bound), so it was not read; save it again as .docx in Word or WPS',
  },
  'read.docxTooDeep': {
    zh: 'Word 文档的结构嵌套过深（可能是恶意构造的文件），没有读取；请在 Word 或 WPS 中重新另存为 .docx',
    en: 'the Word document nests its elements too deep (perhaps a crafted file), so it was not read; save it again as .docx in Word or WPS',
  },
  'read.pdfTooManyPages': {
    zh: 'PDF 共 {pages} 页，超过上限 {limit} 页，没有读取；年度报告通常只有几十页，请确认是否选错了文件，确需检查时可在配置文件的 settings 中调高 maxPdfPages',
    en: 'the PDF has {pages} pages, more than the limit of {limit}, so it was not read; check that this is the report, or raise settings.maxPdfPages in the config',
  },
  'read.htmlTooDeep': {
    zh: '网页的元素嵌套超过 {limit} 层（可能是恶意构造的文件），没有读取；请提供 Word 文档（.docx），或在浏览器中重新保存网页',
    en: 'the page nests its elements more than {limit} deep (perhaps a crafted file), so it was not read; provide the Word file (.docx) or save the page again',
  },
  'read.htmlTooManyElements': {
    zh: '网页的元素超过 {limit} 个，没有读取；请提供 Word 文档（.docx），或只保存报告正文所在的网页',
    en: 'the page has more than {limit} elements, so it was not read; provide the Word file (.docx) or save the page of the report alone',
  },

  // The readers: "无法读取 <file>：<reason>".
  'read.failed': { zh: '无法读取 {file}：{reason}', en: 'Cannot read {file}: {reason}' },
  'read.noSuchFile': { zh: '文件不存在', en: 'no such file' },
  'read.isDirectory': { zh: '这是一个目录', en: 'it is a directory' },
  'read.binary': { zh: '不是文本文件（含有二进制内容）', en: 'not a text file (it contains binary content)' },
  'read.undecodable': {
    zh: '无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK），可用 --encoding 指定编码',
    en: 'unknown text encoding (not UTF-8, UTF-16 or GB18030/GBK); name it with --encoding',
  },
  'read.wrongEncoding': { zh: '内容不是有效的 {encoding} 编码文字', en: 'the content is not valid {encoding} text' },
  'read.legacyWord': {
    zh: '不支持旧版 Word/WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再检查',
    en: 'old Word/WPS files are not supported; save it as .docx first',
  },
  'read.notWord': {
    zh: '不是有效的 Word 文档（.docx），请用 Word 或 WPS 重新另存为 .docx',
    en: 'not a valid Word document (.docx)',
  },
  'read.pdfEncrypted': { zh: 'PDF 文件已加密，请提供未加密的文件', en: 'the PDF is encrypted' },
  'read.pdfInvalid': { zh: '不是有效的 PDF 文件', en: 'not a valid PDF file' },
  'read.pdfScan': {
    zh: '这个 PDF 是扫描件，没有文字层，无法检查文字；请提供 Word 文档或带文字层的 PDF（可先做文字识别 OCR）',
    en: "the PDF is a scan with no text layer; provide the Word file or an OCR'd PDF",
  },
  'read.pdfGarbled': {
    zh: 'PDF 的文字层无法识别（字体缺少编码映射，提取出的是乱码）；请提供 Word 文档，或重新导出 PDF',
    en: "the PDF's text layer cannot be decoded (its fonts have no Unicode map); provide the Word file",
  },

  // Formatters and places.
  'format.error': { zh: '错误', en: 'error' },
  'format.warning': { zh: '警告', en: 'warning' },
  'format.paragraph': { zh: '第{paragraph}段', en: 'paragraph {paragraph}' },
  'format.pageLine': { zh: '第{page}页第{line}行', en: 'page {page} line {line}' },
  'format.page': { zh: '第{page}页', en: 'page {page}' },
  'format.quote': { zh: '“{text}”', en: '"{text}"' },
  'format.listSeparator': { zh: '、', en: ', ' },
  'format.clean': {
    zh: '✔ 检查了 {files} 个文件，没有发现问题',
    en: '✔ {files} {files|file|files} checked, no problems found',
  },
  'format.cleanQuiet': {
    zh: '✔ 检查了 {files} 个文件，没有发现错误',
    en: '✔ {files} {files|file|files} checked, no errors found',
  },
  'format.summary': {
    zh: '✖ {total} 个问题（{errors} 个错误，{warnings} 个警告）',
    en: '✖ {total} {total|problem|problems} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings})',
  },
  'format.fixable': {
    zh: '  其中 {errors} 个错误、{warnings} 个警告可用 --fix 选项自动修复。',
    en: '  {errors} {errors|error|errors} and {warnings} {warnings|warning|warnings} potentially fixable with the `--fix` option.',
  },

  // Summary formatters: table and xlsx.
  'table.file': { zh: '文件', en: 'file' },
  'table.unit': { zh: '报送单位', en: 'unit' },
  'table.year': { zh: '年度', en: 'year' },
  'table.errors': { zh: '错误', en: 'errors' },
  'table.warnings': { zh: '警告', en: 'warnings' },
  'table.suppressed': { zh: '已屏蔽', en: 'silenced' },
  'table.topRules': { zh: '问题最多的规则', en: 'most findings' },
  'table.ruleCount': { zh: '{rule}（{count}）', en: '{rule} ({count})' },
  'table.short.measures': { zh: '举措', en: 'measures' },
  'table.short.leaders': { zh: '责任人', en: 'leaders' },
  'table.short.problems': { zh: '问题原因', en: 'causes' },
  'table.short.enforcement': { zh: '三项制度', en: '3 systems' },
  'table.short.issuer': { zh: '落款', en: 'issuer' },
  'table.short.plans': { zh: '安排', en: 'plans' },
  'table.short.other': { zh: '项{n}', en: 'item {n}' },
  'table.total': { zh: '合计', en: 'total' },
  'table.outcome': {
    zh: '共 {files} 个文件：{withErrors} 个有错误，{unreadable} 个无法读取',
    en: '{files} {files|file|files}: {withErrors} with errors, {unreadable} unreadable',
  },
  'table.legendItems': { zh: '法定内容：{items}', en: 'Statutory items: {items}' },
  'table.legendItem': { zh: '{short}＝{item}', en: '{short} = {item}' },
  'table.legendMarks': {
    zh: '✓ 写明了　✗ 缺少或不完整　! 规则运行出错　— 未检查（文件无法读取或规则未启用）',
    en: '✓ covered  ✗ missing or incomplete  ! the rule failed  — not checked (file unreadable or rule off)',
  },
  'xlsx.summarySheet': { zh: '汇总', en: 'Summary' },
  'xlsx.findingsSheet': { zh: '问题清单', en: 'Findings' },
  'xlsx.rule': { zh: '规则', en: 'rule' },
  'xlsx.severity': { zh: '级别', en: 'severity' },
  'xlsx.message': { zh: '问题', en: 'problem' },
  'xlsx.place': { zh: '位置', en: 'place' },
  'xlsx.excerpt': { zh: '原文', en: 'text' },
  'xlsx.unreadable': { zh: '无法读取的原因', en: 'why unreadable' },
  'xlsx.needsOutputFile': {
    zh: '{format} 格式生成的是文件，不能输出到终端：请用 -o 指定要写入的文件，如 -o 汇总.{format}',
    en: 'The {format} format writes a file, not text: name it with -o, e.g. -o summary.{format}',
  },

  // --fix safety (issue 11).
  'fix.changedOnDisk': {
    zh: '{file}：读取之后文件又被修改过，--fix 没有写入，以免覆盖这次修改；请重新运行',
    en: '{file}: the file changed on disk after it was read; --fix did not write it, so as not to undo that change; run again',
  },
  'fix.writeFailed': {
    zh: '{file}：--fix 无法写入（{reason}），原文件没有改动',
    en: '{file}: --fix could not write the file ({reason}); the original is unchanged',
  },
  'fix.reasonPermission': {
    zh: '没有写入这个文件或在它所在文件夹中新建文件的权限',
    en: 'no permission to write the file or to create a file in its folder',
  },
  'fix.reasonNoSpace': { zh: '磁盘空间不足', en: 'no space left on the disk' },
  'fix.reasonOwner': {
    zh: '无法保留文件原来的所有者：用户 {uid}、组 {gid}',
    en: 'the file could not keep its owner, user {uid} and group {gid}',
  },
  'fix.reasonBusy': {
    zh: '另一个 reportlint 正在写入这个文件，等待超时',
    en: 'another reportlint run kept writing this file for too long',
  },
  'fix.notRoundTrip': {
    zh: '{file}：按原来的编码写回会改动修复之外的内容，--fix 没有写入；请在原文件中按提示修改',
    en: '{file}: written back in its encoding, the file would change beyond the fixes, so --fix did not write it; make the changes by hand',
  },

  // --why.
  'why.title': { zh: '{item}（{rule}）', en: '{item} ({rule})' },
  'why.label': { zh: '{label}：', en: '{label}: ' },
  'why.noEvidence': {
    zh: '（规则没有指出报告中写到这项内容的位置）',
    en: '(the rule gave no place in the report as evidence)',
  },
  'why.silenced': {
    zh: '以下问题已由 reportlint-disable 注释屏蔽：',
    en: 'These findings are silenced by reportlint-disable comments:',
  },
  'why.covered': { zh: '已写到的部分：', en: 'Covered:' },

  // The html review report.
  'html.title': { zh: '法治政府建设年度报告检查结果', en: 'Rule-of-law government annual reports: review' },
  'html.overview': {
    zh: '共检查 {files} 份报告，{withErrors} 份有错误；共 {errors} 个错误、{warnings} 个警告。',
    en: '{files} {files|report|reports} checked, {withErrors} with errors; {errors} {errors|error|errors} and {warnings} {warnings|warning|warnings} in all.',
  },
  'html.overviewUnreadable': {
    zh: '共检查 {files} 份报告，{withErrors} 份有错误，其中 {unreadable} 份无法读取（原因见各自的说明）；共 {errors} 个错误、{warnings} 个警告。',
    en: '{files} {files|report|reports} checked, {withErrors} with errors, of which {unreadable} could not be read (each section says why); {errors} {errors|error|errors} and {warnings} {warnings|warning|warnings} in all.',
  },
  'html.quietNote': { zh: '按 --quiet 只列出了错误，没有列出警告。', en: 'With --quiet, only errors are listed, not warnings.' },
  'html.noResults': { zh: '没有检查任何文件。', en: 'No file was checked.' },
  'html.summaryHeading': { zh: '汇总', en: 'Summary' },
  'html.legend': {
    zh: '✓ 写明了这项法定内容　✗ 缺少或不完整　! 规则运行出错　— 未检查',
    en: '✓ the report covers the statutory item　✗ missing or incomplete　! the rule failed　— not checked',
  },
  'html.colIndex': { zh: '序号', en: 'No.' },
  'html.colUnit': { zh: '报送单位', en: 'Unit' },
  'html.colYear': { zh: '年度', en: 'Year' },
  'html.colFile': { zh: '文件', en: 'File' },
  'html.colErrors': { zh: '错误', en: 'Errors' },
  'html.colWarnings': { zh: '警告', en: 'Warnings' },
  'html.colTopRules': { zh: '问题最多的规则', en: 'Most frequent' },
  'html.total': { zh: '合计', en: 'Total' },
  'html.totalVerdicts': { zh: '{passed} 份通过，{failed} 份未通过', en: '{passed} passed, {failed} failed' },
  'html.verdictPass': { zh: '通过', en: 'covered' },
  'html.verdictFail': { zh: '未通过', en: 'not covered' },
  'html.verdictError': { zh: '规则出错', en: 'rule failed' },
  'html.verdictNone': { zh: '未检查', en: 'not checked' },
  'html.unreadableShort': { zh: '无法读取', en: 'unreadable' },
  'html.ruleCount': { zh: '{rule} {count} 处', en: '{rule} ×{count}' },
  'html.filterRule': { zh: '按规则筛选', en: 'Filter by rule' },
  'html.filterAllRules': { zh: '全部报告', en: 'All reports' },
  'html.filterRuleOption': {
    zh: '{rule}（{files} 份报告，{count} 处）',
    en: '{rule} ({files} {files|report|reports}, {count} {count|finding|findings})',
  },
  'html.filterUnit': { zh: '按单位筛选', en: 'Filter by unit' },
  'html.filterUnitPlaceholder': { zh: '输入单位名称或文件名', en: 'unit or file name' },
  'html.filterReset': { zh: '清除筛选', en: 'Clear filters' },
  'html.filterStatus': { zh: '显示 {shown} / {total} 份报告', en: 'Showing {shown} of {total} reports' },
  'html.sortHint': { zh: '点击表头可排序。', en: 'Click a column heading to sort.' },
  'html.noMatch': { zh: '没有符合筛选条件的报告。', en: 'No report matches the filters.' },
  'html.unitUnknown': { zh: '（未识别出报送单位）', en: '(unit not found)' },
  'html.unitUnknownShort': { zh: '（未识别）', en: '(unknown)' },
  'html.reportYear': { zh: '{year} 年度', en: 'year {year}' },
  'html.fileLine': { zh: '文件：{file}（{format}）', en: 'File: {file} ({format})' },
  'html.fileOnly': { zh: '文件：{file}', en: 'File: {file}' },
  'html.formatDocx': { zh: 'Word 文档', en: 'Word document' },
  'html.formatPdf': { zh: 'PDF 文件', en: 'PDF' },
  'html.formatHtml': { zh: '网页', en: 'web page' },
  'html.formatText': { zh: '文本文件', en: 'text file' },
  'html.counts': {
    zh: '错误 {errors} 个，警告 {warnings} 个',
    en: '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}',
  },
  'html.fixable': { zh: '其中 {count} 个可用 --fix 自动修复', en: '{count} fixable with --fix' },
  'html.suppressed': {
    zh: '另有 {count} 个问题已由 reportlint-disable 注释屏蔽',
    en: '{count} more silenced by reportlint-disable comments',
  },
  'html.backToSummary': { zh: '↑ 返回汇总', en: '↑ Back to the summary' },
  'html.checklistHeading': { zh: '法定内容', en: 'Statutory items' },
  'html.evidenceNone': { zh: '规则没有指出写到这项内容的位置', en: 'the rule gave no place in the report' },
  'html.evidenceFound': { zh: '已写到的部分：', en: 'Covered:' },
  'html.checklistSuppressed': {
    zh: '问题已由 reportlint-disable 注释屏蔽',
    en: 'findings silenced by reportlint-disable comments',
  },
  'html.findingsHeading': { zh: '发现的问题（{count} 个）', en: 'Findings ({count})' },
  'html.noProblems': { zh: '✓ 没有发现问题', en: '✓ No problems found' },
  'html.noErrors': { zh: '✓ 没有发现错误', en: '✓ No errors found' },
  'html.unreadable': { zh: '无法检查这个文件', en: 'This file could not be checked' },
  'html.otherFindings': { zh: '其他问题', en: 'Other findings' },
  'html.groupErrors': { zh: '错误 {count} 处', en: '{count} {count|error|errors}' },
  'html.groupWarnings': { zh: '警告 {count} 处', en: '{count} {count|warning|warnings}' },
  'html.colPlace': { zh: '位置', en: 'Place' },
  'html.colExcerpt': { zh: '原文', en: 'Text' },
  'html.colMessage': { zh: '问题', en: 'Problem' },
  'html.lineColumn': { zh: '第{line}行第{column}列', en: 'line {line}, column {column}' },
  'html.basis': { zh: '依据', en: 'Basis (in Chinese)' },
  'html.docsLink': { zh: '规则说明', en: 'Rule documentation' },
  'html.footer': {
    zh: '由 reportlint 生成。规则说明也可用 reportlint --explain 规则名 查看。',
    en: 'Generated by reportlint. A rule is explained by reportlint --explain <rule-id>.',
  },

  // Engine limits (issue 11).
  // Parts of a Markdown file that remark-parse would take super-linear time on are read as plain text (src/engine/markdown.ts).
  'engine.plainNesting': {
    zh: '引用（>）或列表嵌套过深（{amount} 层，超过 {limit} 层）：第 {from}–{to} 行{more}已按纯文本检查，其中的“>”和列表符号按原文计入正文',
    en: 'Block quotes (>) or lists nested too deep ({amount} levels, more than {limit}): lines {from}–{to}{more} were checked as plain text, their ">" and list markers read as text',
  },
  'engine.plainNestedItems': {
    zh: '嵌套的列表项过多（一处 {amount} 项，超过 {limit} 项）：第 {from}–{to} 行{more}已按纯文本检查，其中的列表符号按原文计入正文',
    en: 'Too many nested list items ({amount} in one place, more than {limit}): lines {from}–{to}{more} were checked as plain text, their list markers read as text',
  },
  'engine.plainMarkers': {
    zh: '一段中的 *、_、[、]、`、<、!、& 或 \\ 符号过多（{amount} 个，超过 {limit} 个）：第 {from}–{to} 行{more}已按纯文本检查，这些符号按原文计入正文',
    en: 'Too many *, _, [, ], `, <, !, & or \\ in one paragraph ({amount}, more than {limit}): lines {from}–{to}{more} were checked as plain text, these characters read as text',
  },
  'engine.plainMore': { zh: '等 {count} 处', en: ' ({count} places in all)' },

  // The engine: what is reported when a rule or the model fails, and about directives.
  'engine.ruleCrashed': {
    zh: '规则 {rule} 运行出错（{reason}），其他规则的结果不受影响；请把这个文件报告给规则的维护者',
    en: "Rule {rule} crashed ({reason}); the other rules ran normally. Please report this file to the rule's maintainers",
  },
  'engine.modelFailed': {
    zh: '无法分析报告结构（{reason}），未运行任何规则；请把这个文件报告给 reportlint 的维护者',
    en: "Could not analyse the report's structure ({reason}); no rule ran. Please report this file to the reportlint maintainers",
  },
  'engine.unknownDirectiveRule': {
    zh: 'reportlint-{kind} 指令中的规则“{rule}”不存在；请检查拼写，或用 reportlint --list-rules 查看规则名',
    en: 'Unknown rule "{rule}" in a reportlint-{kind} directive; check the spelling or run reportlint --list-rules',
  },
  'engine.unusedDirective': {
    zh: '这条 reportlint-{kind} 指令没有屏蔽任何问题，可以删除',
    en: 'Unused reportlint-{kind} directive (no problems were reported there)',
  },

  // Custom rules and --test-rules.
  // The parts of a report a custom rule names (`in`), as a message says them: “{part}应写到…”, “（未找到{part}）”.
  'customRules.part.any': { zh: '报告', en: 'the report' },
  'customRules.part.title': { zh: '标题', en: 'the title' },
  'customRules.part.measures': { zh: '“主要举措和成效”部分', en: 'the part on measures and results' },
  'customRules.part.first-responsible-person': { zh: '“第一责任人履职情况”部分', en: "the part on the leaders' duty" },
  'customRules.part.problems': { zh: '“存在的问题”部分', en: 'the part on problems' },
  'customRules.part.plan': { zh: '“下一年度工作安排”部分', en: "the part on next year's plans" },
  'customRules.part.closing': { zh: '落款', en: 'the signature and date' },
  // Notes added to a custom rule's own message when it does not say this itself. They become part of the rule's
  // message templates, which the engine fills: {count}, {found} and {expected} only, and no {n|one|other} plurals.
  'customRules.note.partMissing': { zh: '（未找到{part}）', en: ' ({part} not found)' },
  'customRules.note.requireCount': { zh: '（写到 {count} 项，至少应有 {min} 项）', en: ' ({count} found, at least {min} needed)' },
  'customRules.note.forbidden': { zh: '（“{found}”）', en: ' ("{found}")' },
  'customRules.note.substitute': { zh: '（“{found}”应为“{expected}”）', en: ' ("{found}" should be "{expected}")' },
  'customRules.note.tooShort': { zh: '（{part}共 {count} 字，少于 {min} 字）', en: ' ({part}: {count} Chinese characters, fewer than {min})' },
  'customRules.note.tooLong': { zh: '（{part}共 {count} 字，超过 {max} 字）', en: ' ({part}: {count} Chinese characters, more than {max})' },
  // A custom rule's description (--list-rules, json-with-metadata), made from its definition.
  'customRules.describe.require': { zh: '{part}应写到：{patterns}', en: '{part} must mention {patterns}' },
  'customRules.describe.requireSome': {
    zh: '{part}应写到以下至少 {min} 项：{patterns}',
    en: '{part} must mention at least {min} of {patterns}',
  },
  'customRules.describe.forbid': { zh: '{part}不得出现：{patterns}', en: '{part} must not contain {patterns}' },
  'customRules.describe.substitute': { zh: '{part}应使用规范写法：{pairs}', en: '{part} must use the right forms: {pairs}' },
  'customRules.describe.pair': { zh: '“{wrong}”应为“{right}”', en: '"{wrong}" → "{right}"' },
  'customRules.describe.lengthBetween': { zh: '{part}应有 {min} 至 {max} 个汉字', en: '{part} must have {min} to {max} Chinese characters' },
  'customRules.describe.lengthMin': { zh: '{part}应至少有 {min} 个汉字', en: '{part} must have at least {min} Chinese characters' },
  'customRules.describe.lengthMax': { zh: '{part}不应超过 {max} 个汉字', en: '{part} must have at most {max} Chinese characters' },
  // --list-rules marks them; --explain <custom rule> prints the definition and its docs.
  'customRules.listMarker': { zh: '[自定义]', en: '[custom]' },
  'customRules.explainTitle': { zh: '{rule}：自定义规则，定义于 {file} 的 {key}', en: '{rule}: a custom rule, defined in {key} of {file}' },
  'customRules.explainKind': { zh: '类型：{kind}；范围：{part}', en: 'Kind: {kind}; looks at: {part}' },
  'customRules.explainPatterns': { zh: '查找：{patterns}', en: 'Patterns: {patterns}' },
  'customRules.explainMessage': { zh: '提示语：{message}', en: 'Message: {message}' },
  'customRules.explainSeverity': { zh: '当前级别：{severity}', en: 'Severity in effect: {severity}' },
  'customRules.off': { zh: '关闭', en: 'off' },
  'customRules.explainExamples': {
    zh: '示例：正确 {valid} 个，错误 {invalid} 个（用 reportlint --test-rules 运行）',
    en: 'Examples: {valid} valid, {invalid} invalid (run them with reportlint --test-rules)',
  },
  'customRules.explainNoDocs': { zh: '（这条规则没有写 docs 说明）', en: '(this rule has no docs)' },
  // --test-rules: each custom rule's examples, linted with that rule alone.
  'help.testRules': {
    zh: '运行配置中自定义规则（customRules）自带的示例，检查规则是否符合预期后退出',
    en: "run the examples of the config's custom rules (customRules) and exit",
  },
  'usage.testRulesPaths': {
    zh: '--test-rules 只运行配置中自定义规则的示例，不检查报告文件；要测试另一个配置文件，请用 -c <配置文件>',
    en: '--test-rules runs the examples of the custom rules in the config and checks no report; to test another config file, use -c <file>',
  },
  'testRules.valid': { zh: '正确示例', en: 'valid example' },
  'testRules.invalid': { zh: '错误示例', en: 'invalid example' },
  'testRules.pass': {
    zh: '✓ {rule}（{valid} 个正确示例、{invalid} 个错误示例都与规则一致）',
    en: '✓ {rule} ({valid} valid and {invalid} invalid {invalid|example|examples} agree)',
  },
  'testRules.noExamples': { zh: '- {rule}（没有示例）', en: '- {rule} (no examples)' },
  'testRules.fail': {
    zh: '✗ {rule}（{count} 个示例与规则不一致）',
    en: '✗ {rule} ({count} {count|example disagrees|examples disagree} with the rule)',
  },
  'testRules.reported': { zh: '{example} {n} 被报告了问题：{message}', en: '{example} {n} is reported: {message}' },
  'testRules.notReported': { zh: '{example} {n} 没有被报告问题', en: '{example} {n} is not reported' },
  'testRules.crashed': { zh: '{example} {n} 运行出错：{message}', en: '{example} {n} failed to run: {message}' },
  'testRules.summaryPass': {
    zh: '✔ {count} 条自定义规则都与示例一致',
    en: '✔ {count} custom {count|rule agrees|rules agree} with {count|its|their} examples',
  },
  'testRules.summaryFail': {
    zh: '✖ {failed} 条自定义规则与示例不一致（共 {count} 条）',
    en: '✖ {failed} of {count} custom rules disagree with their examples',
  },
  'testRules.none': {
    zh: '配置中没有自定义规则（customRules），没有可运行的示例（配置来自：{sources}）',
    en: 'The config has no custom rules (customRules), so there are no examples to run (config from: {sources})',
  },

  // Why a config file cannot be parsed or loaded (the detail inside the config error).
  'config.at': { zh: '{reason}，{position}', en: '{reason}, {position}' },
  'config.fullwidthColon': {
    zh: '第{line}行用了全角冒号“：”，应为半角“:”',
    en: 'line {line} has a full-width colon "："; use ":"',
  },
  'config.fullwidthComma': {
    zh: '第{line}行用了全角逗号“，”，应为半角“,”',
    en: 'line {line} has a full-width comma "，"; use ","',
  },
  'config.fullwidthQuote': {
    zh: '第{line}行用了中文引号“{quote}”，应为半角双引号“"”',
    en: 'line {line} has a Chinese quotation mark "{quote}"; use \'"\'',
  },
  'config.fullwidthBracket': {
    zh: '第{line}行用了全角括号“{bracket}”，应为半角“{ascii}”',
    en: 'line {line} has a full-width bracket "{bracket}"; use "{ascii}"',
  },
  'config.fullwidthSpace': {
    zh: '第{line}行用了全角空格缩进，应为半角空格',
    en: 'line {line} is indented with full-width spaces; use ordinary spaces',
  },
  'config.jsonUnexpectedEnd': {
    zh: '内容不完整，可能缺少右括号“}”“]”或引号',
    en: 'the text ends too early: a closing "}", "]" or quote may be missing',
  },
  'config.jsonPropertyName': {
    zh: '这里应是用半角双引号括起的键名，或是最后一项后面多了逗号',
    en: 'a key in double quotes was expected here, or there is a comma after the last item',
  },
  'config.jsonCommaOrBrace': {
    zh: '这里缺少逗号“,”或右括号“}”',
    en: 'a comma "," or a closing "}" is missing here',
  },
  'config.jsonCommaOrBracket': {
    zh: '这里缺少逗号“,”或右方括号“]”',
    en: 'a comma "," or a closing "]" is missing here',
  },
  'config.jsonColon': { zh: '键名后面缺少半角冒号“:”', en: 'a colon ":" is missing after the key' },
  'config.jsonUnterminated': { zh: '字符串缺少结尾的半角双引号', en: 'a string has no closing double quote' },
  'config.jsonControl': {
    zh: '字符串中有换行或其他控制字符',
    en: 'a string contains a line break or another control character',
  },
  'config.jsonEscape': {
    zh: '字符串中反斜杠“\\”的用法不对，路径中的“\\”要写成“\\\\”或“/”',
    en: 'a backslash "\\" in a string is wrong; write "\\\\" or "/" in paths',
  },
  'config.jsonNumber': { zh: '数字的写法不对', en: 'a number is written wrongly' },
  'config.jsonUnexpected': { zh: '这里有多余或不合法的字符', en: 'unexpected character here' },
  'config.jsonInvalid': { zh: 'JSON 格式有误', en: 'not valid JSON' },
  'config.yamlImplicitKey': {
    zh: '键后面缺少半角冒号“:”，或上一行没有写完',
    en: 'a key has no colon ":" after it, or the line before is unfinished',
  },
  'config.yamlNested': {
    zh: '这一行的“键: 值”写法不对，可能是缩进与上一行不一致，或一行里写了两个冒号',
    en: 'this "key: value" is wrong: indented unlike the line before, or two colons on one line',
  },
  'config.yamlIndent': {
    zh: '缩进不对，同一层的键要对齐，括号要写完整',
    en: 'wrong indentation: keys of one level must line up, brackets must be closed',
  },
  'config.yamlTab': { zh: '用了制表符缩进，应为空格', en: 'indented with a tab; use spaces' },
  'config.yamlDuplicate': { zh: '同一个键写了两次', en: 'the same key is written twice' },
  'config.yamlMissing': { zh: '缺少配对的引号或括号', en: 'a closing quote or bracket is missing' },
  'config.yamlUnexpected': { zh: '这里有多余或不合法的字符', en: 'unexpected character here' },
  'config.yamlEscape': {
    zh: '双引号字符串中反斜杠“\\”的用法不对，路径中的“\\”要写成“\\\\”或“/”，或改用单引号',
    en: 'a backslash "\\" in a double-quoted string is wrong; write "\\\\" or "/", or use single quotes',
  },
  'config.yamlDocuments': {
    zh: '只能有一份配置，请去掉多余的“---”',
    en: 'only one document is allowed; remove the extra "---"',
  },
  'config.yamlScalarStart': {
    zh: '值不能以这个符号开头，请给它加上引号',
    en: 'a value cannot start with this character; put it in quotes',
  },
  'config.yamlInvalid': { zh: 'YAML 格式有误', en: 'not valid YAML' },
  'config.jsSyntax': {
    zh: 'JavaScript 语法错误，可运行 node --check 加上文件名查看出错的位置',
    en: 'JavaScript syntax error; run node --check on the file to see where',
  },
  'config.jsModuleMissing': {
    zh: '它引用的模块找不到：{module}',
    en: 'a module it imports cannot be found: {module}',
  },
  'config.jsFailed': {
    zh: '脚本运行时出错（{kind}），可运行 node 加上文件名查看详情',
    en: 'the script failed while loading ({kind}); run it with node to see the details',
  },
  'config.jsReference': { zh: '用了未定义的名称', en: 'a name is not defined' },
  'config.jsType': { zh: '值的类型不对', en: 'a value has the wrong type' },
  'config.manifest': {
    zh: '{manifest} 无法解析：{reason}',
    en: '{manifest} cannot be parsed: {reason}',
  },
  'config.noPermission': { zh: '没有读取权限', en: 'permission denied' },
  'config.isDirectory': { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  // The browser page (src/web/): configs there are data only, and reports are read from bytes the writer dropped.
  'web.notBuilt': {
    zh: '找不到网页版 {file}：这个 reportlint 安装里没有构建网页版，请在 reportlint 的文件夹中运行 "npm run build:web"',
    en: 'the web page {file} is missing: this installation of reportlint has not built it; run npm run build:web in reportlint\'s folder',
  },
  'web.writeFailed': { zh: '无法写入网页版 {file}：{reason}', en: 'cannot write the web page {file}: {reason}' },
  'web.written': { zh: '已写出网页版 {file}（{size} MB），双击即可在浏览器中打开，无需联网和安装', en: 'wrote the web page {file} ({size} MB); open it with a double-click, no network or installation needed' },
  'web.withConfig': { zh: '网页中内置了配置 {config}，打开后即按此配置检查', en: 'the page has the config {config} built in and checks with it' },
  'web.withoutConfig': { zh: '网页使用 reportlint:recommended 检查；要内置本县配置，请加上 -c 配置文件', en: 'the page checks with reportlint:recommended; to build in your config, add -c <config file>' },
  'web.packageExtends': {
    zh: '网页版不能使用 {file} 中 {key} 继承的 npm 包 {value}：网页里只有预设和随配置一起内置的 YAML/JSON 文件；请改为继承文件路径（如 ./县级配置.yaml）',
    en: 'the web page cannot use the npm package {value} that {key} in {file} extends: the page has only presets and the YAML/JSON files built in with the config; extend a file path instead (such as ./county.yaml)',
  },
  'web.jsConfig': {
    zh: '网页版不能使用 JavaScript 配置文件 {file}（网页里不运行配置中的代码）；请改用 .reportlintrc.yaml 或 .json，或在命令行中使用它',
    en: 'the web page cannot use the JavaScript config {file} (it runs no code from configs); use a .reportlintrc.yaml or .json, or use it with the CLI',
  },
  'web.plugin': {
    zh: '网页版不能加载插件（{file} 中的 {key}）：插件是代码，网页里不运行；请删去 plugins，或在命令行中使用这个配置',
    en: 'the web page cannot load plugins ({key} in {file}): plugins are code, which the page does not run; remove plugins, or use this config with the CLI',
  },
} as const satisfies Record<string, MessageTemplate>;

export type MessageKey = keyof typeof catalog;
