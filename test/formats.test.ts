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
    // In the channel's language, its zone kept as written.
    expect(a!.title).to.deep.equal({ 'ka-GE': 'საინფორმაციო შეხვედრა სამეგრელოში' });
    expect(a!.published).to.equal('2014-03-14T10:00:00+04:00');
    // A description alone: its first paragraph is the summary, the rest waits behind "Read more".
    expect(a!.summary).to.deep.equal({ 'ka-GE': 'შეხვედრები ფოთში, სენაკში' });
    expect(a!.body).to.deep.equal({ 'ka-GE': 'და ზუგდიდში.' });
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
    expect(e!.title).to.deep.equal({ en: 'Steering committee & partners' });
    expect(e!.body).to.deep.equal({ en: 'First paragraph.\n\nSecond paragraph.' });
    expect(e!.summary).to.deep.equal({ en: 'The committee met.' });
    expect(e!.url).to.equal('https://example.org/sc');
  });

  it('maps JSON Feed 1.1 items', async () => {
    const { feed } = await parseFeedText(JSON.stringify(JSON_FEED), '', 'application/feed+json');
    expect(feed.news[0]).to.deep.include({ id: 'j1', title: { en: 'Mobility centre offers help' }, summary: { en: 'Returning migrants get help.' }, url: 'https://example.org/j1', tags: ['mobility-centres'] });
    expect(feed.news[0]!.body).to.equal(undefined); // one paragraph: all of it shows, no "Read more"
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

// Feeds shaped as CMSes export them (WordPress, Drupal, Blogger, a Russian
// CMS, WordPress's JSON Feed plugin), each fault seen in a real-world shape.
describe('RSS, Atom and JSON Feed as CMSes write them', () => {
  beforeEach(resetAll);
  const read = async (text: string) => (await parseFeedText(text, 'https://feeds.example.org/ka/feed.xml', 'application/rss+xml')).feed.news;

  it('WordPress RSS: the site from <link> after <atom:link>, the post\'s picture, no Yoast line, cells apart', async () => {
    const news = await read(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>IOM</title><atom:link href="https://partner.example.ge/ka/feed/" rel="self" type="application/rss+xml"/>
<link>https://partner.example.ge/ka/</link><language>ka-GE</language>
<item><title>მობილობის ცენტრები</title><link>2014/03/centres/</link><guid isPermaLink="false">https://partner.example.ge/?p=12</guid>
<pubDate>Tue, 11 Mar 2014 10:00:00 +0400</pubDate><description><![CDATA[ცენტრები ოთხ ქალაქშია.]]></description>
<content:encoded><![CDATA[<p><img src="https://stats.example.com/pixel.gif" width="1" height="1"><img src="/wp-content/uploads/centre.jpg" alt="ცენტრის შენობა"></p>
<table><tr><td>თბილისი</td><td>ქუთაისი</td></tr></table><svg><text>svgtext</text></svg><dl><dt>ადგილი</dt><dd>იუსტიციის სახლი</dd></dl>
<p>The post მობილობის ცენტრები appeared first on IOM Georgia.</p>]]></content:encoded></item>
<item><title>ბათუმი</title><guid>https://partner.example.ge/ka/2014/03/batumi/</guid><pubDate>Mon, 10 Mar 2014 10:00:00 +0400</pubDate>
<media:content url="https://partner.example.ge/batumi.jpg" medium="image"/></item>
<item><title>გონიო</title><link>https://partner.example.ge/ka/sessions/</link><pubDate>Sun, 09 Mar 2014 10:00:00 +0400</pubDate></item>
<item><title>ქობულეთი</title><link>https://partner.example.ge/ka/sessions/</link><pubDate>Sun, 09 Mar 2014 09:00:00 +0400</pubDate></item>
</channel></rss>`);
    const [centres, batumi, gonio, kobuleti] = news;
    expect(centres!.url).to.equal('https://partner.example.ge/ka/2014/03/centres/');
    expect(centres!.image).to.deep.equal({ src: 'https://partner.example.ge/wp-content/uploads/centre.jpg', alt: { 'ka-GE': 'ცენტრის შენობა' } });
    expect(centres!.body).to.deep.equal({ 'ka-GE': 'თბილისი ქუთაისი\n\nადგილი\n\nიუსტიციის სახლი' });
    // A guid is the permalink unless it says it is not; Media RSS gives the picture.
    expect(batumi!.url).to.equal('https://partner.example.ge/ka/2014/03/batumi/');
    expect(batumi!.image).to.deep.equal({ src: 'https://partner.example.ge/batumi.jpg' });
    // Two items without a guid on one page are two items.
    expect([gonio!.title, kobuleti!.title]).to.deep.equal([{ 'ka-GE': 'გონიო' }, { 'ka-GE': 'ქობულეთი' }]);
    expect(gonio!.id).to.not.equal(kobuleti!.id);
  });

  it('says the title once: not again as a paragraph (Medium) nor as a closing "read more: ‹title›" (Joomla); a caption describes its picture', async () => {
    const news = await read(`<rss version="2.0"><channel><title>x</title>
<item><title>ტრენინგი ბათუმში</title><guid>j</guid><pubDate>Tue, 11 Mar 2014 10:00:00 +0400</pubDate>
<description>&lt;p&gt;ოთხდღიანი ტრენინგი.&lt;/p&gt;&lt;p&gt;&lt;a href="/j"&gt;ვრცლად: ტრენინგი ბათუმში&lt;/a&gt;&lt;/p&gt;</description></item>
<item><title>ოთხი თვე</title><guid>m</guid><pubDate>Mon, 10 Mar 2014 10:00:00 +0400</pubDate>
<description>&lt;h3&gt;ოთხი თვე&lt;/h3&gt;&lt;p&gt;ცენტრებმა 200 მიგრანტს დაეხმარა.&lt;/p&gt;&lt;p&gt;ოთხი თვე&lt;/p&gt;</description></item>
<item><title>ოთხი თვე</title><guid>md</guid><pubDate>Sun, 09 Mar 2014 11:00:00 +0400</pubDate>
<description>&lt;figure&gt;&lt;img src="https://cdn.example.org/batumi.jpg" alt=""&gt;&lt;figcaption&gt;ბათუმის ცენტრი&lt;/figcaption&gt;&lt;/figure&gt;&lt;h3&gt;ოთხი თვე&lt;/h3&gt;&lt;p&gt;200 მიგრანტი.&lt;/p&gt;</description></item>
<item><title>თბილისი</title><guid>t</guid><pubDate>Sun, 09 Mar 2014 10:00:00 +0400</pubDate>
<description>&lt;p&gt;ახალი ცენტრი.&lt;/p&gt;&lt;p&gt;მობილობის ცენტრი თბილისი&lt;/p&gt;</description></item>
</channel></rss>`);
    expect(news.map((n) => [n.summary, n.body])).to.deep.equal([
      ['ოთხდღიანი ტრენინგი.', undefined],
      ['ცენტრებმა 200 მიგრანტს დაეხმარა.', undefined],
      ['200 მიგრანტი.', undefined], // Medium: a figure, then the title again; the caption describes the picture
      ['ახალი ცენტრი.', 'მობილობის ცენტრი თბილისი'], // a sentence that ends with the title is no "read more"
    ]);
    expect(news[2]!.image).to.deep.equal({ src: 'https://cdn.example.org/batumi.jpg', alt: 'ბათუმის ცენტრი' });
  });

  it('a teaser cut with "[…]" is the start of the body; a theme\'s or Drupal\'s own "read more" link is left out; a post without a title is not said twice', async () => {
    const news = await read(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>x</title>
<item><title>ტრენინგი</title><guid>w</guid><pubDate>Tue, 11 Mar 2014 10:00:00 +0400</pubDate>
<description><![CDATA[ტრენინგი დამსაქმებლებისთვის. შემდეგი ტრენინგი [&#8230;]]]></description>
<content:encoded><![CDATA[<p>ტრენინგი დამსაქმებლებისთვის. შემდეგი ტრენინგი ბათუმში ჩატარდება.</p><p>მეორე აბზაცი.</p><p><a href="https://partner.example.ge/w" class="more-link">Continue reading <span class="screen-reader-text">"ტრენინგი"</span></a></p>]]></content:encoded></item>
<item><title>ვიზიტი</title><guid>d</guid><pubDate>Mon, 10 Mar 2014 10:00:00 +0400</pubDate>
<description>&lt;p&gt;ქუთაისის ცენტრის ვიზიტი.&lt;/p&gt;&lt;ul class="links inline"&gt;&lt;li class="node-readmore first last"&gt;&lt;a href="/d"&gt;Read more&lt;span class="element-invisible"&gt; about ვიზიტი&lt;/span&gt;&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</description></item>
<item><guid>n</guid><pubDate>Sun, 09 Mar 2014 10:00:00 +0400</pubDate>
<description>&lt;p&gt;სათაურის გარეშე.&lt;/p&gt;&lt;p&gt;მეორე აბზაცი.&lt;/p&gt;</description></item>
</channel></rss>`);
    expect(news.map((n) => [n.title, n.summary, n.body])).to.deep.equal([
      // The summary without its "[…]": the widget shows the body from where the summary ends.
      ['ტრენინგი', 'ტრენინგი დამსაქმებლებისთვის. შემდეგი ტრენინგი', 'ტრენინგი დამსაქმებლებისთვის. შემდეგი ტრენინგი ბათუმში ჩატარდება.\n\nმეორე აბზაცი.'],
      ['ვიზიტი', 'ქუთაისის ცენტრის ვიზიტი.', undefined],
      ['სათაურის გარეშე.', undefined, 'მეორე აბზაცი.'],
    ]);
  });

  it('reads the dates CMSes write: Russian and Georgian months, zone names, and none (the feed\'s zone)', async () => {
    const item = (date: string, i: number) => `<item><title>t${i}</title><guid>g${i}</guid><pubDate>${date}</pubDate></item>`;
    const dates = ['Вт, 11 мар 2014 10:00:00 +0400', '12 мая 2014 10:00:00 MSK', 'Wed, 14 May 2014 09:30:00 GET', '15 მარ 2014', 'Tue, 11 Mar 2014 10:00:00', '2014-03-09T23:30:00', 'Fri, 09 Mar 2014 08:00:00 EDT'];
    const news = await read(`<rss version="2.0"><channel><title>x</title>${dates.map(item).join('')}</channel></rss>`);
    expect(Object.fromEntries(news.map((n) => [n.id, n.published]))).to.deep.equal({
      g0: '2014-03-11T10:00:00+04:00',
      g1: '2014-05-12T10:00:00+03:00',
      g2: '2014-05-14T09:30:00+04:00',
      g3: '2014-03-15',
      g4: '2014-03-11T10:00:00', // no zone: Tbilisi time for every visitor, not the visitor's own
      g5: '2014-03-09T23:30:00',
      g6: '2014-03-09T08:00:00-04:00',
    });
  });

  it('keeps the language a feed states when its text is in that script: a Persian title is right to left from "IOM"', async () => {
    const fa = 'IOM و وزارت پناهندگان گرجستان تفاهم‌نامه امضا کردند';
    const rss = (lang: string, title: string) => `<rss version="2.0"><channel><title>x</title><language>${lang}</language><item><title>${title}</title><guid>1</guid><pubDate>Tue, 11 Mar 2014 10:00:00 +0400</pubDate></item></channel></rss>`;
    expect((await read(rss('fa-IR', fa)))[0]!.title).to.deep.equal({ 'fa-IR': fa });
    // A WordPress left at en-US over Georgian posts: nothing true is stated, so nothing is.
    expect((await read(rss('en-US', 'მობილობის ცენტრი')))[0]!.title).to.equal('მობილობის ცენტრი');
    expect((await read(rss('en_US', 'Mobility centre')))[0]!.title).to.deep.equal({ 'en-US': 'Mobility centre' });

    const el = await fixture<IomNewsFeed>(html`<iom-news-feed lang="ka" src=${await serve(rss('fa-IR', fa), { type: 'application/rss+xml' })}></iom-news-feed>`);
    const h = await waitFor(el, 'article h3, article h2');
    expect(h.getAttribute('lang')).to.equal('fa-IR');
    expect(h.getAttribute('dir')).to.equal('rtl');
  });

  it('Atom: xml:base, content as text/html and prefixed XHTML, pictures from enclosures and Media RSS', async () => {
    const news = await read(`<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:xhtml="http://www.w3.org/1999/xhtml" xml:base="https://idp.example.ge/ka/news/" xml:lang="ka">
<title>IOM</title>
<entry><id>urn:1</id><title>ოთხი თვე</title><link href="2014/06/four-months.html"/><published>2014-06-19T10:00:00+04:00</published>
<content type="text/html">&lt;p&gt;შეხვედრები&lt;/p&gt;&lt;p&gt;მეორე აბზაცი.&lt;/p&gt;</content><link rel="enclosure" type="image/jpeg" href="../img/four.jpg"/></entry>
<entry><id>urn:2</id><title>XHTML</title><link href="https://other.example.ge/x"/><published>2014-06-18T10:00:00+04:00</published>
<content type="xhtml"><xhtml:div><xhtml:p>პირველი აბზაცი.</xhtml:p><xhtml:p>მეორე აბზაცი.</xhtml:p></xhtml:div></content><media:thumbnail url="https://other.example.ge/t.jpg"/></entry>
</feed>`);
    expect(news[0]!.url).to.equal('https://idp.example.ge/ka/news/2014/06/four-months.html');
    expect(news[0]!.image).to.deep.equal({ src: 'https://idp.example.ge/ka/img/four.jpg' });
    expect(news[0]!.summary).to.deep.equal({ ka: 'შეხვედრები' });
    expect(news[0]!.body).to.deep.equal({ ka: 'მეორე აბზაცი.' });
    expect(news[1]!.summary).to.deep.equal({ ka: 'პირველი აბზაცი.' });
    expect(news[1]!.body).to.deep.equal({ ka: 'მეორე აბზაცი.' });
    expect(news[1]!.image).to.deep.equal({ src: 'https://other.example.ge/t.jpg' });
  });

  it('JSON Feed as WordPress writes it: entities in titles, external_url, pictures from attachments or the post', async () => {
    const { feed } = await parseFeedText(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', language: 'ka',
      items: [
        { id: '1', title: 'ტრენინგი &#8211; &#8220;CV&#8221; &amp; <გასაუბრება>', external_url: 'https://example.ge/a', date_published: '2014-03-11T10:00:00+04:00', content_html: '<p><img src="https://example.ge/a.jpg" alt="">ტექსტი</p>' },
        { id: '2', title: 'ბათუმი', url: 'https://example.ge/b', date_published: '2014-03-10T10:00:00+04:00', content_text: 'ტექსტი', attachments: [{ url: 'https://example.ge/b.pdf', mime_type: 'application/pdf' }, { url: 'https://example.ge/b.jpg', mime_type: 'image/jpeg' }] },
      ],
    }), 'https://example.ge/feed.json', 'application/feed+json');
    const [a, b] = feed.news;
    expect(a!.title).to.deep.equal({ ka: 'ტრენინგი – “CV” & <გასაუბრება>' });
    expect(a!.url).to.equal('https://example.ge/a');
    expect(a!.image).to.deep.equal({ src: 'https://example.ge/a.jpg' });
    expect(b!.image).to.deep.equal({ src: 'https://example.ge/b.jpg' });
  });

  it('mends an RSS feed with an HTML entity or a bare "&", and names the line of a fault it cannot mend', async () => {
    const news = await read(`<rss version="2.0"><channel><title>x</title><item><title>შეხვედრა&nbsp;ფოთში &mdash; IOM & partners</title><guid>1</guid><pubDate>Tue, 11 Mar 2014 10:00:00 +0400</pubDate></item></channel></rss>`);
    expect(news[0]!.title).to.equal('შეხვედრა ფოთში — IOM & partners');
    let error: Error | undefined;
    await read(`<rss version="2.0"><channel><title>x</title>\n<item><title>unclosed</item></channel></rss>`).catch((e: Error) => (error = e));
    expect(error?.message).to.match(/not well-formed XML.*line (number )?2\b/i); // Chromium, WebKit: "line 2"; Firefox: "Line Number 2"
  });
});

