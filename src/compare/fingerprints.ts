/**
 * Fingerprints of a normalised paragraph (./normalise.ts): hashes of every run of K characters, thinned out by
 * winnowing (Schleimer, Wilkerson, Aiken 2003, as in MOSS): of each WINDOW consecutive hashes the smallest is kept.
 * Any passage of K + WINDOW − 1 characters that two texts share gives them a common fingerprint, while only about
 * 2 / (WINDOW + 1) of the hashes are stored. Hashes are 30 bits: the index sorts them in two radix passes of 15
 * (./text-index.ts).
 */

/** Characters per shingle: five Han characters are a phrase, rarely shared by chance. `fingerprints` is unrolled for 5. */
export const K = 5;
/** Shingles per winnowing window: shared passages of 8 characters or more are always seen. */
export const WINDOW = 4;
export const HASH_BITS = 30;
const HASH_MASK = (1 << HASH_BITS) - 1;

/**
 * Scratch space reused from call to call (a paragraph is fingerprinted for every report of a run): the text's code
 * units, its shingles' hashes, and an open-addressing set of the hashes chosen so far, whose slots count as filled
 * only when stamped with the current call's number.
 */
let codes = new Uint16Array(1024);
let hashes = new Uint32Array(1024);
let slots = new Uint32Array(2048);
let stamps = new Uint32Array(2048);
let stamp = 0;

/** The paragraph's distinct fingerprints, in the order winnowing first chooses them. */
export function fingerprints(normalised: string): number[] {
  const length = normalised.length;
  const count = length - K + 1;
  if (count <= 0) return [];
  if (codes.length < length) {
    codes = new Uint16Array(powerOfTwoAtLeast(length));
    hashes = new Uint32Array(codes.length);
  }
  for (let i = 0; i < length; i += 1) codes[i] = normalised.charCodeAt(i);
  // FNV-1a over the K (= 5) code units of each shingle.
  for (let i = 0; i < count; i += 1) {
    let hash = 0x811c9dc5;
    hash = Math.imul(hash ^ codes[i]!, 0x01000193);
    hash = Math.imul(hash ^ codes[i + 1]!, 0x01000193);
    hash = Math.imul(hash ^ codes[i + 2]!, 0x01000193);
    hash = Math.imul(hash ^ codes[i + 3]!, 0x01000193);
    hash = Math.imul(hash ^ codes[i + 4]!, 0x01000193);
    hashes[i] = (hash >>> 0) & HASH_MASK;
  }
  if (count <= WINDOW) {
    let smallest = hashes[0]!;
    for (let i = 1; i < count; i += 1) if (hashes[i]! < smallest) smallest = hashes[i]!;
    return [smallest];
  }
  if (slots.length < count * 2) {
    slots = new Uint32Array(powerOfTwoAtLeast(count * 2));
    stamps = new Uint32Array(slots.length);
  }
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 0;
  }
  stamp += 1;
  const mask = slots.length - 1;
  const chosen: number[] = [];
  let lastAt = -1;
  for (let w = 0; w + WINDOW <= count; w += 1) {
    // The rightmost smallest hash of the window (winnowing's rule, so a window moving on keeps its choice).
    let at = w;
    for (let i = w + 1; i < w + WINDOW; i += 1) if (hashes[i]! <= hashes[at]!) at = i;
    if (at === lastAt) continue;
    lastAt = at;
    const hash = hashes[at]!;
    let slot = hash & mask;
    while (stamps[slot] === stamp && slots[slot] !== hash) slot = (slot + 1) & mask;
    if (stamps[slot] !== stamp) {
      stamps[slot] = stamp;
      slots[slot] = hash;
      chosen.push(hash);
    }
  }
  return chosen;
}

function powerOfTwoAtLeast(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(2, n)));
}
