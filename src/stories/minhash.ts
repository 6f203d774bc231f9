/**
 * MinHash signatures and LSH bands. A signature keeps, for each of `HASHES` hash functions,
 * the smallest hash over a set of shingles; the share of equal positions in two signatures
 * estimates the Jaccard similarity of the two sets. Bands of `ROWS` positions hashed together
 * make the buckets: two sets land in a common bucket with probability 1 − (1 − J^ROWS)^BANDS.
 */

/** Number of hash functions in a signature. */
export const HASHES = 120;
/** Positions per band: 40 bands of 3 give a 0.5 chance of a shared bucket at J ≈ 0.27, 0.98 at J = 0.45. */
export const ROWS = 3;
export const BANDS = HASHES / ROWS;

/** FNV-1a, 32 bits, over the UTF-16 code units of a string: fast, stable across runs and machines. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// One fixed seed per hash function, derived from its index, so signatures never change between runs.
const SEEDS: readonly number[] = Array.from({ length: HASHES }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/** The MinHash signature of a set of shingle hashes; an empty set gives all-maximum positions. */
export function signatureOf(shingles: Iterable<number>): number[] {
  const signature = new Array<number>(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix32(shingle ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two sets behind two signatures. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) equal++;
  return equal / HASHES;
}

/**
 * The LSH bucket keys of a signature, one per band: "band:hash", e.g. "7:1a2b3c4d".
 * An empty signature has no buckets (it would collide with every other empty one).
 */
export function bandsOf(signature: readonly number[]): string[] {
  if (signature.every((h) => h === 0xffffffff)) return [];
  const bands: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row++) h = mix32(Math.imul(h, 0x01000193) ^ signature[band * ROWS + row]!);
    bands.push(`${band}:${h.toString(16)}`);
  }
  return bands;
}
