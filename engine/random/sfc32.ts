/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 32-bit), the engine's only source of
 * randomness. It passes PractRand to 2^42 bytes and is fast in V8 because all its arithmetic stays
 * in 32-bit integers. Every draw in the engine comes from an `Sfc32` made by `streamFor`, never
 * from `Math.random`.
 *
 * The state lives in an Int32Array rather than four number fields: V8 would box int32 values that
 * do not fit a Smi, and hot loops that load boxed state fall back to float arithmetic (5× slower,
 * measured with bench/).
 */
export class Sfc32 {
  /** [a, b, c, counter]; hot loops copy these into locals and write them back. */
  readonly state = new Int32Array(4);

  constructor(a: number, b: number, c: number, counter: number) {
    const s = this.state;
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = counter;
    // Discard the first outputs, as the reference implementation does, so that similar seeds
    // give unrelated sequences.
    for (let i = 0; i < 15; i++) this.nextU32();
  }

  /** Next 32-bit output as a signed int32 (use `>>> 0` for unsigned). */
  nextU32(): number {
    const s = this.state;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t;
  }

  /** Uniform draw in the open interval (0, 1): never exactly 0 or 1, so logs are safe. */
  nextFloat(): number {
    return ((this.nextU32() >>> 0) + 0.5) * 2.3283064365386963e-10;
  }
}
