/**
 * A ~200-page Word report (docx writer, as fixtures/formats was made) and its PDF (LibreOffice, when installed).
 * The PDF conversion is slow, so it is reused while the .docx it came from is unchanged.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FONT = 'Noto Serif CJK SC';

export async function writeLargeDocx(file, lines) {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const font = { eastAsia: FONT, ascii: FONT, hAnsi: FONT };
  const titleIndex = lines.findIndex((line) => /报告$/.test(line.text));
  const paragraphs = lines.map((line, index) => {
    if (index === titleIndex) {
      return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.text, font, size: 44, bold: true })] });
    }
    const run = new TextRun({ text: line.text, font, size: 32 });
    if (line.kind === 'section') return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run] });
    if (line.kind === 'closing') return new Paragraph({ alignment: AlignmentType.RIGHT, children: [run] });
    return new Paragraph({ indent: { firstLine: 640 }, children: [run] });
  });
  const doc = new Document({ creator: 'reportlint bench', sections: [{ children: paragraphs }] });
  const buffer = await Packer.toBuffer(doc);
  const digest = createHash('sha256').update(lines.map((l) => `${l.kind}\t${l.text}`).join('\n')).digest('hex');
  writeFileSync(file, buffer);
  return digest;
}

export function hasLibreOffice() {
  for (const command of ['soffice', 'libreoffice']) {
    const probe = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.trim() !== '') return command;
  }
  return undefined;
}

/**
 * Converts `docx` to a PDF next to it, unless a PDF made from the same content (`digest`) is already there.
 * Returns { file, reused } or { error }.
 */
export function convertToPdf(command, docx, digest) {
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const stamp = `${pdf}.source`;
  if (existsSync(pdf) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return { file: pdf, reused: true };
  // A private profile: LibreOffice refuses to run twice on one profile, and other tools may be using the default one.
  const profile = mkdtempSync(path.join(tmpdir(), 'reportlint-bench-lo-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'reportlint-bench-pdf-'));
  try {
    const run = spawnSync(
      command,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
      { encoding: 'utf8', timeout: 600_000 },
    );
    const produced = path.join(outDir, path.basename(pdf));
    if (run.status !== 0 || !existsSync(produced)) {
      return { error: `LibreOffice failed (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr || '').trim().split('\n')[0] ?? ''}` };
    }
    renameSync(produced, pdf);
    writeFileSync(stamp, digest);
    return { file: pdf, reused: false };
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Page count of a PDF via pdfjs-dist (a dependency already); undefined if that fails. */
export async function pdfPageCount(file) {
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
    const doc = await task.promise;
    const pages = doc.numPages;
    await task.destroy();
    return pages;
  } catch {
    return undefined;
  }
}
