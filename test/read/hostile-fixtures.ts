/**
 * Hostile input files, made at run time (issue 11 point 3): small code instead of large committed files. A zip is
 * built by hand (local headers, central directory, end record) so its headers can say what the test wants — the
 * declared uncompressed size of a zip bomb, or a lie about it; a PDF is built by hand with a correct xref table.
 */
import { constants, deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';

const crc32 = (data: Buffer): number => (zlib as unknown as { crc32?: (data: Buffer) => number }).crc32?.(data) ?? 0;

/** One zip entry as it is stored: the compressed bytes and what the headers declare. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressed: Buffer;
  /** The uncompressed size the headers declare (true or not). */
  size: number;
  crc: number;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** A deflated entry holding `content`, its headers telling the truth. */
export function deflatedEntry(name: string, content: string | Buffer): ZipEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, method: 8, compressed: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/** A zip file holding the entries (no zip64, no data descriptors). */
export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE((entry.flags ?? 0) | 0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, entry.compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE((entry.flags ?? 0) | 0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** The body of a Word document.xml with one paragraph per line. */
export function documentXml(lines: readonly string[], prolog = ''): string {
  const paragraphs = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}"><w:body>${paragraphs}</w:body></w:document>`;
}

/** The smallest .docx mammoth reads: content types, package relationships and the main document part. */
export function minimalDocx(document: string | ZipEntry): Buffer {
  return buildZip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('_rels/.rels', RELS),
    typeof document === 'string' ? deflatedEntry('word/document.xml', document) : document,
  ]);
}

/**
 * A word/document.xml entry that inflates to `chunks` MiB of Word paragraphs without the test ever holding them: one
 * MiB is deflated once as a block of its own (full flush: no reference to what came before, byte aligned), and that
 * block is repeated. `declared` is what the headers say the size is (the truth by default).
 */
export function bombEntry(chunks: number, declared?: number): ZipEntry {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`);
  const paragraph = '<w:p><w:r><w:t>法治政府建设</w:t></w:r></w:p>';
  const chunk = Buffer.from(paragraph.repeat(Math.floor((1 << 20) / Buffer.byteLength(paragraph))));
  const tail = Buffer.from('</w:body></w:document>');
  const block = (data: Buffer) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const repeated = block(chunk);
  // The final block: an empty block with BFINAL set (fixed Huffman codes, just the end-of-block code).
  const final = Buffer.from([0x03, 0x00]);
  const compressed = Buffer.concat([block(head), ...Array.from({ length: chunks }, () => repeated), block(tail), final]);
  const size = head.length + chunk.length * chunks + tail.length;
  // The CRC is not what is tested (and would mean hashing the whole gigabyte).
  return { name: 'word/document.xml', method: 8, compressed, size: declared ?? size, crc: 0 };
}

/** A PDF made of `objects` (numbered from 1; the first is the catalog), with a correct xref table. */
export function buildPdf(objects: readonly string[], trailer = ''): Buffer {
  const parts: string[] = ['%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'];
  const offsets: number[] = [];
  let length = Buffer.byteLength(parts[0]!, 'latin1');
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = `${index + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(object);
    length += Buffer.byteLength(object, 'latin1');
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(xref, `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}

const pdfStream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/**
 * A PDF of `pages` pages, each showing the same line of text (Helvetica). Objects: 1 catalog, 2 pages, 3 content,
 * 4 font, 5… pages; `catalog` adds keys to the catalog, `extra` adds objects after the pages.
 */
export function textPdf(pages: number, options: { catalog?: string; extra?: string[]; font?: string; trailer?: string; text?: string } = {}): Buffer {
  const first = 5;
  const kids = Array.from({ length: pages }, (_, index) => `${first + index} 0 R`).join(' ');
  const text = options.text ?? 'Annual report on the rule of law, a page of text.';
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${options.catalog ?? ''}>>`,
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    pdfStream(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`),
    options.font ?? '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>'),
    ...(options.extra ?? []),
  ];
  return buildPdf(objects, options.trailer);
}

/**
 * A PDF encrypted with the standard security handler and a user password (the O and U entries match no empty
 * password, so no reader can open it without one).
 */
export function encryptedPdf(): Buffer {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, index) => ((seed * 31 + index * 17) & 0xff).toString(16).padStart(2, '0')).join('');
  // Object 6 (after the catalog, pages, content, font and the one page) is the encryption dictionary.
  return textPdf(1, {
    extra: [`<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(7)}> /P -44 >>`],
    trailer: `/Encrypt 6 0 R /ID [<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>] `,
  });
}

/**
 * A PDF with JavaScript everywhere a viewer might run it — an OpenAction, the document-level JavaScript name tree,
 * a link annotation's action — and a font whose FontMatrix carries code (CVE-2024-4367). Each would write
 * `marker` if it were ever run.
 */
export function javascriptPdf(marker: string): Buffer {
  const escaped = marker.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  const js = `require\\('fs'\\).writeFileSync\\('${escaped}', 'ran'\\); app.alert\\('ran'\\);`;
  const pages = 2;
  const action = 5 + pages; // the first object after the pages
  return textPdf(pages, {
    catalog: `/OpenAction ${action} 0 R /Names << /JavaScript << /Names [(run) ${action} 0 R] >> >> `,
    font: `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FontMatrix [0.001 0 0 0.001 0 (0\\); ${js}//)] >>`,
    extra: [`<< /Type /Action /S /JavaScript /JS (${js}) >>`],
  });
}

/** `depth` nested elements around one paragraph of report text. */
export function deepHtml(depth: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>报告</title></head><body>${'<div>'.repeat(depth)}<p>关于2023年法治政府建设情况的报告</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** Deterministic bytes that are no text in any encoding (NULs and control bytes), led by a PNG signature. */
export function binaryBytes(length: number): Buffer {
  const out = Buffer.alloc(length);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(out);
  let state = 7;
  for (let index = 8; index < length; index += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out[index] = index % 5 === 0 ? 0 : state >> 16;
  }
  return out;
}

/** The "billion laughs": ten levels of entities, each ten of the one below (10¹⁰ copies of "法治"). */
export function entityExpansionXml(): string {
  const entities = ['<!ENTITY e0 "法治">'];
  for (let level = 1; level <= 10; level += 1) entities.push(`<!ENTITY e${level} "${`&e${level - 1};`.repeat(10)}">`);
  return documentXml(['关于2023年法治政府建设情况的报告', '&e10;'], `<!DOCTYPE w:document [${entities.join('')}]>`);
}
