/**
 * A short, stable, unreadable name for a string (FNV-1a, 32 bits; another
 * `seed` gives another 32): storage keys that must not name a feed or a hotline.
 */
export function hash(s: string, seed = 0x811c9dc5): string {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
