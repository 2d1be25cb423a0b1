/**
 * A small seeded linear congruential generator (Numerical Recipes constants) for the bench's own
 * choices: network shapes and the naive baseline's draws. The bench never uses `Math.random`, so
 * two runs time the same networks.
 */
export class Lcg {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in the open interval (0, 1). */
  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return (this.state + 0.5) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** `lo + (hi - lo)·u`, rounded to `digits` decimals so the CSV shows the same numbers. */
  between(lo: number, hi: number, digits = 2): number {
    const scale = 10 ** digits;
    return Math.round((lo + (hi - lo) * this.next()) * scale) / scale;
  }
}
