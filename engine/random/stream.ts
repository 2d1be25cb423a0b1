import { Sfc32 } from './sfc32.ts';

/** 32-bit FNV-1a hash of a string: turns a task, driver or risk id into a stream key. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The splitmix32 finaliser: a bijective mix of 32 bits with full avalanche. It reads only the low
 * 32 bits of `x` and returns them mixed as a signed 32-bit integer.
 */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) | 0;
}

/**
 * The generator of one independent stream, derived from (seed, block, key). Streams are keyed by
 * the global block index and the id of what is drawn (a task, driver or risk), so:
 * - a run split across workers in chunks of blocks gives results identical to one thread;
 * - two scenarios draw the same numbers for the tasks they share (common random numbers), so the
 *   difference between them reflects the change, not noise.
 */
export function streamFor(seed: number, block: number, key: number): Sfc32 {
  // Signed 32-bit arithmetic throughout (`| 0`): the same low 32 bits, and so the same streams,
  // as unsigned arithmetic, but no intermediate above 2^31. Such values made V8 throw away the
  // optimised code of every kernel stage that derives a stream, the first time one appeared.
  const seedLo = seed | 0;
  const seedHi = Math.floor(seed / 4294967296) | 0;
  const a = mix32(seedLo ^ 0x9e3779b9);
  const b = mix32((seedHi + mix32(block ^ 0x85ebca6b)) | 0);
  const c = mix32((key ^ mix32((a + 0xc2b2ae35) | 0)) | 0);
  return new Sfc32(a, b, c ^ block, mix32((key + block) | 0));
}
