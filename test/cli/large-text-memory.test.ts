/**
 * src/cli/large-text-memory.ts: a large file sizes V8's heap for memory (issue 11: peak memory at most 40× the file),
 * a small one leaves it alone. The peaks themselves are measured by `npm run bench`, not here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from './run-cli.js';

const setFlagsFromString = vi.fn();
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

  it('keeps the young generation at its size in a running process (in real V8: a new process)', () => {
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
