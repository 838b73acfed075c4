#!/usr/bin/env node
/**
 * npm run bench:web — size and speed of the offline page (dist/web/reportlint.html, issue 12), in Debian's Chromium
 * (REPORTLINT_CHROMIUM or /usr/bin/chromium), as a writer meets it:
 *   - the page's size (and its two scripts);
 *   - opening it from file:// until the engine is ready;
 *   - dropping seed 001 as .docx until its results are shown, against the CLI linting the same file in the same run
 *     (a ratio, so that a shared, noisy machine still shows a regression);
 *   - a 200-page PDF (printed by Chromium from a seed's text): time to results, pages shown in the progress line, and
 *     the longest the page's main thread was busy while it was read (timers every 10 ms; a frozen page shows seconds).
 * Medians of several runs. Build first: npm run build.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { makeLongPdf } from './lib/long-pdf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = path.join(root, 'dist/web/reportlint.html');
const DOCX = path.join(root, 'fixtures/formats/001_778d263dd7ed8752.docx');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const executablePath = process.env.REPORTLINT_CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

if (!existsSync(PAGE)) throw new Error('dist/web/reportlint.html is missing: run npm run build first');
if (!executablePath) throw new Error('no Chromium: apt-get install chromium, or set REPORTLINT_CHROMIUM');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const chromiumVersion = browser.version();
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));

/** Opens the page; resolves when the file button is there and the engine answered (the config name is shown). */
async function openPage() {
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(pathToFileURL(PAGE).href);
  await page.waitForFunction(() => (document.querySelector('[data-testid=config-name]')?.textContent ?? '').trim() !== '');
  return { page, ready: Date.now() - start };
}

/** Picks `file` in the page; resolves with the milliseconds until every report shown is read and linted. */
async function lintInPage(page, file) {
  const before = await page.locator('[data-testid=report]').count();
  const start = Date.now();
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForFunction((before) => {
    const reports = [...document.querySelectorAll('[data-testid=report]')];
    return reports.length > before && reports.every((report) => report.getAttribute('data-state') !== 'reading');
  }, before, { timeout: 300_000 });
  return Date.now() - start;
}

function cliTime(file) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [path.join(root, 'bin/reportlint.js'), file], { stdio: 'ignore' });
  } catch {
    // Findings make the CLI exit 1: that is a run all the same.
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const size = statSync(PAGE).size;
const html = readFileSync(PAGE, 'utf8');
const worker = /<script type="text\/plain" id="worker-source">([\s\S]*?)<\/script>/.exec(html)?.[1].length ?? 0;

const work = mkdtempSync(path.join(tmpdir(), 'reportlint-bench-web-'));
// The page replaces a report dropped again under the same name: the second drop is a copy under another name.
const DOCX_AGAIN = path.join(work, '001-again.docx');
copyFileSync(DOCX, DOCX_AGAIN);
const opened = [];
const dropped = [];
const again = [];
const cli = [];
for (let run = 0; run < RUNS; run += 1) {
  const { page, ready } = await openPage();
  opened.push(ready);
  // The first file of a page also starts the readers (mammoth, pdfjs are set up on first use); a second one does not.
  dropped.push(await lintInPage(page, DOCX));
  again.push(await lintInPage(page, DOCX_AGAIN));
  await page.close();
  cli.push(cliTime(DOCX));
}

const maker = await context.newPage();
const longPdf = path.join(work, 'long.pdf');
writeFileSync(longPdf, await makeLongPdf(maker, 200));
await maker.close();
const { page } = await openPage();
// Timers on the main thread every 10 ms: the longest gap is how long the page did not answer. Split at the moment
// the report leaves the reading state: before it, the PDF is read (in the worker); after it, its results are drawn.
await page.evaluate(() => {
  window.__gaps = [];
  let last = performance.now();
  window.__timer = setInterval(() => {
    const now = performance.now();
    window.__gaps.push({ at: now, gap: now - last });
    last = now;
  }, 10);
  new MutationObserver(() => {
    const report = document.querySelector('[data-testid=report]');
    if (report && report.getAttribute('data-state') !== 'reading' && window.__read === undefined) window.__read = performance.now();
  }).observe(document.body, { subtree: true, attributes: true, childList: true });
});
const pdfTime = await lintInPage(page, longPdf);
await page.waitForTimeout(500);
const pauses = await page.evaluate(() => {
  clearInterval(window.__timer);
  const longest = (gaps) => Math.max(0, ...gaps.map((entry) => entry.gap));
  return {
    reading: longest(window.__gaps.filter((entry) => entry.at <= window.__read)),
    drawing: longest(window.__gaps.filter((entry) => entry.at > window.__read)),
  };
});
const pdfCli = cliTime(longPdf);
await browser.close();
rmSync(work, { recursive: true, force: true });

console.log(`reportlint web page — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Chromium ${chromiumVersion}`);
console.log(`page size                      ${(size / 1024 / 1024).toFixed(2)} MB (engine worker ${(worker / 1024 / 1024).toFixed(2)} MB)`);
console.log(`open from file:// until ready  ${ms(median(opened))}`);
console.log(`seed 001 .docx dropped → shown ${ms(median(dropped))} first file, ${ms(median(again))} next   (CLI on the same file ${ms(median(cli))}; ratios ${(median(dropped) / median(cli)).toFixed(2)}, ${(median(again) / median(cli)).toFixed(2)})`);
console.log(`200-page PDF → shown           ${ms(pdfTime)}   (CLI ${ms(pdfCli)}, ratio ${(pdfTime / pdfCli).toFixed(2)})`);
console.log(`longest main-thread pause: ${ms(pauses.reading)} while the PDF was read, ${ms(pauses.drawing)} drawing its results`);
