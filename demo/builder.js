// The embed builder: pick a widget and its options, see it live, copy the
// snippet. Everything is built with DOM calls (no innerHTML), so a feed URL
// typed here is never markup.

/** Each widget's own options: [attribute, label, kind, default]. */
const OPTIONS = {
  'iom-news-feed': [
    ['limit', 'რამდენი სიახლე ჩანს თავიდან · Items shown first', 'number', '5'],
    ['tag', 'მხოლოდ ამ თემით · Only this tag', 'text', ''],
    ['heading-level', 'სათაურების დონე · Heading level (ცარიელი · empty: h3)', ['', '1', '2', '3', '4', '5', '6'], ''],
  ],
  'iom-centre-locator': [
    ['city', 'ქალაქი · City', 'text', ''],
    ['service', 'მომსახურება · Service', 'text', ''],
    ['limit', 'რამდენი ცენტრი ჩანს თავიდან · Centres shown first', 'number', '20'],
    // Empty: the outline of Georgia, drawn in the script, with no request to anyone else.
    ['tiles', 'რუკის ფილები, XYZ მისამართი (ცარიელი: საქართველოს კონტური, სხვა სერვერის გარეშე) · Map tiles, an XYZ address (empty: the outline of Georgia, no other server)', 'text', ''],
    ['attribution', 'ფილების ავტორობა · Tiles credit', 'text', '© OpenStreetMap contributors'],
    ['heading-level', 'სათაურების დონე · Heading level (ცარიელი · empty: h3)', ['', '1', '2', '3', '4', '5', '6'], ''],
  ],
  'iom-hotline-banner': [
    ['kind', 'ხაზის სახე, როგორც ფიდშია · Kind, as in your feed (emergency, consultation…)', 'text', ''],
    // With the feed's address left empty, these two are the banner: a partner may use it without a feed.
    ['phone', 'ნომერი ფიდის გარეშე · A number, without a feed', 'tel', ''],
    ['name', 'ამ ნომრის სახელი · That number\'s name', 'text', ''],
    ['exit-url', 'სწრაფი გასვლის გვერდი · Quick exit goes to (ცარიელი · empty: https://www.wikipedia.org/)', 'url', ''],
    ['placement', 'განლაგება · Placement', ['inline', 'top', 'bottom'], 'inline'],
    ['dismissible', 'შეიძლება დახურვა · Dismissible', 'boolean', false],
    ['no-quick-exit', 'სწრაფი გასვლის გარეშე · Without quick exit', 'boolean', false],
  ],
  'iom-event-calendar': [
    ['view', 'ხედი · View', ['', 'month', 'list'], ''],
    // Empty: the month of the next event, as a visitor needs it; a month here stays fixed in the snippet.
    ['month', 'თვე · Month (YYYY-MM; ცარიელი: შემდეგი ღონისძიების თვე · empty: the next event\'s month)', 'text', ''],
    ['type', 'ტიპი · Type', 'text', ''],
    ['city', 'ქალაქი · City', 'text', ''],
    ['heading-level', 'სათაურების დონე · Heading level (ცარიელი · empty: h2)', ['', '1', '2', '3', '4', '5', '6'], ''],
  ],
};
/**
 * What the element holds: shown before the script runs, and wherever it
 * cannot (an old browser, a blocked CDN). The banner's is its number; the
 * others link to a page of the partner's own with the same content.
 */
const FALLBACK = {
  'iom-news-feed': { ka: 'სიახლეები', en: 'News', ru: 'Новости', tr: 'Haberler', fa: 'اخبار', az: 'Xəbərlər', hy: 'Նորություններ' },
  'iom-centre-locator': {
    ka: 'მობილურობის ცენტრები', en: 'Mobility centres', ru: 'Центры мобильности', tr: 'Mobilite merkezleri',
    fa: 'مراکز تحرک', az: 'Mobillik mərkəzləri', hy: 'Շարժունակության կենտրոններ',
  },
  'iom-event-calendar': { ka: 'ღონისძიებები', en: 'Events', ru: 'Мероприятия', tr: 'Etkinlikler', fa: 'رویدادها', az: 'Tədbirlər', hy: 'Միջոցառումներ' },
};

const TOKENS = ['--iom-color-accent', '--iom-color-text', '--iom-color-bg', '--iom-radius'];
const DEFAULT_TOKENS = { '--iom-color-accent': '#0033a0', '--iom-color-text': '#1b1f24', '--iom-color-bg': '#ffffff', '--iom-radius': '8px' };

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const widgetOptions = document.getElementById('widget-options');
const feedHint = document.getElementById('feed-hint');
const feedHttp = document.getElementById('feed-http');
form.elements.src.value = new URL('feed.json', location.href).href;
// Where this builder runs; on a partner's own copy (npm start) that is this
// computer, which the snippet must not point to: see isLocal().
form.elements.dist.value = new URL('../dist/', location.href).href;

let sri = {};
fetch(new URL('../dist/sri.json', location.href)).then((r) => (r.ok ? r.json() : {})).then((j) => { sri = j; update(); }, () => {});

/**
 * The language chunks dist/iom-widgets.js imports, by language (their names
 * carry the build's token): read from the file itself, so the snippet can ask
 * for the chosen language's strings while the script comes, not after it.
 */
let chunks = {};
fetch(new URL('../dist/iom-widgets.js', location.href)).then((r) => (r.ok ? r.text() : '')).then((js) => {
  for (const [, path, lang] of js.matchAll(/\.\/(chunks\/([a-z]{2})-[\w-]+\.js)/g)) (chunks[lang] ??= new Set()).add(path);
  update();
}, () => {});

function renderWidgetOptions() {
  const legend = widgetOptions.querySelector('legend');
  widgetOptions.replaceChildren(legend);
  for (const [name, label, kind, value] of OPTIONS[form.elements.widget.value]) {
    const l = document.createElement('label');
    let input;
    if (Array.isArray(kind)) {
      input = document.createElement('select');
      for (const v of kind) input.append(new Option(v || '—', v, false, v === value));
    } else {
      input = document.createElement('input');
      input.type = kind === 'boolean' ? 'checkbox' : kind;
      if (kind === 'boolean') { input.checked = value; l.className = 'check'; } else input.value = value;
    }
    // The values the feed holds, to pick from: `service` and `type` take the feed's ids, not their names.
    if (SUGGEST[name]) input.setAttribute('list', `list-${name}`);
    input.name = `opt:${name}`;
    input.dataset.default = value;
    input.dataset.kind = Array.isArray(kind) ? 'select' : kind;
    if (kind === 'boolean') l.append(input, ` ${label}`);
    else l.append(label, input);
    widgetOptions.append(l);
  }
}

/** Options whose values come from the feed: what each suggests, as [value, label]. */
const SUGGEST = {
  service: (f) => (f.services ?? []).map((x) => [x.id, name(x.name)]),
  type: (f) => [...new Set((f.events ?? []).map((e) => e.type).filter(Boolean))].map((t) => [t, '']),
  // The widget's own cities: a locator filtered to a town where only events are held lists nothing.
  city: (f, tag) => [...new Set((tag === 'iom-centre-locator' ? f.centres ?? [] : (f.events ?? []).map((e) => e.location ?? {})).flatMap((x) => name(x.city).split(/\s*[,;،]\s*/)).filter(Boolean))].map((c) => [c, '']),
};
/** A feed text (a string, or one per language) in Georgian, else any language. */
const name = (t) => (typeof t === 'string' ? t : t && (t.ka ?? Object.values(t)[0])) || '';

let suggested = '';
let read = { src: '', feed: Promise.resolve({}) };
/** Fills the suggestion lists for widget `tag` from the feed at `src` (read once per address). */
async function suggest(src, tag) {
  const key = `${tag} ${src}`;
  if (key === suggested) return;
  suggested = key;
  if (read.src !== src) read = { src, feed: fetch(new URL(src, location.href)).then((r) => (r.ok ? r.json() : {})).catch(() => ({})) };
  const feed = await read.feed;
  if (key !== suggested) return;
  for (const [option, list] of Object.entries(SUGGEST)) {
    let dl = document.getElementById(`list-${option}`);
    if (!dl) form.append((dl = Object.assign(document.createElement('datalist'), { id: `list-${option}` })));
    let items = [];
    try { items = list(feed, tag); } catch {}
    dl.replaceChildren(...items.filter(([v]) => typeof v === 'string').map(([v, label]) => new Option(label, v)));
  }
}

/** The widget's attributes, in the order a person would write them. */
function attributes() {
  const src = form.elements.src.value.trim();
  // No address: a banner with its own phone and name (or the page's <meta name="iom-widgets:feed">).
  const attrs = src ? [['src', src]] : [];
  if (form.elements.lang.value) attrs.push(['lang', form.elements.lang.value]);
  for (const input of widgetOptions.querySelectorAll('[name^="opt:"]')) {
    const name = input.name.slice(4);
    if (input.dataset.kind === 'boolean') { if (input.checked) attrs.push([name, '']); }
    // A value left at the widget's own default is not written: the snippet says only what was chosen.
    else if (input.value.trim() && input.value.trim() !== input.dataset.default) attrs.push([name, input.value.trim()]);
  }
  return attrs;
}

/** The element's own content, as [tag, attributes, text], or none. */
function fallback() {
  const tag = form.elements.widget.value;
  const value = form.elements.fallback.value.trim();
  if (tag === 'iom-hotline-banner') {
    const dial = value.replace(/[\s().-]/g, '');
    return /^\+?\d{2,15}$/.test(dial) ? ['a', [['href', `tel:${dial}`]], value] : undefined;
  }
  if (!/^https?:\/\//i.test(value)) return undefined;
  const words = FALLBACK[tag];
  // In the widget's language; with "the page's language", Georgian, the programme's.
  const lang = form.elements.lang.value;
  // (Georgian words marked so: a screen reader on an English page reads them in a Georgian voice.)
  return ['a', [['href', value], ['lang', lang || 'ka']], words[lang] ?? words.ka];
}

/** The fallback field's label and default follow the widget. */
function renderFallbackField() {
  const banner = form.elements.widget.value === 'iom-hotline-banner';
  const input = form.elements.fallback;
  document.getElementById('fallback-label').textContent = banner
    ? 'ნომერი, რომელიც სკრიპტამდე და მის გარეშე ჩანს · Number shown before the script runs, and without it'
    : 'თქვენი გვერდი იგივე ინფორმაციით (ბმული სკრიპტამდე და მის გარეშე) · A page of yours with the same content, linked before the script runs and without it';
  input.type = banner ? 'tel' : 'url';
  input.value = banner ? '112' : '';
  input.placeholder = banner ? '' : 'https://…';
}

/** The theming tokens changed from their defaults. Not a style attribute: a strict CSP (style-src 'self') drops those. */
function tokens() {
  return TOKENS.map((t) => [t, form.elements[t].value + (t === '--iom-radius' ? 'px' : '')]).filter(([t, v]) => v !== DEFAULT_TOKENS[t]);
}

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/** The chosen colours keep text readable (4.5:1): white on the accent (buttons), the accent and the text on the background. */
function readable() {
  const e = form.elements;
  const [accent, text, bg] = ['--iom-color-accent', '--iom-color-text', '--iom-color-bg'].map((t) => e[t].value);
  return contrast(accent, '#ffffff') >= 4.5 && contrast(accent, bg) >= 4.5 && contrast(text, bg) >= 4.5;
}

/** An address only this computer can reach: a visitor's browser would find nothing there. */
function isLocal(address) {
  try {
    return /^(localhost|127\.|0\.0\.0\.0$|\[::1?\]$)|\.localhost$/.test(new URL(address).hostname);
  } catch {
    return false;
  }
}

/** `file` in the folder the partner named (a missing final slash added). */
function scriptUrl(file) {
  // The script's own address pasted here (…/iom-widgets.js) means its folder.
  const dir = form.elements.dist.value.trim().replace(/iom-widgets(\.iife)?\.js$/i, '');
  try {
    return new URL(file, dir.endsWith('/') ? dir : `${dir}/`).href;
  } catch {
    return `${dir.replace(/\/?$/, '/')}${file}`;
  }
}

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (v) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let previewTimer;
let previewed = '';

/** Live preview: a real element with the same attributes and content as the snippet's. */
function updatePreview() {
  clearTimeout(previewTimer);
  const tag = form.elements.widget.value;
  const attrs = attributes();
  const inside = fallback();
  // The same element again would only ask for the feed again.
  const key = JSON.stringify([tag, attrs, inside]);
  if (key === previewed) return;
  previewed = key;
  // A banner closed here to try the × would stay closed for the tab (its
  // dismissal lasts the browser session): each preview starts unclosed.
  // (Storage may be refused, with the site's cookies blocked: the preview goes on without.)
  try {
    for (const k of Object.keys(sessionStorage)) if (k.startsWith('iom-widgets:dismissed:')) sessionStorage.removeItem(k);
  } catch {}
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  restyle(el);
  if (inside) {
    const child = document.createElement(inside[0]);
    for (const [k, v] of inside[1]) child.setAttribute(k, v);
    child.textContent = inside[2];
    el.append(child);
  }
  feedHint.hidden = true;
  feedHttp.hidden = true;
  el.addEventListener('iom-feed-error', (e) => {
    // A browser says only "failed to fetch" when another site's server does not allow the request (CORS).
    let elsewhere = false;
    try { elsewhere = new URL(e.detail.src, location.href).origin !== location.origin; } catch {}
    feedHint.hidden = !(e.detail.code === 'network' && elsewhere);
    // A visitor reads "not available right now"; the editor is told the address is wrong.
    feedHttp.hidden = e.detail.code !== 'http';
  });
  const src = form.elements.src.value.trim();
  if (/^https?:\/\//i.test(src) && OPTIONS[tag].some(([n]) => SUGGEST[n])) suggest(src, tag);
  preview.replaceChildren(el);
}

/** The colours change on the element as it stands: no new element, no new request. */
function restyle(el = preview.firstElementChild) {
  if (!el) return;
  for (const t of TOKENS) el.style.removeProperty(t);
  for (const [t, v] of tokens()) el.style.setProperty(t, v);
}

function update() {
  const tag = form.elements.widget.value;
  const attrs = attributes();
  // The snippet.
  const classic = form.elements.classic.checked;
  const file = classic ? 'iom-widgets.iife.js' : 'iom-widgets.js';
  const url = scriptUrl(file);
  document.getElementById('local').hidden = !isLocal(url) && !isLocal(form.elements.src.value.trim());
  // "www.site.ge/feed.json" would be read as a path on each page that carries the snippet.
  // (Empty is allowed for the banner alone: its own phone and name need no feed.)
  const src = form.elements.src.value.trim();
  document.getElementById('src-hint').hidden = /^https?:\/\/[^/]/i.test(src) || (!src && tag === 'iom-hotline-banner' && !!form.elements['opt:phone']?.value.trim());
  document.getElementById('dist-hint').hidden = /^https?:\/\/[^/]/i.test(form.elements.dist.value.trim());
  document.getElementById('contrast').hidden = readable();
  const integrity = sri[file] ? ` integrity="${sri[file]}"` : '';
  const script = classic
    ? `<script src="${escapeAttr(url)}"${integrity} crossorigin="anonymous"></script>`
    : `<script type="module" src="${escapeAttr(url)}"${integrity} crossorigin="anonymous"></script>`;
  // On a slow line the feed (and the chosen language's strings) come while the script does, not after it:
  // 0.85 s sooner on an emulated 2G phone. The widgets' own request takes the preloaded answer.
  const feed = form.elements.src.value.trim();
  const hints = feed ? [`<link rel="preload" href="${escapeAttr(feed)}" as="fetch" crossorigin="anonymous">`] : [];
  if (!classic) {
    for (const path of chunks[form.elements.lang.value] ?? []) {
      const hash = sri[path] ? ` integrity="${sri[path]}"` : '';
      hints.push(`<link rel="modulepreload" href="${escapeAttr(scriptUrl(path))}"${hash} crossorigin="anonymous">`);
    }
  }
  const inside = fallback();
  const content = inside ? `<${inside[0]}${inside[1].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>${escapeText(inside[2])}</${inside[0]}>` : '';
  const element = `<${tag}${attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('')}>${content}</${tag}>`;
  // The colours as a rule for the site's stylesheet (a <style> block works where inline styles are allowed).
  const css = tokens().map(([t, v]) => `${t}: ${v};`).join(' ');
  const rules = css ? [`  ${tag} { ${css} }`] : [];
  // A banner stuck on top: its room kept before the script comes, or the page jumps down 14em when it does.
  if (attrs.some(([k, v]) => k === 'placement' && v === 'top')) {
    rules.push(`  ${tag}[placement="top"]:not(:defined) { display: block; min-height: 14em; }`,
      `  @media (max-width: 40em) { ${tag}[placement="top"]:not(:defined) { min-height: 35vh; } }`);
  }
  // Sticky only inside its parent: pasted into a CMS block no taller than itself, it would scroll away with it.
  const placed = attrs.find(([k]) => k === 'placement')?.[1];
  const where = placed === 'top' || placed === 'bottom'
    ? `<!-- ${placed === 'top' ? 'პირველ ელემენტად' : 'ბოლო ელემენტად'} პირდაპირ <body>-ში, არა ბლოკში · Directly in <body>, ${placed === 'top' ? 'first' : 'last'}, not inside a block -->\n`
    : '';
  snippet.value = `${hints.map((h) => `${h}\n`).join('')}${script}\n${where}${element}\n${rules.length ? `<style>\n${rules.join('\n')}\n</style>\n` : ''}`;
}

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'დაკოპირდა · Copied';
  } catch {
    snippet.select();
    status.textContent = 'მონიშნულია: დააჭირეთ Ctrl+C · Selected: press Ctrl+C';
  }
});

// The snippet follows every keystroke; the preview waits for a pause in typing
// (or leaving the field), or it would ask for the feed at each half-typed
// address (https://p, https://pa…) and warn of each half-typed month.
const typed = (input) => /^(text|url|tel|number)$/.test(input.type);
form.addEventListener('input', (e) => {
  if (e.target.name === 'widget') { renderWidgetOptions(); renderFallbackField(); }
  update();
  if (e.target.type === 'color' || e.target.type === 'range') restyle();
  else if (typed(e.target)) { clearTimeout(previewTimer); previewTimer = setTimeout(updatePreview, 600); }
  else updatePreview();
});
form.addEventListener('change', (e) => {
  if (typed(e.target)) updatePreview();
});
renderWidgetOptions();
renderFallbackField();
update();
updatePreview();
