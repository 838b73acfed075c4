/**
 * The decode stage: bytes → the text the rules see, and back (for --fix, in the original encoding).
 *
 * Detection order: BOM (UTF-8, UTF-16 LE/BE) → valid UTF-8 → GB18030 (a superset of GBK and GB2312).
 * A file with NUL bytes and no UTF-16 BOM, one that decodes under none of these, or one full of control
 * characters is not text: ReadError (exit 2). `--encoding <name>` skips detection; an unknown name is a
 * UsageError. The decoded text is kept exactly as it is (no CRLF normalisation) so positions point into
 * the file; only the BOM is removed.
 */
import { createRequire } from 'node:module';
import { ReadError, UsageError } from '../errors.js';
import { t } from '../messages/index.js';
import type { Locale } from '../types.js';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', … */
  encoding: string;
  bom: boolean;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Names people type that WHATWG does not know, mapped to the ones it does. */
const ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf8-bom': 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  cp936: 'gbk',
  ms936: 'gbk',
  gb18030: 'gb18030',
};

/** The canonical (WHATWG) name of an encoding label, or undefined when neither WHATWG nor Node knows it. */
export function normalizeEncoding(label: string): string | undefined {
  const key = label.trim().toLowerCase();
  const name = ALIASES[key] ?? key;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

function startsWith(buffer: Uint8Array, bytes: readonly number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((byte, index) => buffer[index] === byte);
}

/** Whether the bytes start with a UTF-8 or UTF-16 byte-order mark. */
export function hasBom(buffer: Uint8Array): boolean {
  return BOMS.some((candidate) => startsWith(buffer, candidate.bytes));
}

function fatalDecode(buffer: Uint8Array, encoding: string): string | undefined {
  try {
    // ignoreBOM: true keeps a BOM in the output; BOMs are stripped by the caller, never silently.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

function messages(locale: Locale, filePath: string) {
  const failed = (reason: string) => t('read.failed', locale, { file: filePath, reason });
  return {
    binary: failed(t('read.binary', locale)),
    undecodable: failed(t('read.undecodable', locale)),
    wrongEncoding: (encoding: string) => failed(t('read.wrongEncoding', locale, { encoding })),
  };
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const controls = text.match(CONTROL)?.length ?? 0;
  return text.includes('\u0000') || controls / text.length > 0.01;
}

export interface DecodeOptions {
  /** Skip detection and decode with this encoding (--encoding). */
  encoding?: string;
  locale?: Locale;
}

/** Decodes a file's bytes. Throws ReadError for binary or undecodable input, UsageError for an unknown --encoding. */
export function decodeBuffer(buffer: Uint8Array, filePath: string, options: DecodeOptions = {}): Decoded {
  const locale = options.locale ?? 'zh';
  const failure = messages(locale, filePath);

  if (options.encoding !== undefined) {
    const encoding = normalizeEncoding(options.encoding);
    if (!encoding) {
      throw new UsageError(t('usage.unknownEncoding', locale, { encoding: options.encoding }));
    }
    const bom = BOMS.find((candidate) => candidate.encoding === encoding && startsWith(buffer, candidate.bytes));
    const body = bom ? buffer.subarray(bom.bytes.length) : buffer;
    const text = fatalDecode(body, encoding);
    if (text === undefined) throw new ReadError(failure.wrongEncoding(encoding), filePath);
    if (looksBinary(text)) throw new ReadError(failure.binary, filePath);
    return { text, encoding, bom: bom !== undefined };
  }

  for (const candidate of BOMS) {
    if (!startsWith(buffer, candidate.bytes)) continue;
    const text = fatalDecode(buffer.subarray(candidate.bytes.length), candidate.encoding);
    if (text === undefined) throw new ReadError(failure.undecodable, filePath);
    if (looksBinary(text)) throw new ReadError(failure.binary, filePath);
    return { text, encoding: candidate.encoding, bom: true };
  }

  if (buffer.includes(0)) throw new ReadError(failure.binary, filePath);

  for (const encoding of ['utf-8', 'gb18030']) {
    const text = fatalDecode(buffer, encoding);
    if (text === undefined) continue;
    if (looksBinary(text)) throw new ReadError(failure.binary, filePath);
    return { text, encoding, bom: false };
  }
  throw new ReadError(failure.undecodable, filePath);
}

/**
 * An encoder for `encoding`. UTF-8 and UTF-16 use Buffer; everything else loads iconv-lite on the first call
 * (a synchronous require of a CommonJS package), so reading a GBK file never pays for it — only writing one back.
 */
export function encoderFor(encoding: string, bom: boolean, locale: Locale = 'zh'): (text: string) => Buffer {
  const name = normalizeEncoding(encoding) ?? encoding;
  if (name === 'utf-8') {
    const prefix = bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0);
    return (text) => Buffer.concat([prefix, Buffer.from(text, 'utf8')]);
  }
  if (name === 'utf-16le' || name === 'utf-16be') {
    return (text) => {
      const body = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
      if (name === 'utf-16be') body.swap16();
      return body;
    };
  }
  // WHATWG's 'gbk' decoder is really GB18030; encode with GB18030 too so every decoded character survives.
  const target = name === 'gbk' ? 'gb18030' : name;
  return (text) => {
    const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
    if (!iconv.encodingExists(target)) {
      throw new UsageError(t('usage.cannotEncode', locale, { encoding }));
    }
    return iconv.encode(text, target, { addBOM: bom });
  };
}
