/**
 * How much of a file reportlint is willing to read (issue 11): a file that is too large, a .docx that expands too far
 * or too steeply (a zip bomb), a PDF with too many pages is refused with one line saying so, before the memory or time
 * it would take is spent. The readers take these limits as options (they do not read config); the CLI makes them from
 * the `settings` of each file's config (src/config/settings.ts checks them), in the units a config writes:
 *
 *   maxFileSizeMB       50     any file: its size on disk (stat, before it is opened), or stdin's length
 *   maxDocxExpandedMB   10     a .docx: the XML parts (document, styles, numbering, …) together, uncompressed — as the
 *                              zip declares them (checked before inflating), then as they really inflate (never past
 *                              what was declared)
 *   maxDocxRatio        100    a .docx: uncompressed ÷ compressed size of any XML part over 1 MB
 *   maxPdfPages         2000   a PDF: its page count, checked before any page is read
 *
 * Fixed, not settings (raising them would only trade a clear refusal for a crash): HTML pages may nest elements
 * MAX_HTML_DEPTH deep and hold MAX_HTML_ELEMENTS start tags; the XML parts of a .docx may nest MAX_XML_DEPTH deep.
 */

export interface ReadLimits {
  /** Bytes. */
  maxFileSize: number;
  /** Bytes: the XML parts of a .docx together, uncompressed. */
  maxDocxExpanded: number;
  /** Uncompressed ÷ compressed, for a part of a .docx larger than DOCX_RATIO_GRACE. */
  maxDocxRatio: number;
  maxPdfPages: number;
}

export const MB = 1024 * 1024;

/** The settings (config `settings`, in MB where a size) and their defaults. */
export const LIMIT_SETTINGS = {
  maxFileSizeMB: 50,
  maxDocxExpandedMB: 10,
  maxDocxRatio: 100,
  maxPdfPages: 2000,
} as const;

export type LimitSetting = keyof typeof LIMIT_SETTINGS;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  maxFileSize: LIMIT_SETTINGS.maxFileSizeMB * MB,
  maxDocxExpanded: LIMIT_SETTINGS.maxDocxExpandedMB * MB,
  maxDocxRatio: LIMIT_SETTINGS.maxDocxRatio,
  maxPdfPages: LIMIT_SETTINGS.maxPdfPages,
};

/** A part of a .docx smaller than this is never refused for its ratio (a small, very regular part compresses well). */
export const DOCX_RATIO_GRACE = MB;

/** Deepest element nesting of an HTML page reportlint reads (portal pages nest 20–60 deep). */
export const MAX_HTML_DEPTH = 1000;

/** Most start tags an HTML page may have (portal pages have a few thousand). */
export const MAX_HTML_ELEMENTS = 100_000;

/** Deepest element nesting of a .docx's XML part (Word's own nest 10–30 deep, nested tables a little more). */
export const MAX_XML_DEPTH = 1000;

/**
 * The limits a config's `settings` set (checked already by src/config/settings.ts; a value that is not a positive number
 * is ignored here), the defaults for the rest.
 */
export function limitsFromSettings(settings: Readonly<Record<string, unknown>> | undefined): ReadLimits {
  const number = (key: LimitSetting): number => {
    const value = settings?.[key];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : LIMIT_SETTINGS[key];
  };
  return {
    maxFileSize: Math.floor(number('maxFileSizeMB') * MB),
    maxDocxExpanded: Math.floor(number('maxDocxExpandedMB') * MB),
    maxDocxRatio: number('maxDocxRatio'),
    maxPdfPages: Math.floor(number('maxPdfPages')),
  };
}

/** Bytes as MB for a message: one decimal, or more digits for a small limit set in a test. */
export function megabytes(bytes: number): string {
  const value = bytes / MB;
  return value >= 10 ? String(Math.round(value)) : String(Number(value.toPrecision(2)));
}
