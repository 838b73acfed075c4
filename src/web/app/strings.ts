/**
 * Every string the page shows, in Chinese and English. The engine's own messages (findings, the checklist, unreadable
 * files, refused configs) come from the worker in the locale the page sends; these are only the page's words around
 * them. Templates use the catalog's syntax: `{name}`, and `{name|one|other}` for English plurals.
 */
import { render, type MessageData } from '../../messages/index.js';
import type { Locale, MessageTemplate } from '../../types.js';

const STRINGS = {
  pageTitle: { zh: 'reportlint · 法治政府建设年度报告检查', en: 'reportlint · annual rule-of-law report checker' },
  appName: { zh: '法治政府建设年度报告检查', en: 'Annual rule-of-law report checker' },
  privacy: {
    zh: '报告只在本机检查，不上传、不联网',
    en: 'Reports are checked on this computer: nothing is uploaded, nothing goes online',
  },
  langSwitch: { zh: 'English', en: '中文' },
  langSwitchLabel: { zh: 'Switch to English', en: '切换到中文' },

  configLabel: { zh: '检查配置', en: 'Config' },
  configDefault: { zh: '默认规则', en: 'default rules' },
  configBaked: { zh: '内置', en: 'built in' },
  configLoaded: { zh: '已加载', en: 'loaded' },
  configRules: { zh: '{count} 条规则', en: '{count} {count|rule|rules}' },
  configLoading: { zh: '正在加载配置…', en: 'Loading the config…' },
  loadConfig: { zh: '加载配置…', en: 'Load config…' },
  loadConfigHint: {
    zh: '选择 .reportlintrc、.yaml、.yml 或 .json 配置文件',
    en: 'Pick a .reportlintrc, .yaml, .yml or .json config file',
  },
  resetConfig: { zh: '恢复默认', en: 'Reset' },
  configRefused: { zh: '配置“{name}”未能使用：', en: 'The config “{name}” could not be used: ' },
  configKept: { zh: '仍按原配置检查。', en: 'Reports are still checked with the previous config.' },

  dropTitle: { zh: '把报告拖到这里检查', en: 'Drop reports here to check them' },
  dropTitleMore: { zh: '拖入更多报告，或', en: 'Drop more reports, or' },
  dropHint: {
    zh: '支持 Word（.docx）、PDF、网页（.html）、文本（.txt、.md），可一次选择多个文件',
    en: 'Word (.docx), PDF, web pages (.html) and text (.txt, .md); several files at once',
  },
  chooseFiles: { zh: '选择文件…', en: 'Choose files…' },
  pasteToggle: { zh: '粘贴文本', en: 'Paste text' },
  pasteLabel: { zh: '把报告全文粘贴到下面：', en: 'Paste the whole report below:' },
  pastePlaceholder: { zh: '在此粘贴报告全文', en: 'Paste the report here' },
  pasteSubmit: { zh: '检查粘贴的文本', en: 'Check the pasted text' },
  pastedName: { zh: '粘贴的文本.txt', en: 'pasted text.txt' },
  clearAll: { zh: '全部清除', en: 'Clear all' },

  starting: { zh: '正在启动检查程序…', en: 'Starting the checker…' },
  workerFailed: { zh: '检查程序无法启动：{message}', en: 'The checker could not start: {message}' },

  reading: { zh: '正在读取…', en: 'Reading…' },
  readingPages: { zh: '正在读取… 第 {done}/{total} 页', en: 'Reading… page {done}/{total}' },
  linting: { zh: '正在检查…', en: 'Checking…' },
  unreadable: { zh: '无法读取此文件', en: 'This file could not be read' },
  noProblems: { zh: '✓ 未发现问题', en: '✓ No problems found' },
  problems: {
    zh: '{total} 个问题（{errors} 个错误，{warnings} 个警告）',
    en: '{total} {total|problem|problems} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings})',
  },
  fixableNote: { zh: '，其中 {count} 个可自动修复', en: '; {count} can be fixed automatically' },
  suppressedNote: {
    zh: '另有 {count} 个问题已由文中的 reportlint-disable 注释屏蔽。',
    en: '{count} more {count|finding is|findings are} silenced by reportlint-disable comments in the text.',
  },
  remove: { zh: '移除', en: 'Remove' },
  removeLabel: { zh: '移除 {name}', en: 'Remove {name}' },
  format_docx: { zh: 'Word 文档', en: 'Word document' },
  format_pdf: { zh: 'PDF 文件', en: 'PDF file' },
  format_html: { zh: '网页', en: 'web page' },
  format_text: { zh: '文本', en: 'text' },
  format_markdown: { zh: 'Markdown 文本', en: 'Markdown text' },
  unitYear: { zh: '{unit} · {year} 年度', en: '{unit} · {year}' },

  checklistTitle: { zh: '法定内容', en: 'Statutory contents' },
  checklistHint: {
    zh: '按《法治政府建设与责任落实督察工作规定》，年度报告应写明以下内容',
    en: 'What the 2019 regulation on rule-of-law government inspection requires an annual report to contain',
  },
  status_pass: { zh: '已写明', en: 'covered' },
  status_fail: { zh: '缺少或不完整', en: 'missing or incomplete' },
  status_error: { zh: '规则运行出错', en: 'the rule failed' },
  evidence: { zh: '在文中：', en: 'In the text:' },
  suppressedItem: { zh: '（问题已被注释屏蔽）', en: '(findings silenced by a comment)' },

  findingsTitle: { zh: '问题清单', en: 'Findings' },
  findingsHint: {
    zh: '点击问题可在右侧正文中定位；键盘：Tab 或 ↑↓ 移动，回车选中',
    en: 'Click a finding to see it in the text; keyboard: Tab or ↑↓ to move, Enter to select',
  },
  severity_error: { zh: '错误', en: 'Errors' },
  severity_warning: { zh: '警告', en: 'Warnings' },
  severityWord_error: { zh: '错误', en: 'error' },
  severityWord_warning: { zh: '警告', en: 'warning' },
  lineColumn: { zh: '第{line}行第{column}列', en: 'line {line}, column {column}' },
  otherRule: { zh: '其他', en: 'other' },
  customRule: { zh: '自定义规则', en: 'custom rule' },
  ruleDocs: { zh: '规则说明', en: 'About this rule' },
  ruleDocsMissing: { zh: '此规则没有说明页。', en: 'This rule has no docs page.' },

  textTitle: { zh: '报告正文', en: 'Report text' },
  textHint: {
    zh: '标色处为问题所在，点击可在左侧查看对应问题',
    en: 'Marked places are findings; click one to see it in the list',
  },
  textHintRead: {
    zh: '以下为从文件中读出的文字',
    en: 'The text as read from the file',
  },
  pointMarker: { zh: '问题位置', en: 'place of the finding' },

  fixButton: { zh: '应用修复（{count} 处）', en: 'Apply fixes ({count})' },
  fixing: { zh: '正在修复…', en: 'Fixing…' },
  fixHint: {
    zh: '自动修正标点、用语等机械性问题，原文件不会被改动，修复后的文件需另行下载',
    en: 'Corrects mechanical problems such as punctuation and terms; your file is not changed, download the fixed copy',
  },
  fixedTitle: { zh: '已修复：修改内容', en: 'Fixed: the changes' },
  fixedLegend: { zh: '“-” 为原文，“+” 为修复后', en: '“-” original, “+” fixed' },
  download: { zh: '下载修复后的文件（{name}）', en: 'Download the fixed file ({name})' },
  fixedRemaining: { zh: '以下为修复后仍需人工处理的问题。', en: 'The findings below remain after the fixes.' },
  fixFailed: { zh: '修复失败：{message}', en: 'The fix failed: {message}' },

  summaryTitle: { zh: '汇总', en: 'Summary' },
  summaryHint: { zh: '点击一行查看该报告', en: 'Click a row to go to that report' },
  summaryNote: { zh: '说明', en: 'notes' },
  summaryReading: { zh: '正在读取…', en: 'reading…' },
  goToReport: { zh: '查看 {name} 的检查结果', en: 'Go to the results of {name}' },
  footer: {
    zh: 'reportlint {version} · 离线运行：本页面不会联网，报告不会离开本机',
    en: 'reportlint {version} · runs offline: this page never goes online, reports never leave this computer',
  },
  noscript: { zh: '本页面需要启用 JavaScript。', en: 'This page needs JavaScript.' },
} satisfies Record<string, MessageTemplate>;

export type StringKey = keyof typeof STRINGS;

/** The page's string `key` in `locale`, placeholders filled from `data`. */
export function s(key: StringKey, locale: Locale, data: MessageData = {}): string {
  return render(STRINGS[key], locale, data);
}

/** The locale the page opens in: `?lang=en` (or `en-…`) gives English, anything else Chinese. */
export function localeFromSearch(search: string): Locale {
  const lang = new URLSearchParams(search).get('lang');
  return lang !== null && /^en\b/i.test(lang) ? 'en' : 'zh';
}
