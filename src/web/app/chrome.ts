/**
 * The page around the reports: the header (what the tool is, the config in use, the language switch), the place to
 * drop, pick or paste reports, and the footer. Built once per locale; the config line updates in place so that the
 * keyboard focus stays where it was.
 */
import type { ConfigInfo } from '../protocol.js';
import type { Locale } from '../../types.js';
import { h, replaceChildren } from './dom.js';
import { s } from './strings.js';

/** What the file picker offers; a dropped file of any other kind still goes to the worker, which says why it cannot read it. */
export const REPORT_TYPES = '.docx,.pdf,.html,.htm,.txt,.md,.markdown';

export interface ChromeHandlers {
  files(files: File[]): void;
  paste(text: string): void;
  config(file: File): void;
  resetConfig(): void;
  switchLanguage(): void;
  clearAll(): void;
}

export interface ConfigState {
  info: ConfigInfo | null;
  /** A config was sent and has not been answered. */
  loading: boolean;
  error: { name: string; message: string } | null;
}

export interface Chrome {
  header: HTMLElement;
  banners: HTMLElement;
  intake: HTMLElement;
  footer: HTMLElement;
  showConfig(state: ConfigState): void;
  showEngineFailure(message: string): void;
  /** With reports on the page the intake shrinks to one line. */
  setCompact(compact: boolean): void;
}

export function buildChrome(locale: Locale, version: string, handlers: ChromeHandlers): Chrome {
  // Header: the tool, the config, the language.
  const configName = h('span', { class: 'config-name', 'data-testid': 'config-name' });
  const configSource = h('span', { class: 'config-source' });
  const configInput = h('input', { type: 'file', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true', 'data-testid': 'config-input' });
  configInput.addEventListener('change', () => {
    const file = configInput.files?.[0];
    configInput.value = '';
    if (file) handlers.config(file);
  });
  const loadButton = h('button', { type: 'button', class: 'on-dark', title: s('loadConfigHint', locale) }, s('loadConfig', locale));
  loadButton.addEventListener('click', () => configInput.click());
  const resetButton = h('button', { type: 'button', class: 'on-dark quiet', 'data-testid': 'config-reset' }, s('resetConfig', locale));
  resetButton.addEventListener('click', () => handlers.resetConfig());
  const langButton = h(
    'button',
    { type: 'button', class: 'on-dark lang', 'data-testid': 'lang-switch', lang: locale === 'zh' ? 'en' : 'zh', title: s('langSwitchLabel', locale) },
    s('langSwitch', locale),
  );
  langButton.addEventListener('click', () => handlers.switchLanguage());

  const header = h(
    'header',
    { class: 'top' },
    h(
      'div',
      { class: 'top-inner' },
      h(
        'div',
        { class: 'brand' },
        emblem(),
        h('div', {}, h('h1', {}, s('appName', locale)), h('p', { class: 'privacy' }, lockIcon(), s('privacy', locale))),
      ),
      h(
        'div',
        { class: 'config', role: 'group', 'aria-label': s('configLabel', locale) },
        h('span', { class: 'config-label' }, s('configLabel', locale)),
        h('span', { class: 'config-current' }, configName, configSource),
        loadButton,
        configInput,
        resetButton,
      ),
      langButton,
    ),
  );

  const configError = h('div', { class: 'banner banner-error', role: 'alert', 'data-testid': 'config-error', hidden: true });
  const engineError = h('div', { class: 'banner banner-error', role: 'alert', hidden: true });
  const banners = h('div', { class: 'banners' }, configError, engineError);

  // Intake: drop, pick, paste.
  const fileInput = h('input', {
    type: 'file',
    multiple: true,
    accept: REPORT_TYPES,
    class: 'visually-hidden',
    tabindex: -1,
    'aria-hidden': 'true',
    'data-testid': 'file-input',
  });
  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = '';
    if (files.length > 0) handlers.files(files);
  });
  const chooseButton = h('button', { type: 'button', class: 'primary' }, s('chooseFiles', locale));
  chooseButton.addEventListener('click', () => fileInput.click());
  const clearButton = h('button', { type: 'button', class: 'quiet clear-all' }, s('clearAll', locale));
  clearButton.addEventListener('click', () => handlers.clearAll());

  const pasteText = h('textarea', {
    id: 'paste-text',
    class: 'paste-text',
    'data-testid': 'paste-text',
    rows: 4,
    spellcheck: 'false',
    placeholder: s('pastePlaceholder', locale),
  });
  const pasteSubmit = h('button', { type: 'button', 'data-testid': 'paste-submit' }, s('pasteSubmit', locale));
  pasteSubmit.addEventListener('click', () => {
    if (pasteText.value.trim() !== '') handlers.paste(pasteText.value);
    else pasteText.focus();
  });

  const dropTitle = h('strong', { class: 'drop-title' }, s('dropTitle', locale));
  const intake = h(
    'section',
    { class: 'intake', 'data-testid': 'drop-zone', 'aria-label': s('dropTitle', locale) },
    h(
      'div',
      { class: 'drop' },
      uploadIcon(),
      h('div', { class: 'drop-text' }, dropTitle, h('p', { class: 'hint' }, s('dropHint', locale))),
      h('div', { class: 'drop-actions' }, chooseButton, fileInput, clearButton),
    ),
    h(
      'div',
      { class: 'paste' },
      h('label', { for: 'paste-text', class: 'paste-label' }, s('pasteLabel', locale)),
      pasteText,
      h('div', { class: 'paste-actions' }, pasteSubmit),
    ),
  );

  const footer = h('footer', { class: 'foot' }, s('footer', locale, { version }));

  return {
    header,
    banners,
    intake,
    footer,
    showConfig({ info, loading, error }) {
      if (loading) {
        configName.textContent = s('configLoading', locale);
        configSource.textContent = '';
      } else if (info) {
        configName.textContent = info.source === 'default' ? s('configDefault', locale) : info.name;
        configName.title = info.name;
        const source = info.source === 'default' ? info.name : s(info.source === 'baked' ? 'configBaked' : 'configLoaded', locale);
        configSource.textContent = `${source} · ${s('configRules', locale, { count: info.rules.length })}`;
      }
      resetButton.hidden = info?.source !== 'loaded';
      configError.hidden = error === null;
      if (error) {
        replaceChildren(
          configError,
          h('strong', {}, s('configRefused', locale, { name: error.name })),
          h('span', { class: 'error-message' }, error.message),
          ' ',
          h('span', {}, s('configKept', locale)),
        );
      } else replaceChildren(configError);
    },
    showEngineFailure(message) {
      engineError.hidden = false;
      replaceChildren(engineError, s('workerFailed', locale, { message }));
    },
    setCompact(compact) {
      intake.classList.toggle('compact', compact);
      dropTitle.textContent = compact ? s('dropTitleMore', locale) : s('dropTitle', locale);
      clearButton.hidden = !compact;
      pasteText.rows = compact ? 2 : 5;
    },
  };
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small inline SVG (no file, no URL) from path data. */
function icon(className: string, viewBox: string, paths: readonly string[]): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}

function emblem(): SVGSVGElement {
  // A document with a check mark.
  return icon('emblem', '0 0 32 32', ['M8 3h11l7 7v19H8z', 'M19 3v7h7', 'M12 19l3.5 3.5L22 15']);
}

function lockIcon(): SVGSVGElement {
  return icon('lock', '0 0 16 16', ['M4 7V5a4 4 0 0 1 8 0v2', 'M3 7h10v7H3z']);
}

function uploadIcon(): SVGSVGElement {
  return icon('upload', '0 0 32 32', ['M16 21V6', 'M10 12l6-6 6 6', 'M6 20v6h20v-6']);
}
