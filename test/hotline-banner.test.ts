import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hotline-banner/define.js';
import '../src/news-feed/define.js';
import type { IomHotlineBanner } from '../src/hotline-banner/hotline-banner.js';
import { hash } from '../src/shared/hash.js';
import { DEFAULT_EXIT_URL, EXIT_WINDOW_MS, quickExitHooks } from '../src/hotline-banner/quick-exit.js';
import { EXIT_LABELS, formatHours, languageName, parsePhone } from '../src/hotline-banner/format.js';
import { catalog } from '../src/i18n/generated/hotline-banner/index.js';
import { LOCALES } from '../src/i18n/locale.js';
import { fakeDeviceZone } from './fake-zone.js';
import { FIXTURE_URL, aTimeout, captureWarnings, hits, resetAll, sampleFeed, serve, shadowText, uniqueKey, waitFor, expectSame, waitUntil } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** The page as quick exit leaves it: not displayed at all (its dialogs and popovers included). */
const pageHidden = () => getComputedStyle(document.documentElement).display === 'none';

// The clock, its timer and the navigation are the module's hooks: time moves when a test says so, and the page never leaves.
let now = 0;
let timers: { at: number; fn: () => void }[] = [];
let exits: { url: string; hiddenBefore: boolean }[] = [];
const realHooks = { ...quickExitHooks };
/** Moves the fake clock on by `ms`, running the module's timers that fall due, in order. */
const tick = (ms: number) => {
  const end = now + ms;
  for (let t; (t = timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0]); ) {
    timers.splice(timers.indexOf(t), 1);
    now = t.at;
    t.fn();
  }
  now = end;
};
const key = (k: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init }));
const keyup = (k: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true, composed: true, ...init }));
/** Shift pressed and let go on its own. */
const shift = (init: KeyboardEventInit = {}) => {
  key('Shift', { shiftKey: true, ...init });
  keyup('Shift', init);
};
/** What the back-forward cache does when the visitor comes back. */
const backFromCache = () => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));

/** A line with its words: lines show before the strings (a slow language file), the section's label with them. */
const LINE = 'section[aria-label] .line';

async function banner(lang: string, attrs = `src="${FIXTURE_URL}"`): Promise<IomHotlineBanner> {
  const wrap = await fixture<HTMLDivElement>(`<div lang="${lang}"><iom-hotline-banner ${attrs}></iom-hotline-banner></div>`);
  const el = wrap.querySelector('iom-hotline-banner')!;
  await waitFor(el, '.exit-btn, .line');
  return el;
}

/**
 * A same-origin iframe of `width`×`height` px holding `body`, with its own copy
 * of the banner's modules (so quick exit runs with its real hooks there).
 */
async function frame(width: number, height: number, body: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
  f.style.cssText = `width:${width}px;height:${height}px;border:0`;
  document.body.append(f);
  const d = f.contentDocument!;
  d.open();
  d.write(`<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0">${body}`);
  d.close();
  const script = d.createElement('script');
  script.type = 'module';
  script.src = new URL('../src/hotline-banner/define.ts', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => Object.assign(script, { onload: resolve, onerror: reject }));
  d.head.append(script);
  await loaded;
  return f;
}

type NavigateEventLike = Event & { navigationType: string; destination: { url: string } };
/**
 * Watches this (the top) page's navigations and stops them. `location.replace`
 * cannot be swapped for a spy (Location's members are unforgeable), but the
 * Navigation API sees it as a "replace" (`location.href =` is a "push").
 * `probe` adds what else to note at that moment. Undefined where the browser
 * lacks the API (WebKit).
 */
function watchNavigations(probe: () => object = () => ({})) {
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  if (!nav) return undefined;
  const seen: object[] = [];
  const on = (e: Event) => {
    const n = e as NavigateEventLike;
    seen.push({ type: n.navigationType, url: n.destination.url, topHidden: pageHidden(), ...probe() });
    e.preventDefault();
  };
  nav.addEventListener('navigate', on);
  return { seen, stop: () => nav.removeEventListener('navigate', on) };
}

/** The test server was asked for `path` (WebKit fails a fetch made while the page starts a navigation: asked again). */
const requested = (path: string) => hits(path).then((n) => n === 1, () => false);

describe('<iom-hotline-banner>', () => {
  // A visitor in Georgia, whatever zone the test browser runs in: hours then carry no zone note (tested on its own below).
  let restoreZone: () => void;
  before(() => (restoreZone = fakeDeviceZone(240, 'Asia/Tbilisi')));
  after(() => restoreZone());
  beforeEach(() => {
    resetAll();
    for (const k of Object.keys(sessionStorage)) if (k.startsWith('iom-widgets:')) sessionStorage.removeItem(k);
    now = 0;
    timers = [];
    exits = [];
    quickExitHooks.now = () => now;
    quickExitHooks.later = (fn, ms) => void timers.push({ at: now + ms, fn });
    quickExitHooks.navigate = (url) => void exits.push({ url, hiddenBefore: pageHidden() });
  });
  afterEach(() => {
    backFromCache(); // shows the page again after an exit
    // (A test that removed its banners took the module's pageshow listener with them.)
    document.documentElement.style.removeProperty('display');
    Object.assign(quickExitHooks, realHooks);
  });

  describe('before the strings arrive', () => {
    // First in the file: the Armenian strings are not loaded yet.
    it('the exit button is there at once, in the element\'s language, and works; so is the shortcut', async () => {
      const real = catalog.hy!;
      let release!: () => void;
      let asked = 0;
      catalog.hy = () => {
        asked++;
        return new Promise<void>((r) => (release = r)).then(real);
      };
      try {
        const wrap = await fixture<HTMLDivElement>(`<div lang="hy"><iom-hotline-banner phone="112"><a href="tel:112">112</a></iom-hotline-banner></div>`);
        const el = wrap.querySelector('iom-hotline-banner')!;
        await el.updateComplete;
        expect(asked, 'the Armenian strings are still on their way').to.equal(1);
        // A number needs no words: it shows at once, the partner's fallback giving way.
        expect($(el, 'a.phone')!.getAttribute('href')).to.equal('tel:112');
        // So does a feed's, its facts ("free", "24/7") following the words.
        const fed = (await fixture<HTMLDivElement>(`<div lang="hy"><iom-hotline-banner src="${FIXTURE_URL}"><a href="tel:112">112</a></iom-hotline-banner></div>`)).querySelector('iom-hotline-banner')!;
        await waitFor(fed, '.line'); // before the strings
        expect([!!$(fed, 'a.phone[href="tel:112"]'), !!$(fed, '.facts'), !!$(fed, 'slot')]).to.deep.equal([true, false, false]);
        // Their room is kept meanwhile: a banner on top that grew as the words came pushed the whole page down.
        const before = fed.getBoundingClientRect().height;
        const button = $<HTMLButtonElement>(el, '.exit-btn');
        expect(button, 'an exit button before the strings').to.not.equal(null);
        expect(button!.textContent!.trim()).to.equal('Լքել էջը');
        await expect(el).shadowDom.to.be.accessible();
        button!.click();
        expect(exits).to.deep.equal([{ url: DEFAULT_EXIT_URL, hiddenBefore: true }]);
        backFromCache();
        shift();
        shift();
        shift();
        expect(exits).to.have.length(2);
        backFromCache();
        // A visitor who tabbed to the exit keeps it as the strings come.
        button!.focus();
        release();
        await waitFor(el, LINE);
        expect($(el, '.exit-btn')!.textContent!.trim()).to.equal('Լքել էջը');
        expect(el.shadowRoot!.activeElement === button, 'focus kept on the exit button').to.equal(true);
        expect($(el, '.exit-btn') === button, 'the same button').to.equal(true);
        await waitFor(fed, '.facts');
        await fed.updateComplete;
        expect(fed.getBoundingClientRect().height - before, `${before} px before the words`).to.be.within(-4, 4);
      } finally {
        catalog.hy = real;
        release?.();
      }
    });

    it('the built-in exit labels are the translators\' wording', async () => {
      const translations = await (await fetch('/locales/translations/hotline-banner.json')).json();
      for (const lang of LOCALES) expect(EXIT_LABELS[lang], lang).to.equal(lang === 'en' ? 'Exit this page' : translations['Exit this page'][lang]);
    });
  });

  describe('content', () => {
    it('a line\'s hours name Tbilisi\'s time for a visitor whose clock is elsewhere, and only then', async () => {
      const hoursOf = (el: Element) => $$(el, '.facts li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).find((t) => /09:00/.test(t));
      const restore = fakeDeviceZone(60, 'Europe/Berlin');
      try {
        const abroad = await banner('en', `src="${FIXTURE_URL}" kind="consultation"`);
        await waitUntil(() => hoursOf(abroad), 'hours', { timeout: 5000 });
        expect(hoursOf(abroad)).to.match(/^Mon–Fri 09:00–17:30 \(Tbilisi time, UTC\+4\)$/);
        const fa = await banner('fa', `src="${FIXTURE_URL}" kind="consultation"`);
        await waitUntil(() => hoursOf(fa) ?? $$(fa, '.facts li').some((li) => /UTC/.test(li.textContent!)), 'hours', { timeout: 5000 });
        expect($$(fa, '.facts li').some((li) => li.textContent!.includes('UTC+۴'))).to.equal(true);
        await expect(abroad).shadowDom.to.be.accessible();
      } finally {
        restore();
      }
      const inTbilisi = await banner('en', `src="${FIXTURE_URL}" kind="consultation"`);
      await waitUntil(() => hoursOf(inTbilisi), 'hours', { timeout: 5000 });
      expect(hoursOf(inTbilisi)).to.match(/^Mon–Fri 09:00–17:30$/);
    });

    it('a fact that wraps on a phone (long hours, many languages) shows every line whole, in both directions', async () => {
      const feed = await sampleFeed();
      Object.assign(feed.hotlines[1], { hours: 'Mo-Fr 09:00-18:00; Sa 10:00-14:00', languages: ['ka', 'en', 'ru', 'az', 'hy', 'uk', 'ar'] });
      const src = await serve(feed);
      for (const lang of ['az', 'fa']) {
        const wrap = await fixture<HTMLDivElement>(`<div lang="${lang}" style="width:240px"><iom-hotline-banner src="${src}" kind="consultation"></iom-hotline-banner></div>`);
        const el = wrap.querySelector('iom-hotline-banner')!;
        await waitFor(el, '.facts li');
        const box = $(el, '.facts-wrap')!.getBoundingClientRect();
        for (const li of $$(el, '.facts li')) {
          const range = document.createRange();
          range.selectNodeContents(li);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          expect(rects.length, `${lang}: ${li.textContent}`).to.be.greaterThan(0);
          for (const r of rects) expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `${lang}: "${li.textContent!.trim()}" cut at ${Math.round(r.left - box.left)} px`).to.equal(true);
        }
      }
    });

    it('shows every hotline of the feed in Georgian: message, name, a tel: link, what is known; passes axe', async () => {
      const el = await banner('ka');
      await waitFor(el, LINE);
      const lines = $$(el, '.line');
      expect(lines).to.have.length(2);
      const [emergency, centre] = lines as [HTMLElement, HTMLElement];
      expect(emergency.querySelector('.message')!.textContent).to.contain('საფრთხეში ხართ');
      expect(emergency.querySelector('.name')!.textContent).to.equal('გადაუდებელი დახმარების სამსახური 112');
      const a112 = emergency.querySelector<HTMLAnchorElement>('a.phone')!;
      expect(a112.getAttribute('href')).to.equal('tel:112');
      expect(a112.querySelector('.number')!.textContent).to.equal('112');
      const facts = [...emergency.querySelectorAll('.facts li')].map((l) => l.textContent!.trim());
      expect(facts).to.deep.equal(['უფასო', 'ყოველდღე, 24 საათი']);
      const aCentre = centre.querySelector<HTMLAnchorElement>('a.phone')!;
      expect(aCentre.getAttribute('href')).to.equal('tel:+995322600955');
      expect(aCentre.querySelector('.number')!.textContent).to.equal('+995 32 2 60 09 55');
      const centreFacts = [...centre.querySelectorAll('.facts li')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      // Chromium lacks Georgian weekday names: these are the shipped ones.
      expect(centreFacts[0]).to.equal('ორშ–პარ 09:00–17:30');
      expect(centreFacts[1]).to.equal('ენები: ქართული');
      expect(centre.querySelector('.facts bdi[lang="ka"]')!.textContent).to.equal('ქართული');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('picks lines by kind and by id', async () => {
      const byKind = await banner('en', `src="${FIXTURE_URL}" kind="consultation"`);
      await waitFor(byKind, LINE);
      expect($$(byKind, '.line')).to.have.length(1);
      expect($(byKind, '.name')!.textContent).to.contain('Tbilisi Mobility Centre');
      // In any case, as the other widgets' tags and types.
      const upper = await banner('en', `src="${FIXTURE_URL}" kind="Consultation"`);
      await waitFor(upper, LINE);
      expect($$(upper, '.line')).to.have.length(1);
      const byId = await banner('en', `src="${FIXTURE_URL}" hotline="emergency-112"`);
      await waitFor(byId, LINE);
      expect($$(byId, '.line')).to.have.length(1);
      expect($(byId, 'a.phone')!.getAttribute('href')).to.equal('tel:112');
    });

    it('a dark site\'s light danger colour takes its own words on the exit button (--iom-color-on-danger)', async () => {
      const el = await banner('ka', `phone="112" style="--iom-color-danger:#ff8a80;--iom-color-on-danger:#1b1f24"`);
      const exit = getComputedStyle($(el, '.exit-btn')!);
      expect([exit.backgroundColor, exit.color]).to.deep.equal(['rgb(255, 138, 128)', 'rgb(27, 31, 36)']);
      // Unset, the words stay white on the programme's red.
      const plain = getComputedStyle($(await banner('ka', 'phone="112"'), '.exit-btn')!);
      expect([plain.backgroundColor, plain.color]).to.deep.equal(['rgb(180, 35, 24)', 'rgb(255, 255, 255)']);
    });

    it('a kind or an id the feed does not have shows every line, not an exit without a number', async () => {
      for (const pick of ['kind="trafficking"', 'hotline="no-such-line"']) {
        const el = await banner('en', `src="${FIXTURE_URL}" ${pick}`);
        await waitFor(el, LINE);
        expect($$(el, '.line')).to.have.length(2);
        expect(!!$(el, '.none')).to.equal(false);
      }
    });

    it('with `phone` and `name` alone: no feed, no request at all', async () => {
      const meta = document.createElement('meta');
      meta.name = 'iom-widgets:feed';
      meta.content = FIXTURE_URL; // even with a page-wide feed
      document.head.append(meta);
      const realFetch = window.fetch;
      const asked: string[] = [];
      window.fetch = (input, init) => {
        asked.push(String(input instanceof Request ? input.url : input));
        return realFetch(input, init);
      };
      try {
        const el = await banner('ka', 'phone="+995 32 2 60 09 55" name="ცხელი ხაზი"');
        await waitFor(el, LINE);
        expect($(el, '.name')!.textContent).to.equal('ცხელი ხაზი');
        expect($(el, 'a.phone')!.getAttribute('href')).to.equal('tel:+995322600955');
        await aTimeout(200);
        expect(asked).to.deep.equal([]);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        window.fetch = realFetch;
        meta.remove();
      }
    });

    it('with neither a feed address nor `phone`: the editor is told (console, iom-feed-error no-source), the visitor sees why', async () => {
      const warn = console.warn;
      const warned: string[] = [];
      console.warn = (...a: unknown[]) => void warned.push(a.join(' '));
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div lang="ka"></div>`);
        const el = document.createElement('iom-hotline-banner');
        const error = oneEvent(el, 'iom-feed-error');
        wrap.append(el);
        expect((await error).detail.code).to.equal('no-source');
        await waitFor(el, '.state.error');
        expect($(el, '.state.error')!.textContent).to.contain('მისამართი');
        expect(warned.some((w) => w.includes('<iom-hotline-banner> has no feed URL'))).to.equal(true);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    it('no request besides the feed, nothing stored but the shared feed copy; its key does not mention the hotline', async () => {
      const before = new Set(Object.keys(localStorage));
      const cookies = document.cookie;
      const t0 = performance.now();
      const el = await banner('ka');
      await waitFor(el, LINE);
      await aTimeout(100);
      const requests = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= t0)
        .map((e) => new URL(e.name))
        .filter((u) => !/\.(ts|js|mjs)$/.test(u.pathname)); // the test server's own modules
      expect(requests.map((u) => u.pathname)).to.deep.equal([FIXTURE_URL]);
      expect(requests.every((u) => u.origin === location.origin)).to.equal(true);
      const added = Object.keys(localStorage).filter((k) => !before.has(k));
      for (const k of added) {
        expect(k.startsWith('iom-widgets:feed:')).to.equal(true);
        expect(k).to.not.match(/hotline|traffick|112|banner/i);
      }
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('iom-widgets:'))).to.deep.equal([]);
      expect(document.cookie).to.equal(cookies);
    });

    it('shows the light-DOM fallback while the feed loads and when it fails', async () => {
      const slow = await serve(await sampleFeed(), { delay: 1500 });
      let errors = 0;
      const onError = () => errors++;
      document.addEventListener('iom-feed-error', onError);
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ka">
        <iom-hotline-banner src=${slow}><a href="tel:112">112</a></iom-hotline-banner>
        <iom-hotline-banner src="/__feed/status/500"><a href="tel:112">112</a></iom-hotline-banner>
        <iom-hotline-banner src="/__feed/status/500"></iom-hotline-banner>
      </div>`);
      const [loading, failed, bare] = [...wrap.querySelectorAll('iom-hotline-banner')] as IomHotlineBanner[];
      const slot = await waitFor<HTMLSlotElement>(loading!, 'slot');
      expect(slot.assignedElements()[0]!.getAttribute('href')).to.equal('tel:112');
      expect($(loading!, '.exit-btn')).to.not.equal(null); // quick exit works while loading
      // The partner's number looks like ours while ours comes (on 2G, seconds): large, bold, a 44 px target.
      const theirs = getComputedStyle(slot.assignedElements()[0]!);
      expect([theirs.fontWeight, theirs.minHeight, parseFloat(theirs.fontSize) > 20]).to.deep.equal(['700', '44px', true]);
      await waitUntil(() => errors === 2, 'both failing banners report the error');
      document.removeEventListener('iom-feed-error', onError);
      const failedSlot = await waitFor<HTMLSlotElement>(failed!, 'slot');
      expect(failedSlot.assignedElements()).to.have.length(1);
      await waitFor(bare!, '.state.error');
      expect(shadowText(bare!)).to.contain('ცხელი ხაზის ჩატვირთვა ვერ მოხერხდა');
      await expect(bare!).shadowDom.to.be.accessible();
    });

    it('a comment inside the element (a CMS note, a framework marker) is no fallback: the error shows', async () => {
      const wrap = await fixture<HTMLDivElement>(`<div lang="ka"><iom-hotline-banner src="/__feed/status/500">
          <!-- IOM: anti-trafficking hotline -->
        </iom-hotline-banner></div>`);
      const el = wrap.querySelector('iom-hotline-banner')!;
      await waitFor(el, '.state.error');
      expect($(el, 'slot')).to.equal(null);
    });

    it('leaves out an invalid line with a warning; markup in the feed stays text', async () => {
      const url = await serve({
        version: 1, languages: ['en'],
        hotlines: [
          { id: 'ok', name: '<img src=x onerror="window.__pwned=1">', phone: '112' },
          { id: 'no-name', phone: '112' },
          { id: 'bad-phone', name: 'Bad', phone: 'javascript:alert(1)' },
        ],
      });
      const warnings = await captureWarnings(async () => {
        const el = await banner('en', `src="${url}"`);
        await waitFor(el, LINE);
        expect($$(el, '.line')).to.have.length(1);
        expect($(el, '.name')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      });
      expect(warnings.join('\n')).to.match(/hotlines/);
      expect(warnings.join('\n')).to.match(/no-name/);
    });

    it('formats numbers, hours and language names', () => {
      expect(parsePhone('+995322600955')).to.deep.equal({ dial: '+995322600955', display: '+995 32 2 60 09 55' });
      expect(parsePhone('+995 555 12-34-56')).to.deep.equal({ dial: '+995555123456', display: '+995 555 12 34 56' });
      expect(parsePhone('+995422271234')!.display).to.equal('+995 422 27 12 34');
      expect(parsePhone('112')).to.deep.equal({ dial: '112', display: '112' });
      expect(parsePhone(' 032 2 10  02 22 ')).to.deep.equal({ dial: '0322100222', display: '032 2 10 02 22' });
      expect(parsePhone('+4930123456')!.display).to.equal('+4930123456');
      // Another country's number as its writer spaced it: we do not guess foreign numbering plans.
      expect(parsePhone('+90 212 555 00 00')).to.deep.equal({ dial: '+902125550000', display: '+90 212 555 00 00' });
      expect(parsePhone('call us')).to.equal(undefined);
      expect(parsePhone('javascript:alert(1)')).to.equal(undefined);
      expect(formatHours('Mo-Fr 09:00-17:30', 'ru')).to.equal('пн–пт 09:00–17:30');
      expect(formatHours('Mo-Fr 09:00-17:30; Sa 10:00-14:00', 'ru')).to.equal('пн–пт 09:00–17:30; сб 10:00–14:00');
      expect(formatHours('Mo-Fr 09:00-17:30', 'en')).to.match(/^Mon–Fri (09:00–17:30|0?9:00\sAM–0?5:30\sPM)$/); // the browser's English clock
      expect(formatHours('24/7', 'ka')).to.equal('24/7');
      // A line open every day from 00:00 to 24:00 never reads "00:00–00:00" (a line that is never open).
      for (const every of ['Mo-Su 00:00-24:00', 'mo-su 00:00-24:00']) expect(formatHours(every, 'ka'), every).to.equal('24/7');
      expect(formatHours('Sa-Su 00:00-24:00', 'ru')).to.equal('сб–вс 00:00–24:00');
      expect(formatHours('Sa-Su 00:00-24:00', 'fa')).to.match(/^\S+–\S+ ۰۰:۰۰–۲۴:۰۰$/);
      expect(formatHours('Mo-Sa 00:00-24:00', 'ka')).to.not.equal('24/7');
      // Persian punctuation in Persian: "؛" between rules, "،" between days.
      const fa = formatHours('Mo,We 09:00-12:00; Sa 10:00-14:00', 'fa')!;
      expect(fa).to.match(/^[^;,]+، [^;,]+؛ [^;,]+$/);
      expect(formatHours('by appointment', 'en')).to.equal('by appointment');
      // As editors type it: dashes, spaces, one-digit hours.
      expect(formatHours('Mo–Fr 9:00 – 17:30; Sa, Su 10:00—14:00', 'ru')).to.equal('пн–пт 09:00–17:30; сб, вс 10:00–14:00');
      expect(formatHours('Mo – Su 00:00–24:00', 'ka')).to.equal('24/7');
      expect(formatHours('Mo-Fr 09:00-18:00, Sa 10:00-14:00', 'ru')).to.equal('пн–пт 09:00–18:00; сб 10:00–14:00');
      expect(formatHours('Mo–Fr, by appointment', 'en')).to.equal('Mo–Fr, by appointment');
      // A lunch break: the second span of times belongs to the same days.
      expect(formatHours('Mo-Fr 09:00-13:00, 14:00-18:00', 'ru')).to.equal('пн–пт 09:00–13:00, 14:00–18:00');
      expect(formatHours('Mo-Fr 09:00-13:00, 14:00-18:00; Sa 10:00-14:00', 'ka')).to.equal('ორშ–პარ 09:00–13:00, 14:00–18:00; შაბ 10:00–14:00');
      expect(formatHours('Mo-Fr 09:00-13:00,14:00-18:00', 'fa')).to.match(/^\S+–\S+ ۰۹:۰۰–۱۳:۰۰، ۱۴:۰۰–۱۸:۰۰$/);
      expect(formatHours('09:00-18:00', 'en')).to.equal('09:00-18:00');
      expect(languageName('ru', 'ka')).to.deep.equal({ name: 'Русский', lang: 'ru' });
      expect(languageName('hy-AM', 'en')).to.deep.equal({ name: 'Հայերեն', lang: 'hy' });
      expect(languageName('de', 'en').name).to.match(/^(Deutsch|German)$/);
    });
  });

  describe('languages', () => {
    /** The UI's own strings (not feed text, not the switcher, not the key name). */
    const uiStrings = (el: IomHotlineBanner) => [
      $(el, 'section')!.getAttribute('aria-label')!,
      $(el, '.languages')!.getAttribute('aria-label')!,
      $(el, '.dismiss')!.getAttribute('aria-label')!,
      $(el, '.exit-btn')!.textContent!.trim(),
      [...$(el, '.hint')!.childNodes].filter((n) => n.nodeName !== 'KBD' && n.nodeName !== 'SPAN').map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim(),
      $(el, '.phone .sr-only')!.textContent!.trim(),
      ...$$(el, '.facts li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ];
    const attrs = `src="${FIXTURE_URL}" dismissible`;

    it('every language renders its own strings (no English left) and passes axe', async () => {
      const en = await banner('en', attrs);
      await waitFor(en, LINE);
      const english = uiStrings(en);
      expect(english).to.include('Exit this page');
      for (const lang of LOCALES.filter((l) => l !== 'en')) {
        const el = await banner(lang, attrs);
        await waitFor(el, LINE);
        const strings = uiStrings(el);
        strings.forEach((s, i) => expect(s, `${lang}: "${english[i]}" is not translated`).to.not.equal(english[i]));
        if (lang !== 'tr' && lang !== 'az') {
          // Scripts other than Latin: no Latin word outside the switcher, the key name and the numbers.
          const root = $(el, '.root')!.cloneNode(true) as HTMLElement;
          root.querySelectorAll('.languages, kbd').forEach((n) => n.remove());
          expect(root.textContent, lang).to.not.match(/[A-Za-z]{2,}/);
        }
        expect($(el, '.root')!.getAttribute('lang')).to.equal(lang);
        await expect(el).shadowDom.to.be.accessible();
      }
    });

    it('Persian is right to left, and the numbers stay left to right', async () => {
      const el = await banner('fa');
      await waitFor(el, LINE);
      expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '.message')!).direction).to.equal('rtl');
      for (const n of $$(el, '.number')) {
        expect(n.getAttribute('dir')).to.equal('ltr');
        expect(getComputedStyle(n).direction).to.equal('ltr');
      }
      expect($(el, '.phone .number')!.textContent).to.equal('112');
      expect($(el, 'kbd')!.textContent).to.equal('Shift');
      expect(getComputedStyle($(el, 'kbd')!).direction).to.equal('ltr');
    });

    it('a message in the other direction starts on its own side: Georgian on a Persian page, Persian on a Georgian one', async () => {
      // A paragraph aligned to the page's side would begin each of its lines ragged.
      const georgian = { ka: 'თუ საფრთხე გემუქრებათ ან საბუთები წაგართვეს, დარეკეთ: ზარი უფასო და კონფიდენციალურია' };
      const persian = { fa: 'اگر مجبور به کار شده‌اید یا مدارک شما را گرفته‌اند، با ما تماس بگیرید. تماس رایگان و محرمانه است.' };
      for (const [page, message, dir] of [['fa', georgian, 'ltr'], ['ka', persian, 'rtl']] as const) {
        const url = await serve({ version: 1, languages: ['ka'], hotlines: [{ id: 'h', name: { ka: 'ცხელი ხაზი' }, phone: '116006', message }] });
        const el = await banner(page, `src="${url}" style="width: 320px"`);
        await waitFor(el, LINE);
        const p = $(el, '.message')!;
        expect(p.getAttribute('dir'), page).to.equal(dir);
        const box = p.getBoundingClientRect();
        // It wraps; its last, shorter line starts where the paragraph's direction starts.
        const range = document.createRange();
        range.selectNodeContents(p);
        const lines = [...range.getClientRects()];
        const last = lines.reduce((a, b) => (b.bottom > a.bottom ? b : a));
        expect(last.top, page).to.be.above(lines[0]!.bottom - 1);
        expect(last.width, page).to.be.below(box.width - 20);
        if (dir === 'ltr') expect(Math.abs(last.left - box.left), page).to.be.below(2);
        else expect(Math.abs(last.right - box.right), page).to.be.below(2);
        el.remove();
      }
    });

    for (const lang of ['ka', 'fa']) {
      it(`the facts' separating dots never start or end a line when they wrap (${lang})`, async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 260px"><iom-hotline-banner src=${FIXTURE_URL}></iom-hotline-banner></div>`);
        const el = wrap.querySelector('iom-hotline-banner')!;
        await waitFor(el, '.facts li');
        const rtl = lang === 'fa';
        expect($$(el, '.facts-wrap')).to.have.length($$(el, '.facts').length);
        for (const list of $$(el, '.facts-wrap')) {
          expect(getComputedStyle(list).overflow).to.equal('hidden');
          const box = list.getBoundingClientRect();
          const start = (r: DOMRect) => (rtl ? box.right - r.right : r.left - box.left);
          const items = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
          items.forEach((r, i) => {
            const newLine = i === 0 || r.top > items[i - 1]!.top + 1;
            // A fact that starts a line has its dot before the wrapper's edge (clipped); the others follow their neighbour.
            if (newLine) expect(start(r), `fact ${i} starts a line`).to.be.below(0);
            else expect(start(r), `fact ${i}`).to.be.above(0);
          });
        }
        // The 260 px banner wraps some facts onto lines of their own: the test saw a wrap.
        const tops = $$(el, '.facts li').map((li) => Math.round(li.getBoundingClientRect().top));
        expect(new Set(tops).size).to.be.above($$(el, '.facts').length);
      });
    }

    it('Persian says خط کمک‌رسانی and مدیر سایت', async () => {
      const el = await banner('fa');
      await waitFor(el, LINE);
      expect($(el, 'section')!.getAttribute('aria-label')).to.equal('خط کمک\u200cرسانی');
      const none = await banner('fa', `src="${await serve({ ...(await sampleFeed()), hotlines: [] })}"`);
      await waitFor(none, '.none');
      expect($(none, '.none')!.textContent).to.equal('هنوز هیچ خط کمک\u200cرسانی\u200cای ثبت نشده است.');
      const failed = await banner('fa', `src="/__feed/status/500"`);
      await waitFor(failed, '.state.error');
      expect(shadowText(failed)).to.contain('اطلاعات خط کمک\u200cرسانی بارگیری نشد.');
      const wrap = await fixture<HTMLDivElement>(`<div lang="fa"><iom-hotline-banner></iom-hotline-banner></div>`);
      const noFeed = wrap.querySelector('iom-hotline-banner')!;
      await waitFor(noFeed, '.state.error');
      expect(shadowText(noFeed)).to.contain('مدیر سایت باید آن را تنظیم کند');
      expect(shadowText(noFeed)).to.not.contain('ویراستار');
    });

    it('Azerbaijani: full day names in the hours, and "daha bir dəfə" for the last press', async () => {
      const el = await banner('az');
      await waitFor(el, LINE);
      const facts = $$(el, '.line')[1]!.querySelectorAll('.facts li');
      expect(facts[0]!.textContent!.trim()).to.equal('bazar ertəsi–cümə 09:00–17:30');
      shift();
      shift();
      await el.updateComplete;
      expect($(el, '[aria-live]')!.textContent!.trim()).to.equal('Səhifədən çıxmaq üçün Shift düyməsini daha bir dəfə basın.');
    });

    it('the switcher names each language in itself, with its lang; switching changes this banner only', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ka">
        <iom-hotline-banner src=${FIXTURE_URL}></iom-hotline-banner><iom-hotline-banner src=${FIXTURE_URL}></iom-hotline-banner>
      </div>`);
      const [a, b] = [...wrap.querySelectorAll('iom-hotline-banner')] as IomHotlineBanner[];
      await waitFor(a!, LINE);
      await waitFor(b!, LINE);
      const options = $$(a!, '.lang');
      expect(options.map((o) => [o.getAttribute('lang'), o.textContent])).to.deep.equal([
        ['ka', 'ქართული'], ['en', 'English'], ['ru', 'Русский'], ['tr', 'Türkçe'], ['fa', 'فارسی'], ['az', 'Azərbaycanca'], ['hy', 'Հայերեն'],
      ]);
      expect(options[0]!.getAttribute('aria-pressed')).to.equal('true');
      const ru = options[2]!;
      ru.focus();
      ru.click();
      await waitUntil(() => $(a!, '.root')!.getAttribute('lang') === 'ru');
      await a!.updateComplete;
      expect(a!.getAttribute('lang')).to.equal('ru');
      expect($(a!, '.exit-btn')!.textContent).to.equal('Покинуть страницу');
      expect($(a!, '.message')!.textContent).to.contain('Вы в опасности');
      expect(ru.getAttribute('aria-pressed')).to.equal('true');
      expectSame(a!.shadowRoot!.activeElement, ru, 'focus after switching language'); // re-rendered in place
      expect($(b!, '.root')!.getAttribute('lang')).to.equal('ka');
      expect(wrap.getAttribute('lang')).to.equal('ka');
      $$(a!, '.lang')[4]!.click();
      await waitUntil(() => $(a!, '.root')!.getAttribute('dir') === 'rtl');
    });
  });

  describe('quick exit', () => {
    it('Shift three times within 5 s hides the page, then leaves with location.replace to exit-url', async () => {
      const el = await banner('en', `src="${FIXTURE_URL}" exit-url="https://example.org/weather"`);
      const live = $(el, '[aria-live]')!;
      shift();
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('Press Shift 2 more times to exit this page.');
      now += 2000;
      shift();
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('Press Shift once more to exit this page.');
      expect(exits).to.deep.equal([]);
      now += 2999;
      shift();
      expect(exits).to.deep.equal([{ url: 'https://example.org/weather', hiddenBefore: true }]);
    });

    it('the tab\'s title goes with the page: it names where the visitor is going, and comes back with the page', async () => {
      const before = document.title;
      document.title = 'ტრეფიკინგის მსხვერპლთა დახმარება';
      try {
        const el = await banner('en', `phone="112" exit-url="https://example.org/weather"`);
        $<HTMLButtonElement>(el, '.exit-btn')!.click();
        expect(exits).to.have.length(1);
        expect(document.title).to.equal('example.org');
        backFromCache();
        expect(document.title).to.equal('ტრეფიკინგის მსხვერპლთა დახმარება');
      } finally {
        document.title = before;
      }
    });

    it('with the first banner dismissed, the next one shown announces the count', async () => {
      const wrap = await fixture<HTMLDivElement>(`<div lang="en"><iom-hotline-banner id="a" phone="112" dismissible></iom-hotline-banner><iom-hotline-banner id="b" phone="116006"></iom-hotline-banner></div>`);
      const [a, b] = [...wrap.querySelectorAll<IomHotlineBanner>('iom-hotline-banner')];
      await waitUntil(() => $(a!, '.dismiss') && $(b!, '[aria-live]'));
      $<HTMLButtonElement>(a!, '.dismiss')!.click();
      await a!.updateComplete;
      shift();
      await b!.updateComplete;
      expect($(b!, '[aria-live]')!.textContent!.trim()).to.equal('Press Shift 2 more times to exit this page.');
    });

    it('a dismissed banner keeps its shortcut (a visitor may hide it to look less conspicuous)', async () => {
      const el = await banner('en', `phone="112" dismissible exit-url="https://example.org/weather"`);
      $<HTMLButtonElement>(el, '.dismiss')!.click();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      shift();
      shift();
      shift();
      expect(exits).to.deep.equal([{ url: 'https://example.org/weather', hiddenBefore: true }]);
      // On the next page of the session too, where it starts dismissed.
      backFromCache();
      exits = [];
      el.remove();
      const again = await fixture<IomHotlineBanner>(`<iom-hotline-banner phone="112" dismissible exit-url="https://example.org/news"></iom-hotline-banner>`);
      expect(again.hidden).to.equal(true);
      shift();
      shift();
      shift();
      expect(exits.map((e) => e.url)).to.deep.equal(['https://example.org/news']);
    });

    it('Tab goes straight to the exit button, even in a sticky banner that scrolls inside (Firefox would stop on the scroll box first)', async function () {
      const wrap = await fixture<HTMLDivElement>(`<div><button id="before">before</button><iom-hotline-banner lang="ka" placement="top" src="${FIXTURE_URL}" style="--_cap: 120px"></iom-hotline-banner></div>`);
      const el = wrap.querySelector('iom-hotline-banner')!;
      await waitUntil(() => el.shadowRoot?.querySelectorAll('.line').length === 2, 'the two lines', { timeout: 5000 });
      const box = $(el, '.banner')!;
      expect(box.scrollHeight, 'the banner scrolls inside').to.be.above(box.clientHeight);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      try {
        await sendKeys({ press: 'Tab' });
      } catch (e) {
        if (/sendKeys is not a function/.test(String(e))) return this.skip(); // the WebDriver launcher (WebKit) cannot send keys
        throw e;
      }
      expect(el.shadowRoot!.activeElement?.className).to.equal('exit-btn');
    });

    it('real key presses work (the browser sends the keys)', async function () {
      await banner('en', `phone="112"`);
      try {
        await sendKeys({ press: 'Shift' });
      } catch (e) {
        if (/sendKeys is not a function/.test(String(e))) return this.skip(); // the WebDriver launcher (WebKit) cannot send keys
        throw e;
      }
      for (let i = 0; i < 2; i++) await sendKeys({ press: 'Shift' });
      expect(exits.map((e) => e.url)).to.deep.equal([DEFAULT_EXIT_URL]);
    });

    it('two presses do not leave; nor do three spread over more than 5 s', async () => {
      await banner('en', `phone="112"`);
      shift();
      shift();
      await aTimeout(50);
      expect(exits).to.have.length(0);
      now += EXIT_WINDOW_MS + 1; // the first two are too old now
      shift();
      expect(exits).to.have.length(0);
      now += 1000;
      shift();
      expect(exits).to.have.length(0);
      now += 1000;
      shift(); // three within 5 s again
      expect(exits).to.have.length(1);
      expect(exits[0]!.url).to.equal(DEFAULT_EXIT_URL);
    });

    it('the count shown and announced lapses with the 5 s window', async () => {
      const el = await banner('en', `phone="112"`);
      const live = $(el, '[aria-live]')!;
      const pips = () => $$(el, '.pips i.on').length;
      shift();
      tick(2000);
      shift();
      await el.updateComplete;
      expect(pips()).to.equal(2);
      expect(live.textContent!.trim()).to.equal('Press Shift once more to exit this page.');
      tick(EXIT_WINDOW_MS - 2000 + 1); // the first press is too old now: one counts
      await el.updateComplete;
      expect(pips()).to.equal(1);
      expect(live.textContent!.trim(), 'not "once more" any longer, and nothing new is announced').to.equal('');
      tick(2000); // and now none
      await el.updateComplete;
      expect(pips()).to.equal(0);
      expect(live.textContent!.trim()).to.equal('');
      shift(); // a first press again, as shown
      await el.updateComplete;
      expect(exits).to.have.length(0);
      expect(pips()).to.equal(1);
      expect(live.textContent!.trim()).to.equal('Press Shift 2 more times to exit this page.');
      tick(1000);
      shift();
      shift();
      expect(exits).to.have.length(1);
    });

    it('any other key, or Shift with another key, starts the count again; holding Shift is one press', async () => {
      const el = await banner('en', `phone="112"`);
      shift();
      shift();
      key('a');
      shift();
      expect(exits).to.have.length(0);
      key('Shift', { ctrlKey: true });
      shift();
      shift();
      expect(exits).to.have.length(0);
      key('Escape');
      key('Shift', { shiftKey: true });
      key('Shift', { shiftKey: true, repeat: true });
      key('Shift', { shiftKey: true, repeat: true });
      keyup('Shift');
      expect(exits).to.have.length(0);
      await el.updateComplete;
      expect($(el, '[aria-live]')!.textContent!.trim()).to.equal('Press Shift 2 more times to exit this page.');
    });

    it('Shift+Tab and capitals are not presses, and nothing is announced to someone moving through the page', async () => {
      const el = await banner('ka', `phone="112"`);
      const live = $(el, '[aria-live]')!;
      const quiet = async () => {
        await el.updateComplete;
        expect($$(el, '.pips i.on')).to.have.length(0);
        expect(live.textContent!.trim()).to.equal('');
      };
      for (let i = 0; i < 3; i++) {
        // Shift+Tab, as a keyboard user goes back a field: Shift is down a moment before Tab.
        key('Shift', { shiftKey: true });
        await quiet();
        key('Tab', { shiftKey: true });
        keyup('Tab', { shiftKey: true });
        keyup('Shift');
        // A Georgian capital-row letter (ღ is Shift+R), let go in either order.
        key('Shift', { shiftKey: true });
        await quiet();
        key('ღ', { shiftKey: true });
        keyup('Shift');
        keyup('ღ');
        await quiet();
      }
      expect(exits).to.have.length(0);
    });

    it('Shift with a click or the wheel is not a press (extending a selection, scrolling sideways), and starts the count again', async () => {
      const el = await banner('ka', `phone="112"`);
      const withMouse = (e: Event) => {
        key('Shift', { shiftKey: true });
        document.body.dispatchEvent(e);
        keyup('Shift');
      };
      for (let i = 0; i < 3; i++) {
        withMouse(new PointerEvent('pointerdown', { shiftKey: true, bubbles: true, composed: true }));
        withMouse(new WheelEvent('wheel', { shiftKey: true, deltaY: 120, bubbles: true, composed: true }));
      }
      expect(exits).to.have.length(0);
      // Two presses, then Shift+click: the count starts again.
      shift();
      shift();
      withMouse(new PointerEvent('pointerdown', { shiftKey: true, bubbles: true, composed: true }));
      shift();
      expect(exits).to.have.length(0);
      await el.updateComplete;
      expect($$(el, '.pips i.on')).to.have.length(1);
      // A click or the wheel without Shift leaves the count alone.
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      document.body.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true, composed: true }));
      shift();
      shift();
      expect(exits).to.have.length(1);
    });

    it('the button leaves at once; an exit-url that is not http(s) falls back to the default', async () => {
      const el = await banner('en', `phone="112" exit-url="javascript:alert(1)"`);
      $<HTMLButtonElement>(el, '.exit-btn')!.click();
      expect(exits).to.deep.equal([{ url: DEFAULT_EXIT_URL, hiddenBefore: true }]);
    });

    it('an exit-url that would stay on this page (empty, blank, "#", this address) goes to the default', async () => {
      // An empty attribute is what a CMS template with an unfilled variable writes: it reloaded the page.
      for (const value of ['', '   ', '#', '#top', location.href]) {
        exits.length = 0;
        const el = await banner('en', `phone="112" exit-url="${value}"`);
        $<HTMLButtonElement>(el, '.exit-btn')!.click();
        expect(exits, JSON.stringify(value)).to.deep.equal([{ url: DEFAULT_EXIT_URL, hiddenBefore: true }]);
        backFromCache();
        el.remove();
      }
    });

    it('a relative exit-url (an unfilled template variable, an address without https://, a path) goes to the default, not to the partner\'s own site', async () => {
      for (const value of ['{{ exit_url }}', '%EXIT_URL%', 'undefined', 'www.google.ge', 'google.com/search', '/', '?', 'https//example.org']) {
        exits.length = 0;
        const el = await banner('en', `phone="112" exit-url="${value}"`);
        $<HTMLButtonElement>(el, '.exit-btn')!.click();
        expect(exits, value).to.deep.equal([{ url: DEFAULT_EXIT_URL, hiddenBefore: true }]);
        backFromCache();
        el.remove();
      }
    });

    it('hides the page\'s open modal dialog and popover too (the top layer)', async () => {
      const dialog = document.createElement('dialog');
      dialog.textContent = 'ანონიმური შეტყობინების ფორმა';
      const pop = document.createElement('div');
      pop.popover = 'manual';
      pop.textContent = 'დახმარება';
      document.body.append(dialog, pop);
      try {
        dialog.showModal();
        pop.showPopover();
        const el = await banner('en', `phone="112"`);
        $<HTMLButtonElement>(el, '.exit-btn')!.click();
        expect(exits).to.have.length(1);
        // Nothing of either is drawn: the root's display is none, and the top layer goes with it.
        for (const box of [dialog, pop]) expect(box.getClientRects().length, box.localName).to.equal(0);
        backFromCache();
        expect(dialog.getClientRects().length).to.be.greaterThan(0);
      } finally {
        dialog.close();
        pop.remove();
        dialog.remove();
      }
    });

    it('shows the shortcut', async () => {
      const el = await banner('en', `phone="112"`);
      expect($(el, '.hint')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Or press Shift 3 times');
      expect($(el, '.hint kbd')!.textContent).to.equal('Shift');
    });

    it('no-quick-exit="false" (Vue\'s :no-quick-exit="false", a template\'s unfilled value) leaves quick exit on; no-quick-exit turns it off', async () => {
      const on = await banner('ka', 'phone="112" no-quick-exit="false"');
      expect($(on, '.exit-btn')).to.not.equal(null);
      shift();
      shift();
      shift();
      expect(exits).to.have.length(1);
      for (const value of ['', 'no-quick-exit', 'true']) {
        const off = await fixture<IomHotlineBanner>(`<iom-hotline-banner lang="ka" phone="112" no-quick-exit="${value}"></iom-hotline-banner>`);
        await waitFor(off, LINE);
        expect(off.noQuickExit, value).to.equal(true);
        expect($(off, '.exit-btn'), value).to.equal(null);
      }
    });

    it('one document listener however many banners; none when quick exit is off', async () => {
      const real = document.addEventListener;
      const realRemove = document.removeEventListener;
      let added = 0;
      let removed = 0;
      document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
        if (type === 'keydown') added++;
        return (real as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof document.addEventListener;
      document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
        if (type === 'keydown') removed++;
        return (realRemove as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof document.removeEventListener;
      try {
        const off = await fixture<HTMLDivElement>(html`<div lang="en">
          <iom-hotline-banner phone="112" no-quick-exit></iom-hotline-banner><iom-hotline-banner phone="112" no-quick-exit></iom-hotline-banner>
        </div>`);
        await waitFor(off.querySelector('iom-hotline-banner')!, '.line');
        expect(added).to.equal(0);
        expect($(off.querySelector('iom-hotline-banner')!, '.exit-btn')).to.equal(null);
        off.remove();
        const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
          <iom-hotline-banner phone="112"></iom-hotline-banner><iom-hotline-banner phone="112"></iom-hotline-banner>
          <iom-hotline-banner src=${FIXTURE_URL}></iom-hotline-banner>
        </div>`);
        for (const el of wrap.querySelectorAll('iom-hotline-banner')) await waitFor(el, '.exit-btn');
        expect(added).to.equal(1);
        shift();
        shift();
        shift();
        expect(exits).to.have.length(1); // one listener: one exit, not three
        wrap.remove();
        expect(removed).to.equal(1);
      } finally {
        document.addEventListener = real;
        document.removeEventListener = realRemove;
      }
    });

    it('a banner moved in the page (a CMS script, a framework reparenting it) keeps its shortcut and its room', async () => {
      // In <body>, as the README asks of a sticky banner: moved from last to first.
      const el = document.createElement('iom-hotline-banner');
      Object.assign(el, { lang: 'ka', placement: 'top', src: FIXTURE_URL });
      document.body.append(el);
      try {
        await waitFor(el, LINE);
        const padding = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
        await waitUntil(() => padding() > 0, 'room kept');
        document.body.prepend(el);
        await el.updateComplete;
        await waitUntil(() => padding() > 0, 'room kept after the move');
        shift();
        shift();
        shift();
        expect(exits).to.have.length(1);
      } finally {
        backFromCache(); // while the banner still listens: the page, its title and its saving come back
        el.remove();
      }
    });

    it('back from the back-forward cache, the page shows again and the count starts over', async () => {
      await banner('en', `phone="112"`);
      shift();
      shift();
      shift();
      expect(exits).to.have.length(1);
      expect(pageHidden()).to.equal(true);
      backFromCache();
      expect(pageHidden()).to.equal(false);
      shift();
      shift();
      expect(exits).to.have.length(1);
    });
  });

  describe('quick exit, for real', () => {
    // The real navigation, not the hook. The exit URL answers 204 No Content:
    // a navigation that got through would leave this page where it is.
    beforeEach(() => {
      quickExitHooks.navigate = realHooks.navigate;
    });
    afterEach(() => {
      document.documentElement.style.removeProperty('display');
    });

    it('the page is hidden, then replaced with location.replace', async () => {
      const exit = `/__feed/status/204/${uniqueKey('exit')}`;
      // (exit-url is absolute: a relative one goes to the default.)
      const exitUrl = new URL(exit, location.href).href;
      const el = await banner('en', `phone="112" exit-url="${exitUrl}"`);
      const watch = watchNavigations();
      try {
        $<HTMLButtonElement>(el, '.exit-btn')!.click();
        expect(pageHidden()).to.equal(true);
        if (watch) expect(watch.seen).to.deep.equal([{ type: 'replace', url: new URL(exit, location.href).href, topHidden: true }]);
        else await waitUntil(() => requested(exit), 'WebKit (no Navigation API): the exit was at least requested', { timeout: 5000 });
      } finally {
        watch?.stop();
      }
    });

    it('from a frame sandboxed without allow-top-navigation (a CMS embed block), the frame leaves and the top stays visible', async () => {
      const exit = `/__feed/status/204/${uniqueKey('exit')}`;
      // (exit-url is absolute: a relative one goes to the default.)
      const exitUrl = new URL(exit, location.href).href;
      const f = await frame(360, 200, `<iom-hotline-banner lang="en" phone="112" exit-url="${exitUrl}"></iom-hotline-banner>`, 'allow-scripts allow-same-origin');
      const watch = watchNavigations();
      try {
        const inner = f.contentDocument!.querySelector('iom-hotline-banner')!;
        await waitUntil(() => inner.shadowRoot?.querySelector('.exit-btn'), 'the banner in the frame', { timeout: 5000 });
        inner.shadowRoot!.querySelector<HTMLButtonElement>('.exit-btn')!.click();
        // The top may not be sent away: hidden, it would be a blank page at the partner's address.
        expect(pageHidden(), 'the top page').to.equal(false);
        if (watch) expect(watch.seen, 'the top did not try to leave').to.deep.equal([]);
        await waitUntil(() => requested(exit), 'the frame went to the exit page', { timeout: 5000 });
      } finally {
        watch?.stop();
        f.remove();
      }
    });

    it('from an iframe, the top window leaves with location.replace, and a same-origin top is hidden first', async () => {
      const exit = `/__feed/status/204/${uniqueKey('exit')}`;
      // (exit-url is absolute: a relative one goes to the default.)
      const exitUrl = new URL(exit, location.href).href;
      const f = await frame(360, 200, `<iom-hotline-banner lang="en" phone="112" exit-url="${exitUrl}"></iom-hotline-banner>`);
      try {
        const inner = f.contentDocument!.querySelector('iom-hotline-banner')!;
        await waitUntil(() => inner.shadowRoot?.querySelector('.exit-btn'), 'the banner in the frame', { timeout: 5000 });
        const frameHidden = () => f.contentDocument!.documentElement.style.display === 'none';
        const frameUrl = f.contentWindow!.location.href;
        const watch = watchNavigations(() => ({ frameHidden: frameHidden() }));
        try {
          inner.shadowRoot!.querySelector<HTMLButtonElement>('.exit-btn')!.click();
          expect(pageHidden(), 'the top page').to.equal(true);
          expect(frameHidden(), 'the frame').to.equal(true);
          if (watch) expect(watch.seen).to.deep.equal([{ type: 'replace', url: new URL(exit, location.href).href, topHidden: true, frameHidden: true }]);
          else await waitUntil(() => requested(exit), 'WebKit (no Navigation API): the exit was at least requested', { timeout: 5000 });
          expect(f.contentWindow!.location.href, 'the frame itself stays').to.equal(frameUrl);
        } finally {
          watch?.stop();
        }
      } finally {
        f.remove();
      }
    });
  });

  it('the quick exit leaves no trace in storage: the saved feed goes; a dismissal (see "keeps its shortcut") and a partner\'s own keys stay', async () => {
    localStorage.setItem('iom-widgets:feed:test', '{"hotlines":"trafficking"}');
    sessionStorage.setItem('iom-widgets:dismissed:test', '1');
    localStorage.setItem('partner:theme', 'dark');
    try {
      const el = await fixture<IomHotlineBanner>(`<iom-hotline-banner lang="ka" phone="112"></iom-hotline-banner>`);
      await waitFor(el, '.exit-btn');
      $<HTMLButtonElement>(el, '.exit-btn')!.click();
      expect(exits).to.have.length(1);
      expect(localStorage.getItem('iom-widgets:feed:test')).to.equal(null);
      expect(sessionStorage.getItem('iom-widgets:dismissed:test')).to.equal('1');
      expect(localStorage.getItem('partner:theme')).to.equal('dark');
    } finally {
      localStorage.removeItem('partner:theme');
    }
  });

  it('a feed that arrives after the quick exit is not saved (its save would undo the exit\'s sweep)', async () => {
    const url = await serve(await sampleFeed(), { delay: 300 });
    const el = await fixture<IomHotlineBanner>(html`<iom-hotline-banner lang="ka" src=${url}></iom-hotline-banner>`);
    await waitFor(el, '.exit-btn');
    const loaded = oneEvent(el, 'iom-feed-load');
    $<HTMLButtonElement>(el, '.exit-btn')!.click();
    expect(exits).to.have.length(1);
    await loaded;
    await aTimeout(1200); // past the save's latest moment (after the next frame, or 1 s)
    expect(Object.keys(localStorage).filter((k) => k.startsWith('iom-widgets:'))).to.deep.equal([]);
    // Back from the back-forward cache, the page saves again.
    backFromCache();
    const again = await fixture<IomHotlineBanner>(html`<iom-hotline-banner lang="ka" src=${await serve(await sampleFeed())}></iom-hotline-banner>`);
    await oneEvent(again, 'iom-feed-load');
    await waitUntil(() => Object.keys(localStorage).some((k) => k.startsWith('iom-widgets:feed:')), 'saved again', { timeout: 3000 });
  });

  it('a banner that starts hidden shows its hotline once a partner un-hides it', async () => {
    const el = await fixture<IomHotlineBanner>(`<iom-hotline-banner lang="ka" phone="112" name="Emergency" hidden><a href="tel:112">112</a></iom-hotline-banner>`);
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.hidden = false;
    await waitFor(el, '.number');
    expect(el.hasAttribute('hidden')).to.equal(false);
    expect($(el, '.number')!.textContent).to.contain('112');
    expect(el.getBoundingClientRect().height).to.be.above(40);
    el.setAttribute('hidden', '');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.removeAttribute('hidden');
    await waitFor(el, '.number');
    expect(el.getBoundingClientRect().height).to.be.above(40);
  });

  describe('dismissal and placement', () => {
    it('fires a cancelable iom-dismiss; once dismissed it stays hidden for the session, and nothing goes to localStorage or cookies', async () => {
      const local = JSON.stringify(Object.entries(localStorage).sort());
      const cookies = document.cookie;
      const el = await banner('en', `id="help" phone="112" dismissible`);
      el.addEventListener('iom-dismiss', (e) => e.preventDefault(), { once: true });
      setTimeout(() => $<HTMLButtonElement>(el, '.dismiss')!.click());
      const kept = await oneEvent(el, 'iom-dismiss');
      expect(kept.cancelable && kept.bubbles && kept.composed).to.equal(true);
      expect(kept.detail).to.deep.equal({ hotlines: [] });
      expect(el.hidden).to.equal(false);
      setTimeout(() => $<HTMLButtonElement>(el, '.dismiss')!.click());
      await oneEvent(el, 'iom-dismiss');
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      // A later page of the same session.
      const again = await fixture<IomHotlineBanner>(`<iom-hotline-banner id="help" phone="112" dismissible></iom-hotline-banner>`);
      expect(again.hidden).to.equal(true);
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('iom-widgets:'))).to.deep.equal([`iom-widgets:dismissed:${hash('help')}`]);
      expect(JSON.stringify(Object.entries(localStorage).sort())).to.equal(local);
      expect(document.cookie).to.equal(cookies);
      // Banners without an id are told apart by what they show, under a key that does not name the line.
      const a = await fixture<IomHotlineBanner>(`<iom-hotline-banner phone="112" name="Emergency" dismissible></iom-hotline-banner>`);
      $<HTMLButtonElement>(a, '.dismiss')!.click();
      await a.updateComplete;
      expect(a.hidden).to.equal(true);
      const other = await fixture<IomHotlineBanner>(`<iom-hotline-banner phone="116006" name="Trafficking" dismissible></iom-hotline-banner>`);
      expect(other.hidden, 'another line stays').to.equal(false);
      const same = await fixture<IomHotlineBanner>(`<iom-hotline-banner phone="112" name="Emergency" dismissible></iom-hotline-banner>`);
      expect(same.hidden, 'the same line stays dismissed').to.equal(true);
      const keys = Object.keys(sessionStorage).filter((k) => k.startsWith('iom-widgets:dismissed:') && k !== `iom-widgets:dismissed:${hash('help')}`);
      expect(keys).to.have.length(1);
      expect(keys[0]).to.match(/^iom-widgets:dismissed:[0-9a-z]+$/);
      expect(keys[0]).not.to.match(/112|emergency/i);
      sessionStorage.removeItem(keys[0]!);
      // Without `dismissible` a remembered dismissal does not apply.
      const plain = await fixture<IomHotlineBanner>(`<iom-hotline-banner id="help" phone="112"></iom-hotline-banner>`);
      expect(plain.hidden).to.equal(false);
    });

    it('the dismissal key does not repeat the id either (an id may name the subject)', async () => {
      const el = await banner('en', `id="trafficking-hotline-help" phone="116006" name="Trafficking hotline" dismissible`);
      $<HTMLButtonElement>(el, '.dismiss')!.click();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      const stored = [...Object.entries(sessionStorage), ...Object.entries(localStorage)].flat().join(' ');
      expect(stored).to.not.match(/traffick|hotline|116006/i);
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('iom-widgets:'))).to.have.length(1);
      const again = await fixture<IomHotlineBanner>(`<iom-hotline-banner id="trafficking-hotline-help" phone="116006" dismissible></iom-hotline-banner>`);
      expect(again.hidden, 'still remembered by its id').to.equal(true);
    });

    it('iom-dismiss names the lines shown', async () => {
      const el = await banner('en', `src="${FIXTURE_URL}" kind="emergency" dismissible`);
      await waitFor(el, LINE);
      setTimeout(() => $<HTMLButtonElement>(el, '.dismiss')!.click());
      const ev = await oneEvent(el, 'iom-dismiss');
      expect(ev.detail.hotlines).to.deep.equal(['emergency-112']);
    });

    it('sticky on a 360×740 phone: at most 35% of the height; the exit button stays in sight, the number shows, nothing is cut', async () => {
      const text = '<p>საქართველოს მობილურობის ცენტრები კონსულტაციას უწევენ საზღვარგარეთ წასვლის მსურველებს.</p>'.repeat(30);
      const f = await frame(360, 740, `<iom-hotline-banner lang="ka" placement="top" dismissible src="${FIXTURE_URL}"></iom-hotline-banner>${text}`);
      try {
        const el = f.contentDocument!.querySelector('iom-hotline-banner')!;
        await waitUntil(() => el.shadowRoot?.querySelectorAll('.line').length === 2, 'the two lines', { timeout: 5000 });
        await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
        const box = el.getBoundingClientRect();
        expect(box.height).to.be.at.most(Math.ceil(740 * 0.35) + 1);
        const inSight = (node: Element) => {
          const r = node.getBoundingClientRect();
          return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        };
        expect(inSight($(el, '.exit-btn')!), 'the exit button').to.equal(true);
        // The exit bar's background reaches past its last line: text scrolling under it never touches the Shift dots.
        expect($(el, '.bar')!.getBoundingClientRect().bottom - $(el, '.pips')!.getBoundingClientRect().bottom).to.be.at.least(4);
        // As on a touch phone, where the Shift hint is hidden (next test): the first number shows too.
        const touch = new (f.contentWindow as typeof window).CSSStyleSheet();
        touch.replaceSync('.hint { display: none }');
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, touch];
        await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
        expect(inSight($(el, '.phone')!), 'the first number').to.equal(true);
        // Nothing is hidden: every language and every message is there; the rest scrolls under the exit button.
        expect($$(el, '.lang').filter((b) => b.getBoundingClientRect().height > 0)).to.have.length(7);
        const scroller = $(el, '.banner')!;
        for (const target of $$(el, '.message, .phone')) {
          target.scrollIntoView({ block: 'nearest' });
          await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
          expect(inSight($(el, '.exit-btn')!), 'the exit button, scrolled').to.equal(true);
          const r = target.getBoundingClientRect();
          expect(r.bottom, 'reachable').to.be.at.most(box.bottom + 1);
        }
        expect(scroller.scrollTop).to.be.above(0);
        // What does not fit is announced to the eye: a shadow at the bottom edge (on the box), hidden by a cover that scrolls with the content.
        const bg = getComputedStyle(scroller);
        expect(bg.backgroundImage).to.match(/linear-gradient.*radial-gradient/);
        expect(bg.backgroundAttachment).to.match(/^local, scroll/);
      } finally {
        f.remove();
      }
    });

    it('sticky and scrolling inside: Shift+Tab back to a number brings it out from under the exit bar (WCAG 2.4.11)', async function () {
      const el = await fixture<IomHotlineBanner>(`<iom-hotline-banner lang="ka" placement="top" src="${FIXTURE_URL}" style="--_cap: 160px"></iom-hotline-banner>`);
      await waitUntil(() => el.shadowRoot?.querySelectorAll('.line').length === 2, 'the two lines', { timeout: 5000 });
      const box = $(el, '.banner')!;
      $<HTMLButtonElement>(el, '.lang')!.focus();
      box.scrollTop = box.scrollHeight;
      try {
        // Back from the language buttons: the keyboard scrolls what it focuses to the box's nearest edge, under the bar.
        await sendKeys({ down: 'Shift' });
        for (let i = 0; i < 3 && !el.shadowRoot!.activeElement?.matches('.phone'); i++) await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      } catch (e) {
        if (/sendKeys is not a function|Only "press"/.test(String(e))) return this.skip(); // the WebDriver launcher (WebKit) cannot hold a key down
        throw e;
      }
      const link = el.shadowRoot!.activeElement!;
      expect(link.matches('.phone'), link.outerHTML).to.equal(true);
      await new Promise((r) => requestAnimationFrame(r));
      expect(link.getBoundingClientRect().top - 5, 'its focus ring below the bar').to.be.at.least($(el, '.bar')!.getBoundingClientRect().bottom);
    });

    it('in a window too short to keep anything in place (1280×1024 at 400 % zoom: 320×256), the banner stands in the flow, whole, every number readable', async () => {
      const f = await frame(320, 256, `<iom-hotline-banner lang="ka" placement="top" src="${FIXTURE_URL}"></iom-hotline-banner>${'<p>ტექსტი</p>'.repeat(40)}`);
      try {
        const el = f.contentDocument!.querySelector('iom-hotline-banner')!;
        await waitUntil(() => el.shadowRoot?.querySelectorAll('.line').length === 2, 'the two lines', { timeout: 5000 });
        await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
        expect(getComputedStyle(el).position).to.equal('static');
        const box = $(el, '.banner')!;
        expect(box.scrollHeight, 'nothing scrolls inside the banner').to.be.at.most(box.clientHeight + 1);
        expect(f.contentDocument!.documentElement.style.scrollPaddingTop, 'no room reserved for a banner that scrolls away').to.equal('');
        // Each number, brought into view as focus would, is the topmost thing at its own centre.
        for (const phone of $$(el, 'a.phone')) {
          phone.focus();
          await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
          const r = phone.getBoundingClientRect();
          // (Within a pixel: WebKit scrolls a focused element to a fractional edge, 256.33.)
          expect(r.top, 'in the window').to.be.at.least(-1);
          expect(r.bottom, 'in the window').to.be.at.most(257);
          const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          expect(phone.contains(hit), `${phone.textContent} is not covered`).to.equal(true);
        }
      } finally {
        f.remove();
      }
    });

    for (const lang of ['ka', 'fa']) {
      it(`text at 200 % on a 360 px phone (${lang}): every line and number inside the banner, the first number before the language buttons`, async () => {
        const f = await frame(360, 740, `<iom-hotline-banner lang="${lang}" placement="top" src="${FIXTURE_URL}" style="--iom-font-size:200%"></iom-hotline-banner>${'<p>ტექსტი</p>'.repeat(20)}`);
        try {
          const el = f.contentDocument!.querySelector('iom-hotline-banner')!;
          await waitUntil(() => el.shadowRoot?.querySelectorAll('.line').length === 2, 'the two lines', { timeout: 5000 });
          await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
          const host = el.getBoundingClientRect();
          for (const part of $$(el, '.message, .contact, .number, .name')) {
            const r = part.getBoundingClientRect();
            expect(r.left, `${part.className} "${part.textContent!.trim().slice(0, 20)}" starts inside`).to.be.at.least(host.left - 1);
            expect(r.right, `${part.className} "${part.textContent!.trim().slice(0, 20)}" ends inside`).to.be.at.most(host.right + 1);
          }
          // The numbers come before the language buttons (in reading order, and so in the capped banner's first screen).
          const first = $(el, '.number')!;
          expect(first.compareDocumentPosition($(el, '.languages')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'languages after the numbers').to.not.equal(0);
        } finally {
          f.remove();
        }
      });
    }

    it('dismissed with the keyboard, focus moves on to what follows the banner, not back to the top of the page', async () => {
      const wrap = await fixture<HTMLDivElement>(`<div><a id="before" href="#b">before</a><iom-hotline-banner lang="fa" phone="112" dismissible><a href="tel:112">112</a></iom-hotline-banner><p>متن</p><button id="after" disabled>no</button><a id="after" href="#a">after</a></div>`);
      const el = wrap.querySelector('iom-hotline-banner')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.dismiss'), 'the dismiss button');
      $<HTMLButtonElement>(el, '.dismiss')!.focus();
      $<HTMLButtonElement>(el, '.dismiss')!.click();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(document.activeElement?.id).to.equal('after');
      expect(document.activeElement?.localName).to.equal('a');
    });

    it('dismissed, focus goes into the widget that follows; at the end of the page, back to what comes before', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ka"><a id="before" href="#b">before</a>
        <iom-hotline-banner phone="112" dismissible></iom-hotline-banner>
        <iom-news-feed src=${FIXTURE_URL} limit="2"></iom-news-feed>
        <iom-hotline-banner id="last" phone="112" dismissible placement="bottom"></iom-hotline-banner></div>`);
      const [first, last] = [...wrap.querySelectorAll('iom-hotline-banner')];
      const news = wrap.querySelector('iom-news-feed')!;
      await waitFor(news, 'article');
      for (const b of [first!, last!]) await waitUntil(() => b.shadowRoot?.querySelector('.dismiss'), 'the dismiss button');
      $<HTMLButtonElement>(first!, '.dismiss')!.focus();
      $<HTMLButtonElement>(first!, '.dismiss')!.click();
      await first!.updateComplete;
      expect(document.activeElement === news, 'focus went past the news feed').to.equal(true);
      expect(news.shadowRoot!.activeElement !== null).to.equal(true);
      $<HTMLButtonElement>(last!, '.dismiss')!.focus();
      $<HTMLButtonElement>(last!, '.dismiss')!.click();
      await last!.updateComplete;
      expect(document.activeElement === news, 'focus fell to the page instead of what comes before').to.equal(true);
    });

    it('sticky on a phone: a link that takes focus below the banner\'s edge comes into its view', async () => {
      const f = await frame(360, 740, `<iom-hotline-banner lang="ka" placement="top" src="${FIXTURE_URL}"></iom-hotline-banner>${'<p>ტექსტი</p>'.repeat(40)}`);
      try {
        const el = f.contentDocument!.querySelector('iom-hotline-banner')!;
        await waitUntil(() => el.shadowRoot?.querySelectorAll('.line').length === 2, 'the two lines', { timeout: 5000 });
        const scroller = $(el, '.banner')!;
        const last = $$(el, 'a.phone').at(-1)!;
        scroller.scrollTop = 0;
        expect(last.getBoundingClientRect().bottom, 'below the edge to begin with').to.be.above(scroller.getBoundingClientRect().bottom);
        // preventScroll: only the banner's own handler may bring it into view.
        last.focus({ preventScroll: true });
        await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
        expect(last.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
      } finally {
        f.remove();
      }
    });

    it('its icons grow with enlarged text, and the handset keeps its shape beside a number that wraps', async () => {
      const el = await banner('ka', `phone="+995 32 2 60 09 55" style="--iom-font-size:32px;display:block;width:200px"`);
      const phone = $(el, '.phone')!;
      const svg = phone.querySelector('svg')!.getBoundingClientRect();
      const em = parseFloat(getComputedStyle(phone).fontSize);
      expect(em).to.be.greaterThan(40);
      expect(svg.width).to.be.closeTo(em, 1);
      expect(svg.height).to.be.closeTo(em, 1);
      expect($(el, '.globe')!.getBoundingClientRect().width).to.be.greaterThan(30);
    });

    it('the Shift hint is hidden on touch-only screens', async () => {
      const el = await banner('en', `phone="112"`);
      const rules = [...el.shadowRoot!.adoptedStyleSheets, ...[...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!)].flatMap((s) => [...s.cssRules]);
      const touch = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && /hover:\s*none/.test(r.conditionText) && /pointer:\s*coarse/.test(r.conditionText));
      const hides = touch.flatMap((m) => [...m.cssRules]).some((r) => r instanceof CSSStyleRule && r.selectorText === '.hint' && r.style.display === 'none');
      expect(hides).to.equal(true);
      if (!matchMedia('(hover: none) and (pointer: coarse)').matches) expect(getComputedStyle($(el, '.hint')!).display).to.not.equal('none');
    });

    for (const edge of ['top', 'bottom'] as const) {
      it(`a sticky ${edge} banner never hides the focused element (WCAG 2.4.11)`, async () => {
        const before = document.documentElement.style.getPropertyValue(`scroll-padding-${edge}`);
        const items = Array.from({ length: 40 }, (_, i) => html`<p><button>Button ${i}</button></p>`);
        const page = await fixture<HTMLDivElement>(html`<div lang="ka">
          ${edge === 'top' ? html`<iom-hotline-banner placement="top" src=${FIXTURE_URL}></iom-hotline-banner>` : ''}
          ${items}
          ${edge === 'bottom' ? html`<iom-hotline-banner placement="bottom" src=${FIXTURE_URL}></iom-hotline-banner>` : ''}
        </div>`);
        const el = page.querySelector('iom-hotline-banner')!;
        await waitFor(el, LINE);
        expect(getComputedStyle(el).position).to.equal('sticky');
        const padding = () => parseFloat(getComputedStyle(document.documentElement).getPropertyValue(`scroll-padding-${edge}`));
        await waitUntil(() => padding() >= el.getBoundingClientRect().height, 'the scroll padding follows the banner height');
        const buttons = [...page.querySelectorAll('button')];
        // Walk the focus through the page as a keyboard user would: the banner covers none of it.
        for (const b of edge === 'top' ? buttons.reverse() : buttons) {
          b.focus();
          await new Promise(requestAnimationFrame);
          await new Promise(requestAnimationFrame);
          const r = b.getBoundingClientRect();
          const bar = el.getBoundingClientRect();
          if (edge === 'top') expect(r.top, b.textContent!).to.be.at.least(bar.bottom - 1);
          else expect(r.bottom, b.textContent!).to.be.at.most(bar.top + 1);
        }
        page.remove();
        expect(document.documentElement.style.getPropertyValue(`scroll-padding-${edge}`)).to.equal(before);
        window.scrollTo(0, 0);
      });

      it(`a sticky ${edge} banner adds its room to the page's own scroll padding (its sticky header's) and gives it back`, async () => {
        const style = document.head.appendChild(document.createElement('style'));
        style.textContent = `html { scroll-padding-${edge}: 100px }`;
        const padding = () => parseFloat(getComputedStyle(document.documentElement).getPropertyValue(`scroll-padding-${edge}`));
        try {
          const el = await fixture<IomHotlineBanner>(html`<iom-hotline-banner lang="ka" placement=${edge} src=${FIXTURE_URL}></iom-hotline-banner>`);
          await waitFor(el, LINE);
          await waitUntil(() => padding() >= 100 + el.getBoundingClientRect().height, 'the page\'s 100 px and the banner\'s height');
          el.remove();
          expect(padding()).to.equal(100);
        } finally {
          style.remove();
        }
      });
    }
  });
});
