// add-to-calendar-button 2 (the free build, no PRO features): one button per
// event. One button is the nearest embeddable single-purpose widget to our banner.
import 'add-to-calendar-button/no-pro';
import { app, ka, loadFeed } from './common.js';

const feed = await loadFeed();
const n = Number(app.dataset.n);
const frag = document.createDocumentFragment();
for (const e of feed.events.slice(0, n)) {
  const b = document.createElement('add-to-calendar-button');
  b.setAttribute('name', ka(e.title));
  b.setAttribute('startDate', e.start.slice(0, 10));
  b.setAttribute('startTime', e.start.slice(11, 16));
  b.setAttribute('endTime', e.end.slice(11, 16));
  b.setAttribute('timeZone', feed.timezone);
  b.setAttribute('location', ka(e.location?.name));
  b.setAttribute('options', "'Apple','Google','iCal','Outlook.com'");
  frag.append(b);
}
app.append(frag);
