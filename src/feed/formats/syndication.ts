/**
 * JSON Feed 1.1, RSS 2.0 and Atom mapped to our feed (news only). The result
 * goes through the same validator as our own format, so every rule holds.
 */
import { parseInert } from '../trusted-types.js';

type Doc = Record<string, unknown>;
type Item = Record<string, unknown>;

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'PRE', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'HEAD']);

/** HTML to plain text with paragraphs kept (blank line between blocks). Nothing is executed. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const doc = parseInert(html, 'text/html');
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c.nodeValue ?? '').replace(/\s+/g, ' ');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (SKIP.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) out += tag === 'BR' || tag === 'LI' ? '\n' : '\n\n';
        walk(c);
        if (block && tag !== 'BR') out += '\n\n';
      }
    }
  };
  walk(doc.body);
  return out
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

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

/** An RSS or Atom document mapped to our feed; undefined when the text is neither. */
export function fromXml(text: string): unknown {
  // DOMParser documents are inert: no script runs, no image loads.
  const xml = parseInert(text, 'application/xml') as XMLDocument;
  if (xml.getElementsByTagName('parsererror').length) return undefined;
  const root = xml.documentElement;
  if (root.localName === 'rss' || root.localName === 'RDF') return fromRss(xml);
  if (root.localName === 'feed') return fromAtom(xml);
  return undefined;
}

/** An RFC 822 / free-form date as RFC 3339, or undefined. */
function isoDate(v: string | null | undefined): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const firstSentence = (s: string) => {
  const para = s.split(/\n\n/)[0] ?? s;
  return para.length > 280 ? para.slice(0, 279).replace(/\s+\S*$/, '') + '…' : para;
};

function feedDoc(lang: string | undefined, news: Item[]) {
  return { version: 1, languages: lang ? [lang.split(/[-_]/)[0]!.toLowerCase()] : ['ka'], news };
}

export function fromJsonFeed(doc: Doc): unknown {
  const items = Array.isArray(doc.items) ? doc.items : [];
  return feedDoc(typeof doc.language === 'string' ? doc.language : undefined, items.map((raw: unknown) => {
    const it = (typeof raw === 'object' && raw ? raw : {}) as Item;
    const body = typeof it.content_text === 'string' ? it.content_text : typeof it.content_html === 'string' ? htmlToText(it.content_html) : undefined;
    const title = typeof it.title === 'string' && it.title.trim() ? it.title : body ? firstSentence(body) : undefined;
    const summary = typeof it.summary === 'string' ? htmlToText(it.summary) : undefined;
    return {
      id: it.id,
      published: isoDate(it.date_published as string) ?? isoDate(it.date_modified as string),
      updated: isoDate(it.date_modified as string),
      title,
      summary,
      body,
      url: it.url,
      image: typeof it.image === 'string' ? { src: it.image } : undefined,
      tags: it.tags,
    };
  }));
}

const text = (el: Element | null | undefined) => el?.textContent?.trim() || undefined;
/** Children by local name, whatever their namespace prefix (content:encoded, dc:date). */
const child = (el: Element, name: string) => Array.from(el.children).find((c) => c.localName === name || c.nodeName === name);

export function fromRss(xml: XMLDocument): unknown {
  const channel = xml.getElementsByTagName('channel')[0];
  const items = Array.from(xml.getElementsByTagName('item'));
  // A relative item link belongs to the site the channel names, not to wherever the feed file is served.
  const site = text(channel && child(channel, 'link'));
  const resolve = (href: string | undefined) => {
    if (!href || !site) return href;
    try {
      return new URL(href, site).href;
    } catch {
      return href;
    }
  };
  return feedDoc(text(channel && child(channel, 'language')), items.map((it) => {
    const desc = text(child(it, 'description'));
    const content = text(child(it, 'encoded'));
    const body = content ? htmlToText(content) : desc ? htmlToText(desc) : undefined;
    const link = resolve(text(child(it, 'link')));
    // Titles are often written with entities ("AT&amp;T" inside CDATA): read as text.
    const title = text(child(it, 'title'));
    const enclosure = child(it, 'enclosure');
    const image = enclosure && /^image\//.test(enclosure.getAttribute('type') ?? '') ? { src: enclosure.getAttribute('url') } : undefined;
    return {
      id: text(child(it, 'guid')) ?? link ?? text(child(it, 'title')),
      published: isoDate(text(child(it, 'pubDate')) ?? text(child(it, 'date'))),
      title: title ? htmlToText(title) : body ? firstSentence(body) : undefined,
      summary: desc && content ? firstSentence(htmlToText(desc)) : undefined,
      body,
      url: link,
      image,
      tags: Array.from(it.children).filter((c) => c.localName === 'category').map((c) => c.textContent?.trim()).filter(Boolean),
    };
  }));
}

export function fromAtom(xml: XMLDocument): unknown {
  const root = xml.documentElement;
  const entries = Array.from(root.children).filter((c) => c.localName === 'entry');
  const content = (el: Element | undefined) => {
    if (!el) return undefined;
    const type = el.getAttribute('type') ?? 'text';
    return type === 'html' || type === 'xhtml' ? htmlToText(type === 'xhtml' ? el.innerHTML : el.textContent ?? '') : text(el);
  };
  return feedDoc(root.getAttribute('xml:lang') ?? undefined, entries.map((e) => {
    const links = Array.from(e.children).filter((c) => c.localName === 'link');
    const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    const body = content(child(e, 'content'));
    const summary = content(child(e, 'summary'));
    return {
      id: text(child(e, 'id')) ?? alt?.getAttribute('href'),
      published: isoDate(text(child(e, 'published')) ?? text(child(e, 'updated'))),
      updated: isoDate(text(child(e, 'updated'))),
      title: content(child(e, 'title')),
      summary: body ? summary : undefined,
      body: body ?? summary,
      url: alt?.getAttribute('href') ?? undefined,
      tags: Array.from(e.children).filter((c) => c.localName === 'category').map((c) => c.getAttribute('term')).filter(Boolean),
    };
  }));
}
