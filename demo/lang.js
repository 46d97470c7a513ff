// ?lang=xx stands for the language a partner's CMS writes into <html>: set here,
// before anything is drawn or any widget starts (a classic script in <head>), so a
// Persian page is right to left from its first paint and no widget first loads Georgian.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
}
