/// <reference lib="dom" />
/**
 * The html review report in a real headless Chromium (./chromium.ts): opened from disk, with every request that is
 * not file:// blocked and recorded (there must be none), it renders one row per report and the findings, sorts by a
 * column header (mouse and keyboard), filters by rule (and highlights it) and by unit, shows no script error, CSP
 * violation or dialog (a hostile report text must not run), fits 1366 pixels, and prints one report per page without
 * the filters. Screenshots (the page, a filtered view, print media) and a printed PDF are saved in the test's temp
 * folder; REPORTLINT_KEEP_SCREENSHOTS=1 keeps the folder and prints its path.
 *
 * Skipped when no Chromium is found, unless REPORTLINT_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { reportlint, ROOT } from '../cli/run-cli.js';
import { type Chromium, launchChromium, SKIP_BROWSER_TESTS } from './chromium.js';

const HOSTILE_UNIT = '<img/src=x/onerror=alert(1)>乡人民政府';
const HOSTILE_REPORT = [
  '<script>alert(2)</script>乡2024年度法治政府建设情况报告',
  '',
  '一、主要举措和成效',
  '全乡办理行政执法案件12件，"<b onmouseover=alert(3)>" 开展普法活动8次。',
  '',
  HOSTILE_UNIT,
  '2025年1月6日',
  '',
].join('\n');

describe.skipIf(SKIP_BROWSER_TESTS)('the html report in Chromium', () => {
  let dir: string;
  let browser: Chromium | undefined;
  let page: Page;
  let results: LintResult[];
  const offsite: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    // The browser first: without one (and REPORTLINT_REQUIRE_BROWSER=1) the run fails at once, saying what to install.
    browser = await launchChromium({ viewport: { width: 1366, height: 768 } });
    dir = mkdtempSync(path.join(tmpdir(), 'reportlint-browser-'));
    const folder = path.join(dir, '报送');
    mkdirSync(folder);
    for (const name of readdirSync(path.join(ROOT, 'fixtures/seeds')).filter((file) => file.endsWith('.txt'))) {
      copyFileSync(path.join(ROOT, 'fixtures/seeds', name), path.join(folder, name));
    }
    copyFileSync(path.join(ROOT, 'fixtures/formats/001_778d263dd7ed8752.docx'), path.join(folder, '001_778d263dd7ed8752.docx'));
    copyFileSync(path.join(ROOT, 'fixtures/cli/mixed/左岚乡报告.doc'), path.join(folder, '左岚乡报告.doc'));
    writeFileSync(path.join(folder, '<b>恶意"&.txt'), HOSTILE_REPORT);
    const run = reportlint(['报送', '-f', 'html', '-o', 'review.html'], { cwd: dir });
    expect(run.code).toBe(2); // the .doc cannot be read
    results = JSON.parse(reportlint(['报送', '-f', 'json'], { cwd: dir }).stdout) as LintResult[];

    await browser.context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    await browser.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page = await browser.context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) offsite.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(path.join(dir, 'review.html')).href);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (process.env['REPORTLINT_KEEP_SCREENSHOTS'] === '1') console.info(`screenshots kept in ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const visibleRows = () =>
    page.$$eval('#summary tbody tr', (rows) =>
      rows
        .filter((row) => !(row as HTMLElement).hidden)
        .map((row) => ({
          index: Number(row.getAttribute('data-index')),
          unit: (row.querySelector('td.unit') as HTMLElement).innerText.trim(),
          errors: Number((row.querySelector('td.errors') as HTMLElement).innerText),
        })),
    );

  it('renders one row per report, with the unit, the verdicts and the counts of json', async () => {
    const rows = await visibleRows();
    expect(rows).toHaveLength(results.length);
    expect(rows.map((row) => row.errors)).toEqual(results.map((result) => result.errorCount));
    expect(rows.map((row) => row.unit)).toEqual(results.map((result) => result.report?.unit ?? '（未识别）'));
    expect(rows.map((row) => row.unit)).toContain(HOSTILE_UNIT);
    const marks = await page.$$eval('#summary tbody tr:first-child td.verdict .mark', (cells) => cells.map((cell) => cell.textContent));
    // The columns follow the order in which the 督察工作规定 lists a report's contents.
    const order = ['measures', 'enforcement-systems', 'first-responsible-person', 'problems-and-causes', 'next-year-plan', 'issuer-and-date'];
    const status = (id: string) => results[0]!.checklist!.find((item) => item.ruleId === `require-${id}`)!.status;
    expect(marks).toEqual(order.map((id) => ({ pass: '✓', fail: '✗', error: '!' })[status(id)]));
    expect(await page.locator('#filter-status').innerText()).toBe(`显示 ${results.length} / ${results.length} 份报告`);
  });

  it('shows a finding with its place, the text at it, the message, the basis and the docs link', async () => {
    const index = results.findIndex((result) => result.filePath.endsWith('001_778d263dd7ed8752.docx')) + 1;
    const group = page.locator(`#report-${index} .group[data-rule="terminology"]`);
    expect(await group.isVisible()).toBe(true);
    expect(await group.locator('tr.finding').innerText()).toBe('第7段\t“第责任人”\t用语不规范：“第责任人”应为“第一责任人”');
    expect(await group.locator('.basis').innerText()).toContain('《党政主要负责人履行推进法治建设第一责任人职责规定》');
    expect(await group.locator('a.docs').getAttribute('href')).toMatch(/^file:\/\/.*\/rules\/terminology\.md$/);
    const unreadable = results.findIndex((result) => result.filePath.endsWith('.doc')) + 1;
    expect(await page.locator(`#report-${unreadable} .unreadable-box`).innerText()).toContain('另存为 .docx');
  });

  it('sorts by a column header: errors most first, then least first; by unit; back by number; with the keyboard too', async () => {
    const errors = page.locator('#summary thead th', { hasText: '错误' }).locator('button');
    await errors.click();
    let rows = await visibleRows();
    expect(rows.map((row) => row.errors)).toEqual([...rows.map((row) => row.errors)].sort((a, b) => b - a));
    expect(await page.locator('#summary thead th', { hasText: '错误' }).getAttribute('aria-sort')).toBe('descending');
    await errors.click();
    rows = await visibleRows();
    expect(rows.map((row) => row.errors)).toEqual([...rows.map((row) => row.errors)].sort((a, b) => a - b));
    expect(await page.locator('#summary thead th', { hasText: '错误' }).getAttribute('aria-sort')).toBe('ascending');

    const number = page.locator('#summary thead th', { hasText: '序号' }).locator('button');
    await number.focus();
    await page.keyboard.press('Enter');
    rows = await visibleRows();
    expect(rows.map((row) => row.index)).toEqual(results.map((_result, index) => index + 1));
    expect(await page.locator('#summary thead th', { hasText: '错误' }).getAttribute('aria-sort')).toBe('none');

    // A verdict column: failures first.
    const column = page.locator('#summary thead th[data-rule="require-problems-and-causes"] button');
    await column.click();
    const verdicts = await page.$$eval('#summary tbody tr td.verdict[data-rule="require-problems-and-causes"]', (cells) =>
      cells.map((cell) => cell.getAttribute('data-verdict')),
    );
    expect(verdicts.indexOf('pass')).toBeGreaterThan(verdicts.lastIndexOf('fail'));
    expect(verdicts.at(-1)).toBe(''); // the unreadable file, not checked, last
    await number.click();
  });

  it('filters by rule: only the reports with findings of that rule, in the table and below, highlighted', async () => {
    const rule = 'require-issuer-and-date';
    const expected = results.flatMap((result, index) => (result.messages.some((message) => message.ruleId === rule) ? [index + 1] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(results.length);
    await page.selectOption('#filter-rule', rule);
    expect((await visibleRows()).map((row) => row.index)).toEqual(expected);
    const sections = await page.$$eval('section.report', (all) => all.filter((section) => !(section as HTMLElement).hidden).map((section) => Number(section.getAttribute('data-index'))));
    expect(sections).toEqual(expected);
    expect(await page.locator(`#report-${expected[0]} .group.hl`).getAttribute('data-rule')).toBe(rule);
    expect(await page.locator('#summary thead th.hl').getAttribute('data-rule')).toBe(rule);
    expect(await page.locator('#filter-status').innerText()).toBe(`显示 ${expected.length} / ${results.length} 份报告`);
    await page.screenshot({ path: path.join(dir, 'filtered-by-rule.png') });

    // With a unit as well: the filters combine; nothing left says so.
    await page.fill('#filter-unit', '郑旗');
    expect(await visibleRows()).toEqual([]);
    expect(await page.locator('#nomatch').isVisible()).toBe(true);
    await page.click('#filter-reset');
    expect(await visibleRows()).toHaveLength(results.length);
    expect(await page.locator('.hl').count()).toBe(0);
  });

  it('filters by unit: a part of the unit name or the file name', async () => {
    await page.fill('#filter-unit', '赵庄 镇');
    const rows = await visibleRows();
    expect(rows.map((row) => row.unit)).toEqual(['宝丰县赵庄镇人民政府', '宝丰县赵庄镇人民政府']);
    await page.fill('#filter-unit', '报告.DOC');
    expect((await visibleRows()).map((row) => row.unit)).toEqual(['（未识别）']);
    await page.click('#filter-reset');
  });

  it('fits 1366 pixels, and ran no other script, loaded nothing, raised no error', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await page.locator('#controls').isVisible()).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('prints one report per page, without the filters and links back; saves screenshots and a PDF', async () => {
    await page.screenshot({ path: path.join(dir, 'page.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#controls').isVisible()).toBe(false);
    expect(await page.locator('.back').first().isVisible()).toBe(false);
    const breaks = await page.$$eval('section.report', (all) => all.map((section) => getComputedStyle(section).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['page']));
    await page.screenshot({ path: path.join(dir, 'print-media.png'), fullPage: true });
    await page.pdf({ path: path.join(dir, 'printed.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    for (const name of ['page.png', 'filtered-by-rule.png', 'print-media.png', 'printed.pdf']) {
      expect(statSync(path.join(dir, name)).size, name).toBeGreaterThan(10_000);
    }
    expect(problems).toEqual([]);
  });
});
