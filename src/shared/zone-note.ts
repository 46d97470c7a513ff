import { html, type TemplateResult } from 'lit';
import { formatNumber } from '../i18n/numbers.js';
import { comma } from '../i18n/text.js';
import { zoneOffset } from '../time/parse.js';

/** The visitor's device zone (IANA). */
export const deviceZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The feed's zone, when the visitor's clock is elsewhere at that moment:
 * "Tbilisi time, UTC+4" in the element's language (`tbilisi`, the caller's
 * msg, so each element's catalog holds it); another zone by its offset alone
 * (its city name would be English in every language). The offset is isolated
 * left to right, so it reads right in Persian. A migrant abroad reads the
 * calendar's times and the locator's hours as Tbilisi's, not their own.
 */
export function zoneNote(at: number, timeZone: string, tag: string, tbilisi: string, device = deviceZone): TemplateResult | undefined {
  try {
    const here = device();
    if (here === timeZone || zoneOffset(at, here) === zoneOffset(at, timeZone)) return undefined;
  } catch {
    return undefined; // an unknown device zone: nothing to compare with
  }
  const off = zoneOffset(at, timeZone);
  // In the widget's digits: "UTC+۴" in Persian.
  const utc = html`<bdi dir="ltr">UTC${off < 0 ? '−' : '+'}${formatNumber(Math.floor(Math.abs(off) / 60), tag)}${off % 60 ? ':' + formatNumber(Math.abs(off) % 60, tag, { minimumIntegerDigits: 2 }) : ''}</bdi>`;
  return timeZone === 'Asia/Tbilisi' ? html`${tbilisi}${comma(tag)}${utc}` : utc;
}
