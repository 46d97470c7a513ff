/**
 * Search that finds "ქუთაისი" whether the visitor types it in Georgian script
 * or in Latin letters. Georgian is romanised with the national system (2002),
 * the one on Georgian road signs and passports; the apostrophes that mark
 * ejectives (k', t', p', ts', ch', q') are dropped, as people drop them when they type.
 */

// Mkhedruli ა (U+10D0) … ჰ (U+10F0), in code point order, then the archaic ჱ ჲ ჳ ჴ ჵ ჶ.
const LATIN =
  'a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h e y w q o f'.split(' ');

const GEORGIAN = /[\u10d0-\u10f6\u1c90-\u1cb6]/g;

/** Georgian letters in the national romanisation; other text unchanged. Mtavruli capitals count as their small letters. */
export function romanize(s: string): string {
  // One native pass over the string: hundreds of centres are keyed at once.
  return s.replace(GEORGIAN, (ch) => {
    const c = ch.charCodeAt(0);
    return LATIN[c - (c >= 0x1c90 ? 0x1c90 : 0x10d0)]!;
  });
}

/** The form both the query and the searched text are compared in: romanised, lower case, without accents, apostrophes or extra spaces. */
export function searchKey(s: string): string {
  return romanize(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’ʼ`]/g, '')
    .toLowerCase()
    .replace(/[\s,.;:()\-–—/]+/g, ' ')
    .trim();
}
