import 'server-only';

/** A small seeded PRNG (mulberry32): the same seed gives the same data set. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Index in [0, n) with a long tail: rank r has weight 1 / (r + 1)^s. */
  const zipfTable = new Map<string, number[]>();
  const zipf = (n: number, s = 1.1) => {
    const key = `${n}:${s}`;
    let cumulative = zipfTable.get(key);
    if (!cumulative) {
      cumulative = [];
      let total = 0;
      for (let r = 0; r < n; r++) cumulative.push((total += 1 / (r + 1) ** s));
      zipfTable.set(key, cumulative);
    }
    const target = next() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  return { next, int, pick, zipf, uuid };
}
export type Random = ReturnType<typeof createRandom>;
