/**
 * Issue 11, point 3: hostile files fail fast with exit 2 and a one-line reason, never exhausting memory.
 *
 * One table row per item of point 3 (and the variants that need their own message): what it is, how it is made (at
 * run time, by ./hostile-fixtures.ts: no large file is committed), the exit code and what its one message says, in
 * Chinese and in English. Every row runs the built CLI on the file alone (in Chinese), then all of them run as one
 * folder with a good report in it, which must still be linted (in Chinese with --format json, and in English).
 *
 * Memory is asserted through the heap: every run gets `--max-old-space-size=256`, so a reader that inflated the zip
 * bomb (1.2 GB), expanded the entities or read /dev/zero would crash (or time out) instead of passing. A FIFO that
 * was opened would block the run until the timeout. Time is not asserted (CI machines vary).
 *
 * Permission: root reads a file whatever its mode, so when the tests run as root the rows that need a permission to
 * be refused (and the folder run) run as the user nobody (65534).
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_SAFE_OPTIONS } from '../../src/read/pdf.js';
import { estimateShape, treeDepth } from '../../src/read/html.js';
import { reportlint, ROOT, type Run, type RunOptions } from '../cli/run-cli.js';
import {
  binaryBytes,
  bombEntry,
  buildZip,
  deepHtml,
  deflatedEntry,
  documentXml,
  encryptedPdf,
  entityExpansionXml,
  javascriptPdf,
  minimalDocx,
  textPdf,
} from './hostile-fixtures.js';

const GOOD_REPORT = path.join(ROOT, 'fixtures/seeds/001_778d263dd7ed8752.txt');
/** A finding on the good report: it was linted. */
const GOOD_FINDING = { zh: '用语不规范：“第责任人”应为“第一责任人”', en: '第责任人' };

const isRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const canMkfifo = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v mkfifo'], { stdio: 'ignore' });
    return process.platform !== 'win32';
  } catch {
    return false;
  }
})();

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Row {
  /** The item of issue 11 point 3. */
  item: string;
  /** The path linted, relative to the folder. */
  file: string;
  /** How it is made. */
  made: string;
  make(dir: string): void;
  code: number;
  /** What the file's one message says (substring), per locale. */
  zh: string;
  en: string;
  /** Why it cannot be made here, if it cannot. */
  skip?: string | false;
  /** Refused only for a user without root's rights. */
  needsPermission?: boolean;
  /** More checks on the run. */
  check?(run: Run, dir: string): void;
}

const write = (dir: string, name: string, data: string | Buffer): void => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), data);
};
const config = (dir: string, folder: string, settings: string): void => write(dir, `${folder}/.reportlintrc.yaml`, `settings:\n${settings}`);

const ROWS: Row[] = [
  {
    item: '.docx that is not a zip',
    file: '文字.docx',
    made: 'UTF-8 text named .docx',
    make: (dir) => write(dir, '文字.docx', '这不是 Word 文档，只是改了扩展名的文字。\n'),
    code: 2,
    zh: '不是 Word 文档：.docx 文件应是一个压缩包',
    en: 'not a Word document: a .docx is a zip package',
  },
  {
    item: '.docx that is not a zip: an old .doc (or an encrypted Word file) renamed',
    file: '旧版.docx',
    made: 'the OLE2 signature and zeros',
    make: (dir) => write(dir, '旧版.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)])),
    code: 2,
    zh: '这是旧版 Word 文件（.doc）或设置了打开密码的 Word 文档',
    en: 'an old Word file (.doc) or a password-protected Word document',
  },
  {
    item: 'truncated .docx',
    file: '截断.docx',
    made: 'the first half of fixtures/formats/001_….docx',
    make: (dir) => {
      const good = readFileSync(path.join(ROOT, 'fixtures/formats/001_778d263dd7ed8752.docx'));
      write(dir, '截断.docx', good.subarray(0, Math.floor(good.length / 2)));
    },
    code: 2,
    zh: 'Word 文档不完整（文件被截断',
    en: 'the Word document is incomplete',
  },
  {
    item: 'zip bomb: document.xml declares 1.2 GB (3.7 MB file)',
    file: '炸弹.docx',
    made: 'one deflated MiB of paragraphs repeated 1200 times as document.xml, sizes declared truthfully',
    make: (dir) => write(dir, '炸弹.docx', minimalDocx(bombEntry(1200))),
    code: 2,
    zh: 'Word 文档解压后过大（文字部分共 1200 MB，上限 10 MB），可能是恶意构造的“压缩炸弹”，没有解压',
    en: 'expands to 1200 MB of XML (the limit is 10 MB), perhaps a zip bomb',
  },
  {
    item: 'zip bomb, limit raised: refused for its ratio',
    file: '放宽/炸弹.docx',
    made: 'the same bomb beside a config with maxDocxExpandedMB: 4096',
    make: (dir) => {
      config(dir, '放宽', '  maxDocxExpandedMB: 4096\n');
      write(dir, '放宽/炸弹.docx', minimalDocx(bombEntry(1200)));
    },
    code: 2,
    zh: 'Word 文档中 word/document.xml 的压缩比异常（',
    en: 'word/document.xml in the Word document is compressed',
  },
  {
    item: 'zip bomb with a lying header: declares 100 KB, inflates to 1.2 GB',
    file: '谎报.docx',
    made: 'the bomb with 100000 as its declared uncompressed size',
    make: (dir) => write(dir, '谎报.docx', minimalDocx(bombEntry(1200, 100_000))),
    code: 2,
    zh: 'word/document.xml 解压后比文件头声明的大小更大',
    en: 'inflates past the size its header declares',
  },
  {
    item: 'XML entity expansion inside a .docx',
    file: '实体.docx',
    made: 'document.xml with a DOCTYPE declaring ten levels of ten entities ("billion laughs")',
    make: (dir) => write(dir, '实体.docx', minimalDocx(entityExpansionXml())),
    code: 2,
    zh: 'Word 文档的 word/document.xml 中含有 DOCTYPE 或实体声明',
    en: 'holds a DOCTYPE or entity declaration',
  },
  {
    item: '.docx nested 100k elements deep (ratio limit raised to let it through)',
    file: '深层/深层.docx',
    made: '100000 nested w:sdt in document.xml, beside a config with maxDocxRatio: 100000',
    make: (dir) => {
      config(dir, '深层', '  maxDocxRatio: 100000\n');
      const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(100_000)}<w:p><w:r><w:t>报告</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(100_000)}</w:body></w:document>`;
      write(dir, '深层/深层.docx', minimalDocx(xml));
    },
    code: 2,
    zh: 'Word 文档的结构嵌套过深',
    en: 'nests its elements too deep',
  },
  {
    item: '.docx with an encrypted zip entry',
    file: '加密条目.docx',
    made: 'a minimal .docx whose document.xml has the encrypted flag',
    make: (dir) => {
      const entry = { ...deflatedEntry('word/document.xml', documentXml(['报告'])), flags: 1 };
      write(dir, '加密条目.docx', minimalDocx(entry));
    },
    code: 2,
    zh: 'Word 文档中的内容经过加密',
    en: 'the parts of the Word document are encrypted',
  },
  {
    item: 'encrypted PDF',
    file: '加密.pdf',
    made: 'standard security handler, R2, O/U entries no empty password opens',
    make: (dir) => write(dir, '加密.pdf', encryptedPdf()),
    code: 2,
    zh: 'PDF 文件已加密，请提供未加密的文件',
    en: 'the PDF is encrypted',
  },
  {
    item: 'malformed PDF',
    file: '损坏.pdf',
    made: 'a PDF header, half an object and binary noise',
    make: (dir) => write(dir, '损坏.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n'), binaryBytes(2000)])),
    code: 2,
    zh: '不是有效的 PDF 文件',
    en: 'not a valid PDF file',
  },
  {
    item: 'PDF of 5,000 pages',
    file: '五千页.pdf',
    made: 'a page tree of 5000 pages sharing one content stream',
    make: (dir) => write(dir, '五千页.pdf', textPdf(5000)),
    code: 2,
    zh: 'PDF 共 5000 页，超过上限 2000 页，没有读取',
    en: 'the PDF has 5000 pages, more than the limit of 2000',
  },
  {
    item: 'PDF with embedded JavaScript: read, never run',
    file: '脚本.pdf',
    made: 'OpenAction, JavaScript name tree and a FontMatrix (CVE-2024-4367) that would each write a marker file',
    make: (dir) => write(dir, '脚本.pdf', javascriptPdf(path.join(dir, 'JAVASCRIPT-RAN'))),
    // The text layer is read and linted like any report (it is no report: errors, exit 1).
    code: 1,
    zh: '[require-issuer-and-date]',
    en: '[require-issuer-and-date]',
    check: (_run, dir) => expect(existsSync(path.join(dir, 'JAVASCRIPT-RAN'))).toBe(false),
  },
  {
    item: 'HTML with 100k nested elements',
    file: '嵌套.html',
    made: '100000 nested <div> around one paragraph',
    make: (dir) => write(dir, '嵌套.html', deepHtml(100_000)),
    code: 2,
    zh: '网页的元素嵌套超过 1000 层',
    en: 'nests its elements more than 1000 deep',
  },
  {
    item: 'HTML whose nesting the source estimate misses (end tags the parser ignores)',
    file: '骗过.html',
    made: '20000 × <div><table><tr><td></div>: each </div> is ignored inside the cell',
    make: (dir) => write(dir, '骗过.html', `<!doctype html><html><body>${'<div><table><tr><td></div>'.repeat(20_000)}<p>报告</p></body></html>`),
    code: 2,
    zh: '网页的元素嵌套超过 1000 层',
    en: 'nests its elements more than 1000 deep',
  },
  {
    item: 'HTML with too many elements',
    file: '元素.html',
    made: '100001 paragraphs',
    make: (dir) => write(dir, '元素.html', `<!doctype html><html><body>${'<p>报告</p>'.repeat(100_001)}</body></html>`),
    code: 2,
    zh: '网页的元素超过 100000 个',
    en: 'the page has more than 100000 elements',
  },
  {
    item: 'binary file named .txt',
    file: '图片.txt',
    made: 'a PNG signature and bytes with NULs',
    make: (dir) => write(dir, '图片.txt', binaryBytes(4096)),
    code: 2,
    zh: '不是文本文件（含有二进制内容）',
    en: 'not a text file',
  },
  {
    item: 'file over the size limit',
    file: '巨大.txt',
    made: 'a sparse file of 60 MB (never read)',
    make: (dir) => {
      write(dir, '巨大.txt', '');
      truncateSync(path.join(dir, '巨大.txt'), 60 * 1024 * 1024);
    },
    code: 2,
    zh: '文件过大（60 MB，上限 50 MB），未读取',
    en: 'the file is too large (60 MB, the limit is 50 MB)',
  },
  {
    item: 'directory named like a report (named on the command line)',
    file: '目录.docx',
    made: 'an empty folder named 目录.docx',
    make: (dir) => mkdirSync(path.join(dir, '目录.docx'), { recursive: true }),
    code: 2,
    zh: '这个文件夹中没有报告文件',
    en: 'This folder holds no report files',
  },
  {
    item: 'FIFO named like a report',
    file: '管道.txt',
    made: 'mkfifo (no writer: opening it for reading would block)',
    make: (dir) => execFileSync('mkfifo', [path.join(dir, '管道.txt')]),
    code: 2,
    zh: '这不是普通文件，而是命名管道',
    en: 'this is not a regular file but a named pipe (FIFO)',
    skip: !canMkfifo && 'no mkfifo here',
  },
  {
    item: 'device named like a report',
    file: '设备.txt',
    made: 'a symbolic link to /dev/zero (reading it would never end)',
    make: (dir) => symlinkSync('/dev/zero', path.join(dir, '设备.txt')),
    code: 2,
    zh: '这不是普通文件，而是设备文件',
    en: 'this is not a regular file but a device file',
    skip: !existsSync('/dev/zero') && 'no /dev/zero here',
  },
  {
    item: 'permission denied',
    file: '无权限.txt',
    made: 'a report with mode 000',
    make: (dir) => {
      copyFileSync(GOOD_REPORT, path.join(dir, '无权限.txt'));
      chmodSync(path.join(dir, '无权限.txt'), 0o000);
    },
    code: 2,
    zh: '没有读取这个文件的权限',
    en: 'permission denied',
    needsPermission: true,
    skip: process.platform === 'win32' && 'no POSIX modes here',
  },
  {
    item: 'symlink loop',
    file: '循环.txt',
    made: 'a symbolic link to itself',
    make: (dir) => symlinkSync('循环.txt', path.join(dir, '循环.txt')),
    code: 2,
    zh: '这是一个循环的符号链接',
    en: 'this is a symbolic link loop',
    skip: process.platform === 'win32' && 'symbolic links need rights on Windows',
  },
  {
    item: 'symlink leading nowhere',
    file: '断开.txt',
    made: 'a symbolic link to a missing file',
    make: (dir) => symlinkSync('不存在的报告.txt', path.join(dir, '断开.txt')),
    code: 2,
    zh: '这是一个符号链接，但它指向的文件不存在',
    en: 'this is a symbolic link to a file that does not exist',
    skip: process.platform === 'win32' && 'symbolic links need rights on Windows',
  },
  {
    item: 'symlink loop in a folder run: the walk ends, each report once, the loop reported',
    file: '回环',
    made: 'a folder with a report, links back to the folder (自己 → ., 子/上级 → ..) and a link to itself',
    make: (dir) => {
      mkdirSync(path.join(dir, '回环/子'), { recursive: true });
      copyFileSync(GOOD_REPORT, path.join(dir, '回环/报告.txt'));
      symlinkSync('.', path.join(dir, '回环/自己'));
      symlinkSync('..', path.join(dir, '回环/子/上级'));
      symlinkSync('圈.txt', path.join(dir, '回环/圈.txt'));
    },
    code: 2,
    zh: '这是一个循环的符号链接',
    en: 'this is a symbolic link loop',
    skip: process.platform === 'win32' && 'symbolic links need rights on Windows',
    check: (run) => {
      const lines = run.stdout.trim().split('\n');
      // Every file once, by its own path, not through 自己/ or 上级/.
      expect(lines.filter((line) => /^回环\/(自己|子\/上级)\//.test(line))).toEqual([]);
      const findings = lines.filter((line) => line.startsWith('回环/报告.txt:') && line.includes('第责任人'));
      expect(findings).toHaveLength(1);
    },
  },
  {
    item: 'unreadable folder in a folder run',
    file: '上锁',
    made: 'a folder with mode 000 holding a report',
    make: (dir) => {
      mkdirSync(path.join(dir, '上锁'));
      copyFileSync(GOOD_REPORT, path.join(dir, '上锁/报告.txt'));
      chmodSync(path.join(dir, '上锁'), 0o000);
    },
    code: 2,
    zh: '没有打开这个文件夹的权限',
    en: 'permission denied: the reports in this folder were not checked',
    needsPermission: true,
    skip: process.platform === 'win32' && 'no POSIX modes here',
  },
];

// The limits are settings (src/read/limits.ts, checked by src/config/settings.ts).
const SETTINGS_ROWS: Row[] = [
  {
    item: 'maxFileSizeMB lowered',
    file: '小限额/报告.txt',
    made: 'the good report beside a config with maxFileSizeMB: 0.001',
    make: (dir) => {
      config(dir, '小限额', '  maxFileSizeMB: 0.001\n');
      copyFileSync(GOOD_REPORT, path.join(dir, '小限额/报告.txt'));
    },
    code: 2,
    zh: '上限 0.001 MB），未读取',
    en: 'the limit is 0.001 MB',
  },
  {
    item: 'maxPdfPages lowered',
    file: '少页/三页.pdf',
    made: 'a 3-page PDF beside a config with maxPdfPages: 2',
    make: (dir) => {
      config(dir, '少页', '  maxPdfPages: 2\n');
      write(dir, '少页/三页.pdf', textPdf(3));
    },
    code: 2,
    zh: 'PDF 共 3 页，超过上限 2 页',
    en: 'the PDF has 3 pages, more than the limit of 2',
  },
];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reportlint-hostile-'));
  // Readable by the user nobody runs as.
  chmodSync(dir, 0o755);
  copyFileSync(GOOD_REPORT, path.join(dir, '好报告.txt'));
  for (const row of [...ROWS, ...SETTINGS_ROWS]) if (!row.skip) row.make(dir);
});

afterAll(() => {
  if (!dir) return;
  if (existsSync(path.join(dir, '上锁'))) chmodSync(path.join(dir, '上锁'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI, its heap capped: an attempt at the bomb would crash, not pass; a blocked read is killed. */
function lint(args: string[], options: { asNobody?: boolean } = {}): Run {
  const run: RunOptions = { cwd: dir, nodeArgs: ['--max-old-space-size=256'], timeout: 60_000 };
  if (options.asNobody && isRoot) run.user = NOBODY;
  return reportlint(['-f', 'unix', ...args], run);
}

/** The lines of the unix output about `file`. */
const linesOf = (run: Run, file: string): string[] => run.stdout.split('\n').filter((line) => line.startsWith(`${file}:`));

describe('hostile files: exit code and one line saying why (issue 11 point 3)', () => {
  const runnable = [...ROWS, ...SETTINGS_ROWS];
  it.each(runnable.map((row) => [row.item, row] as const))('%s', (_item, row) => {
    if (row.skip) return;
    const run = lint([row.file], { asNobody: row.needsPermission === true });
    expect(run.code, run.stderr || run.stdout).toBe(row.code);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(row.zh);
    if (row.check) {
      row.check(run, dir);
      return;
    }
    if (row.code === 2) {
      // One result, one line: the fatal message at 1:1.
      const lines = linesOf(run, row.file);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`${row.file}:1:1: error `)).toBe(true);
      expect(lines[0]).toContain(row.zh);
    }
  }, 90_000);
});

describe('a folder run with all of them', () => {
  interface JsonResult {
    filePath: string;
    messages: Array<{ ruleId: string | null; fatal?: boolean; message: string; line: number; column: number }>;
    fatalErrorCount: number;
  }

  it('reports each hostile file with its one fatal message, and still lints the good report', () => {
    const run = reportlint(['-f', 'json', '.'], { cwd: dir, nodeArgs: ['--max-old-space-size=256'], timeout: 120_000, ...(isRoot ? { user: NOBODY } : {}) });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as JsonResult[];
    const byPath = new Map(results.map((result) => [path.relative(dir, result.filePath), result]));
    // No file twice (the links in 回环/ lead back into the folder).
    expect(new Set(results.map((result) => result.filePath)).size).toBe(results.length);
    expect([...byPath.keys()].filter((file) => /^回环\/(自己|子\/上级)\//.test(file))).toEqual([]);
    const good = byPath.get('好报告.txt');
    expect(good?.fatalErrorCount).toBe(0);
    expect(good?.messages.map((message) => message.message)).toContain(GOOD_FINDING.zh);
    for (const row of ROWS) {
      if (row.skip || row.code !== 2 || row.file === '回环') continue;
      const result = byPath.get(row.file);
      expect(result, `${row.item}: ${row.file} has a result`).toBeDefined();
      expect(result!.messages, row.item).toHaveLength(1);
      expect(result!.messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1 });
      const expected = row.file === '目录.docx' ? '这是一个文件夹（名称像报告文件），其中没有报告文件' : row.zh;
      expect(result!.messages[0]!.message, row.item).toContain(expected);
      expect(result!.messages[0]!.message).not.toMatch(/\n/);
    }
    expect(existsSync(path.join(dir, 'JAVASCRIPT-RAN'))).toBe(false);
  }, 180_000);

  it('says the same in English', () => {
    const run = reportlint(['-f', 'unix', '--locale', 'en', '.'], { cwd: dir, nodeArgs: ['--max-old-space-size=256'], timeout: 120_000, ...(isRoot ? { user: NOBODY } : {}) });
    expect(run.code, run.stderr).toBe(2);
    for (const row of ROWS) {
      if (row.skip || row.code !== 2 || row.file === '目录.docx') continue;
      expect(run.stdout, row.item).toContain(row.en);
    }
    expect(run.stdout).toContain('this is a folder named like a report');
    expect(linesOf(run, '好报告.txt').some((line) => line.includes(GOOD_FINDING.en))).toBe(true);
  }, 180_000);
});

describe('limits are settings', () => {
  it.each([
    ['maxFileSizeMB: 50MB', 'maxFileSizeMB: 50MB', 'settings.maxFileSizeMB'],
    ['maxPdfPages: 1.5', 'maxPdfPages: 1.5', 'settings.maxPdfPages'],
    ['maxDocxRatio: 0', 'maxDocxRatio: 0', 'settings.maxDocxRatio'],
    ['a misspelling: maxFileSize', 'maxFileSize: 50', '是否想写 maxFileSizeMB'],
  ])('%s is a config error: exit 2, one line naming the key', (_name, line, expected) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'reportlint-limits-'));
    try {
      writeFileSync(path.join(folder, '.reportlintrc.yaml'), `settings:\n  ${line}\n`);
      copyFileSync(GOOD_REPORT, path.join(folder, '报告.txt'));
      const run = reportlint(['报告.txt'], { cwd: folder });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(expected);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the readers on their own', () => {
  it('pdfjs only parses: no eval, no font loading, no system fonts, no XFA', () => {
    expect(PDF_SAFE_OPTIONS).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false, enableXfa: false });
  });

  it('the HTML nesting estimate is exact on real pages and never needed to be', async () => {
    const { unified } = await import('unified');
    const { default: rehypeParse } = await import('rehype-parse');
    for (const name of ['000_452fc7be030a272b.html', '003_fb4fb1fb4ee4856e.html']) {
      const source = readFileSync(path.join(ROOT, 'fixtures/formats', name), 'utf8');
      const root = unified().use(rehypeParse).parse(source);
      expect(estimateShape(source).depth).toBe(treeDepth(root));
    }
    expect(estimateShape(deepHtml(2000)).depth).toBeGreaterThan(2000);
  });
});
