/**
 * The same report gives the same outcomes whatever form it arrives in (issue 4, item 6).
 *
 * For each seed report in fixtures/seeds/ the script scripts/make-format-fixtures.js wrote a Word document, a portal
 * web page (navigation, breadcrumb, 发布时间/访问量 line, share buttons, footer, scripts around it), a PDF made from
 * the Word document by LibreOffice (running header, — N — page numbers), a second PDF in the 公文 layout (justified,
 * first-line indents, no blank lines: paragraphs recognisable by their indent only), a GB18030 text file and a
 * UTF-16 LE text file with BOM. Each is read by src/read and linted with every built-in rule; the set of (rule, number of
 * diagnostics) must equal that of the UTF-8 seed.
 *
 * Every built-in rule is compared, not only the content rules. A rule may be left out below (FORM_SENSITIVE) only
 * when a form legitimately changes what it sees — and that must be written down there with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint-text.js';
import { readDocument } from '../src/read/index.js';
import type { LintMessage } from '../src/types.js';
import { recommendedConfig } from './rule-tester.js';

const FORMS = ['docx', 'html', 'pdf', 'indent.pdf', 'gb18030.txt', 'utf16le.txt'] as const;

/**
 * Rules whose outcome may differ in a form, with the reason. Empty today: every built-in rule gives the same
 * counts in every form. Candidates if they appear: rules about spaces (HTML collapses runs of spaces; the PDF
 * reader drops the layout gap between Chinese and digits; Word paragraphs lose leading ASCII spaces).
 */
const FORM_SENSITIVE: Readonly<Partial<Record<(typeof FORMS)[number], Readonly<Record<string, string>>>>> = {};

const seeds = readdirSync('fixtures/seeds')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))
  .sort();

function outcome(messages: readonly LintMessage[], skip: Readonly<Record<string, string>> = {}): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const message of messages) {
    const id = message.ruleId ?? '(fatal)';
    if (id in skip) continue;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** The paragraphs' text, whitespace and Markdown markup aside (# headings, **bold** one-line paragraphs, escapes). */
function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u3000]/g, '').replace(/^#+/, '').replace(/^\*\*(.*)\*\*$/, '$1').replace(/\\(?=[\\`*_[\]<&#>+\-.!)=~|])/g, ''))
    .filter(Boolean);
}

describe.each(seeds)('%s in every form', (seed) => {
  const config = recommendedConfig();
  const baseline = (async () => {
    const document = await readDocument(`fixtures/seeds/${seed}.txt`);
    const result = await lintText(document, config);
    return { document, messages: result.messages };
  })();

  it.each(FORMS)('.%s: the same paragraphs and the same (rule, count) outcome as the UTF-8 text', async (form) => {
    const { document: expectedDocument, messages: expectedMessages } = await baseline;
    const document = await readDocument(`fixtures/formats/${seed}.${form}`);
    expect(paragraphs(document.text)).toEqual(paragraphs(expectedDocument.text));

    const result = await lintText(document, config);
    expect(result.messages.filter((message) => message.fatal)).toEqual([]);
    const skip = FORM_SENSITIVE[form] ?? {};
    expect(outcome(result.messages, skip)).toEqual(outcome(expectedMessages, skip));

    // Word and PDF diagnostics say where to look in the original: paragraph, or page and line.
    for (const message of result.messages) {
      if (form === 'docx') expect(message.paragraph, message.message).toBeGreaterThan(0);
      if (form.endsWith('pdf')) {
        expect(message.page, message.message).toBeGreaterThan(0);
        expect(message.pageLine, message.message).toBeGreaterThan(0);
      }
    }
  });

  it('the text forms decode to exactly the seed text', async () => {
    const seedText = readFileSync(`fixtures/seeds/${seed}.txt`, 'utf8');
    for (const form of ['gb18030.txt', 'utf16le.txt']) {
      expect((await readDocument(`fixtures/formats/${seed}.${form}`)).text, form).toBe(seedText);
    }
  });
});
