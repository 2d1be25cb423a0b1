/** Seed of every benchmark run, so that runs on different days simulate the same draws. */
export const SEED = 20_240_601;
