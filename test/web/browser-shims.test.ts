/**
 * The Node built-ins the browser build replaces (src/web/shims/), checked against Node's own: the Word reader's zip
 * bomb defence relies on inflateRawSync stopping one byte past the declared size, in the page as in the CLI.
 */
import { deflateRawSync, inflateRawSync as nodeInflate } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from '../../src/web/shims/zlib.js';
import { existsSync, readFileSync } from '../../src/web/shims/fs.js';
import { readFile, stat } from '../../src/web/shims/fs-promises.js';
import { createRequire } from '../../src/web/shims/module.js';
import { virtualFiles } from '../../src/web/shims/vfs.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? 'thrown';
  }
}

describe('zlib shim (fflate)', () => {
  it('inflates what Node deflates, byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.integer({ min: 0, max: 9 }), (data, level) => {
        const compressed = deflateRawSync(data, { level });
        expect(Buffer.from(inflateRawSync(compressed)).equals(nodeInflate(compressed))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('stops past maxOutputLength with Node\'s error code, as Node does', () => {
    const bomb = deflateRawSync(Buffer.alloc(5_000_000));
    for (const limit of [1, 1000, 4_999_999]) {
      expect(codeOf(() => inflateRawSync(bomb, { maxOutputLength: limit }))).toBe('ERR_BUFFER_TOO_LARGE');
      expect(codeOf(() => nodeInflate(bomb, { maxOutputLength: limit }))).toBe('ERR_BUFFER_TOO_LARGE');
    }
    expect(inflateRawSync(bomb, { maxOutputLength: 5_000_001 }).length).toBe(5_000_000);
  });

  it('throws on corrupt or truncated data, never returns garbage silently', () => {
    const compressed = deflateRawSync(Buffer.from('法治政府建设'.repeat(500)));
    expect(codeOf(() => inflateRawSync(compressed.subarray(0, compressed.length - 5)))).toBeDefined();
    expect(codeOf(() => inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff])))).toBeDefined();
  });
});

describe('file system shims', () => {
  it('serve the virtual config files and nothing else', async () => {
    virtualFiles.clear();
    virtualFiles.set('/config/.reportlintrc.yaml', 'rules: {}\n');
    expect(existsSync('/config/.reportlintrc.yaml')).toBe(true);
    expect(existsSync('/etc/passwd')).toBe(false);
    expect(readFileSync('/config/.reportlintrc.yaml')).toBe('rules: {}\n');
    expect(await readFile('/config/.reportlintrc.yaml')).toBe('rules: {}\n');
    await expect(readFile('/config/missing.yaml')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat('/config/.reportlintrc.yaml')).rejects.toMatchObject({ code: 'ENOTSUP' });
    virtualFiles.clear();
  });

  it('require hands out only the two bundled packages', () => {
    const require = createRequire();
    expect((require('iconv-lite') as { encodingExists(name: string): boolean }).encodingExists('gb18030')).toBe(true);
    expect(typeof (require('@xmldom/xmldom') as { DOMParser: unknown }).DOMParser).toBe('function');
    expect(() => require('child_process')).toThrow(/not available in the browser page/);
  });
});
