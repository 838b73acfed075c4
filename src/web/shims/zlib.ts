/**
 * `node:zlib`'s inflateRawSync in the browser build (fflate), with Node's `maxOutputLength` cap: the Word reader
 * relies on it to stop a zip bomb after one byte more than the part declares, never after the whole expansion.
 */
import { Inflate } from 'fflate';

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Uint8Array {
  const limit = options.maxOutputLength ?? Number.POSITIVE_INFINITY;
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length > limit) {
      const error = new RangeError('Cannot create a Buffer larger than maxOutputLength') as RangeError & { code: string };
      error.code = 'ERR_BUFFER_TOO_LARGE';
      throw error;
    }
    chunks.push(chunk);
  });
  // Small pieces, so the cap is checked as the output grows rather than after one huge chunk.
  const step = 16 * 1024;
  for (let at = 0; at < data.length; at += step) inflate.push(data.subarray(at, at + step), at + step >= data.length);
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  const out = Buffer.alloc(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export default { inflateRawSync };
