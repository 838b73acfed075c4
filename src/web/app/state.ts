/** What the page knows about each report it shows, and the context every view needs. */
import type { Reply } from '../protocol.js';
import type { Locale } from '../../types.js';

export type ResultReply = Extract<Reply, { type: 'result' }>;

export interface Report {
  /** Stable for as long as the page shows the report (its section, its summary row). */
  key: number;
  /** The id of the latest lint request; a re-lint gets a new one, and replies to older ids are ignored. */
  id: number;
  name: string;
  /**
   * The files dropped (or picked) together with this one, which it is compared with (no-copied-text) as a CLI run
   * compares a folder: reports with the same number are linted together. None for a file added alone.
   */
  batch?: number;
  /** The page's own copy of the file (the worker gets a transferred copy), for re-linting on a config or locale change. */
  bytes: ArrayBuffer;
  state: 'reading' | 'done' | 'error';
  progress?: { stage: 'reading' | 'linting'; done?: number; total?: number };
  /** The latest result, with the text the messages point into. */
  view?: Omit<ResultReply, 'type' | 'id'>;
  /** The worker's message when the file could not be read. */
  error?: string;
  fixing?: boolean;
  fixError?: string;
  /** After "apply fixes": the change and the fixed file to download. */
  fixed?: { diff: string; name: string; url: string };
}

export interface RuleDoc {
  description: string;
  descriptionEn: string;
  /** The rule's docs page as HTML: our own content, built into the page. */
  html: string;
  statutory?: string;
}

export type RuleDocs = Readonly<Record<string, RuleDoc>>;

export interface ViewContext {
  locale: Locale;
  docs: RuleDocs;
}
