import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/errors.js';
import { readText } from '../../src/read/index.js';

/** Deterministic pseudo-random bytes. */
function bytes(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out[index] = state >> 16;
  }
  return out;
}

describe('readers on odd input: a ReadError or a document, never a crash', () => {
  for (const name of ['x.txt', 'x.md', 'x.html', 'x.docx', 'x.pdf']) {
    it(name, async () => {
      for (const input of [Buffer.alloc(0), bytes(1, 64), bytes(2, 4096), Buffer.from('%PDF-1.4\n'), Buffer.from('PK\u0003\u0004')]) {
        try {
          const document = await readText(input, name);
          expect(typeof document.text).toBe('string');
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(ReadError);
          expect((error as ReadError).message).toContain(name);
        }
      }
    });
  }
});
