/// <reference lib="dom" />
/**
 * The offline page (dist/web/reportlint.html, issue 12) in a real headless Chromium (./chromium.ts), opened from
 * file:// with every request that is not file: or blob: blocked and recorded (there must be none):
 * - each seed as .txt, .docx, .pdf and .html, picked with the file button all at once, shows the same findings (rule,
 *   severity, line and column, and 第N段 / 第N页第M行 for Word and PDF) as the CLI's `--format json` for that file, the
 *   statutory checklist with the CLI's verdicts, and the summary table with one row per report;
 * - a file dropped on the page is read like a picked one; pasted text is linted;
 * - files dropped together are compared with each other (no-copied-text) as the CLI compares a folder: the same
 *   findings, and the summary's 照搬 column as the CLI's table prints it;
 * - clicking a finding marks its place in the text and scrolls to it, and clicking a highlight selects its finding;
 * - the same from an intranet web server (one request: the page);
 * - a config with a custom rule and overrides, loaded with the picker, adds that rule's finding; a JavaScript config is refused
 *   with a message; a config baked in by `reportlint --web -c` is in use from the start;
 * - a scanned PDF shows the CLI's message; "apply fixes" on a GB18030 text file downloads the same bytes `--fix` writes;
 * - a 200-page PDF shows page progress and the page keeps answering while it is read;
 * - English with ?lang=en.
 * Screenshots are saved in the test's temp folder (REPORTLINT_KEEP_SCREENSHOTS=1 keeps it and prints its path).
 *
 * Skipped when no Chromium is found, unless REPORTLINT_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLongPdf } from '../../scripts/lib/long-pdf.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { reportlint, ROOT } from '../cli/run-cli.js';
import { parseTable } from '../formatters/table-cells.js';
import { bombEntry, minimalDocx } from '../read/hostile-fixtures.js';
import { type Chromium, launchChromium, SKIP_BROWSER_TESTS } from './chromium.js';

const PAGE = path.join(ROOT, 'dist/web/reportlint.html');
const SEEDS = readdirSync(path.join(ROOT, 'fixtures/seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length));
/** Each seed in the four forms writers send. */
const FILES = SEEDS.flatMap((seed) => [
  path.join(ROOT, 'fixtures/seeds', `${seed}.txt`),
  ...['docx', 'pdf', 'html'].map((ext) => path.join(ROOT, 'fixtures/formats', `${seed}.${ext}`)),
]);

const COUNTY_CONFIG = `extends: reportlint:recommended
overrides:
  - files: ['*.txt']
    rules:
      terminology: off
customRules:
  - id: 写明审核意见
    kind: require
    patterns: [县司法局审核意见]
    message: 未写明县司法局审核意见：请在报告中写明
`;

/** A finding as the page shows it: rule, severity, line:column and the place text (第N段 / 第N页第M行). */
interface Shown {
  rule: string;
  severity: string;
  line: number;
  column: number;
  text: string;
}

function key(finding: { rule: string; severity: string; line: number; column: number }): string {
  return `${finding.rule}|${finding.severity}|${finding.line}:${finding.column}`;
}

function cliKey(message: LintMessage): string {
  return key({ rule: message.ruleId ?? '', severity: message.severity === 2 ? 'error' : 'warning', line: message.line, column: message.column });
}

/**
 * The CLI's findings for a file the page checks alone (dropped, pasted or picked by itself): the CLI run compared it
 * with the other formats of its seed (no-copied-text), the page has nothing to compare it with.
 */
function alone(result: LintResult): LintMessage[] {
  return result.messages.filter((message) => message.ruleId !== 'no-copied-text');
}

async function findingsOf(page: Page, file: string): Promise<Shown[]> {
  return page.locator(`[data-testid=report][data-file="${file}"] [data-testid=finding]`).evaluateAll((nodes) =>
    nodes.map((node) => ({
      rule: node.getAttribute('data-rule') ?? '',
      severity: node.getAttribute('data-severity') ?? '',
      line: Number(node.getAttribute('data-line')),
      column: Number(node.getAttribute('data-column')),
      text: node.textContent ?? '',
    })),
  );
}

async function waitForReports(page: Page, count: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const reports = [...document.querySelectorAll('[data-testid=report]')];
      return reports.length >= count && reports.every((report) => report.getAttribute('data-state') !== 'reading');
    },
    count,
    { timeout },
  );
}

describe.skipIf(SKIP_BROWSER_TESTS)('the offline page in Chromium', () => {
  let dir: string;
  let browser: Chromium | undefined;
  const offsite: string[] = [];
  const problems: string[] = [];
  let cli: Map<string, LintResult>;

  async function open(url = pathToFileURL(PAGE).href): Promise<Page> {
    const page = await browser!.context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:')) offsite.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(url);
    await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1366, height: 768 } });
    dir = mkdtempSync(path.join(tmpdir(), 'reportlint-web-page-'));
    const run = reportlint([...FILES, '-f', 'json']);
    cli = new Map((JSON.parse(run.stdout) as LintResult[]).map((result) => [path.basename(result.filePath), result]));
    await browser.context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    await browser.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (process.env['REPORTLINT_KEEP_SCREENSHOTS'] === '1') console.log(`screenshots: ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows, for every seed as .txt, .docx, .pdf and .html, the findings and verdicts the CLI gives', async () => {
    const page = await open();
    await page.setInputFiles('[data-testid=file-input]', FILES);
    await waitForReports(page, FILES.length);
    await shot(page, 'seeds-summary');
    for (const file of FILES) {
      const name = path.basename(file);
      const expected = cli.get(name)!;
      const shown = await findingsOf(page, name);
      expect(shown.map(key).sort(), name).toEqual(expected.messages.map(cliKey).sort());
      // Word and PDF findings say where in the original they are.
      for (const message of expected.messages) {
        const at = shown.find((finding) => key(finding) === cliKey(message))!;
        if (message.paragraph !== undefined) expect(at.text, name).toContain(`第${message.paragraph}段`);
        if (message.page !== undefined) expect(at.text, name).toContain(`第${message.page}页第${message.pageLine}行`);
      }
      const verdicts = await page
        .locator(`[data-testid=report][data-file="${name}"] [data-testid=checklist-item]`)
        .evaluateAll((nodes) => Object.fromEntries(nodes.map((node) => [node.getAttribute('data-rule'), node.getAttribute('data-status')])));
      expect(verdicts, name).toEqual(Object.fromEntries((expected.checklist ?? []).map((item) => [item.ruleId, item.status])));
    }
    const rows = await page.locator('[data-testid=summary-table] tbody tr').count();
    expect(rows).toBe(FILES.length);
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);

  it('marks a finding in the text when it is clicked, and selects the finding when its highlight is clicked', async () => {
    const page = await open();
    const name = `${SEEDS[1]}.docx`;
    await page.setInputFiles('[data-testid=file-input]', path.join(ROOT, 'fixtures/formats', name));
    await waitForReports(page, 1);
    const findings = page.locator('[data-testid=finding]');
    const last = findings.last();
    const index = await last.getAttribute('data-index');
    await last.click();
    const highlight = page.locator(`[data-testid=highlight][data-index="${index}"]`).first();
    await expect.poll(() => highlight.evaluate((node) => node.classList.contains('current'))).toBe(true);
    await expect.poll(() => highlight.isVisible()).toBe(true);
    const inView = await highlight.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await shot(page, 'finding-clicked');
    // The reverse: a highlight selects its finding.
    const firstIndex = await findings.first().getAttribute('data-index');
    await page.locator(`[data-testid=highlight][data-index="${firstIndex}"]`).first().click();
    await expect.poll(() => findings.first().evaluate((node) => node.classList.contains('current'))).toBe(true);
    // Keyboard: a finding is reached with Tab and opened with Enter.
    await findings.nth(1).focus();
    await page.keyboard.press('Enter');
    const second = await findings.nth(1).getAttribute('data-index');
    await expect.poll(() => page.locator(`[data-testid=highlight][data-index="${second}"]`).first().evaluate((node) => node.classList.contains('current'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('reads a file dropped on the page, and pasted text', async () => {
    const page = await open();
    const file = path.join(ROOT, 'fixtures/formats', `${SEEDS[0]}.docx`);
    const transfer = await page.evaluateHandle(
      ({ name, data }) => {
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name));
        return transfer;
      },
      { name: path.basename(file), data: readFileSync(file).toString('base64') },
    );
    await page.dispatchEvent('[data-testid=drop-zone]', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('[data-testid=drop-zone]', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
    await waitForReports(page, 1);
    expect((await findingsOf(page, path.basename(file))).map(key).sort()).toEqual(alone(cli.get(path.basename(file))!).map(cliKey).sort());

    const text = readFileSync(path.join(ROOT, 'fixtures/seeds', `${SEEDS[2]}.txt`), 'utf8');
    await page.fill('[data-testid=paste-text]', text);
    await page.click('[data-testid=paste-submit]');
    await waitForReports(page, 2);
    const pasted = page.locator('[data-testid=report]').last();
    const pastedName = await pasted.getAttribute('data-file');
    expect((await findingsOf(page, pastedName!)).map(key).sort()).toEqual(alone(cli.get(`${SEEDS[2]}.txt`)!).map(cliKey).sort());
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows both of two files of one name dropped together (报告.txt from two folders), the later one numbered', async () => {
    const page = await open();
    const texts = [SEEDS[0], SEEDS[3]].map((seed) => readFileSync(path.join(ROOT, 'fixtures/seeds', `${seed}.txt`), 'utf8'));
    const transfer = await page.evaluateHandle((texts) => {
      const transfer = new DataTransfer();
      for (const text of texts) transfer.items.add(new File([text], '报告.txt', { type: 'text/plain' }));
      return transfer;
    }, texts);
    await page.dispatchEvent('[data-testid=drop-zone]', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
    await waitForReports(page, 2);
    expect(await page.locator('[data-testid=report]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-file')))).toEqual(['报告.txt', '报告 (2).txt']);
    // Each shows the findings of its own file.
    expect((await findingsOf(page, '报告.txt')).map(key).sort()).toEqual(alone(cli.get(`${SEEDS[0]}.txt`)!).map(cliKey).sort());
    expect((await findingsOf(page, '报告 (2).txt')).map(key).sort()).toEqual(alone(cli.get(`${SEEDS[3]}.txt`)!).map(cliKey).sort());
    await page.locator('.summary').scrollIntoViewIfNeeded();
    await shot(page, 'same-name');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('compares files dropped together with each other (no-copied-text), as the CLI compares a folder, and shows the copied share', async () => {
    // 左岚乡 took one paragraph of 赵庄镇's report (names and numbers changed); 枫林镇 wrote its own.
    const seed = (name: string) => readFileSync(path.join(ROOT, 'fixtures/seeds', `${name}.txt`), 'utf8');
    const source = seed('001_778d263dd7ed8752');
    const paragraph = source.split('\n')[21]!.replace(/镇/g, '乡').replace(/\d+/g, (n) => String(Number(n) + 1));
    const copier = seed('003_fb4fb1fb4ee4856e').split('\n');
    copier.splice(16, 0, '', paragraph);
    const files: Record<string, string> = { '赵庄镇.txt': source, '左岚乡.txt': copier.join('\n'), '枫林镇.txt': seed('004_ce0fc0e530b0009c') };
    const batch = path.join(dir, '同批');
    mkdirSync(batch, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(batch, name), text);
    const json = new Map((JSON.parse(reportlint(['.', '-f', 'json'], { cwd: batch }).stdout) as LintResult[]).map((result) => [path.basename(result.filePath), result]));
    const cliTable = parseTable(reportlint(['.', '-f', 'table'], { cwd: batch }).stdout);

    const page = await open();
    const transfer = await page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const [name, text] of Object.entries(files)) transfer.items.add(new File([text], name, { type: 'text/plain' }));
      return transfer;
    }, files);
    await page.dispatchEvent('[data-testid=drop-zone]', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
    await waitForReports(page, 3);

    // The finding, where the CLI puts it and worded as the CLI words it (the same file names: run in that folder).
    const copiedFindings = async (name: string) => (await findingsOf(page, name)).filter((finding) => finding.rule === 'no-copied-text');
    const found = await copiedFindings('左岚乡.txt');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/本段约\d+%与同批报告“赵庄镇\.txt”第22行相同/);
    for (const name of Object.keys(files)) {
      const cli = json.get(name)!.messages.filter((message) => message.ruleId === 'no-copied-text');
      expect((await copiedFindings(name)).map(key), name).toEqual(cli.map(cliKey));
      for (const message of cli) expect((await copiedFindings(name)).some((finding) => finding.text.includes(message.message)), name).toBe(true);
    }
    expect(await copiedFindings('枫林镇.txt')).toEqual([]);

    // The summary's column: the share and the report shared most with, as the CLI's table prints them; — for 枫林镇.
    const table = page.locator('[data-testid=summary-table]');
    expect(await table.locator('thead th').allTextContents()).toContain('照搬');
    const cell = (name: string) => table.locator(`tbody tr[data-file="${name}"] [data-testid=copied-cell]`);
    const cliCell = (name: string) => cliTable.rows.find((row) => row[0] === name)![cliTable.header.indexOf('照搬')];
    for (const [name, other] of [['左岚乡.txt', '赵庄镇.txt'], ['赵庄镇.txt', '左岚乡.txt']] as const) {
      const percent = await cell(name).getAttribute('data-percent');
      expect(await cell(name).locator('.source').textContent()).toBe(other);
      expect(`${percent}%（${other}）`).toBe(cliCell(name));
    }
    expect(await cell('枫林镇.txt').textContent()).toBe('—');
    expect(cliCell('枫林镇.txt')).toBe('—');
    expect(await table.locator('xpath=ancestor::section[1]').locator('.legend').textContent()).toContain('照搬＝全文中与往年报告或同批其他报告相同的文字所占的比例');
    // Each report's section says it in a sentence.
    const note = page.locator('[data-testid=report][data-file="左岚乡.txt"] [data-testid=copied-note]');
    expect(await note.textContent()).toBe(`全文约${await cell('左岚乡.txt').getAttribute('data-percent')}%的文字与同批报告“赵庄镇.txt”相同，涉及 1 段`);
    expect(await page.locator('[data-testid=report][data-file="枫林镇.txt"] [data-testid=copied-note]').count()).toBe(0);

    await page.locator('.summary').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('.summary')!.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: '/tmp/copied-page.png', fullPage: false });
    await shot(page, 'copied-summary');
    await note.scrollIntoViewIfNeeded();
    await shot(page, 'copied-report');

    // Another language lints everything again: the files of the drop are still compared with each other.
    await page.click('[data-testid=lang-switch]');
    await waitForReports(page, 3);
    await expect.poll(async () => (await copiedFindings('左岚乡.txt')).length, { timeout: 30_000 }).toBe(1);
    expect(await page.locator('[data-testid=summary-table] thead th').allTextContents()).toContain('copied');
    expect(problems).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the CLI message for a scanned PDF', async () => {
    const page = await open();
    await page.setInputFiles('[data-testid=file-input]', path.join(ROOT, 'fixtures/read/scan.pdf'));
    await waitForReports(page, 1);
    const report = page.locator('[data-testid=report][data-file="scan.pdf"]');
    expect(await report.getAttribute('data-state')).toBe('error');
    const expected = (JSON.parse(reportlint(['fixtures/read/scan.pdf', '-f', 'json']).stdout) as LintResult[])[0]!.messages[0]!.message;
    expect(await report.locator('[data-testid=report-status]').textContent()).toContain(expected);
    await shot(page, 'scanned-pdf');
    await page.close();
  }, 60_000);

  it('refuses Word zip bombs with the CLI message, and shows hostile report text as text', async () => {
    const files = {
      '炸弹.docx': minimalDocx(bombEntry(1200)),
      '谎报.docx': minimalDocx(bombEntry(1200, 100_000)),
      '恶意.txt': Buffer.from('<img src=x onerror=alert(1)>乡2024年度法治政府建设情况报告\n\n一、主要举措和成效\n<script>alert(2)</script>开展普法活动8次。\n'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
    const paths = Object.keys(files).map((name) => path.join(dir, name));
    const expected = new Map((JSON.parse(reportlint([...paths, '-f', 'json']).stdout) as LintResult[]).map((result) => [path.basename(result.filePath), result]));
    const page = await open();
    await page.setInputFiles('[data-testid=file-input]', paths);
    await waitForReports(page, paths.length, 60_000);
    for (const name of ['炸弹.docx', '谎报.docx']) {
      const report = page.locator(`[data-testid=report][data-file="${name}"]`);
      expect(await report.getAttribute('data-state')).toBe('error');
      expect(await report.locator('[data-testid=report-status]').textContent()).toContain(expected.get(name)!.messages[0]!.message);
    }
    const hostile = page.locator('[data-testid=report][data-file="恶意.txt"]');
    expect(await hostile.locator('[data-testid=text-view]').textContent()).toContain('<script>alert(2)</script>');
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('runs a county config loaded with the picker, custom rules included, and refuses a JavaScript config', async () => {
    const page = await open();
    const seed = path.join(ROOT, 'fixtures/seeds', `${SEEDS[0]}.txt`);
    await page.setInputFiles('[data-testid=file-input]', seed);
    await waitForReports(page, 1);
    const name = path.basename(seed);
    expect((await findingsOf(page, name)).some((finding) => finding.rule === '写明审核意见')).toBe(false);

    await page.setInputFiles('[data-testid=config-input]', { name: '.reportlintrc.yaml', mimeType: 'text/yaml', buffer: Buffer.from(COUNTY_CONFIG) });
    await expect.poll(() => page.locator('[data-testid=config-name]').textContent()).toContain('.reportlintrc.yaml');
    await expect.poll(async () => (await findingsOf(page, name)).filter((finding) => finding.rule === '写明审核意见').length, { timeout: 30_000 }).toBe(1);
    // Its overrides apply by file name: terminology is off for .txt reports.
    expect(cli.get(name)!.messages.some((message) => message.ruleId === 'terminology')).toBe(true);
    expect((await findingsOf(page, name)).some((finding) => finding.rule === 'terminology')).toBe(false);
    await shot(page, 'county-config');

    await page.setInputFiles('[data-testid=config-input]', { name: 'county.js', mimeType: 'text/javascript', buffer: Buffer.from('export default {}') });
    await expect.poll(() => page.locator('[data-testid=config-error]').textContent()).toContain('网页版不能使用 JavaScript 配置文件');
    // The config in use stays the county's.
    expect(await page.locator('[data-testid=config-name]').textContent()).toContain('.reportlintrc.yaml');
    // Back to the page's own config: the custom rule's finding goes with the county's config.
    await page.click('[data-testid=config-reset]');
    await expect.poll(() => page.locator('[data-testid=config-name]').textContent()).not.toContain('.reportlintrc.yaml');
    await expect.poll(async () => (await findingsOf(page, name)).filter((finding) => finding.rule === '写明审核意见').length, { timeout: 30_000 }).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('uses a config baked in by `reportlint --web -c` from the start', async () => {
    writeFileSync(path.join(dir, 'county.yaml'), COUNTY_CONFIG);
    const run = reportlint(['--web', path.join(dir, 'county.html'), '-c', path.join(dir, 'county.yaml')]);
    expect(run.code).toBe(0);
    const page = await open(pathToFileURL(path.join(dir, 'county.html')).href);
    await expect.poll(() => page.locator('[data-testid=config-name]').textContent()).toContain('county.yaml');
    const seed = path.join(ROOT, 'fixtures/seeds', `${SEEDS[0]}.txt`);
    await page.setInputFiles('[data-testid=file-input]', seed);
    await waitForReports(page, 1);
    expect((await findingsOf(page, path.basename(seed))).filter((finding) => finding.rule === '写明审核意见')).toHaveLength(1);
    // Another config picked, then 恢复默认: the page's own default is the county's baked config.
    await page.setInputFiles('[data-testid=config-input]', { name: 'other.yaml', mimeType: 'text/yaml', buffer: Buffer.from('extends: reportlint:recommended\n') });
    await expect.poll(() => page.locator('[data-testid=config-name]').textContent()).toContain('other.yaml');
    await page.click('[data-testid=config-reset]');
    await expect.poll(() => page.locator('[data-testid=config-name]').textContent()).toContain('county.yaml');
    await expect.poll(async () => (await findingsOf(page, path.basename(seed))).filter((finding) => finding.rule === '写明审核意见').length, { timeout: 30_000 }).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('applies fixes to a GB18030 text file: shows the diff and downloads the bytes `reportlint --fix` writes', async () => {
    const source = path.join(ROOT, 'fixtures/formats', `${SEEDS[1]}.gb18030.txt`);
    const copy = path.join(dir, path.basename(source));
    copyFileSync(source, copy);
    reportlint(['--fix', copy]);
    const page = await open();
    await page.setInputFiles('[data-testid=file-input]', source);
    await waitForReports(page, 1);
    await page.click('[data-testid=fix-button]');
    await page.waitForSelector('[data-testid=fix-diff]');
    expect(await page.locator('[data-testid=fix-diff]').textContent()).toMatch(/^[-+]/m);
    await shot(page, 'fix-diff');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=fix-download]')]);
    expect(download.suggestedFilename()).toBe(path.basename(source));
    const saved = path.join(dir, 'downloaded.txt');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(readFileSync(copy))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps answering while a 200-page PDF is read, and shows the pages read', async () => {
    const maker = await browser!.context.newPage();
    const pdf = path.join(dir, '长报告.pdf');
    writeFileSync(pdf, await makeLongPdf(maker, 200));
    await maker.close();
    const page = await open();
    await page.setInputFiles('[data-testid=file-input]', pdf);
    await page.waitForFunction(() => /\d+\s*\/\s*200/.test(document.querySelector('[data-testid=progress]')?.textContent ?? ''), null, { timeout: 30_000 });
    // While it is read, the page answers input at once: the main thread is free.
    const answered = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const button = document.querySelector<HTMLElement>('[data-testid=lang-switch]')!;
          button.addEventListener('focus', () => resolve(performance.now() - start), { once: true });
          button.focus();
        }),
    );
    expect(answered).toBeLessThan(100);
    const delays = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const delays: number[] = [];
          let last = performance.now();
          const tick = () => {
            const now = performance.now();
            delays.push(now - last);
            last = now;
            if (delays.length < 20) setTimeout(tick, 10);
            else resolve(delays);
          };
          setTimeout(tick, 10);
        }),
    );
    expect(Math.max(...delays)).toBeLessThan(250);
    await shot(page, 'long-pdf-progress');
    await waitForReports(page, 1, 180_000);
    expect(await page.locator('[data-testid=report]').getAttribute('data-state')).toBe('done');
    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);

  it('works served by an intranet web server as well as from file://', async () => {
    const server = createServer((request, response) => {
      if (request.url?.split('?')[0] !== '/reportlint.html') return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(PAGE));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await browser!.context.newPage();
    const seen: string[] = [];
    await page.route('**/*', (route) => {
      seen.push(route.request().url());
      return route.request().url().startsWith(`${origin}/reportlint.html`) ? route.continue() : route.abort('blockedbyclient');
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      await page.goto(`${origin}/reportlint.html`);
      const seed = path.join(ROOT, 'fixtures/seeds', `${SEEDS[0]}.txt`);
      await page.setInputFiles('[data-testid=file-input]', seed);
      await waitForReports(page, 1);
      expect((await findingsOf(page, path.basename(seed))).map(key).sort()).toEqual(alone(cli.get(path.basename(seed))!).map(cliKey).sort());
      // One request: the page itself.
      expect(seen).toEqual([`${origin}/reportlint.html`]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      server.close();
    }
  }, 60_000);

  it('speaks English with ?lang=en, findings included', async () => {
    const page = await open(`${pathToFileURL(PAGE).href}?lang=en`);
    const seed = path.join(ROOT, 'fixtures/seeds', `${SEEDS[0]}.txt`);
    await page.setInputFiles('[data-testid=file-input]', seed);
    await waitForReports(page, 1);
    const english = (JSON.parse(reportlint([seed, '-f', 'json', '--locale', 'en']).stdout) as LintResult[])[0]!;
    const texts = await page.locator('[data-testid=finding]').allTextContents();
    for (const message of english.messages) expect(texts.some((text) => text.includes(message.message))).toBe(true);
    expect(await page.locator('[data-testid=drop-zone]').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await shot(page, 'english');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
