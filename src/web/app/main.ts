/**
 * The offline page: wires the chrome, the engine worker and the report views together, and holds the page's state
 * (the reports shown, the config in use, the locale). The page never reads a report itself: it sends bytes to the
 * worker and shows what comes back.
 */
import type { ConfigBundle, ConfigInfo, Reply } from '../protocol.js';
import type { Locale } from '../../types.js';
import { buildChrome, type Chrome, type ConfigState } from './chrome.js';
import { h, replaceChildren } from './dom.js';
import { distinctNames } from './file-names.js';
import { reportSection, updateStatus } from './report-view.js';
import type { Report, RuleDocs, ViewContext } from './state.js';
import { localeFromSearch, s } from './strings.js';
import { pageSummary } from './summary-model.js';
import { summaryView } from './summary-view.js';
import { startEngine } from './worker-client.js';

const root = document.getElementById('app')!;
const version = document.body.getAttribute('data-version') ?? '';
const docs = readJson<RuleDocs>('rule-docs') ?? {};
const baked = readJson<ConfigBundle>('baked-config');

let locale: Locale = localeFromSearch(location.search);
const reports: Report[] = [];
const sections = new Map<number, HTMLElement>();
let nextKey = 1;
let nextId = 1;
let nextBatch = 1;

const config: ConfigState & { pending: 'baked' | 'user' | 'reset' | null; pendingName: string } = {
  info: null,
  loading: true,
  error: null,
  pending: null,
  pendingName: '',
};

const summaryHolder = h('div', { class: 'summary-holder' });
const reportsHolder = h('div', { class: 'reports' });
let chrome: Chrome = buildPage();

const engine = startEngine(document.getElementById('worker-source')?.textContent ?? '', onReply, (message) => chrome.showEngineFailure(message));
if (baked) sendConfig(baked, 'baked');

// The whole page takes drops: a file dropped beside the drop zone must not make the browser open it instead.
document.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  chrome.intake.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) chrome.intake.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  chrome.intake.classList.remove('dragging');
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length > 0) void addFiles(files);
});

function context(): ViewContext {
  return { locale, docs };
}

function buildPage(): Chrome {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = s('pageTitle', locale);
  const built = buildChrome(locale, version, {
    files: (files) => void addFiles(files),
    paste: (text) => addReport(s('pastedName', locale), new TextEncoder().encode(text).buffer as ArrayBuffer),
    config: (file) => void loadConfig(file),
    resetConfig: () => {
      config.pending = 'reset';
      config.loading = true;
      config.error = null;
      chrome.showConfig(config);
      engine.send({ type: 'reset-config', locale });
    },
    switchLanguage,
    clearAll,
  });
  replaceChildren(root, built.header, h('main', { class: 'wrap' }, built.banners, built.intake, summaryHolder, reportsHolder), built.footer);
  built.showConfig(config);
  built.setCompact(reports.length > 0);
  return built;
}

function onReply(reply: Reply): void {
  switch (reply.type) {
    case 'ready':
      if (config.pending === null) setConfig(reply.config);
      else config.info = reply.config;
      return;
    case 'config':
      if (reply.ok) {
        const relint = config.pending === 'user' || config.pending === 'reset';
        config.pending = null;
        config.error = null;
        setConfig(reply.config);
        if (relint) relintAll();
      } else {
        config.error = { name: config.pendingName, message: reply.message };
        config.pending = null;
        config.loading = false;
        chrome.showConfig(config);
      }
      return;
    case 'progress': {
      const report = byId(reply.id);
      if (!report || report.state !== 'reading') return;
      report.progress = { stage: reply.stage, ...(reply.done === undefined ? {} : { done: reply.done }), ...(reply.total === undefined ? {} : { total: reply.total }) };
      const section = sections.get(report.key);
      if (section) updateStatus(section, report, context());
      return;
    }
    case 'result': {
      const report = byId(reply.id);
      if (!report) return;
      const { type: _type, id: _id, ...view } = reply;
      report.state = 'done';
      report.view = view;
      showReport(report);
      return;
    }
    case 'error': {
      const report = byId(reply.id);
      if (!report) return;
      if (report.fixing) {
        report.fixing = false;
        report.fixError = reply.message;
      } else {
        report.state = 'error';
        report.error = reply.message;
      }
      showReport(report);
      return;
    }
    case 'fixed': {
      const report = byId(reply.id);
      if (!report?.view) return;
      if (report.fixed) URL.revokeObjectURL(report.fixed.url);
      report.fixing = false;
      report.fixed = { diff: reply.diff, name: reply.name, url: URL.createObjectURL(new Blob([reply.bytes])) };
      // The fixed file is the writer's file from now on: a re-lint (config, language) checks it, not the original.
      report.bytes = reply.bytes.slice(0);
      report.view = { ...report.view, result: reply.result, text: reply.text, fixable: 0 };
      showReport(report);
      return;
    }
  }
}

function setConfig(info: ConfigInfo): void {
  config.info = info;
  config.loading = false;
  chrome.showConfig(config);
}

function sendConfig(bundle: ConfigBundle, kind: 'baked' | 'user'): void {
  config.pending = kind;
  config.pendingName = bundle.name;
  config.loading = true;
  chrome.showConfig(config);
  engine.send({ type: 'config', config: bundle, locale, ...(kind === 'baked' ? { baked: true as const } : {}) });
}

async function loadConfig(file: File): Promise<void> {
  config.error = null;
  sendConfig({ name: file.name, text: await file.text() }, 'user');
}

/** Files dropped or picked together are one batch: compared with each other (no-copied-text), as a folder is by the CLI. */
async function addFiles(files: readonly File[]): Promise<void> {
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
  const named = distinctNames(read);
  if (named.length === 1) {
    addReport(named[0]!.name, named[0]!.bytes);
    return;
  }
  const batch = nextBatch++;
  const added: Report[] = [];
  const left = new Set<number>();
  for (const { name, bytes } of named) {
    const report = showFile(name, bytes);
    if (report.batch !== undefined) left.add(report.batch);
    report.batch = batch;
    added.push(report);
  }
  lintGroup(added);
  // A batch that lost a report to this one is compared again without it.
  for (const old of left) lintGroup(reports.filter((report) => report.batch === old));
  afterAdding(added[0]!);
}

/**
 * One file added alone (picked, dropped or pasted). A file with the name of one shown replaces it (the writer dropped
 * the corrected version) and, if that one came with a batch, is compared with the batch again.
 */
function addReport(name: string, bytes: ArrayBuffer): void {
  const report = showFile(name, bytes);
  if (report.batch === undefined) lint(report);
  else lintGroup(reports.filter((shown) => shown.batch === report.batch));
  afterAdding(report);
}

/** The report shown for `name`: the one of that name, given the new bytes, or a new one. Not linted yet. */
function showFile(name: string, bytes: ArrayBuffer): Report {
  const report = reports.find((shown) => shown.name === name);
  if (!report) {
    const added: Report = { key: nextKey++, id: 0, name, bytes, state: 'reading' };
    reports.push(added);
    return added;
  }
  engine.send({ type: 'forget', id: report.id });
  if (report.fixed) URL.revokeObjectURL(report.fixed.url);
  delete report.fixed;
  report.bytes = bytes;
  return report;
}

function afterAdding(first: Report): void {
  chrome.setCompact(true);
  if (reports.length === 1) sections.get(first.key)?.scrollIntoView({ block: 'nearest' });
}

/** A new request id and a clean state for a report about to be linted again; the bytes to send (a copy). */
function restart(report: Report): ArrayBuffer {
  if (report.id !== 0) engine.send({ type: 'forget', id: report.id });
  report.id = nextId++;
  report.state = 'reading';
  delete report.progress;
  delete report.view;
  delete report.error;
  delete report.fixError;
  report.fixing = false;
  return report.bytes.slice(0);
}

function lint(report: Report): void {
  const copy = restart(report);
  engine.send({ type: 'lint', id: report.id, name: report.name, bytes: copy, locale }, [copy]);
  showReport(report);
}

/** Lints reports together, each compared with the others; one report alone as `lint`. */
function lintGroup(group: readonly Report[]): void {
  if (group.length === 0) return;
  if (group.length === 1) return lint(group[0]!);
  const files = group.map((report) => {
    const bytes = restart(report);
    return { id: report.id, name: report.name, bytes };
  });
  engine.send(
    { type: 'lint-batch', files, locale },
    files.map((file) => file.bytes),
  );
  for (const report of group) showReport(report);
}

/** Everything again (another config, another language): each batch together, the other reports alone. */
function relintAll(): void {
  const batches = new Map<number, Report[]>();
  for (const report of reports) {
    if (report.batch === undefined) lint(report);
    else batches.set(report.batch, [...(batches.get(report.batch) ?? []), report]);
  }
  for (const group of batches.values()) lintGroup(group);
}

function fix(report: Report): void {
  if (report.fixing) return;
  report.fixing = true;
  delete report.fixError;
  engine.send({ type: 'fix', id: report.id, locale });
  showReport(report);
}

function remove(report: Report): void {
  engine.send({ type: 'forget', id: report.id });
  if (report.fixed) URL.revokeObjectURL(report.fixed.url);
  reports.splice(reports.indexOf(report), 1);
  sections.get(report.key)?.remove();
  sections.delete(report.key);
  chrome.setCompact(reports.length > 0);
  showSummary();
}

function clearAll(): void {
  for (const report of [...reports]) remove(report);
  chrome.intake.querySelector<HTMLElement>('button.primary')?.focus();
}

/** Draws (or redraws) a report's section in place, keeping the focus on the same control when it can. */
function showReport(report: Report): void {
  const focused = document.activeElement;
  const old = sections.get(report.key);
  const hadFocus = old?.contains(focused) === true;
  const testid = hadFocus ? focused?.getAttribute('data-testid') : null;
  const section = reportSection(report, context(), { fix, remove });
  if (old) old.replaceWith(section);
  else reportsHolder.appendChild(section);
  sections.set(report.key, section);
  if (hadFocus) (section.querySelector<HTMLElement>(testid ? `[data-testid="${testid}"]` : 'h2') ?? section).focus({ preventScroll: true });
  showSummary();
}

function showSummary(): void {
  if (reports.length < 2) {
    replaceChildren(summaryHolder);
    return;
  }
  const summary = pageSummary(
    reports.map((report) => ({
      key: report.key,
      name: report.name,
      state: report.state,
      ...(report.view ? { result: report.view.result } : {}),
      ...(report.error === undefined ? {} : { error: report.error }),
    })),
    locale,
  );
  replaceChildren(summaryHolder, summaryView(summary, locale, goTo));
}

function goTo(key: number): void {
  const section = sections.get(key);
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  section.focus({ preventScroll: true });
}

function switchLanguage(): void {
  locale = locale === 'zh' ? 'en' : 'zh';
  try {
    const url = new URL(location.href);
    if (locale === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(null, '', url.href);
  } catch {
    // A file:// page may not be allowed to change its address; the switch works all the same.
  }
  chrome = buildPage();
  chrome.intake.classList.toggle('compact', reports.length > 0);
  relintAll();
  root.querySelector<HTMLElement>('[data-testid="lang-switch"]')?.focus();
}

function byId(id: number): Report | undefined {
  return reports.find((report) => report.id === id);
}

function readJson<T>(id: string): T | null {
  const text = document.getElementById(id)?.textContent?.trim();
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
