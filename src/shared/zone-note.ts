import type { TemplateResult } from 'lit';
import { deviceZone, zoneShift } from '../time/parse.js';
import { utcNote } from './utc-note.js';

export { deviceZone };

/**
 * The feed's zone as a note ("Tbilisi time, UTC+4", see utcNote) when the
 * visitor's clock is elsewhere at that moment: a migrant abroad reads the
 * calendar's times and the locator's hours as Tbilisi's, not their own.
 */
export function zoneNote(at: number, timeZone: string, tag: string, tbilisi: string, device = deviceZone): TemplateResult | undefined {
  const off = zoneShift(at, timeZone, device);
  return off === undefined ? undefined : utcNote(off, timeZone, tag, tbilisi);
}
