import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ReadError, UsageError } from '../../src/errors.js';
import { decodeBuffer, normalizeEncoding } from '../../src/read/decode.js';
import { readDocument, readText, sourceKind } from '../../src/read/index.js';

const REPORT = '某某镇人民政府2023年度法治政府建设情况报告\r\n\r\n一、主要举措和成效\r\n（一）加强组织领导。“三项制度”全面落实。\r\n𠀋字（扩展区）与 € 符号\r\n';
const GBK_REPORT = '某某镇人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。\n';

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('decodeBuffer: detection', () => {
  const cases: Array<[string, Buffer, string, boolean, string]> = [
    ['UTF-8', Buffer.from(REPORT, 'utf8'), 'utf-8', false, REPORT],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT, 'utf8')]), 'utf-8', true, REPORT],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]), 'utf-16le', true, REPORT],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(REPORT)]), 'utf-16be', true, REPORT],
    ['GB18030 (four-byte characters too)', iconv.encode(REPORT, 'gb18030'), 'gb18030', false, REPORT],
    ['GBK', iconv.encode(GBK_REPORT, 'gbk'), 'gb18030', false, GBK_REPORT],
    ['empty file', Buffer.alloc(0), 'utf-8', false, ''],
  ];
  for (const [name, bytes, encoding, bom, text] of cases) {
    it(`${name}: decoded exactly, CRLF kept, BOM removed`, () => {
      const decoded = decodeBuffer(bytes, 'r.txt');
      expect(decoded).toEqual({ text, encoding, bom });
    });
  }

  it('a file with NUL bytes and no UTF-16 BOM is binary: ReadError naming the file, exit code 2', () => {
    const error = catchError(() => decodeBuffer(readFileSync('fixtures/read/binary.txt'), 'fixtures/read/binary.txt'));
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).exitCode).toBe(2);
    expect((error as ReadError).message).toBe('无法读取 fixtures/read/binary.txt：不是文本文件（含有二进制内容）');
  });

  it('UTF-16 without a BOM has NUL bytes: binary (only BOM-marked UTF-16 is detected)', () => {
    expect(() => decodeBuffer(Buffer.from('abc', 'utf16le'), 'x.txt')).toThrow(ReadError);
  });

  it('bytes that are neither UTF-8 nor GB18030: ReadError that suggests --encoding', () => {
    const error = catchError(() => decodeBuffer(readFileSync('fixtures/read/undecodable.txt'), 'u.txt'));
    expect(error).toBeInstanceOf(ReadError);
    expect((error as Error).message).toMatch(/^无法读取 u\.txt：无法识别文字编码.*--encoding/);
  });

  it('text full of control characters is binary even without NULs', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41)));
    expect(() => decodeBuffer(bytes, 'c.txt')).toThrow(/不是文本文件/);
  });

  it('English messages with locale en', () => {
    expect(() => decodeBuffer(Buffer.from([0, 1, 2]), 'b.txt', { locale: 'en' })).toThrow(
      'Cannot read b.txt: not a text file (it contains binary content)',
    );
  });
});

describe('decodeBuffer: --encoding', () => {
  it('overrides detection', () => {
    // These GBK bytes happen to be valid Big5 too: detection says GB18030, --encoding big5 says otherwise.
    const bytes = iconv.encode('法治', 'gbk');
    expect(decodeBuffer(bytes, 'x.txt').text).toBe('法治');
    expect(decodeBuffer(bytes, 'x.txt', { encoding: 'gbk' })).toEqual({ text: '法治', encoding: 'gbk', bom: false });
    expect(decodeBuffer(Buffer.from('法治', 'utf8'), 'x.txt', { encoding: 'latin1' }).encoding).toBe('windows-1252');
  });

  it('accepts the names people type', () => {
    expect(normalizeEncoding('UTF8')).toBe('utf-8');
    expect(normalizeEncoding('gb2312')).toBe('gbk');
    expect(normalizeEncoding('GB18030')).toBe('gb18030');
    expect(normalizeEncoding('cp936')).toBe('gbk');
    expect(normalizeEncoding('utf16le')).toBe('utf-16le');
    expect(normalizeEncoding('klingon')).toBeUndefined();
  });

  it('an unknown name is a usage error (exit 2)', () => {
    const error = catchError(() => decodeBuffer(Buffer.from('x'), 'x.txt', { encoding: 'klingon' }));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as Error).message).toContain('--encoding klingon');
  });

  it('bytes invalid in the named encoding: ReadError', () => {
    expect(() => decodeBuffer(iconv.encode('法治', 'gbk'), 'x.txt', { encoding: 'utf-8' })).toThrow(
      '无法读取 x.txt：内容不是有效的 utf-8 编码文字',
    );
  });

  it('a BOM of the named encoding is still removed', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('报告', 'utf16le')]);
    expect(decodeBuffer(bytes, 'x.txt', { encoding: 'utf-16le' })).toEqual({ text: '报告', encoding: 'utf-16le', bom: true });
  });
});

describe('readDocument', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-read-'));
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it('syntax from the extension; only .md/.markdown/.txt are writable', async () => {
    const md = await readDocument(write('a.md', Buffer.from('# 标题\n')));
    expect(md).toMatchObject({ syntax: 'markdown', writable: true, encoding: 'utf-8', bom: false, text: '# 标题\n' });
    expect(md.locate).toBeUndefined();
    expect(md.sourceFormat).toBeUndefined();
    expect((await readDocument(write('a.markdown', Buffer.from('x')))).syntax).toBe('markdown');
    expect(await readDocument(write('a.txt', Buffer.from('x')))).toMatchObject({ syntax: 'text', writable: true });
    expect(await readDocument(write('report', Buffer.from('x')))).toMatchObject({ syntax: 'text', writable: false });
    expect(await readDocument(write('a.text', Buffer.from('x')))).toMatchObject({ syntax: 'text', writable: false });
  });

  it('encode() writes the text back byte for byte, in the original encoding and BOM', async () => {
    const forms: Array<[string, Buffer]> = [
      ['utf8.txt', Buffer.from(REPORT, 'utf8')],
      ['utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT, 'utf8')])],
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')])],
      ['utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(REPORT)])],
      ['gb18030.txt', iconv.encode(REPORT, 'gb18030')],
      ['gbk.txt', iconv.encode(GBK_REPORT, 'gbk')],
    ];
    for (const [name, bytes] of forms) {
      const document = await readDocument(write(name, bytes));
      expect(document.encode!(document.text), name).toEqual(bytes);
      // A fix that changes the text is saved in the same encoding.
      const fixed = document.text.replace('加强', '强化');
      expect(decodeBuffer(document.encode!(fixed), name).text, name).toBe(fixed);
    }
  });

  it('the committed fixtures: GBK text and UTF-16 BE Markdown', async () => {
    const gbk = await readDocument('fixtures/read/gbk.txt');
    expect(gbk.text.startsWith('某某镇人民政府2023年度法治政府建设情况报告\r\n')).toBe(true);
    expect(gbk.encoding).toBe('gb18030');
    const md = await readDocument('fixtures/read/utf16be.md');
    expect(md).toMatchObject({ syntax: 'markdown', encoding: 'utf-16be', bom: true });
    expect(md.text.startsWith('# 某某镇')).toBe(true);
  });

  it('--encoding reaches the decoder', async () => {
    const file = write('latin.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    // A lone 0xE9 at the end is neither UTF-8 nor GB18030: detection gives up, --encoding latin1 reads it.
    await expect(readDocument(file)).rejects.toBeInstanceOf(ReadError);
    await expect(readDocument(file, { encoding: 'latin1' })).resolves.toMatchObject({ text: 'café' });
    await expect(readDocument(file, { encoding: 'nope' })).rejects.toBeInstanceOf(UsageError);
  });

  it('a missing path, a directory, an old Word file: ReadError naming the path, exit code 2', async () => {
    const missing = path.join(dir, '不存在.txt');
    await expect(readDocument(missing)).rejects.toThrow(`无法读取 ${missing}：文件不存在`);
    await expect(readDocument(missing)).rejects.toMatchObject({ exitCode: 2, filePath: missing });
    await expect(readDocument(dir)).rejects.toThrow(`无法读取 ${dir}：这是一个目录`);
    await expect(readDocument(write('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))).rejects.toThrow(/另存为 \.docx/);
    await expect(readDocument(missing, { locale: 'en' })).rejects.toThrow(`Cannot read ${missing}: no such file`);
  });

  it('readText decodes stdin bytes named by --stdin-filename', async () => {
    const document = await readText(iconv.encode(GBK_REPORT, 'gbk'), '报告.md');
    expect(document).toMatchObject({ filePath: '报告.md', syntax: 'markdown', text: GBK_REPORT, encoding: 'gb18030' });
  });

  it('sourceKind', () => {
    expect(['a.MD', 'a.docx', 'a.HTM', 'a.html', 'a.pdf', 'a.doc', 'a.txt', 'a'].map(sourceKind)).toEqual([
      'markdown', 'docx', 'html', 'html', 'pdf', 'legacy-word', 'text', 'text',
    ]);
  });
});

describe('lazy loading', () => {
  // Linting .md/.txt must not load mammoth, pdfjs, rehype or iconv-lite: the text path imports none of them statically.
  const heavy = /^import\s[^;]*from\s+'(mammoth|pdfjs-dist[^']*|rehype-parse|unified|hast-[^']*|iconv-lite)'/m;
  for (const file of ['src/read/index.ts', 'src/read/decode.ts', 'src/read/builder.ts']) {
    it(`${file} has no static import of a heavy reader`, () => {
      const source = readFileSync(file, 'utf8');
      expect(source).not.toMatch(heavy);
      // …and the per-format readers are reached only through import().
      expect(source).not.toMatch(/^import\s[^;]*from\s+'\.\/(docx|html|pdf)\.js'/m);
    });
  }
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
