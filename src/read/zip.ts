/**
 * A .docx's zip package, read with care (issue 11): the central directory is read here, before anything is inflated,
 * and a package is refused when
 *   - it is not a zip (an old .doc or a password-protected Word file is an OLE file: said so), or is cut off;
 *   - an entry is encrypted, or stored with a method other than deflate or none;
 *   - its XML parts (.xml, .rels: what mammoth and the numbering reader parse) declare more than `maxExpanded` bytes
 *     together, or one of them over DOCX_RATIO_GRACE declares a size more than `maxRatio` times its compressed size;
 * and a part is inflated only when it is read, by zlib with `maxOutputLength` one byte past its declared size: a part
 * whose header lies about its size stops there instead of filling the memory. An XML part with a DOCTYPE or an entity
 * declaration (which Word never writes: "billion laughs" expansion), or nested deeper than MAX_XML_DEPTH (mammoth
 * recurses once per level), is refused as it is read.
 *
 * mammoth is handed this package (its `file` input: exists/read) instead of opening the bytes with JSZip, and
 * read/docx-numbering.ts reads the same package, so nothing inflates a part but `ZipPackage.bytes`.
 */
import { inflateRawSync } from 'node:zlib';
import { DOCX_RATIO_GRACE, MAX_XML_DEPTH } from './limits.js';

export type ZipProblem =
  | 'notZip'
  | 'ole'
  | 'truncated'
  | 'corrupt'
  | 'encrypted'
  | 'tooLarge'
  | 'ratio'
  | 'sizeMismatch'
  | 'doctype'
  | 'tooDeep';

/** Why a package cannot be read; `part` is the entry at fault, `size` and `ratio` what was found. */
export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly detail: { part?: string; size?: number; ratio?: number } = {},
  ) {
    super(`${problem}${detail.part ? ` (${detail.part})` : ''}`);
    this.name = 'ZipError';
  }
}

export interface ZipLimits {
  /** Bytes: the XML parts together, uncompressed. */
  maxExpanded: number;
  /** Uncompressed ÷ compressed, for an XML part over DOCX_RATIO_GRACE. */
  maxRatio: number;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The parts that are parsed as XML. */
export const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/** An XML prolog with a document type or an entity declaration. */
const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;

export class ZipPackage {
  private constructor(
    private readonly buffer: Buffer,
    private readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  /** Reads the central directory and checks the declared sizes. Throws ZipError. */
  static open(data: Uint8Array, limits: ZipLimits): ZipPackage {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const entries = readDirectory(buffer);
    let expanded = 0;
    for (const entry of entries.values()) {
      if (entry.flags & 0x1) throw new ZipError('encrypted', { part: entry.name });
      if (!isXmlPart(entry.name)) continue;
      expanded += entry.size;
      if (expanded > limits.maxExpanded) throw new ZipError('tooLarge', { size: totalXml(entries) });
      const ratio = entry.size / Math.max(1, entry.compressedSize);
      if (entry.size > DOCX_RATIO_GRACE && ratio > limits.maxRatio) throw new ZipError('ratio', { part: entry.name, ratio });
    }
    return new ZipPackage(buffer, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The same package without `name` (for a part mammoth cannot read). */
  without(name: string): ZipPackage {
    const entries = new Map(this.entries);
    entries.delete(name);
    return new ZipPackage(this.buffer, entries);
  }

  /** An entry's bytes, inflated no further than its declared size. Throws ZipError. */
  bytes(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError('corrupt', { part: name });
    const buffer = this.buffer;
    if (entry.localOffset + 30 > buffer.length || buffer.readUInt32LE(entry.localOffset) !== LOCAL_ENTRY) {
      throw new ZipError(entry.localOffset + 30 > buffer.length ? 'truncated' : 'corrupt', { part: name });
    }
    const start = entry.localOffset + 30 + buffer.readUInt16LE(entry.localOffset + 26) + buffer.readUInt16LE(entry.localOffset + 28);
    const end = start + entry.compressedSize;
    if (end > buffer.length) throw new ZipError('truncated', { part: name });
    const compressed = buffer.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipError('corrupt', { part: name });
      return Buffer.from(compressed);
    }
    let inflated: Buffer;
    try {
      // One byte more than declared: enough to tell a lie from the truth, never more.
      inflated = inflateRawSync(compressed, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ZipError(code === 'ERR_BUFFER_TOO_LARGE' ? 'sizeMismatch' : 'corrupt', { part: name });
    }
    if (inflated.length > entry.size) throw new ZipError('sizeMismatch', { part: name });
    if (inflated.length !== entry.size) throw new ZipError('corrupt', { part: name });
    return inflated;
  }

  /** An entry as text (UTF-8 unless `encoding` says otherwise); an XML part must hold no DOCTYPE. Throws ZipError. */
  text(name: string, encoding = 'utf-8'): string {
    const text = new TextDecoder(encoding).decode(this.bytes(name));
    if (isXmlPart(name) && DOCTYPE.test(text)) throw new ZipError('doctype', { part: name });
    if (isXmlPart(name) && xmlDepth(text) > MAX_XML_DEPTH) throw new ZipError('tooDeep', { part: name });
    return text;
  }

  /** What mammoth takes as its `file` input (its own zip file's interface: exists, read, and no writing). */
  forMammoth(): { exists(name: string): boolean; read(name: string, encoding?: string): Promise<string | Uint8Array> } {
    return {
      exists: (name) => this.has(name),
      read: async (name, encoding) => (encoding ? this.text(name, encoding) : this.bytes(name)),
    };
  }
}

/**
 * The deepest element nesting of well-formed XML, in one pass (comments, CDATA and declarations do not nest). Scanned
 * with indexOf rather than one tokenizing pattern: recheck found the pattern polynomial on unclosed comments and on
 * attribute lists, and a scan is plainly linear.
 */
export function xmlDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let at = text.indexOf('<');
  while (at !== -1) {
    let next: number;
    if (text.startsWith('<!--', at)) next = skipPast(text, '-->', at + 4);
    else if (text.startsWith('<![CDATA[', at)) next = skipPast(text, ']]>', at + 9);
    else if (text[at + 1] === '!' || text[at + 1] === '?') next = at + 2;
    else {
      const close = tagEnd(text, at + 1);
      if (text[at + 1] === '/') depth -= 1;
      else if (text[close - 1] !== '/') deepest = Math.max(deepest, (depth += 1));
      next = close + 1;
    }
    if (next > text.length) break;
    at = text.indexOf('<', next);
  }
  return deepest;
}

/** The offset after `end` searched from `from`, or past the text when it is not there (an unclosed comment). */
function skipPast(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from);
  return found === -1 ? text.length + 1 : found + end.length;
}

/** The offset of the `>` that closes a tag begun before `from`, skipping quoted attribute values; the text's length if none. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i += 1) {
    const char = text[i];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i;
  }
  return text.length;
}

function totalXml(entries: ReadonlyMap<string, Entry>): number {
  let total = 0;
  for (const entry of entries.values()) if (isXmlPart(entry.name)) total += entry.size;
  return total;
}

/** The central directory's entries by name. Throws ZipError. */
function readDirectory(buffer: Buffer): Map<string, Entry> {
  if (OLE_SIGNATURE.every((byte, index) => buffer[index] === byte)) throw new ZipError('ole');
  const isZip = buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && (buffer[2] === 3 || buffer[2] === 5);
  if (!isZip) throw new ZipError('notZip');
  const end = findEndOfDirectory(buffer);
  if (end === undefined) throw new ZipError('truncated');
  let count = buffer.readUInt16LE(end + 10);
  let size = buffer.readUInt32LE(end + 12);
  let offset = buffer.readUInt32LE(end + 16);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && buffer.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const zip64 = Number(buffer.readBigUInt64LE(end - 12));
    if (zip64 + 56 > buffer.length || buffer.readUInt32LE(zip64) !== ZIP64_END) throw new ZipError('corrupt');
    count = Number(buffer.readBigUInt64LE(zip64 + 32));
    size = Number(buffer.readBigUInt64LE(zip64 + 40));
    offset = Number(buffer.readBigUInt64LE(zip64 + 48));
  }
  if (offset + size > buffer.length) throw new ZipError('truncated');
  const entries = new Map<string, Entry>();
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > offset + size || buffer.readUInt32LE(position) !== CENTRAL_ENTRY) throw new ZipError('corrupt');
    const nameLength = buffer.readUInt16LE(position + 28);
    const extraLength = buffer.readUInt16LE(position + 30);
    const commentLength = buffer.readUInt16LE(position + 32);
    const next = position + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) throw new ZipError('corrupt');
    const entry: Entry = {
      name: buffer.toString('utf8', position + 46, position + 46 + nameLength),
      flags: buffer.readUInt16LE(position + 8),
      method: buffer.readUInt16LE(position + 10),
      compressedSize: buffer.readUInt32LE(position + 20),
      size: buffer.readUInt32LE(position + 24),
      localOffset: buffer.readUInt32LE(position + 42),
    };
    readZip64Extra(entry, buffer.subarray(position + 46 + nameLength, position + 46 + nameLength + extraLength));
    if (entry.method !== 0 && entry.method !== 8 && isXmlPart(entry.name)) throw new ZipError('corrupt', { part: entry.name });
    // A directory entry holds nothing; the first of two entries of the same name is the one JSZip kept, too.
    if (!entry.name.endsWith('/') && !entries.has(entry.name)) entries.set(entry.name, entry);
    position = next;
  }
  return entries;
}

/** The zip64 extra field (id 1) holds the sizes and offset that did not fit, in this order. */
function readZip64Extra(entry: Entry, extra: Buffer): void {
  for (let position = 0; position + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(position);
    const length = extra.readUInt16LE(position + 2);
    if (id === 1) {
      let field = position + 4;
      const take = (): number | undefined => {
        if (field + 8 > position + 4 + length || field + 8 > extra.length) return undefined;
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take() ?? entry.size;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take() ?? entry.compressedSize;
      if (entry.localOffset === 0xffffffff) entry.localOffset = take() ?? entry.localOffset;
      return;
    }
    position += 4 + length;
  }
}

/** Offset of the end-of-central-directory record: within the last 64 KB (its comment) + 22 bytes. */
function findEndOfDirectory(buffer: Buffer): number | undefined {
  const last = buffer.length - 22;
  for (let position = last; position >= 0 && position >= last - 0xffff; position -= 1) {
    if (buffer.readUInt32LE(position) === END_OF_DIRECTORY && position + 22 + buffer.readUInt16LE(position + 20) <= buffer.length) return position;
  }
  return undefined;
}
