// A partner's own CMS feed: JSON Feed 1.1, RSS 2.0 and Atom become news.
import { expect, fixture, html } from '@open-wc/testing';
import { parseFeedText } from '../src/feed/parse.js';
import '../src/news-feed/define.js';
import type { IomNewsFeed } from '../src/news-feed/news-feed.js';
import { resetAll, serve, shadowText, waitFor } from './helpers.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>IOM Georgia</title><language>ka-GE</language>
<item><title>საინფორმაციო შეხვედრა სამეგრელოში</title><link>https://example.org/samegrelo</link>
<guid>samegrelo-2014</guid><pubDate>Fri, 14 Mar 2014 10:00:00 +0400</pubDate>
<description>&lt;p&gt;შეხვედრები &lt;b&gt;ფოთში&lt;/b&gt;, სენაკში&lt;/p&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;p&gt;და ზუგდიდში.&lt;/p&gt;</description>
<category>information-session</category></item>
<item><title>ბმულის გარეშე</title><guid>no-link</guid><pubDate>Wed, 12 Mar 2014 10:00:00 +0400</pubDate><link>javascript:alert(1)</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>IOM</title>
<entry><id>urn:iom:1</id><title type="html">Steering committee &amp;amp; partners</title>
<link rel="alternate" href="https://example.org/sc"/><published>2014-06-19T10:00:00+04:00</published>
<summary>The committee met.</summary><content type="html">&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &lt;img src=x onerror="window.__pwned=2"&gt;paragraph.&lt;/p&gt;</content>
<category term="steering-committee"/></entry></feed>`;

const JSON_FEED = {
  version: 'https://jsonfeed.org/version/1.1', title: 'IOM', language: 'en',
  items: [{ id: 'j1', url: 'https://example.org/j1', title: 'Mobility centre offers help', content_html: '<p>Returning migrants <em>get</em> help.</p>', date_published: '2014-03-04T09:00:00+04:00', tags: ['mobility-centres'] }],
};

describe('RSS, Atom and JSON Feed inputs', () => {
  beforeEach(resetAll);

  it('maps RSS 2.0 items to news, HTML to text, and drops non-http links', async () => {
    const { feed } = await parseFeedText(RSS, 'https://example.org/rss.xml', 'application/rss+xml');
    expect(feed.languages).to.deep.equal(['ka']);
    expect(feed.news).to.have.length(2);
    const [a, b] = feed.news;
    expect(a!.id).to.equal('samegrelo-2014');
    expect(a!.title).to.equal('საინფორმაციო შეხვედრა სამეგრელოში');
    expect(a!.published).to.equal('2014-03-14T06:00:00.000Z');
    expect(a!.body).to.equal('შეხვედრები ფოთში, სენაკში\n\nდა ზუგდიდში.');
    expect(a!.url).to.equal('https://example.org/samegrelo');
    expect(a!.tags).to.deep.equal(['information-session']);
    expect(b!.url).to.equal(undefined);
  });

  it('RSS: a relative item link is on the channel\'s site, not the feed file\'s; an entity in a CDATA title reads as text', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>MIA</title><link>https://ministry.example.ge/</link>
      <item><title><![CDATA[Migration &amp; employment]]></title><link>/news/99</link><guid>99</guid><pubDate>Fri, 14 Mar 2014 10:00:00 +0400</pubDate></item>
      </channel></rss>`;
    const { feed } = await parseFeedText(rss, 'https://cdn.example.org/feeds/rss.xml', 'application/rss+xml');
    expect(feed.news[0]!.url).to.equal('https://ministry.example.ge/news/99');
    expect(feed.news[0]!.title).to.equal('Migration & employment');
  });

  it('maps Atom entries, with content as body and paragraphs kept', async () => {
    const { feed } = await parseFeedText(ATOM, '', 'application/atom+xml');
    const [e] = feed.news;
    expect(e!.id).to.equal('urn:iom:1');
    expect(e!.title).to.equal('Steering committee & partners');
    expect(e!.body).to.equal('First paragraph.\n\nSecond paragraph.');
    expect(e!.summary).to.equal('The committee met.');
    expect(e!.url).to.equal('https://example.org/sc');
  });

  it('maps JSON Feed 1.1 items', async () => {
    const { feed } = await parseFeedText(JSON.stringify(JSON_FEED), '', 'application/feed+json');
    expect(feed.news[0]).to.deep.include({ id: 'j1', title: 'Mobility centre offers help', body: 'Returning migrants get help.', url: 'https://example.org/j1', tags: ['mobility-centres'] });
  });

  it('reads a feed in the encoding its bytes, its server or its XML declaration name (windows-1251, ISO-8859-1, UTF-16)', async () => {
    // Single-byte encodings by hand: windows-1251 puts А…я at 0xC0…0xFF; ISO-8859-1 is the first 256 code points.
    const cp1251 = (s: string) => Uint8Array.from(s, (c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0)));
    const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
    const rss = (decl: string, title: string) => `<?xml version="1.0"${decl}?><rss version="2.0"><channel><title>IOM</title><item><title>${title}</title><guid>1</guid><pubDate>Tue, 11 Mar 2014 10:00:00 +0400</pubDate></item></channel></rss>`;
    const ru = 'Центр мобильности в Кутаиси открыт';
    const cases: [Uint8Array, string, string][] = [
      [cp1251(rss(' encoding="windows-1251"', ru)), 'application/rss+xml', ru], // the declaration alone
      [cp1251(rss('', ru)), 'application/rss+xml; charset=windows-1251', ru], // the server's charset alone
      [cp1251(rss(' encoding="windows-1251"', ru)), 'text/xml; charset=UTF-8', ru], // a server that says UTF-8 of bytes that are not
      [latin1(rss(' encoding="ISO-8859-1"', 'Rückkehrer für Georgien')), 'application/xml', 'Rückkehrer für Georgien'],
      [utf16le(rss(' encoding="UTF-16"', 'მობილობის ცენტრი')), 'application/xml', 'მობილობის ცენტრი'],
    ];
    for (const [bytes, type, title] of cases) {
      resetAll();
      const el = await fixture<IomNewsFeed>(html`<iom-news-feed lang="ka" src=${await serve(bytes, { type })}></iom-news-feed>`);
      await waitFor(el, 'article h3, article h2', type);
      expect(shadowText(el), type).to.contain(title);
    }
    // UTF-8 wins whenever the bytes are UTF-8: a Georgian JSON feed that a misconfigured server calls ISO-8859-1 reads right.
    resetAll();
    const json = new TextEncoder().encode(JSON.stringify({ version: 1, languages: ['ka'], news: [{ id: 'n', published: '2014-03-11', title: 'ქუთაისის მობილობის ცენტრი' }] }));
    const el = await fixture<IomNewsFeed>(html`<iom-news-feed lang="ka" src=${await serve(json, { type: 'application/json; charset=ISO-8859-1' })}></iom-news-feed>`);
    await waitFor(el, 'article');
    expect(shadowText(el)).to.contain('ქუთაისის მობილობის ცენტრი');
  });

  it('renders an RSS feed in the news widget and runs none of its markup', async () => {
    const url = await serve(RSS, { type: 'application/rss+xml' });
    const el = await fixture<IomNewsFeed>(html`<iom-news-feed lang="ka" src=${url}></iom-news-feed>`);
    await waitFor(el, 'article');
    expect(shadowText(el)).to.contain('საინფორმაციო შეხვედრა სამეგრელოში');
    expect(el.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal('14 მარტი, 2014');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
