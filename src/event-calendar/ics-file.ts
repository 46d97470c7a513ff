/**
 * What the calendar needs of its .ics files before a visitor asks for one:
 * the file name (rendered with each link); the writer itself (ics.ts) loads
 * on demand, a kilobyte that most visitors never download.
 */
import type { FeedEvent } from '../feed/types.js';
import { t } from '../i18n/text.js';
import { wallTime, zoneOffset } from '../time/parse.js';
import type { IcsOptions } from './ics.js';
import { addDays, place } from './layout.js';

/** A file name for an event's .ics: its id, any script's letters kept ("ბათუმი.ics"). */
export const icsFileName = (ev: FeedEvent) => `${ev.id.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'event'}.ics`;

/** The iCalendar text for `events`, once the writer has loaded. */
export const writeIcs = async (events: readonly FeedEvent[], o: IcsOptions): Promise<string> =>
  (await import('./ics.js')).toIcs(events, o, { t, wallTime, zoneOffset, addDays, place });
