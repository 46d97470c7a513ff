import type { LocalizedText } from '../feed/types.js';
import { isRtl, primaryTag as primary } from './locale.js';

/** A feed text in the language it was picked in (set as `lang` when it differs from the widget's). */
export interface PickedText {
  text: string;
  lang: string;
}

/**
 * FEED.md's fallback: the widget's language, then the feed's languages in
 * order, then any value. Never an empty string when a fallback exists.
 */
export function pick(value: LocalizedText | undefined, lang: string, feedLanguages: readonly string[] = []): PickedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: '' };
  const keys = Object.keys(value);
  const find = (want: string) => keys.find((k) => k.toLowerCase() === want.toLowerCase()) ?? keys.find((k) => primary(k) === primary(want));
  for (const want of [lang, ...feedLanguages]) {
    const k = find(want);
    if (k && value[k]) return { text: value[k]!, lang: k };
  }
  const k = keys.find((key) => value[key]);
  return k ? { text: value[k]!, lang: k } : undefined;
}

/** The list comma of the widget's language: Persian writes "،". */
export const comma = (tag: string) => (isRtl(tag) ? '، ' : ', ');

/** A label's colon: Armenian writes "՝" (Լեզուներ՝), the others ":". */
export const colon = (tag: string) => (/^hy\b/i.test(tag) ? '՝' : ':');

/** The text alone. */
export const t = (value: LocalizedText | undefined, lang: string, feedLanguages?: readonly string[]) =>
  pick(value, lang, feedLanguages)?.text ?? '';

/** The `lang` attribute a piece of feed text needs inside a widget rendering in `widgetLang`. */
export const langAttr = (p: PickedText | undefined, widgetLang: string) =>
  p && p.lang && primary(p.lang) !== primary(widgetLang) ? p.lang : undefined;

/**
 * The `dir` a piece of feed text needs: its language's direction when the feed
 * says which language it is (a Persian title that opens with "(IOM)" is still
 * right to left); for a plain string, right to left when most of its letters
 * are Hebrew or Arabic (a Persian-only feed writes "IOM و …", whose first
 * letter is Latin; an English line may name an association in Persian), else
 * `auto`, from its first strong letter.
 */
export const dirAttr = (p: PickedText | undefined): 'rtl' | 'ltr' | 'auto' =>
  p?.lang ? (isRtl(p.lang) ? 'rtl' : 'ltr') : rtlMostly(p?.text ?? '') ? 'rtl' : 'auto';

const rtlMostly = (s: string) => s.replace(/[^\u0590-\u08ff]/g, '').length * 2 > s.replace(/\P{L}/gu, '').length;
