import { html, type TemplateResult } from 'lit';
import { comma } from '../i18n/text.js';

/**
 * A zone named for a visitor whose clock is elsewhere: "Tbilisi time, UTC+4"
 * in the element's language (`tbilisi`, the caller's msg, so each element's
 * catalog holds it); another zone by its offset alone (its city name would be
 * English in every language). The offset (minutes east of UTC) is isolated
 * left to right, in the widget's digits, so it reads right in Persian: "UTC+۴".
 * (Apart from the zone arithmetic, which the banner's feed code carries.)
 */
export function utcNote(off: number, timeZone: string, tag: string, tbilisi: string): TemplateResult {
  // Persian's own digits, Latin ones in the six others (never the device's: a browser whose Intl lacks Georgian would use its own).
  const digits = /^fa\b/i.test(tag) ? tag : 'en';
  const utc = html`<bdi dir="ltr">UTC${off < 0 ? '−' : '+'}${Math.floor(Math.abs(off) / 60).toLocaleString(digits)}${off % 60 ? ':' + (Math.abs(off) % 60).toLocaleString(digits, { minimumIntegerDigits: 2 }) : ''}</bdi>`;
  return timeZone === 'Asia/Tbilisi' ? html`${tbilisi}${comma(tag)}${utc}` : utc;
}
