/**
 * A long report as a PDF with a real text layer, printed by Chromium (Playwright `page.pdf`): the body of a seed
 * report, one part per page, for as many pages as asked. Used by the browser test and the web bench to check that
 * reading a 200-page PDF leaves the page responsive.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A PDF of `pages` pages, printed by the Playwright `page` given (its content is replaced). */
export async function makeLongPdf(page, pages = 200) {
  const lines = readFileSync(path.join(root, 'fixtures/seeds/001_778d263dd7ed8752.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const body = Array.from({ length: pages }, (_, index) => {
    const part = lines.slice((index * 3) % lines.length, ((index * 3) % lines.length) + 3).map((line) => `<p>${escape(line)}</p>`);
    return `<section style="page-break-after: always"><h2>第${index + 1}部分</h2>${part.join('')}</section>`;
  });
  await page.setContent(`<!doctype html><meta charset="utf-8"><body style="font: 16pt serif">${body.join('')}</body>`);
  return page.pdf({ format: 'A4' });
}
