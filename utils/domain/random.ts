/** A source of numbers in [0, 1), like `Math.random`; domain code takes one instead of calling it. */
export type RandomSource = () => number;

/**
 * A small, fast seeded generator (mulberry32): the same seed gives the same sequence on every run
 * and platform. Not for secrets; for picking acts reproducibly in tests and from a stored seed.
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
