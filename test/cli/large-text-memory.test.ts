/**
 * src/cli/large-text-memory.ts: a large file sizes V8's heap for memory (issue 11: peak memory at most 40× the file),
 * a small one leaves it alone. The peaks themselves are measured by `npm run bench`, not here.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportlint, ROOT } from './run-cli.js';
import { LARGE_TEXT } from '../../src/cli/large-text-memory.js';

// Hoisted with vi.mock, which runs before the imports above.
const { setFlagsFromString } = vi.hoisted(() => ({ setFlagsFromString: vi.fn() }));
vi.mock('node:v8', () => ({ setFlagsFromString }));

afterEach(() => {
  setFlagsFromString.mockClear();
  vi.resetModules();
});

describe('sizeHeapForText', () => {
  it('sets the flags once, from the first text of LARGE_TEXT characters on', async () => {
    const { LARGE_TEXT, LARGE_TEXT_FLAGS, sizeHeapForText } = await import('../../src/cli/large-text-memory.js');
    sizeHeapForText(30_000);
    sizeHeapForText(LARGE_TEXT - 1);
    expect(setFlagsFromString).not.toHaveBeenCalled();
    sizeHeapForText(LARGE_TEXT);
    expect(setFlagsFromString.mock.calls.map(([flag]) => flag)).toEqual([...LARGE_TEXT_FLAGS]);
    sizeHeapForText(LARGE_TEXT * 4);
    expect(setFlagsFromString).toHaveBeenCalledTimes(LARGE_TEXT_FLAGS.length);
  });

  it('stops the young generation growing when set in a running process (real V8, in a fresh process)', () => {
    // Many objects that survive make V8 grow its young generation (to 32 MB in Node 20) unless the flag is set.
    const script = (pin: boolean) => `
      import { getHeapSpaceStatistics } from 'node:v8';
      const { sizeHeapForText, LARGE_TEXT } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/src/cli/large-text-memory.js')).href)});
      ${pin ? 'sizeHeapForText(LARGE_TEXT);' : ''}
      const kept = [];
      for (let i = 0; i < 600000; i += 1) kept.push({ i, s: String(i) });
      console.log(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size, kept.length);`;
    const youngGeneration = (pin: boolean) => {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script(pin)], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return Number(run.stdout.split(' ')[0]);
    };
    const grown = youngGeneration(false);
    const kept = youngGeneration(true);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(grown).toBeGreaterThan(2 * kept);
  });
});

describe('the CLI', () => {
  // Loaded before the CLI, this prints the young generation's size as the process exits.
  const PRINT_YOUNG_GENERATION =
    'data:text/javascript,import v8 from "node:v8"; process.on("exit", () => process.stderr.write("new_space " + ' +
    'v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size + "\\n"));';

  /**
   * The young generation at the end of a CLI run on `headings` Markdown headings, and the file's length; with
   * `beside`, on a folder holding a small report too (no-copied-text then reads both for the run's text index first).
   */
  function youngGenerationAfter(headings: number, beside = false): { bytes: number; characters: number } {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-heap-'));
    try {
      const text = Array.from({ length: headings }, (_, i) => `## 一、2025年法治政府建设主要举措${i}\n`).join('');
      mkdirSync(path.join(dir, 'in'));
      writeFileSync(path.join(dir, 'in', 'report.md'), text);
      if (beside) copyFileSync(path.join(ROOT, 'fixtures/seeds/001_778d263dd7ed8752.txt'), path.join(dir, 'in', 'small.txt'));
      const target = beside ? 'in' : 'in/report.md';
      const run = reportlint([target, '--no-config-lookup', '-f', 'json', '-o', 'out.json'], { cwd: dir, nodeArgs: ['--import', PRINT_YOUNG_GENERATION] });
      expect(run.code).toBe(1);
      const printed = /new_space (\d+)/.exec(run.stderr);
      expect(printed).not.toBeNull();
      return { bytes: Number(printed?.[1]), characters: text.length };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('keeps the young generation small on a file of LARGE_TEXT characters or more, not on one just below', () => {
    const below = youngGenerationAfter(9_800);
    const above = youngGenerationAfter(20_000);
    expect(below.characters).toBeLessThan(LARGE_TEXT);
    expect(above.characters).toBeGreaterThanOrEqual(LARGE_TEXT);
    // Left to itself V8 grows it to 32 MB on the smaller file already; the larger keeps its first few MB.
    expect(below.bytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(above.bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('sizes the heap already when a large file is read for the run\'s text index, before it is linted', () => {
    // Were it sized only when the file is linted, the index stage would have grown the young generation by then.
    expect(youngGenerationAfter(20_000, true).bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
