// The embed builder: pick a widget and its options, see it live, copy the
// snippet. Everything is built with DOM calls (no innerHTML), so a feed URL
// typed here is never markup.

/** Each widget's own options: [attribute, label, kind, default]. */
const OPTIONS = {
  'iom-news-feed': [
    ['limit', 'რამდენი სიახლე ჩანს თავიდან · Items shown first', 'number', '5'],
    ['tag', 'მხოლოდ ამ თემით · Only this tag', 'text', ''],
  ],
  'iom-centre-locator': [
    ['city', 'ქალაქი · City', 'text', ''],
    ['service', 'მომსახურება · Service', 'text', ''],
  ],
  'iom-hotline-banner': [
    ['kind', 'ხაზის სახე, როგორც ფიდშია · Kind, as in your feed (emergency, consultation…)', 'text', ''],
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
  ],
};
const TOKENS = ['--iom-color-accent', '--iom-color-text', '--iom-color-bg', '--iom-radius'];
const DEFAULT_TOKENS = { '--iom-color-accent': '#0033a0', '--iom-color-text': '#1b1f24', '--iom-color-bg': '#ffffff', '--iom-radius': '8px' };

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const widgetOptions = document.getElementById('widget-options');
form.elements.src.value = new URL('feed.json', location.href).href;
// Where this builder runs; on a partner's own copy (npm start) that is this
// computer, which the snippet must not point to: see isLocal().
form.elements.dist.value = new URL('../dist/', location.href).href;

let sri = {};
fetch(new URL('../dist/sri.json', location.href)).then((r) => (r.ok ? r.json() : {})).then((j) => { sri = j; update(); }, () => {});

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
    input.name = `opt:${name}`;
    input.dataset.kind = Array.isArray(kind) ? 'select' : kind;
    if (kind === 'boolean') l.append(input, ` ${label}`);
    else l.append(label, input);
    widgetOptions.append(l);
  }
}

/** The widget's attributes, in the order a person would write them. */
function attributes() {
  const attrs = [['src', form.elements.src.value.trim()]];
  if (form.elements.lang.value) attrs.push(['lang', form.elements.lang.value]);
  for (const input of widgetOptions.querySelectorAll('[name^="opt:"]')) {
    const name = input.name.slice(4);
    if (input.dataset.kind === 'boolean') { if (input.checked) attrs.push([name, '']); }
    else if (input.value.trim()) attrs.push([name, input.value.trim()]);
  }
  return attrs;
}

/** The theming tokens changed from their defaults. Not a style attribute: a strict CSP (style-src 'self') drops those. */
function tokens() {
  return TOKENS.map((t) => [t, form.elements[t].value + (t === '--iom-radius' ? 'px' : '')]).filter(([t, v]) => v !== DEFAULT_TOKENS[t]);
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
  const dir = form.elements.dist.value.trim();
  try {
    return new URL(file, dir.endsWith('/') ? dir : `${dir}/`).href;
  } catch {
    return `${dir.replace(/\/?$/, '/')}${file}`;
  }
}

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const tag = form.elements.widget.value;
  const attrs = attributes();
  // Live preview: a real element with the same attributes.
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  for (const [t, v] of tokens()) el.style.setProperty(t, v);
  preview.replaceChildren(el);
  // The snippet.
  const classic = form.elements.classic.checked;
  const file = classic ? 'iom-widgets.iife.js' : 'iom-widgets.js';
  const url = scriptUrl(file);
  document.getElementById('local').hidden = !isLocal(url) && !isLocal(form.elements.src.value.trim());
  const integrity = sri[file] ? ` integrity="${sri[file]}"` : '';
  const script = classic
    ? `<script src="${escapeAttr(url)}"${integrity} crossorigin="anonymous"></script>`
    : `<script type="module" src="${escapeAttr(url)}"${integrity} crossorigin="anonymous"></script>`;
  const element = `<${tag}${attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('')}></${tag}>`;
  // The colours as a rule for the site's stylesheet (a <style> block works where inline styles are allowed).
  const css = tokens().map(([t, v]) => `${t}: ${v};`).join(' ');
  const rules = css ? [`  ${tag} { ${css} }`] : [];
  // A banner stuck on top: its room kept before the script comes, or the page jumps down 14em when it does.
  if (attrs.some(([k, v]) => k === 'placement' && v === 'top')) {
    rules.push(`  ${tag}[placement="top"]:not(:defined) { display: block; min-height: 14em; }`,
      `  @media (max-width: 40em) { ${tag}[placement="top"]:not(:defined) { min-height: 35vh; } }`);
  }
  snippet.value = `${script}\n${element}\n${rules.length ? `<style>\n${rules.join('\n')}\n</style>\n` : ''}`;
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

form.addEventListener('input', (e) => {
  if (e.target.name === 'widget') renderWidgetOptions();
  update();
});
form.addEventListener('change', update);
renderWidgetOptions();
update();
