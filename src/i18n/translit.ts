/**
 * Search that finds "ქუთაისი" whether the visitor types it in Georgian script,
 * in Latin letters, in Cyrillic ("Кутаиси") or in Armenian ("Քութայիսի").
 * Georgian is romanised with the national system (2002), the one on Georgian
 * road signs and passports; the apostrophes that mark ejectives (k', t', p',
 * ts', ch', q') are dropped, as people drop them when they type. Russian and
 * Armenian, as they write Georgian place names, come out the same: Тбилиси,
 * Батуми, Телави, Ахалцихе; Թբիլիսի, Բաթումի, Թելավի (ու is u, and the glide յ
 * is silent wherever it stands, which a search loses nothing by: Քութայիսի,
 * kutaisi).
 */

// Mkhedruli ა (U+10D0) … ჰ (U+10F0), in code point order, then the archaic ჱ ჲ ჳ ჴ ჵ ჶ;
// then small Cyrillic а (U+0430) … я (ъ and ь silent), ѐ ё; then small Armenian ա (U+0561) … և.
const LATIN =
  'a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h e y w q o f a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya e e a b g d e z e y t zh i l kh ts k h dz gh ch m  n sh o ch p j r s v t r ts v p k o f ev'.split(' ');

const LETTERS = /[\u0430-\u0451\u0561-\u0587\u10d0-\u10f6\u1c90-\u1cb6]/g;

/**
 * Georgian, small Cyrillic and small Armenian letters in Latin ones; other
 * text unchanged. Mtavruli capitals count as their small letters.
 */
export function romanize(s: string): string {
  // One native pass over the string (and one for ու): hundreds of centres are keyed at once.
  return s.replace(/ու/g, 'u').replace(LETTERS, (ch) => {
    const c = ch.charCodeAt(0);
    // Cyrillic from index 39 (0x430 − 39 = 0x409), Armenian from 73 (0x561 − 73 = 0x518), Mtavruli on Mkhedruli.
    return LATIN[c - (c < 0x452 ? 0x409 : c < 0x588 ? 0x518 : c >= 0x1c90 ? 0x1c90 : 0x10d0)]!;
  });
}

/** The form both the query and the searched text are compared in: romanised, lower case, without accents, apostrophes or extra spaces. */
export function searchKey(s: string): string {
  // Lower case first: Cyrillic capitals are romanised as small letters.
  return romanize(s.toLowerCase())
    .normalize('NFD')
    // Arabic keyboards, which many Persian writers use, type ي ى ك for Persian's ی and ک (after NFD, which makes ئ a ي).
    // Turkish and Azerbaijani ı has no plain letter in it (Bakı, Danışma), and "DANIŞMA" lower-cases to "danişma": both fold to i.
    .replace(/[يىكı]/g, (c) => (c === 'ك' ? 'ک' : c === 'ı' ? 'i' : 'ی'))
    .replace(/[\u0300-\u036f'’ʼ`]/g, '')
    .replace(/[\s,.;:()\-–—/]+/g, ' ')
    .trim();
}
