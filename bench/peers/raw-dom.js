// The physical limit: fetch the feed and build every news item with createElement in a loop.
import { app, ka, loadFeed } from './common.js';

const { news } = await loadFeed();
const ul = document.createElement('ul');
for (const n of news) {
  const li = document.createElement('li');
  const time = document.createElement('time');
  time.dateTime = n.published;
  time.textContent = n.published;
  const h3 = document.createElement('h3');
  h3.textContent = ka(n.title);
  const p = document.createElement('p');
  p.textContent = ka(n.summary);
  li.append(time, h3, p);
  ul.append(li);
}
app.append(ul);
