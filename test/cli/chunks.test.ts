/** src/cli/chunks.ts: the pieces' text, unchanged, in chunks of about the size asked; a piece that long on its own. */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { inChunks } from '../../src/cli/chunks.js';

test.prop([fc.array(fc.string({ maxLength: 40 }), { maxLength: 60 }), fc.integer({ min: 1, max: 64 })])(
  'gives the same text; a chunk is joined only up to the size, and a piece of the size or more is passed on as it is',
  (pieces, size) => {
    const chunks = [...inChunks(pieces, size)];
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.every((chunk) => chunk !== '')).toBe(true);
    for (const piece of pieces) if (piece.length >= size) expect(chunks).toContain(piece);
    // A chunk built of small pieces ends as soon as it reaches the size: it is shorter than size plus one more piece.
    for (const chunk of chunks) if (!pieces.includes(chunk)) expect(chunk.length).toBeLessThan(2 * size);
  },
);
