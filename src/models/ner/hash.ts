/** 32-bit hashing for feature hashing: FNV-1a over strings, murmur3's finaliser to mix ints. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine a feature template id with one or two atom hashes. */
export function mix1(template: number, a: number): number {
  return fmix(Math.imul(template, 0x9e3779b1) ^ a);
}

export function mix2(template: number, a: number, b: number): number {
  return fmix(Math.imul(fmix(Math.imul(template, 0x9e3779b1) ^ a), 0x27d4eb2d) ^ b);
}
