import type { Sfc32 } from './sfc32.ts';

/*
 * Standard normal draws by Marsaglia & Tsang's ziggurat (J. Stat. Softw. 5(8), 2000) with 128
 * layers, driven by sfc32 instead of SHR3. About 99% of draws cost one 32-bit output, one table
 * look-up and one multiply; the rest fall back to the exact wedge and tail tests.
 */
const LAYERS = 128;
const R = 3.442619855899;
const V = 9.91256303526217e-3;
const M1 = 2147483648;

/** Ziggurat tables, exported for the inlined fast paths of the samplers. */
export const kn = new Int32Array(LAYERS);
export const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);

{
  let dn = R;
  let tn = dn;
  const q = V / Math.exp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * M1);
  kn[1] = 0;
  wn[0] = q / M1;
  wn[LAYERS - 1] = dn / M1;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * M1);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / M1;
  }
}

/** One standard normal draw. */
export function standardNormal(rng: Sfc32): number {
  const hz = rng.nextU32();
  const iz = hz & 127;
  if (Math.abs(hz) < kn[iz]!) return hz * wn[iz]!;
  return normalSlowPath(rng, hz);
}

/**
 * The rare part of a ziggurat draw whose first output `hz` fell outside its layer's rectangle.
 * Samplers that inline the fast path (`Math.abs(hz) < kn[hz & 127]` → `hz * wn[hz & 127]`) call
 * this with the generator's state written back.
 */
export function normalSlowPath(rng: Sfc32, firstOutput: number): number {
  let hz = firstOutput;
  let iz = hz & 127;
  for (;;) {
    if (iz === 0) {
      // Tail beyond R: Marsaglia's exponential rejection.
      let x: number;
      let y: number;
      do {
        x = -Math.log(rng.nextFloat()) / R;
        y = -Math.log(rng.nextFloat());
      } while (y + y < x * x);
      return hz > 0 ? R + x : -R - x;
    }
    const x = hz * wn[iz]!;
    if (fn[iz]! + rng.nextFloat() * (fn[iz - 1]! - fn[iz]!) < Math.exp(-0.5 * x * x)) return x;
    hz = rng.nextU32();
    iz = hz & 127;
    if (Math.abs(hz) < kn[iz]!) return hz * wn[iz]!;
  }
}
