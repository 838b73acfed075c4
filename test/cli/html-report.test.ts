/**
 * Issue 10's acceptance for `--format html`: on a folder holding the five seed reports as text and as Word, PDF and
 * web pages, the page shows exactly the statutory verdicts and counts that `--format json` gives for the same files.
 * The summary is derived from the json results (src/formatters/summary.ts) and every cell of the page's summary table
 * — parsed, not run in a browser — is compared with it; so is every report section's checklist and its number of
 * findings. The exit code is the one json gives; the other formats do not change (no basis, no new excerpts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize, type Summary } from '../../src/formatters/summary.js';
import type { LintResult } from '../../src/types.js';
import { all, attr, cls, hasClass, one, parseHtml, tag, text } from '../formatters/hast.js';
import { reportlint, ROOT } from './run-cli.js';

const MARKS = { pass: '✓', fail: '✗', error: '!', '': '—' } as const;

let dir: string;
let results: LintResult[];
let summary: Summary;
let page: string;
let codes: { json: number | null; html: number | null };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reportlint-html-'));
  const folder = path.join(dir, '报送');
  mkdirSync(folder);
  const copy = (from: string, keep: (name: string) => boolean) => {
    for (const name of readdirSync(path.join(ROOT, from)).filter(keep)) copyFileSync(path.join(ROOT, from, name), path.join(folder, name));
  };
  copy('fixtures/seeds', (name) => name.endsWith('.txt'));
  copy('fixtures/formats', (name) => /\.(docx|pdf|html)$/.test(name));
  const json = reportlint(['报送', '--format', 'json'], { cwd: dir });
  const html = reportlint(['报送', '--format', 'html', '--output-file', 'review.html'], { cwd: dir });
  codes = { json: json.code, html: html.code };
  expect(html.stdout).toBe('');
  results = JSON.parse(json.stdout) as LintResult[];
  summary = summarize(results, dir);
  page = readFileSync(path.join(dir, 'review.html'), 'utf8');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format html on the seeds in every format', () => {
  it('checks all of them, with the exit code json gives', () => {
    expect(results.length).toBe(25);
    expect(codes.html).toBe(codes.json);
    expect(codes.html).toBe(1);
  });

  it('every cell of the summary table is the json-derived summary', () => {
    const tree = parseHtml(page);
    const table = one(tree, (element) => attr(element, 'id') === 'summary');
    const heads = all(one(table, tag('thead')), tag('th'));
    const itemHeads = heads.filter((th) => hasClass(th, 'item'));
    expect(itemHeads.map((th) => ({ ruleId: attr(th, 'data-rule'), item: text(th) }))).toEqual(summary.columns);
    // In the order the 督察工作规定 lists a report's contents.
    expect(summary.columns.map((column) => column.ruleId)).toEqual([
      'require-measures',
      'require-enforcement-systems',
      'require-first-responsible-person',
      'require-problems-and-causes',
      'require-next-year-plan',
      'require-issuer-and-date',
    ]);

    const rows = all(one(table, tag('tbody')), tag('tr'));
    expect(rows).toHaveLength(summary.rows.length);
    rows.forEach((tr, index) => {
      const row = summary.rows[index]!;
      const cells = all(tr, tag('td'));
      const cell = (name: string) => text(one(tr, (element) => element.tagName === 'td' && hasClass(element, name)));
      expect(cell('idx')).toBe(String(index + 1));
      expect(cell('unit')).toBe(row.unit);
      expect(cell('year')).toBe(String(row.year));
      expect(cell('file')).toBe(row.file);
      const verdicts = cells.filter((td) => hasClass(td, 'verdict'));
      expect(verdicts).toHaveLength(summary.columns.length);
      summary.columns.forEach(({ ruleId }, column) => {
        const td = verdicts[column]!;
        const verdict = row.checks[ruleId];
        expect(attr(td, 'data-rule')).toBe(ruleId);
        expect(attr(td, 'data-verdict')).toBe(verdict ?? '');
        expect(text(one(td, cls('mark')))).toBe(MARKS[verdict ?? '']);
      });
      expect(Number(cell('errors'))).toBe(row.errorCount);
      expect(Number(cell('warnings'))).toBe(row.warningCount);
      const chips = all(one(tr, cls('top')), cls('chip'));
      expect(chips.map((chip) => ({ ruleId: attr(chip, 'data-rule'), count: Number(attr(chip, 'data-count')) }))).toEqual(row.topRules);
      expect(chips.map(text)).toEqual(row.topRules.map(({ ruleId, count }) => `${ruleId} ${count} 处`));
    });

    const foot = one(table, tag('tfoot'));
    const totals = all(foot, cls('verdict'));
    summary.columns.forEach(({ ruleId }, column) => {
      const td = totals[column]!;
      expect(attr(td, 'data-rule')).toBe(ruleId);
      expect(Number(attr(td, 'data-passed'))).toBe(summary.totals.passed[ruleId]);
      expect(Number(attr(td, 'data-failed'))).toBe(summary.totals.failed[ruleId]);
      expect(text(td)).toContain(`✓ ${summary.totals.passed[ruleId]}✗ ${summary.totals.failed[ruleId]}`);
    });
    expect(Number(text(one(foot, cls('errors'))))).toBe(summary.totals.errorCount);
    expect(Number(text(one(foot, cls('warnings'))))).toBe(summary.totals.warningCount);
    expect(text(one(tree, cls('overview')))).toBe(
      `共检查 25 份报告，${summary.totals.filesWithErrors} 份有错误；共 ${summary.totals.errorCount} 个错误、${summary.totals.warningCount} 个警告。`,
    );
  });

  it('the seeds give the verdicts of issue 3 in every format (the table is not trivially equal)', () => {
    const byStem = new Map<string, string>();
    for (const row of summary.rows) {
      const stem = path.basename(row.file).slice(0, 3);
      const marks = summary.columns.map(({ ruleId }) => MARKS[row.checks[ruleId] ?? '']).join('');
      if (byStem.has(stem)) expect(marks, row.file).toBe(byStem.get(stem));
      else byStem.set(stem, marks);
    }
    expect(new Set(byStem.values()).size).toBeGreaterThan(1);
    expect(summary.totals.failed['require-problems-and-causes']).toBeGreaterThan(0);
  });

  it('every section shows its report: the checklist of json, every finding, with the place and the legal basis', () => {
    const tree = parseHtml(page);
    const sections = all(tree, cls('report'));
    expect(sections).toHaveLength(results.length);
    sections.forEach((section, index) => {
      const result = results[index]!;
      const items = all(section, (element) => element.tagName === 'li' && attr(element, 'data-verdict') !== undefined);
      expect(items.map((li) => [attr(li, 'data-rule'), attr(li, 'data-verdict'), text(one(li, cls('mark')))])).toEqual(
        // In the summary's column order (the 督察工作规定's), which the summary test above pins.
        summary.columns.flatMap(({ ruleId }) => (result.checklist ?? []).filter((item) => item.ruleId === ruleId)).map((item) => [item.ruleId, item.status, MARKS[item.status]]),
      );
      const findings = all(section, cls('finding'));
      expect(findings).toHaveLength(result.messages.length);
      for (const finding of findings) expect(text(one(finding, cls('excerpt')))).toMatch(/^“.+”$/);
    });
    // The Word report 001: the place is its paragraph, the text at the problem is quoted, the rule's basis is shown.
    const docx = sections[results.findIndex((result) => result.filePath.endsWith('001_778d263dd7ed8752.docx'))]!;
    const terminology = one(docx, (element) => hasClass(element, 'group') && attr(element, 'data-rule') === 'terminology');
    expect(text(one(terminology, cls('finding')))).toBe('第7段“第责任人”用语不规范：“第责任人”应为“第一责任人”');
    expect(text(one(terminology, cls('basis')))).toContain('《党政主要负责人履行推进法治建设第一责任人职责规定》');
    const docs = one(terminology, cls('docs'));
    expect(attr(docs, 'href')).toMatch(/^file:\/\/.*\/rules\/terminology\.md$/);
    // The text file has excerpts too (json does not print them for text).
    const txt = sections[results.findIndex((result) => result.filePath.endsWith('001_778d263dd7ed8752.txt'))]!;
    expect(text(txt)).toContain('第7行第56列“第责任人”用语不规范');
  });
});

describe('the other formats are as they were', () => {
  it('json and stylish give a text file no excerpt; json-with-metadata has no basis', () => {
    const seed = 'fixtures/seeds/001_778d263dd7ed8752.txt';
    const [json] = JSON.parse(reportlint([seed, '-f', 'json']).stdout) as LintResult[];
    expect(json!.messages.every((message) => message.excerpt === undefined)).toBe(true);
    expect(reportlint([seed]).stdout).not.toContain('“第责任人”  ');
    const meta = JSON.parse(reportlint([seed, '-f', 'json-with-metadata']).stdout) as { metadata: { rulesMeta: Record<string, object> } };
    expect(Object.values(meta.metadata.rulesMeta).some((rule) => 'basis' in rule)).toBe(false);
  });

  it('html to stdout, and with --quiet only errors', () => {
    const run = reportlint(['fixtures/seeds/000_452fc7be030a272b.txt', '-f', 'html', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(run.stdout).toContain('按 --quiet 只列出了错误，没有列出警告。');
    expect(run.stdout).not.toContain('class="finding sev-warning"');
    expect(run.stdout).toContain('class="finding sev-error"');
  });
});
