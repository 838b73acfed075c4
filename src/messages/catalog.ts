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
    zh: '输出格式：stylish（默认）、unix、json、json-with-metadata',
    en: 'output format: stylish (default), unix, json, json-with-metadata',
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

  // The readers: "无法读取 <file>：<reason>".
  'read.failed': { zh: '无法读取 {file}：{reason}', en: 'Cannot read {file}: {reason}' },
  'read.noSuchFile': { zh: '文件不存在', en: 'no such file' },
  'read.isDirectory': { zh: '这是一个目录', en: 'it is a directory' },
  'read.permission': { zh: '没有读取权限', en: 'permission denied' },
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
} as const satisfies Record<string, MessageTemplate>;

export type MessageKey = keyof typeof catalog;
