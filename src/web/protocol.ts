/**
 * The messages between the page (src/web/app/, main thread) and the engine worker (src/web/worker.ts).
 *
 * The worker holds the engine: readers, model, rules, config validation — the same modules as the CLI. The page
 * never parses a report: it sends bytes and shows what comes back, so a 200-page PDF never blocks a click.
 */
import type { LintResult, LintMessage, Locale } from '../types.js';

/** A config as data: every file of its `extends` chain that is not a preset, by the name `extends` uses. */
export interface ConfigBundle {
  /** Shown to the writer (a file name such as `.reportlintrc.yaml`, or the county's name for a baked config). */
  name: string;
  /** The config file's text (YAML or JSON), named by `name`'s extension. */
  text: string;
  /** Further files reached by relative `extends` (baked configs only): path relative to the entry → text. */
  files?: Record<string, string>;
}

export type Request =
  /**
   * Use this config from now on: a picked `.reportlintrc`, or with `baked` the one baked into the page (which
   * `reset-config` then returns to). Reply: `config`.
   */
  | { type: 'config'; config: ConfigBundle; locale: Locale; baked?: true }
  /** Back to the page's own config (baked, else reportlint:recommended). Reply: `config`. */
  | { type: 'reset-config'; locale: Locale }
  /** Read and lint one file. Replies: `progress`* then `result` or `error`. The worker keeps the document for `fix`. */
  | { type: 'lint'; id: number; name: string; bytes: ArrayBuffer; locale: Locale }
  /**
   * Read and lint files dropped (or picked) together, comparing them with each other as a CLI run compares a folder
   * (no-copied-text): every file is read first, then each is linted against the index of the others. Replies per
   * file, as for `lint`: `progress`* then `result` or `error`. A batch of one is a `lint`. Names are distinct.
   */
  | { type: 'lint-batch'; files: Array<{ id: number; name: string; bytes: ArrayBuffer }>; locale: Locale }
  /** Apply the fixes to a text file linted before under `id`. Reply: `fixed` (or `error`). */
  | { type: 'fix'; id: number; locale: Locale }
  /** Drop a document the page no longer shows. No reply. */
  | { type: 'forget'; id: number };

/** What the page shows about the config in use. */
export interface ConfigInfo {
  source: 'default' | 'baked' | 'loaded';
  /** 'reportlint:recommended', a file name, or the baked config's name. */
  name: string;
  /** Every rule that is on, in run order, with the severity and whether it comes from `customRules`. */
  rules: Array<{ id: string; severity: 'warn' | 'error'; custom: boolean; description: string }>;
}

export type Reply =
  | { type: 'ready'; config: ConfigInfo }
  | { type: 'config'; ok: true; config: ConfigInfo }
  /** The config was refused: the CLI's own message (e.g. a JS config, a plugin, an unknown rule). */
  | { type: 'config'; ok: false; message: string }
  | { type: 'progress'; id: number; stage: 'reading' | 'linting'; done?: number; total?: number }
  | {
      type: 'result';
      id: number;
      result: LintResult;
      /** The text the messages' line/column/range point into (for Word/PDF/HTML: the text read from the file). */
      text: string;
      syntax: 'markdown' | 'text';
      /** Text and Markdown files only: `fix` can rewrite them. */
      writable: boolean;
      /** How many findings `fix` would correct (0 when not writable). */
      fixable: number;
      /** Each rule's docs URL and description as the worker knows them (custom rules included). */
      rules: Record<string, { description: string; url?: string; custom: boolean }>;
    }
  /** The file could not be read (a scanned PDF, a .doc, a broken .docx): the CLI's message, word for word. */
  | { type: 'error'; id: number; message: string }
  | {
      type: 'fixed';
      id: number;
      /** The file name to save under (the same as the input). */
      name: string;
      /** A unified diff of the change, as `--fix-dry-run` prints it. */
      diff: string;
      /** The fixed file in the original encoding, BOM and line endings. */
      bytes: ArrayBuffer;
      /** The findings that remain on the fixed text, and that text. */
      result: LintResult;
      text: string;
    };

export type { LintMessage, LintResult };
