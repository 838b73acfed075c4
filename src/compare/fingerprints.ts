/**
 * Fingerprints of a normalised paragraph (./normalise.ts): hashes of every run of K characters, thinned out by
 * winnowing (Schleimer, Wilkerson, Aiken 2003, as in MOSS): of each WINDOW consecutive hashes the smallest is kept.
 * Any passage of K + WINDOW − 1 characters that two texts share gives them a common fingerprint, while only about
 * 2 / (WINDOW + 1) of the hashes are stored. Hashes are 30 bits, so a fingerprint and a paragraph number fit in one
 * exact float64 (./text-index.ts).
 */

/** Characters per shingle: five Han characters are a phrase, rarely shared by chance. */
export const K = 5;
/** Shingles per winnowing window: shared passages of 8 characters or more are always seen. */
export const WINDOW = 4;
export const HASH_BITS = 30;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over the K code units starting at `at`. */
function shingleHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + K; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & HASH_MASK;
}

/** The paragraph's distinct fingerprints, in no particular order. */
export function fingerprints(normalised: string): number[] {
  const count = normalised.length - K + 1;
  if (count <= 0) return [];
  const hashes = new Array<number>(count);
  for (let i = 0; i < count; i += 1) hashes[i] = shingleHash(normalised, i);
  if (count <= WINDOW) return [...new Set([Math.min(...hashes)])];
  const chosen = new Set<number>();
  let lastAt = -1;
  for (let w = 0; w + WINDOW <= count; w += 1) {
    // The rightmost smallest hash of the window (winnowing's rule, so a window moving on keeps its choice).
    let at = w;
    for (let i = w + 1; i < w + WINDOW; i += 1) if (hashes[i]! <= hashes[at]!) at = i;
    if (at !== lastAt) {
      chosen.add(hashes[at]!);
      lastAt = at;
    }
  }
  return [...chosen];
}
