/**
 * The feed contract (../shared/FEED.md, version 1) as TypeScript types.
 * These are the shapes *after* validation: every field here has been checked,
 * so renderers never see a wrong type.
 */

/** A plain string (same in every language) or a map from BCP 47 tag to text. */
export type LocalizedText = string | { readonly [lang: string]: string };

/** A calendar date `YYYY-MM-DD` or an RFC 3339 date-time, kept as written. */
export type DateString = string;

export interface Service {
  id: string;
  name: LocalizedText;
}

export interface NewsImage {
  src: string;
  alt?: LocalizedText;
}

export interface NewsLink {
  label: LocalizedText;
  url: string;
}

export interface NewsItem {
  id: string;
  published: DateString;
  updated?: DateString;
  title: LocalizedText;
  summary?: LocalizedText;
  body?: LocalizedText;
  url?: LocalizedText;
  image?: NewsImage;
  tags?: string[];
  links?: NewsLink[];
}

export type DayCode = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

export interface OpeningHours {
  days: DayCode[];
  /** "HH:MM", local time in the feed's timezone. */
  opens: string;
  closes: string;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Centre {
  id: string;
  name: LocalizedText;
  city: LocalizedText;
  address: LocalizedText;
  region?: LocalizedText;
  notes?: LocalizedText;
  location?: GeoPoint;
  phones?: string[];
  email?: string;
  url?: string;
  hours?: OpeningHours[];
  closed?: DateString[];
  services?: string[];
}

export interface EventLocation {
  name: LocalizedText;
  city: LocalizedText;
  address?: LocalizedText;
  lat?: number;
  lon?: number;
}

export interface FeedEvent {
  id: string;
  title: LocalizedText;
  start: DateString;
  end?: DateString;
  type?: string;
  description?: LocalizedText;
  location?: EventLocation;
  url?: string;
  cancelled?: boolean;
}

export interface Hotline {
  id: string;
  kind?: string;
  name: LocalizedText;
  phone: string;
  message?: LocalizedText;
  hours?: string;
  languages?: string[];
  free?: boolean;
}

export interface Feed {
  version: 1;
  languages: string[];
  timezone: string;
  updated?: DateString;
  services: Service[];
  news: NewsItem[];
  centres: Centre[];
  events: FeedEvent[];
  hotlines: Hotline[];
}

export type FeedList = 'services' | 'news' | 'centres' | 'events' | 'hotlines';
