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
  ru: {
    programme: 'Международная организация по миграции · проект, финансируемый Европейским союзом',
    title: 'Содействие защищённым границам и безопасной миграции',
    news: 'Новости',
    centres: 'Центры мобильности',
    events: 'Тренинги и встречи',
    foot: 'Эта страница — пример сайта партнёра: виджеты встроены одним скриптом и одним файлом данных.',
    builder: 'Создать код виджета для своего сайта',
  },
  fa: {
    programme: 'سازمان بین‌المللی مهاجرت · پروژه‌ای با بودجهٔ اتحادیهٔ اروپا',
    title: 'حمایت از مرزهای امن و مهاجرت ایمن',
    news: 'اخبار',
    centres: 'مراکز تحرک',
    events: 'آموزش‌ها و نشست‌ها',
    foot: 'این صفحه نمونه‌ای از سایت یک شریک است: ویجت‌ها با یک اسکریپت و یک فایل داده در آن جای گرفته‌اند.',
    builder: 'ساختن کد ویجت برای سایت خود',
  },
};
if (lang) {
  const t = TEXT[lang];
  for (const el of document.querySelectorAll('[data-i18n]')) {
    if (t) el.textContent = t[el.dataset.i18n] ?? el.textContent;
    // A language the page has no text for keeps its Georgian, marked as such
    // (a screen reader's voice, a left-to-right line on a Persian page).
    else if (lang !== 'ka') Object.assign(el, { lang: 'ka', dir: 'ltr' });
  }
  if (t) document.title = t.title;
}
