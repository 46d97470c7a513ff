// FullCalendar 6, month view, Georgian, with the feed's events: what a partner
// would write instead of <iom-event-calendar>.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import kaLocale from '@fullcalendar/core/locales/ka';
import { app, ka, loadFeed } from './common.js';

const feed = await loadFeed();
const calendar = new Calendar(app, {
  plugins: [dayGridPlugin],
  initialView: 'dayGridMonth',
  initialDate: app.dataset.date,
  locale: kaLocale,
  timeZone: feed.timezone,
  // Like ours: three lines a day, then "+N more".
  dayMaxEvents: 3,
  events: feed.events.map((e) => ({ id: e.id, title: ka(e.title), start: e.start, end: e.end, url: e.url })),
});
calendar.render();
// For bench:interactions, which moves it to the next month.
window.__fullCalendar = calendar;
