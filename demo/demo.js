// The demo page's own script (not ours to ship): with ?lang=xx (set on the page
// by lang.js, as a partner's CMS would), the page's own words follow too.
const lang = new URLSearchParams(location.search).get('lang');
const TEXT = {
  en: {
    programme: 'International Organization for Migration · a project funded by the European Union',
    title: 'Support to Secure Borders and Safe Migration',
    news: 'News',
    centres: 'Mobility centres',
    events: 'Trainings and meetings',
    foot: 'This page is an example of a partner site: the widgets are embedded with one script and one data file.',
    builder: 'Make the widget code for your site',
  },
};
if (lang) {
  const t = TEXT[lang];
  if (t) for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n] ?? el.textContent;
}
