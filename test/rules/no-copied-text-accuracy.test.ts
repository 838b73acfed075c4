/**
 * no-copied-text on reports nobody tuned it on (issue 13): copied variants of the fixture reports made by
 * scripts/lib/copy-variants.js (copied verbatim, renamed with new figures, a sentence added or dropped, sentences
 * reordered) must be found with their source; the reports of fixtures/, written separately, must share nothing that
 * counts — compared with each other as last year's reports would be.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/no-copied-text.js';
import { TextIndexBuilder } from '../../src/compare/text-index.js';
import { lintText } from '../../src/engine/lint-text.js';
import { lineIndexOf } from '../../src/engine/position.js';
import { addDocument } from '../../src/compare/documents.js';
import type { LintMessage, ResolvedConfig } from '../../src/types.js';
import { loadSources, makeCopiedVariants, TRANSFORMS } from '../../scripts/lib/copy-variants.js';

interface Source {
  name: string;
  text: string;
}
interface Copied {
  file: string;
  line: number;
  source: string;
  sourceLine: number;
  transform: string;
}

/** The rule at its default options: what users get. */
const defaults = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([name, option]) => [name, option.default]));
const config: ResolvedConfig = {
  rules: new Map([['no-copied-text', { rule, setting: { severity: 1, options: defaults } }]]),
  settings: {},
  sources: [],
};

const sources = loadSources('.') as Source[];
const stem = (name: string) => name.replace(/\.[^.]+$/, '');

function add(builder: TextIndexBuilder, name: string, text: string, reference: boolean): void {
  addDocument(builder, { path: name, name }, reference, { filePath: name, text, syntax: 'text' });
}

/** The copied paragraphs' findings, keyed by line. */
async function lintWith(name: string, text: string, others: readonly Source[]): Promise<Map<number, LintMessage>> {
  const builder = new TextIndexBuilder();
  for (const other of others) add(builder, other.name, other.text, true);
  add(builder, name, text, false);
  const result = await lintText({ filePath: name, text, syntax: 'text' }, config, { textIndex: builder.build() });
  return new Map(result.messages.map((message) => [message.line, message]));
}

describe('no-copied-text accuracy', () => {
  it('finds at least 95% of copied paragraphs with the right source, and nothing on the paragraphs written anew', async () => {
    expect(sources.length).toBeGreaterThanOrEqual(30);
    const { files, copied, fresh } = makeCopiedVariants({ sources, seed: 2026, count: 60 }) as {
      files: Source[];
      copied: Copied[];
      fresh: Array<{ file: string; line: number }>;
    };
    let found = 0;
    let rightSource = 0;
    const falseAlarms: string[] = [];
    const perTransform: Record<string, { total: number; found: number }> = {};
    for (const file of files) {
      const target = file.name.replace(/^copy-\d+-/, '').replace(/-from-.*$/, '');
      // Every other report is last year's pool: the right source must be picked out of all of them.
      const findings = await lintWith(file.name, file.text, sources.filter((source) => stem(source.name) !== target));
      for (const entry of copied.filter((c) => c.file === file.name)) {
        const tally = (perTransform[entry.transform] ??= { total: 0, found: 0 });
        tally.total += 1;
        const message = findings.get(entry.line);
        if (!message) continue;
        found += 1;
        tally.found += 1;
        // The source paragraph may start a line or two above the copied line (a heading or a broken line joined to it).
        const data = message.data as { source: string; sourceStart: number; sourceEnd: number };
        const sourceText = sources.find((source) => source.name === data.source)?.text ?? '';
        const lines = lineIndexOf(sourceText);
        const [from, to] = [lines.locate(data.sourceStart).line, lines.locate(data.sourceEnd).line];
        if (data.source === entry.source && from <= entry.sourceLine && entry.sourceLine <= to) rightSource += 1;
      }
      for (const line of fresh.filter((f) => f.file === file.name)) {
        const message = findings.get(line.line);
        if (message) falseAlarms.push(`${file.name}:${line.line} ${message.message}`);
      }
    }
    const total = copied.length;
    console.log(`no-copied-text: found ${found}/${total}, right source ${rightSource}, per transform ${JSON.stringify(perTransform)}`);
    expect(Object.keys(perTransform).sort()).toEqual([...TRANSFORMS].sort());
    expect(found / total).toBeGreaterThanOrEqual(0.95);
    expect(rightSource / total).toBeGreaterThanOrEqual(0.95);
    for (const [transform, { total: n, found: f }] of Object.entries(perTransform)) expect(f / n, transform).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toEqual([]);
  });

  it('the reports of fixtures/, written separately, share no paragraph when each is compared with all the others', async () => {
    const alarms: string[] = [];
    for (const source of sources) {
      const findings = await lintWith(source.name, source.text, sources.filter((other) => other !== source && stem(other.name) !== stem(source.name)));
      for (const message of findings.values()) alarms.push(`${source.name}:${message.line} ${message.message}`);
    }
    expect(alarms).toEqual([]);
  });
});
