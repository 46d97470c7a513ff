/**
 * JSON Feed 1.1, RSS 2.0 (and 1.0) and Atom mapped to our feed (news only),
 * read as feed readers read what CMSes really export. The result goes
 * through the same validator as our own format, so every rule holds.
 */
import { parseInert } from '../trusted-types.js';
import type { LocalizedText } from '../types.js';

type Doc = Record<string, unknown>;
type Item = Record<string, unknown>;

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'PRE', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'HEADER', 'FOOTER', 'ASIDE', 'CAPTION']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'HEAD', 'BUTTON', 'SELECT']);
/** WordPress (Yoast) closes every post of a feed with this line: no part of the news. */
const APPEARED_FIRST = /(?:^|\n\n)The post .+ appeared first on .+$/;
/**
 * A CMS's own "read more" link in a teaser (WordPress's `more-link`, Drupal's
 * `node-readmore`, themes' `read-more`): the widget has its own button, and
 * the theme's words are in the site's language, not the visitor's.
 */
const READ_MORE = /\b(?:more-link|(?:node-)?read-?more)\b/i;
/** The ellipsis a teaser ends with ("[…]", WordPress's excerpt; "…", "..."): the text goes on in the body. */
const TEASER_END = /\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$/;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MEDIA_NS = 'http://search.yahoo.com/mrss/';

interface Read {
  text: string;
  /** The first picture of the HTML that is one (not a 1×1 tracking pixel, not a data: URL). */
  img?: { src: string; alt?: string };
}

/** The text of a node's HTML or XHTML, paragraphs kept (blank line between blocks), and its first picture. Nothing is executed or loaded. */
function readNode(root: Node): Read {
  let text = '';
  let img: Read['img'];
  let imgEl: Element | undefined;
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 || c.nodeType === 4) text += (c.nodeValue ?? '').replace(/\s+/g, ' ');
      else if (c.nodeType === 1) {
        const el = c as Element;
        // By local name: XHTML in an Atom feed may be prefixed (xhtml:p), and an inline <svg> is lower case.
        const tag = el.localName.toUpperCase();
        if (SKIP.has(tag) || READ_MORE.test(el.getAttribute('class') ?? '')) continue;
        // The caption of the picture taken as the item's: its description, not a line of the text.
        if (tag === 'FIGCAPTION' && imgEl && el.parentElement?.contains(imgEl)) {
          img!.alt ??= el.textContent?.trim() || undefined;
          continue;
        }
        if (tag === 'IMG' && !img) {
          const src = el.getAttribute('src')?.trim();
          const tiny = (a: string) => Number(el.getAttribute(a)) > 0 && Number(el.getAttribute(a)) < 3;
          if (src && !/^(?!https?:)[a-z][a-z\d+.-]*:/i.test(src) && !tiny('width') && !tiny('height')) {
            img = { src, alt: el.getAttribute('alt')?.trim() || undefined };
            imgEl = el;
          }
        }
        const block = BLOCKS.has(tag);
        if (block) text += tag === 'BR' || tag === 'LI' ? '\n' : '\n\n';
        walk(c);
        if (block && tag !== 'BR') text += '\n\n';
        // Table cells and terms apart: "თბილისი ქუთაისი", never "თბილისიქუთაისი".
        else if (tag === 'TD' || tag === 'TH') text += ' ';
      }
    }
  };
  walk(root);
  text = text
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(APPEARED_FIRST, '');
  return { text, img };
}

/** HTML as text and its first picture. */
function readHtml(html: string): Read {
  return /[<&]/.test(html) ? readNode(parseInert(html, 'text/html').body) : { text: html.trim() };
}

/** HTML to plain text with paragraphs kept (blank line between blocks). Nothing is executed. */
export const htmlToText = (html: string) => readHtml(html).text;

/** Plain text that a CMS wrote with entities ("ტრენინგი &#8211; CV"): the entities read, any "<" kept as written. */
const plain = (s: string) => (/&[#\w]+;/.test(s) ? htmlToText(s.replace(/</g, '&lt;')) : s.trim());

/**
 * Bytes that are not UTF-8, read as their byte-order mark, the server's
 * charset or the XML declaration says (the first of them a browser knows and
 * that is not UTF-8, which they are not); else as UTF-8, bad bytes replaced.
 */
export function decode(bytes: ArrayBuffer, contentType: string | null): string {
  const head = String.fromCharCode(...new Uint8Array(bytes.slice(0, 200)));
  for (const label of [
    /^\xFE\xFF/.test(head) ? 'utf-16be' : /^\xFF\xFE/.test(head) ? 'utf-16le' : '',
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1],
    /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1],
  ]) {
    try {
      if (label && !/^utf-?8$/i.test(label)) return new TextDecoder(label).decode(bytes);
    } catch {
      /* a label this browser does not know: the next */
    }
  }
  return new TextDecoder().decode(bytes);
}

/**
 * An RSS or Atom document mapped to our feed; when the text is neither, what
 * it is instead ("an HTML page", "XML"), for the error. An RSS or Atom feed
 * that is not well-formed XML is read again with HTML's entities (&nbsp;,
 * &mdash;) and bare ampersands mended, as feed readers do; if it still fails,
 * the error names the parser's line and column.
 */
export function fromXml(text: string, contentType = ''): object | string {
  // DOMParser documents are inert: no script runs, no image loads.
  let xml = parseInert(text, 'application/xml') as XMLDocument;
  let error = xml.getElementsByTagName('parsererror')[0];
  const isFeed = /<(?:[\w-]+:)?(?:rss|feed|RDF)\b/.test(text.slice(0, 3000));
  if (error && isFeed) {
    xml = parseInert(mend(text), 'application/xml') as XMLDocument;
    error = xml.getElementsByTagName('parsererror')[0];
    if (error) {
      // Chromium's and Firefox's wording around the parser's own message left out.
      const why = (error.textContent ?? '').replace(/This page contains the following errors:|Below is a rendering[^]*|XML Parsing Error: |Location: \S+/g, '').replace(/\s+/g, ' ').trim();
      throw new Error(`not well-formed XML: ${why.slice(0, 90)}`);
    }
  }
  const root = xml.documentElement;
  if (!error && (root.localName === 'rss' || root.localName === 'RDF')) return fromRss(xml);
  if (!error && root.localName === 'feed') return fromAtom(xml);
  return /html/i.test(contentType) || /^<!doctype html|^<html/i.test(text) ? 'an HTML page' : 'XML';
}

/** HTML's named entities as character references, and bare "&" as "&amp;": the two faults that most often break a CMS's XML. */
function mend(text: string): string {
  const refs = new Map<string, string>();
  return text
    .replace(/&(?!(?:[a-zA-Z][\w.-]*|#\d+|#x[\da-fA-F]+);)/g, '&amp;')
    .replace(/&([a-zA-Z][a-zA-Z\d]*);/g, (m, name: string) => {
      if (/^(?:amp|lt|gt|quot|apos)$/.test(name)) return m;
      let ref = refs.get(m);
      // What HTML reads it as ("&nbsp;" is U+00A0; an unknown one stays as written).
      if (ref === undefined) refs.set(m, (ref = [...(parseInert(m, 'text/html').body.textContent ?? m)].map((c) => `&#${c.codePointAt(0)};`).join('')));
      return ref;
    });
}

// ---------------------------------------------------------------------------
// Dates

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec янв фев мар апр май июн июл авг сен окт ноя дек იან თებ მარ აპრ მაი ივნ ივლ აგვ სექ ოქტ ნოე დეკ oca şub mar nis may haz tem ağu eyl eki kas ara'.split(' ');
/** Zone names CMSes write instead of an offset (RFC 822's own, and the region's). */
const ZONES: Record<string, string> = {
  Z: 'Z', UT: 'Z', UTC: 'Z', GMT: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', TRT: '+03:00', GET: '+04:00', AZT: '+04:00', AMT: '+04:00', IRST: '+03:30',
};
// The shape only (time/parse.ts checks the values, in the validator): importing it would tie this lazy chunk to the entry.
const RFC3339 = /^\d{4}-\d\d-\d\d(?:[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[Zz]|[+-]\d\d:\d\d)?)?$/;
// "Tue, 11 Mar 2014 10:00:00 +0400", "Вт, 11 мар 2014 10:00:00 MSK", "11 მარტი 2014".
const RFC822 = /(\d{1,2})[\s.-]+([^\s\d.,-]+)\.?[\s,.-]+(\d{4})(?:[\sT,]+(\d{1,2}):(\d\d)(?::(\d\d))?)?\s*([+-]\d\d:?\d\d|[A-Za-z]{1,5}\b)?/u;

/**
 * A feed date as our feed writes it, or undefined. Without a zone it stays
 * without one, so that it is read in the feed's zone (FEED.md), never in the
 * visitor's. Month names in English, Russian, Georgian and Turkish, as CMSes
 * in the region write them in RSS's date.
 */
export function feedDate(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const s = v.trim();
  if (RFC3339.test(s)) return s;
  const r = RFC822.exec(s);
  const month = r ? MONTHS.indexOf(r[2]!.slice(0, 3).toLowerCase().replace('мая', 'май')) : -1;
  if (r && month >= 0) {
    const two = (n: string | number) => String(n).padStart(2, '0');
    const day = `${r[3]}-${two((month % 12) + 1)}-${two(r[1]!)}`;
    if (!r[4]) return day;
    const z = r[7];
    const zone = !z ? '' : /^[+-]/.test(z) ? `${z.slice(0, 3)}:${z.slice(-2)}` : (ZONES[z.toUpperCase()] ?? '');
    return `${day}T${two(r[4])}:${r[5]}:${r[6] ?? '00'}${zone}`;
  }
  // Anything else the browser reads, when it names its zone.
  const t = /\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d|GMT|UTC)\b/i.test(s) ? Date.parse(s) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

// ---------------------------------------------------------------------------
// Texts and languages

/** The first paragraph, at most 280 characters (cut at a word, with "…"). */
const firstSentence = (s: string) => {
  const para = s.split(/\n\n/)[0] ?? s;
  return para.length > 280 ? para.slice(0, 279).replace(/\s+\S*$/, '') + '…' : para;
};

/**
 * Title, summary and body of an item. With a summary of its own and a text,
 * both; with one text only, its first paragraph shows and the rest waits
 * behind "Read more"; without a title, the text's first sentence is one.
 */
function texts(title: string | undefined, summary: string | undefined, text: string | undefined) {
  if (title) {
    // The title again as a paragraph of the text (Medium), or closing it as a link ("ვრცლად: ‹title›", Joomla's "read more"): said once.
    const again = (s?: string) =>
      s?.split('\n\n').filter((p, i, all) => !(p === title || (i === all.length - 1 && p.endsWith(title) && /^.{1,30}[:»›]\s*$/.test(p.slice(0, -title.length))))).join('\n\n');
    text = again(text);
    summary = again(summary);
  }
  const only = text || summary || undefined;
  if (!title) {
    // The first sentence is the title: the body goes on after it, not from it again.
    const first = only && firstSentence(only);
    return { title: first, body: only?.startsWith(first!) ? only.slice(first!.length).trim() || undefined : only };
  }
  if (summary && text) {
    // A teaser cut with "[…]" that the text goes on from: the widget shows the text after it, as after any summary it begins with.
    const lead = summary.replace(TEASER_END, '');
    return { title, summary: lead !== summary && text.startsWith(lead) ? lead : summary, body: text };
  }
  if (!only) return { title };
  const first = only.split('\n\n')[0]!;
  return first.length <= 280 ? { title, summary: first, body: only.slice(first.length).trim() || undefined } : { title, summary: firstSentence(only), body: only };
}

type Labeller = (s: string | undefined) => LocalizedText | undefined;
// One per stated tag: Atom and JSON Feed state it per item, and a feed has hundreds.
const labellers = new Map<unknown, Labeller>();

/**
 * The feed's stated language for a text, when the text's letters agree with
 * it: a Persian title is then right to left from its first word ("IOM و …"),
 * and read in a Persian voice. A WordPress left at "en-US" over Georgian posts
 * states nothing true, so a text in another script stays unlabelled.
 */
function inLanguage(stated: unknown): Labeller {
  let l = labellers.get(stated);
  if (!l) labellers.set(stated, (l = labeller(stated)));
  return l;
}
function labeller(stated: unknown): Labeller {
  try {
    const tag = (stated as string).replace(/_/g, '-');
    const script = new Intl.Locale(tag).maximize().script!;
    const latin = script === 'Latn';
    // Latin: no letter of another script; any other: at least one letter of its own.
    const test = new RegExp(latin ? '(?!\\p{Script=Latn})\\p{L}' : `\\p{Script=${script}}`, 'u');
    return (s) => (s && latin !== test.test(s) ? { [tag]: s } : s);
  } catch {
    return (s) => s;
  }
}

function feedDoc(lang: unknown, news: Item[]) {
  // Ids a CMS leaves out are made from links: two items on one page are two items.
  const seen = new Set<unknown>();
  for (const [i, item] of news.entries()) {
    if (seen.has(item.id) && item.madeId) item.id = `${item.id as string}#${i}`;
    seen.add(item.id);
    delete item.madeId;
  }
  return { version: 1, languages: typeof lang === 'string' && lang ? [lang.split(/[-_]/)[0]!.toLowerCase()] : ['ka'], news };
}

function newsItem(o: {
  lang: Labeller;
  id?: unknown;
  madeId?: unknown;
  published?: string;
  updated?: string;
  title?: string;
  summary?: string;
  text?: string;
  url?: unknown;
  image?: { src: unknown; alt?: string };
  tags?: unknown;
}): Item {
  const { title, summary, body } = texts(o.title, o.summary, o.text);
  const image = o.image && { src: o.image.src, alt: o.lang(o.image.alt) };
  return { id: o.id ?? o.madeId, madeId: o.id == null, published: o.published, updated: o.updated, title: o.lang(title), summary: o.lang(summary), body: o.lang(body), url: o.url, image, tags: o.tags };
}

// ---------------------------------------------------------------------------
// JSON Feed

export function fromJsonFeed(doc: Doc): unknown {
  const items = Array.isArray(doc.items) ? doc.items : [];
  return feedDoc(doc.language, items.map((raw: unknown) => {
    const it = (typeof raw === 'object' && raw ? raw : {}) as Item;
    const html = typeof it.content_html === 'string' ? readHtml(it.content_html) : undefined;
    const text = typeof it.content_text === 'string' ? it.content_text.trim() : html?.text;
    const attached = Array.isArray(it.attachments) ? (it.attachments as Item[]).find((a) => /^image\//.test(String(a?.mime_type))) : undefined;
    const src = it.image ?? it.banner_image ?? attached?.url;
    return newsItem({
      lang: inLanguage(it.language ?? doc.language),
      id: it.id,
      published: feedDate(it.date_published) ?? feedDate(it.date_modified),
      updated: feedDate(it.date_modified),
      // The title is plain text; WordPress's JSON Feed writes it with entities.
      title: typeof it.title === 'string' && it.title.trim() ? plain(it.title) : undefined,
      summary: typeof it.summary === 'string' ? htmlToText(it.summary) : undefined,
      text,
      url: it.url ?? it.external_url,
      image: typeof src === 'string' ? { src } : html?.img,
      tags: it.tags,
    });
  }));
}

// ---------------------------------------------------------------------------
// RSS and Atom

const text = (el: Element | null | undefined) => el?.textContent?.trim() || undefined;
/**
 * A child by local name, whatever its prefix (content:encoded, dc:date); one
 * in the parent's own namespace first: WordPress puts <atom:link> before the
 * channel's <link>.
 */
const child = (el: Element, name: string) => {
  const all = [...el.children].filter((c) => c.localName === name);
  return all.find((c) => c.namespaceURI === el.namespaceURI) ?? all[0];
};
const isImage = (type: string | null, url: string | null) => /^image\//.test(type ?? '') || (!type && /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(url ?? ''));

export function fromRss(xml: XMLDocument): object {
  const channel = xml.getElementsByTagName('channel')[0];
  const items = [...xml.getElementsByTagName('item')];
  // A relative item link belongs to the site the channel names, not to wherever the feed file is served.
  const site = text(channel && child(channel, 'link'));
  const resolve = (href: string | null | undefined) => {
    if (!href || !site) return href ?? undefined;
    try {
      return new URL(href, site).href;
    } catch {
      return href;
    }
  };
  const language = text(channel && (child(channel, 'language') ?? undefined));
  const lang = inLanguage(language);
  return feedDoc(language, items.map((it) => {
    const desc = text(child(it, 'description'));
    const content = text(child(it, 'encoded'));
    const body = content ? readHtml(content) : undefined;
    const summary = desc ? readHtml(desc) : undefined;
    const guid = child(it, 'guid');
    const guidText = text(guid);
    // A guid is the item's permalink unless it says otherwise (RSS 2.0).
    const permalink = guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText ?? '') ? guidText : undefined;
    const linkEl = child(it, 'link');
    const link = resolve(text(linkEl) ?? linkEl?.getAttribute('href') ?? permalink);
    const title = text(child(it, 'title'));
    // A picture: the enclosure, Media RSS (WordPress, Blogger), else the first of the post.
    const enclosure = [...it.children].find((c) => c.localName === 'enclosure' && isImage(c.getAttribute('type'), c.getAttribute('url')));
    const media = [...it.getElementsByTagNameNS(MEDIA_NS, '*')].find((c) => c.getAttribute('url') && (c.localName === 'thumbnail' || (c.localName === 'content' && (c.getAttribute('medium') === 'image' || isImage(c.getAttribute('type'), c.getAttribute('url'))))));
    const pic = (enclosure ?? media)?.getAttribute('url');
    const img = pic ? { src: pic } : (body?.img ?? summary?.img);
    return newsItem({
      lang,
      id: guidText,
      madeId: link ?? title,
      published: feedDate(text(child(it, 'pubDate')) ?? text(child(it, 'date'))),
      // Titles are often written with entities ("AT&amp;T" inside CDATA): read as text.
      title: title && htmlToText(title),
      summary: body && summary ? firstSentence(summary.text) : undefined,
      text: body?.text ?? summary?.text,
      url: link,
      image: img && { ...img, src: resolve(img.src) },
      tags: [...it.children].filter((c) => c.localName === 'category').map((c) => c.textContent?.trim()).filter(Boolean),
    });
  }));
}

/** An Atom href resolved by the xml:base of its element and their ancestors (browsers no longer apply it). */
function atomHref(el: Element, href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const bases: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const b = e.getAttributeNS(XML_NS, 'base');
    if (b) bases.unshift(b);
  }
  try {
    return new URL(href, bases.reduce<string | undefined>((base, b) => new URL(b, base).href, undefined)).href;
  } catch {
    return href; // relative to the feed's own URL, as the validator reads it
  }
}

/** The xml:lang in force on an element. */
const xmlLang = (el: Element | null): string | undefined => (el ? el.getAttributeNS(XML_NS, 'lang') || xmlLang(el.parentElement) : undefined);

export function fromAtom(xml: XMLDocument): object {
  const root = xml.documentElement;
  const entries = [...root.children].filter((c) => c.localName === 'entry');
  // type is text, html, xhtml, or a media type (RFC 4287 3.1.1): "text/html" is HTML.
  const content = (el: Element | undefined): Read | undefined => {
    if (!el) return undefined;
    const type = el.getAttribute('type') ?? 'text';
    if (/xhtml|xml/.test(type)) return readNode(el);
    return /html/.test(type) ? readHtml(el.textContent ?? '') : { text: (el.textContent ?? '').trim() };
  };
  return feedDoc(xmlLang(root), entries.map((e) => {
    const links = [...e.children].filter((c) => c.localName === 'link');
    const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    const body = content(child(e, 'content'));
    const summary = content(child(e, 'summary'));
    const enclosure = links.find((l) => l.getAttribute('rel') === 'enclosure' && isImage(l.getAttribute('type'), l.getAttribute('href')));
    const thumb = e.getElementsByTagNameNS(MEDIA_NS, 'thumbnail')[0];
    const url = atomHref(alt ?? e, alt?.getAttribute('href'));
    const pic = enclosure ? atomHref(enclosure, enclosure.getAttribute('href')) : thumb && atomHref(thumb, thumb.getAttribute('url'));
    const inPost = (body ?? summary)?.img;
    const img = pic ? { src: pic } : inPost && { ...inPost, src: atomHref(e, inPost.src) };
    return newsItem({
      lang: inLanguage(xmlLang(e)),
      id: text(child(e, 'id')),
      madeId: url,
      published: feedDate(text(child(e, 'published')) ?? text(child(e, 'updated'))),
      updated: feedDate(text(child(e, 'updated'))),
      title: content(child(e, 'title'))?.text || undefined,
      summary: body && summary ? summary.text : undefined,
      text: body?.text || summary?.text,
      url,
      image: img?.src ? img : undefined,
      tags: [...e.children].filter((c) => c.localName === 'category').map((c) => c.getAttribute('term')).filter(Boolean),
    });
  }));
}
