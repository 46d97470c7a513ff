// Shared by the peer and reference pages: the page says which feed to read in
// <div id="app" data-feed="…">; text is shown in Georgian, like our widgets on a Georgian page.
export const app = document.getElementById('app');
export const loadFeed = async () => (await fetch(app.dataset.feed)).json();
export const ka = (t) => (t == null ? '' : typeof t === 'string' ? t : (t.ka ?? t.en ?? Object.values(t)[0]));
