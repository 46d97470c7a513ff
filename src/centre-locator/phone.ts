/**
 * Phone numbers as Georgians write them. The feed holds E.164 (+995322600955)
 * or a short code (112); we show the national form and dial the E.164 one.
 */

/**
 * The national way of writing a number: Tbilisi landlines "032 2 60 09 55",
 * other landlines "0431 24 11 22" (0 + three-digit area code), mobiles
 * "599 12 34 56", toll-free "0800 10 10 10". Short codes and numbers abroad as they are.
 */
export function formatPhone(phone: string): string {
  if (!phone.startsWith('+')) return phone;
  // Abroad: without each country's plan, the E.164 form is the clearest.
  if (!phone.startsWith('+995') || phone.length !== 13) return phone;
  const n = phone.slice(4); // nine digits
  const pairs = (s: string) => s.replace(/(\d\d)(?=\d)/g, '$1 ');
  if (n.startsWith('5')) return `${n.slice(0, 3)} ${pairs(n.slice(3))}`;
  if (n.startsWith('32')) return `032 ${n[2]} ${pairs(n.slice(3))}`;
  return `0${n.slice(0, 3)} ${pairs(n.slice(3))}`;
}

/** The `tel:` link: E.164 as stored (a short code stays a short code). */
export const telHref = (phone: string) => `tel:${phone}`;
